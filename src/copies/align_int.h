/* align_int.h - what the alignment (align.c) and its finding of split
 * and joined paragraphs (align_parts.c) share: a paragraph's words and
 * shingles, and what it was matched to. */
#ifndef GALLEY_ALIGN_INT_H
#define GALLEY_ALIGN_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"

struct para_set {
	const struct block *block;
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

/* Makes the unmatched parts that belong to a whole parts of it: those
 * next to one in its group (its anchored match, or a part already),
 * and runs of them in a whole matched by nothing (align.h). */
void align_find_parts(struct part_sides *s);

#endif
