/* analysis.c - the reader's use of the analysers: proofreading, entities
 * and annotations run on each document as it loads, adding spans that
 * draw.c colours; problem navigation, suggestions on demand, and words
 * added to the personal list or ignored for the session. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anno/anchor.h"
#include "anno/anno_store.h"
#include "proof/spell.h"
#include "ui/reader_int.h"

void
analysis_init(struct reader *r)
{
	size_t n = r->load.n;

	r->problems = xcalloc(n ? n : 1, sizeof *r->problems);
	r->nentities = xcalloc(n ? n : 1, sizeof *r->nentities);
	r->annos = xcalloc(n ? n : 1, sizeof *r->annos);
	r->unsaved = xcalloc(n ? n : 1, sizeof *r->unsaved);
	r->mentions = xcalloc(n ? n : 1, sizeof *r->mentions);
	r->analysed = xcalloc(n ? n : 1, sizeof *r->analysed);
	r->cur_problem = SIZE_MAX;
	anno_edit_load_vocab(r);
}

/* The entity model, as `galley entities` finds it; without one the
 * rules work alone, and the reader says why once. */
static void
open_ner_model(struct reader *r)
{
	char *path, *cause;
	int k = ner_open_model(r->ner, NULL, &path, &cause);

	if (k != 0) {
		char *msg = k > 0 ? xstrdup("no entity model found; names by "
		    "the rules alone") : xasprintf("%s: %s; names by the "
		    "rules alone", path, cause);

		queue_notice(r, msg);
		free(msg);
	}
	free(path);
	free(cause);
}

/* Opens the dictionaries: a tenth of a second or more, so it waits until
 * the first screen is up. */
static void
analysis_start(struct reader *r)
{
	char *cause = NULL;

	r->analysis_started = true;
	r->proof = proof_create(NULL, true, &cause);
	if (r->proof == NULL) {
		char *msg = xasprintf("proofreading off: %s", cause);
		queue_notice(r, msg);
		free(msg);
		free(cause);
		return;
	}
	/* Without a dictionary the other checks and the entities still
	 * run: say once what is missing. */
	if (proof_warning(r->proof) != NULL)
		queue_notice(r, proof_warning(r->proof));
	/* Names are judged with the dictionary alone, as `galley entities`
	 * judges them: the proofreader's speller also takes the personal
	 * and project word lists and the words added with `a`, which would
	 * make the reader's entities differ from the command's and change
	 * in the middle of a session.  NULL (no dictionary) is a mode. */
	r->ner_speller = speller_open(NULL, &cause);
	free(cause);
	r->ner = ner_create(r->ner_speller);
	open_ner_model(r);
}

/* One unit of background analysis: the open source first, then the
 * others as they load.  Returns false when nothing is left. */
bool
analysis_step(struct reader *r)
{
	if (!r->analysis_started) {
		analysis_start(r);
		return true;
	}
	if (r->cur != SIZE_MAX && r->load.docs[r->cur] != NULL &&
	    !r->analysed[r->cur]) {
		analysis_doc(r, r->cur);
		return true;
	}
	for (size_t i = 0; i < r->load.n; i++)
		if (r->load.docs[i] != NULL && !r->analysed[i]) {
			analysis_doc(r, i);
			return true;
		}
	return false;
}

/* The highlight of an annotation: 1 + the vocabulary index of its first
 * tag that has a colour, 0 for the default. */
static unsigned
tag_colour(const struct reader *r, const struct anno *a)
{
	for (size_t t = 0; t < a->ntags; t++)
		for (size_t k = 0; k < r->vocab.n; k++)
			if (r->vocab.tags[k].colour != NULL &&
			    strcmp(r->vocab.tags[k].name, a->tags[t]) == 0)
				return k + 1 <= UINT16_MAX ? (unsigned)k + 1 : 0;
	return 0;
}

/* Annotated passages become spans; replies point at annotations, not at
 * text, and orphans have no place. */
static void
annotation_spans(struct reader *r, size_t f, struct doc *d)
{
	struct anno_set *s;

	if (r->annos[f] == NULL)
		r->annos[f] = anno_store_open(r->load.paths[f]);
	s = r->annos[f];
	if (s == NULL)
		return;
	anchor_set(s, d);
	doc_clear_spans(d, SPAN_ANNOTATION);
	for (size_t i = 0; i < s->n; i++) {
		const struct anno *a = s->items[i];

		if (a->reply_to != NULL || a->state == ANNO_ORPHAN ||
		    a->cur_end <= a->cur_start)
			continue;
		doc_add_span(d, a->cur_start, a->cur_end, SPAN_ANNOTATION,
		    tag_colour(r, a), (uint32_t)i);
	}
}

