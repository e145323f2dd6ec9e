/* align_int.h - what the alignment (align.c) and its finding of split
 * and joined paragraphs (align_parts.c) share, with the index's finding
 * of them (copies_parts.c): a paragraph's words and shingles, and what
 * it was matched to. */
#ifndef GALLEY_ALIGN_INT_H
#define GALLEY_ALIGN_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"

struct para_set {
	const struct block *block;	/* NULL outside align.c */
	bool headline;		/* a title or heading: never a part */
	uint32_t *words;	/* folded word hashes (sketch_words) */
	size_t nwords;
	uint32_t *shingles;	/* sorted, distinct */
	size_t n;
	long match;		/* index on the other side, or -1 */
	long part_of;		/* a part of a split or joined paragraph:
				   the whole's index on the other side, or
				   -1 */
	bool whole;		/* has parts on the other side, */
	size_t from, to;	/* [from, to] there (its match among them) */
};

/* One side's paragraphs (parts) as further parts of the other's
 * (wholes): b's of a's for splits, a's of b's for joins. */
struct part_sides {
	struct para_set *part, *whole;
	size_t npart, nwhole;
	const bool *anchored;	/* per part: matched, and in place */
};

/* Aligns paragraphs a[0..na) and b[0..nb), their words and shingles
 * set (match and part_of -1): matches them one to one, marks in_place[j]
 * for b's matched in place (sim[j]: the similarity of the pair), and
 * finds the split and joined ones (part_of, whole, from and to), as
 * align.h says.  copies_parts.c aligns a load's versions so, from the
 * paragraphs it keeps. */
void align_sets(struct para_set *a, size_t na, struct para_set *b, size_t nb,
    double *sim, bool *in_place);

/* Whether ALIGN_CONTAINED of p's words are in a shingle of p that q has
 * too: a word changed costs the part that word (and at its ends those
 * next to it), not the three shingles it is in.  No paragraph is a part
 * of q unless so. */
bool align_words_within(const struct para_set *p, const struct para_set *q);

/* Makes the unmatched parts that belong to a whole parts of it: those
 * next to one in its group (its anchored match, or a part already),
 * and runs of them in a whole matched by nothing (align.h). */
void align_find_parts(struct part_sides *s);

#endif
