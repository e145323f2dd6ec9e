/* copies_int.h - what copies.c shares with the other files of the
 * index (copies_lines.c, copies_pairs.c, copies_parts.c); not for
 * callers of copies.h. */
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

/* Adds passage p to list l. */
void copies_push_passage(struct passage_list *l, struct copies_passage p);

/* What is done for each earlier source sa of the story group of sb, the
 * newest source, given their passages p[0..np) (sorted by paragraph). */
typedef void copies_peer_fn(struct copies *c, uint32_t sa, uint32_t sb,
    const struct copies_passage *p, size_t np);

/* Pairs the short lines of sa equal to one of sb's
 * (COPIES_LINE_CHAIN). */
copies_peer_fn copies_pair_lines;

/* Aligns sa and sb as galley compare does (align.h) and keeps each
 * paragraph split or joined in the other with its parts, in c->parts
 * (copies_parts.c). */
copies_peer_fn copies_find_parts;

#endif
