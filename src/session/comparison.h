/* comparison.h - two versions of an article compared for reading: their
 * paragraphs aligned (copies/align.h), the words of each aligned pair
 * compared (copies/worddiff.h), and the problems a version's row has
 * that its counterpart lacks ("introduced in this version").  The
 * reader's compare view draws one; `galley compare` prints the same
 * alignment. */
#ifndef GALLEY_COMPARISON_H
#define GALLEY_COMPARISON_H

#include <stdbool.h>
#include <stddef.h>

#include "copies/align.h"
#include "copies/worddiff.h"
#include "doc/doc.h"
#include "doc/hidden.h"
#include "proof/problem.h"

/* One aligned row: its words, in the comparison's word lists, and the
 * runs that turn a's into b's (word numbers relative to the row).  The
 * rows of a split have each a part as b's words and as a's the stretch
 * of the whole paragraph it came from (the whole compared with all its
 * parts, one after the other); those of a join the other way round. */
struct cmp_row {
	struct align_row al;
	size_t aw, naw;		/* into comparison.aw */
	size_t bw, nbw;		/* into comparison.bw */
	size_t run, nruns;	/* into comparison.runs */
};

struct comparison {
	const struct doc *a, *b;
	struct alignment al;
	struct cmp_row *rows;
	size_t nrows;
	struct word_list aw, bw;
	struct wd_list runs;
	/* Per problem of each version: the counterpart of its row in the
	 * other has no problem of the same text, or it has none (a cut or
	 * added paragraph); NULL when the version has no problem list,
	 * false for a problem in hidden text. */
	bool *a_only, *b_only;
	const struct problem_list *pa, *pb;	/* as given, or NULL */
	/* What each version hides: the markup debris the clean view and
	 * `galley clean` leave out (view/debris.h), none when raw.  The
	 * words and paragraphs compared are those shown. */
	struct hidden_list ah, bh;
};

/* Compares a with b as the clean view shows them (raw: their text as it
 * is, markup debris too); pa and pb are their problems (may be NULL). */
void comparison_build(struct comparison *c, const struct doc *a,
    const struct doc *b, const struct problem_list *pa,
    const struct problem_list *pb, bool raw);
void comparison_free(struct comparison *c);

/* Whether row i differs (changed, moved, cut, added, split or joined:
 * a split or join of the same words is a change of layout). */
bool comparison_differs(const struct comparison *c, size_t i);

/* The problems side b (else a) introduced in row i's paragraph, the
 * row's other side lacking them ("introduced in this version"): the next
 * from index `from` of that side's problem list, or SIZE_MAX when none
 * is left (or there are no problem lists).  Of a paragraph split (or
 * joined) over several rows, each row has those of its own stretch. */
size_t comparison_introduced(const struct comparison *c, size_t i, bool b,
    size_t from);

#endif
