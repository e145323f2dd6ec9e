/* copies_int.h - what copies.c shares with the other files of the
 * index (copies_lines.c); not for callers of copies.h. */
#ifndef GALLEY_COPIES_INT_H
#define GALLEY_COPIES_INT_H

#include "copies/copies.h"

/* Keeps paragraphs a and b (a's source added first) as a passage and
 * puts them in one union of copies. */
void copies_join(struct copies *c, uint32_t a, uint32_t b,
    double similarity);

/* The Jaccard similarity of the shingle sets of paragraphs x and y. */
double copies_similarity(const struct copies *c, uint32_t x, uint32_t y);

/* Sorts passages v[0..n) of c by the source of a, then by a and b. */
void copies_sort_passages(const struct copies *c, struct copies_passage *v,
    size_t n);

/* Files the line keys of paragraphs [first, nparas), the newest
 * source's, once each (furniture aside). */
void copies_file_lines(struct copies *c, size_t first);

/* Passages [from, npassages) are those of the newest source, source:
 * with each earlier source of its story group, pairs its short lines
 * equal to one of the other's (COPIES_LINE_CHAIN).  Sorts them by the
 * other source. */
void copies_pair_lines(struct copies *c, size_t from, uint32_t source);

#endif
