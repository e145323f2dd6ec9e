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
 * round a third, the two.
 *
 * Then split and joined paragraphs: a paragraph of b matched by nothing
 * whose words are (almost) all in the paragraph of a that its neighbour
 * in b matched in place (ALIGN_CONTAINED of its words in shingles that
 * paragraph has, and not so in its neighbour: a repeat of the neighbour
 * is added, not a part; a part shorter than a shingle must have its
 * words, as they run, more often in a's paragraph than in the
 * neighbour) is a further part of it, split; outwards from the match,
 * part after part.  A title or heading is neither part nor whole.
 * Parts too small to match at all (a paragraph split in three) are
 * found through an index of a's shingles: consecutive paragraphs of b
 * each held by the same paragraph of a matched by nothing, where it
 * would be in place; one such part alone is a cut paragraph's piece,
 * not a split.  The other way round, paragraphs of a are joined in one
 * of b.  A paragraph of a matched by nothing, nor split, was cut; one
 * of b matched by nothing, nor a part, added.  All of it is O(n log n)
 * in the paragraphs (and their lengths): no pair of paragraphs is
 * compared unless they share a shingle or are neighbours. */
#ifndef GALLEY_ALIGN_H
#define GALLEY_ALIGN_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"
#include "doc/hidden.h"

#define ALIGN_SIMILAR 0.25
/* A split or joined part: this much of its words in shingles the whole
 * has (chosen on tools/bench/compare-parts' dev stories: from 0.6 to
 * 0.9 the precision stays at 99.5%, and 0.7 finds 2 points more of the
 * pieces than 0.8). */
#define ALIGN_CONTAINED 0.7
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
	ALIGN_SPLIT,		/* a: the paragraph split, b: a part */
	ALIGN_JOINED,		/* a: a part, b: the paragraph joined */
};

struct align_row {
	enum align_op op;
	const struct block *a, *b;	/* NULL for the side it lacks */
	double similarity;		/* 0 for cut and added rows */
	/* The words differ (as worddiff.h compares them); for a split
	 * or joined row, those of the group's parts together from the
	 * whole's.  False for same rows, true for changed, cut, added. */
	bool changed;
};

struct alignment {
	struct align_row *rows;		/* b's order; a cut paragraph
					   after the row of its neighbour
					   before it in a; the rows of a
					   split or a join together, one per
					   part (in b's order for a split,
					   a's for a join) */
	size_t n, cap;
};

/* Aligns the kept paragraphs of a and b, less the text ha and hb hide
 * (NULL: none; markup debris, hidden.h): the words of a paragraph are
 * those shown, and a paragraph hidden whole is none. */
void align_docs(const struct doc *a, const struct hidden_list *ha,
    const struct doc *b, const struct hidden_list *hb,
    struct alignment *out);
void alignment_free(struct alignment *al);

const char *align_op_name(enum align_op op);

#endif
