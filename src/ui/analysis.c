/* analysis.c - the reader's use of the analysers: proofreading, entities
 * and annotations run on each document as it loads, adding spans that
 * draw.c colours; problem navigation, suggestions on demand, and words
 * added to the personal list or ignored for the session. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proof/spell.h"
#include "session/session.h"
#include "ui/reader_int.h"

void
analysis_init(struct reader *r)
{
	r->cur_problem = SIZE_MAX;
	anno_edit_load_vocab(r);
	r->s.vocab = &r->vocab;
}

/* The session's analysers, once the first screen is up (opening the
 * dictionaries takes a while); what is missing goes to the status. */
static void
report_decisions(void *arg, const char *file, const char *cause)
{
	struct reader *r = arg;
	char *msg = xasprintf("%s: %s", file, cause);

	queue_notice(r, msg);
	/* The last one, for the entities view: a key typed as the notice
	 * came would take it away unseen. */
	free(r->decisions_damage);
	r->decisions_damage = msg;
}

static void
analysis_start(struct reader *r)
{
	char *notice;

	/* The recogniser applies the user's types and rejections: read
	 * them before the first analysis. */
	session_read_decisions(&r->s, report_decisions, r);
	notice = session_open_analysers(&r->s);

	if (notice != NULL) {
		queue_notice(r, notice);
		free(notice);
	}
}

/* The open source is loaded and not yet analysed. */
static bool
open_source_pending(const struct reader *r)
{
	return r->cur != SIZE_MAX && r->s.load.docs[r->cur] != NULL &&
	    !r->s.docs[r->cur].analysed;
}

/* Analyses the open source now, opening the analysers if need be:
 * for keys that cannot wait for the background. */
static void
analysis_finish_current(struct reader *r)
{
	if (!open_source_pending(r))
		return;
	if (!r->s.analysers_open)
		analysis_start(r);
	analysis_doc(r, r->cur);
}

/* One unit of background analysis: the open source first, then the
 * others as they load.  Returns false when nothing is left. */
bool
analysis_step(struct reader *r)
{
	if (!r->s.analysers_open) {
		analysis_start(r);
		return true;
	}
	if (open_source_pending(r)) {
		analysis_doc(r, r->cur);
		return true;
	}
	for (size_t i = 0; i < r->s.load.n; i++)
		if (r->s.load.docs[i] != NULL && !r->s.docs[i].analysed) {
			analysis_doc(r, i);
			return true;
		}
	return false;
}

/* The session analyses f; the reader's views of it follow. */
void
analysis_doc(struct reader *r, size_t f)
{
	if (session_analyse(&r->s, f))
		r->index_valid = false;
	if (f == r->cur && r->s.docs[f].analysed)
		r->cur_problem = SIZE_MAX;
}

/* Whether the current view shows the start of p: the clean view hides
 * the blocks the cleaner dropped and markup debris, a paragraph of it
 * or a span inside a line (layout.hide). */
/* Whether p lies in the block the cleaner took for the title, which
 * the clean view shows in the pane's header, not among its lines. */
static bool
in_title(const struct reader *r, const struct problem *p)
{
	const struct doc *d = r->s.load.docs[r->cur];

	for (size_t i = 0; d != NULL && i < d->nblocks; i++)
		if (d->blocks[i].kind == BLOCK_TITLE &&
		    d->blocks[i].start <= p->start &&
		    p->start < d->blocks[i].end)
			return true;
	return false;
}

static bool
problem_shown(const struct reader *r, const struct problem *p)
{
	size_t li = layout_find(&r->lay, p->start);
	size_t h = hidden_from(&r->lay.hide, p->start);

	if (!r->lay.raw && in_title(r, p))
		return true;

	if (h < r->lay.hide.n && r->lay.hide.v[h].start <= p->start)
		return false;
	return li < r->lay.n && r->lay.v[li].start <= p->start &&
	    p->start <= r->lay.v[li].end;
}

/* "spelling: teh -> the, ten, tea" for the status line. */
static void
describe_problem(struct reader *r, const struct problem *p)
{
	struct doc *d = r->s.load.docs[r->cur];
	char *text = doc_substr(d, p->start, p->end), **sugg = NULL;
	size_t n = proof_suggest(r->s.proof, d, p, &sugg);
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s: %s", problem_kind_name(p->kind), text);
	for (size_t i = 0; i < n && i < 5; i++)
		buf_printf(&b, "%s%s", i == 0 ? " -> " : ", ", sugg[i]);
	/* a and i are offered only where they can settle the problem. */
	buf_printf(&b, "   (%zu of %zu%s)", r->cur_problem + 1,
	    r->s.docs[r->cur].problems.n,
	    problem_takes_word(p->kind) ? "; a: add word, i: ignore" : "");
	/* Visited all the same, in galley check's order: the count is of
	 * every problem, and the user learns where the hidden one is. */
	if (!problem_shown(r, p))
		buf_adds(&b, r->lay.raw ? "  hidden by this view" :
		    "  hidden by the clean view: r shows it");
	set_message(r, false, b.data);
	buf_free(&b);
	speller_free_list(sugg, n);
	free(text);
}

void
analysis_goto_problem(struct reader *r, size_t i)
{
	if (r->cur == SIZE_MAX || i >= r->s.docs[r->cur].problems.n)
		return;
	r->cur_problem = i;
	set_top(r, layout_find(&r->lay, r->s.docs[r->cur].problems.v[i].start));
	r->problem_top = r->top;
	describe_problem(r, &r->s.docs[r->cur].problems.v[i]);
}