/* After an edit: the annotation spans again, nothing else. */
void
analysis_annotations(struct reader *r, size_t f)
{
	struct doc *d = r->load.docs[f];

	if (d == NULL)
		return;
	annotation_spans(r, f, d);
	doc_sort_spans(d);
}

/* Proofreading and entities cost about a second per megabyte: past this
 * the reader shows the text without them rather than stall. */
#define ANALYSIS_MAX_BYTES (2u << 20)

void
analysis_doc(struct reader *r, size_t f)
{
	struct doc *d = r->load.docs[f];

	if (d == NULL)
		return;
	r->analysed[f] = true;
	if (!r->analysis_started) {
		/* Annotations need no dictionary: show them at once. */
		annotation_spans(r, f, d);
		doc_sort_spans(d);
		r->analysed[f] = false;
		return;
	}
	if (d->text_len > ANALYSIS_MAX_BYTES) {
		annotation_spans(r, f, d);
		doc_sort_spans(d);
		return;
	}
	if (r->proof != NULL) {
		problems_clear(&r->problems[f]);
		proof_add_project_words(r->proof, d->path, NULL);
		proof_doc(r->proof, d, false, &r->problems[f]);
	}
	if (r->ner != NULL) {
		doc_clear_spans(d, SPAN_ENTITY);
		mentions_free(&r->mentions[f]);
		ner_doc(r->ner, d, false, &r->mentions[f]);
		r->nentities[f] = r->mentions[f].n;
		r->index_valid = false;
	}
	annotation_spans(r, f, d);
	doc_sort_spans(d);
	if (f == r->cur)
		r->cur_problem = SIZE_MAX;
}

void
analysis_free(struct reader *r)
{
	for (size_t i = 0; r->problems && i < r->load.n; i++)
		problems_clear(&r->problems[i]);
	free(r->problems);
	free(r->nentities);
	free(r->analysed);
	for (size_t i = 0; r->mentions && i < r->load.n; i++)
		mentions_free(&r->mentions[i]);
	free(r->mentions);
	for (size_t i = 0; r->annos && i < r->load.n; i++)
		anno_set_destroy(r->annos[i]);
	free(r->annos);
	free(r->unsaved);
	if (r->ner)
		ner_destroy(r->ner);
	speller_close(r->ner_speller);
	if (r->proof)
		proof_destroy(r->proof);
}

/* "spelling: teh -> the, ten, tea" for the status line. */
static void
describe_problem(struct reader *r, const struct problem *p)
{
	struct doc *d = r->load.docs[r->cur];
	char *text = doc_substr(d, p->start, p->end), **sugg = NULL;
	size_t n = proof_suggest(r->proof, d, p, &sugg);
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s: %s", problem_kind_name(p->kind), text);
	for (size_t i = 0; i < n && i < 5; i++)
		buf_printf(&b, "%s%s", i == 0 ? " -> " : ", ", sugg[i]);
	buf_printf(&b, "   (%zu of %zu; a: add word, i: ignore)",
	    r->cur_problem + 1, r->problems[r->cur].n);
	set_message(r, false, b.data);
	buf_free(&b);
	speller_free_list(sugg, n);
	free(text);
}

void
analysis_goto_problem(struct reader *r, size_t i)
{
	if (r->cur == SIZE_MAX || i >= r->problems[r->cur].n)
		return;
	r->cur_problem = i;
	set_top(r, layout_find(&r->lay, r->problems[r->cur].v[i].start));
	describe_problem(r, &r->problems[r->cur].v[i]);
}

