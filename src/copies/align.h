/* align.h - two versions of an article, paragraph by paragraph.
 *
 * The paragraphs are the kept blocks of each document (the title
 * included).  Each paragraph of b is matched to the most similar
 * unmatched paragraph of a (word-shingle Jaccard similarity, at least
 * ALIGN_SIMILAR), most similar pairs first, so that a moved paragraph is
 * found wherever it went.  The candidates come from an index of a's
 * shingles (shingle_index.h), at most ALIGN_CANDIDATES per shingle.
 * The matched pairs that keep a's order (a longest increasing run of
 * a's positions along b; of runs as long, the one nearest their places
 * in a) are in place; the others are moved: of two paragraphs swapped
 * round a third, the two.  Paragraphs of a matched by nothing were cut, those
 * of b added. */
#ifndef GALLEY_ALIGN_H
#define GALLEY_ALIGN_H

#include <stddef.h>

#include "doc/doc.h"

#define ALIGN_SIMILAR 0.25
/* The paragraphs of a looked at under one shingle of a paragraph of b
 * (those nearest its position): no shingle of an article is in that
 * many paragraphs, so the match is as if every pair were compared. */
#define ALIGN_CANDIDATES 64

enum align_op {
	ALIGN_SAME,		/* in place, the same words */
	ALIGN_CHANGED,		/* in place, words changed */
	ALIGN_MOVED,		/* elsewhere in b (words may have changed) */
	ALIGN_CUT,		/* in a only */
	ALIGN_ADDED,		/* in b only */
};

struct align_row {
	enum align_op op;
	const struct block *a, *b;	/* NULL for the side it lacks */
	double similarity;		/* 0 for cut and added rows */
};

struct alignment {
	struct align_row *rows;		/* b's order; a cut paragraph
					   after the row of its neighbour
					   before it in a */
	size_t n, cap;
};

/* Aligns the kept paragraphs of a and b. */
void align_docs(const struct doc *a, const struct doc *b,
    struct alignment *out);
void alignment_free(struct alignment *al);

const char *align_op_name(enum align_op op);

#endif