void
analysis_next_problem(struct reader *r, int dir)
{
	struct problem_list *pl;
	size_t from, best = SIZE_MAX;

	/* A problem key finishes the open source's proofreading first, as
	 * keys finish its layout: answering "still proofreading" sent the
	 * reader nowhere while the background caught up. */
	analysis_finish_current(r);
	if (r->cur != SIZE_MAX && !r->s.docs[r->cur].analysed) {
		set_message(r, false, "still proofreading this source");
		return;
	}
	if (r->cur == SIZE_MAX || r->s.proof == NULL) {
		set_message(r, true, "proofreading is off");
		return;
	}
	pl = &r->s.docs[r->cur].problems;
	if (session_too_big(&r->s, r->cur)) {
		set_message(r, true, NOT_PROOFREAD_MESSAGE);
		return;
	}
	if (pl->n == 0) {
		set_message(r, false, "no problems found in this source");
		return;
	}
	/* From the screen: the first problem from the top line on, or the
	 * last above it; from the one just visited until the view moves
	 * or a motion key is pressed (act_move). */
	from = screen_origin(r, 1);
	/* At the top the header is on the screen, and with it the title:
	 * its problems (and any before the first line) come first, in
	 * galley check's order. */
	if (dir > 0 && r->top == 0)
		from = 0;
	if (r->cur_problem < pl->n && r->top == r->problem_top)
		from = pl->v[r->cur_problem].start + (dir > 0 ? 1 : 0);
	for (size_t k = 0; k < pl->n; k++) {
		size_t i = dir > 0 ? k : pl->n - 1 - k;

		if ((dir > 0 && pl->v[i].start < from) ||
		    (dir < 0 && pl->v[i].start >= from))
			continue;
		best = i;
		break;
	}
	if (best == SIZE_MAX) {
		say_none_further(r, "problems", dir);
		return;
	}
	analysis_goto_problem(r, best);
}

void
analysis_accept_word(struct reader *r, bool permanently)
{
	struct problem *p;
	char *word, *cause = NULL, *msg;

	if (r->cur == SIZE_MAX || r->s.proof == NULL ||
	    r->cur_problem == SIZE_MAX ||
	    r->cur_problem >= r->s.docs[r->cur].problems.n) {
		set_message(r, true, "no problem selected (p and P move to one)");
		return;
	}
	p = &r->s.docs[r->cur].problems.v[r->cur_problem];
	/* Markup, spacing or mojibake is no word: "measures ." would go to
	 * the word list and the problem stay. */
	if (!problem_takes_word(p->kind)) {
		msg = xasprintf("a %s problem is not a word to %s (a and i "
		    "take spelling, casing and split problems)",
		    problem_kind_name(p->kind), permanently ? "add" : "ignore");
		set_message(r, true, msg);
		free(msg);
		return;
	}
	word = doc_substr(r->s.load.docs[r->cur], p->start, p->end);
	if (permanently && proof_add_word(r->s.proof, word, &cause) != 0) {
		msg = xasprintf("'%s' accepted for this session; the personal "
		    "list was not written: %s", word, cause);
		set_message(r, true, msg);
		free(msg);
		free(cause);
	} else {
		if (!permanently)
			proof_ignore_word(r->s.proof, word);
		msg = xasprintf(permanently ? "'%s' added to your word list" :
		    "'%s' ignored for this session", word);
		set_message(r, false, msg);
		free(msg);
	}
	free(word);
	/* The word takes effect at once in every open document. */
	for (size_t i = 0; i < r->s.load.n; i++)
		if (r->s.load.docs[i] != NULL) {
			problems_clear(&r->s.docs[i].problems);
			proof_doc(r->s.proof, r->s.load.docs[i], false,
			    &r->s.docs[i].problems);
			doc_sort_spans(r->s.load.docs[i]);
		}
	r->cur_problem = SIZE_MAX;
}

/* With every file loaded, a line repeated across files is furniture:
 * clean the text dumps again with that evidence. */
static void
apply_cross_file(struct reader *r)
{
	if (!session_cross_file(&r->s))
		return;
	r->index_valid = false;
	r->cur_problem = SIZE_MAX;
	invalidate_layout(r);
}

/* One unit of background work; returns false when nothing is left. */
bool
background_step(struct reader *r)
{
	/* The rest of the open source's layout comes first (a few
	 * milliseconds a step), then its problems and entities. */
	if (layout_more(r))
		return true;
	if (!r->s.analysers_open || (r->cur != SIZE_MAX &&
	    r->s.load.docs[r->cur] != NULL && !r->s.docs[r->cur].analysed))
		return analysis_step(r);
	for (size_t i = 0; i < r->s.load.n; i++) {
		size_t f = r->order[i];
		if (!r->s.docs[f].loaded) {
			load_one(r, f);
			if (r->s.nloaded == r->s.load.n) {
				apply_cross_file(r);
				if (r->cfg.sort != SORT_PATH)
					sort_list(r);
			}
			return true;
		}
	}
	if (!r->s.crossed) {
		apply_cross_file(r);
		return true;
	}
	return analysis_step(r) || entities_type_groups_idle(r);
}

void
reader_load_all(struct reader *r)
{
	while (background_step(r))
		;
}