void
analysis_next_problem(struct reader *r, int dir)
{
	struct problem_list *pl;
	size_t from, best = SIZE_MAX;

	if (r->cur != SIZE_MAX && !r->analysed[r->cur]) {
		set_message(r, false, "still proofreading this source");
		return;
	}
	if (r->cur == SIZE_MAX || r->proof == NULL) {
		set_message(r, true, "proofreading is off");
		return;
	}
	pl = &r->problems[r->cur];
	if (r->load.docs[r->cur] != NULL &&
	    r->load.docs[r->cur]->text_len > ANALYSIS_MAX_BYTES) {
		set_message(r, true, "over 2 MiB: not proofread in the reader "
		    "(galley check does it)");
		return;
	}
	if (pl->n == 0) {
		set_message(r, false, "no problems found in this source");
		return;
	}
	from = r->cur_problem != SIZE_MAX ? pl->v[r->cur_problem].start +
	    (dir > 0 ? 1 : 0) : r->anchor;
	for (size_t k = 0; k < pl->n; k++) {
		size_t i = dir > 0 ? k : pl->n - 1 - k;
		size_t li;

		if ((dir > 0 && pl->v[i].start < from) ||
		    (dir < 0 && pl->v[i].start >= from))
			continue;
		/* Only problems the current view shows. */
		li = layout_find(&r->lay, pl->v[i].start);
		if (li >= r->lay.n || r->lay.v[li].start > pl->v[i].start ||
		    pl->v[i].start > r->lay.v[li].end)
			continue;
		best = i;
		break;
	}
	if (best == SIZE_MAX) {
		set_message(r, true, dir > 0 ? "no more problems below" :
		    "no more problems above");
		return;
	}
	analysis_goto_problem(r, best);
}

void
analysis_accept_word(struct reader *r, bool permanently)
{
	struct problem *p;
	char *word, *cause = NULL, *msg;

	if (r->cur == SIZE_MAX || r->proof == NULL ||
	    r->cur_problem == SIZE_MAX ||
	    r->cur_problem >= r->problems[r->cur].n) {
		set_message(r, true, "no problem selected (p and P move to one)");
		return;
	}
	p = &r->problems[r->cur].v[r->cur_problem];
	word = doc_substr(r->load.docs[r->cur], p->start, p->end);
	if (permanently && proof_add_word(r->proof, word, &cause) != 0) {
		msg = xasprintf("'%s' accepted for this session; the personal "
		    "list was not written: %s", word, cause);
		set_message(r, true, msg);
		free(msg);
		free(cause);
	} else {
		if (!permanently)
			proof_ignore_word(r->proof, word);
		msg = xasprintf(permanently ? "'%s' added to your word list" :
		    "'%s' ignored for this session", word);
		set_message(r, false, msg);
		free(msg);
	}
	free(word);
	/* The word takes effect at once in every open document. */
	for (size_t i = 0; i < r->load.n; i++)
		if (r->load.docs[i] != NULL) {
			problems_clear(&r->problems[i]);
			proof_doc(r->proof, r->load.docs[i], false,
			    &r->problems[i]);
			doc_sort_spans(r->load.docs[i]);
		}
	r->cur_problem = SIZE_MAX;
}

/* The problems of the current source, as a list view (Enter jumps). */
void
analysis_problem_list(struct reader *r)
{
	struct doc *d;
	struct problem_list *pl;

	if (r->cur == SIZE_MAX || r->load.docs[r->cur] == NULL ||
	    r->proof == NULL)
		return;
	d = r->load.docs[r->cur];
	pl = &r->problems[r->cur];
	for (size_t i = 0; i < r->nhits; i++)
		free(r->hits[i].context);
	free(r->hits);
	r->hits = pl->n ? xcalloc(pl->n, sizeof *r->hits) : NULL;
	r->nhits = pl->n;
	for (size_t i = 0; i < pl->n; i++) {
		struct grep_hit *g = &r->hits[i];
		size_t line, col;
		char *text = doc_substr(d, pl->v[i].start, pl->v[i].end);

		g->file = r->cur;
		g->start = pl->v[i].start;
		g->end = pl->v[i].end;
		doc_line_col(d, g->start, &line, &col);
		g->line = line;
		g->context = xasprintf("%s: %s%s%s",
		    problem_kind_name(pl->v[i].kind), text,
		    pl->v[i].fix ? " -> " : "", pl->v[i].fix ? pl->v[i].fix : "");
		for (char *c = g->context; *c; c++)
			if (*c == '\n')
				*c = ' ';
		free(text);
	}
	free(r->grep_word);
	r->grep_word = xasprintf("in %s", d->path);
	r->hits_kind = HITS_PROBLEMS;
	r->view = VIEW_GREP;
	r->view_sel = r->view_top = 0;
}
