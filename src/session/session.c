/* session.c - a load and each document's analyses. */
#include "config.h"

#include "session/session.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "anno/anchor.h"
#include "anno/anno_store.h"
#include "base/path_names.h"
#include "base/util.h"
#include "clean/features.h"
#include "ingest/load.h"
#include "ner/gazetteer.h"

void
session_init(struct session *s, char *const *paths, size_t n)
{
	memset(s, 0, sizeof *s);
	s->load.n = n;
	s->load.docs = xcalloc(n ? n : 1, sizeof *s->load.docs);
	s->load.errors = xcalloc(n ? n : 1, sizeof *s->load.errors);
	s->load.paths = xcalloc(n ? n : 1, sizeof *s->load.paths);
	for (size_t i = 0; i < n; i++)
		s->load.paths[i] = xstrdup(paths[i]);
	s->docs = xcalloc(n ? n : 1, sizeof *s->docs);
	s->mentions = xcalloc(n ? n : 1, sizeof *s->mentions);
	s->file_names = xcalloc(n ? n : 1, sizeof *s->file_names);
	path_short_names((const char *const *)s->load.paths, n, s->file_names);
	s->opt = (struct session_options){ .proof = true, .ner = true,
	    .annotations = true, .user_words = true,
	    .max_analysed = SESSION_MAX_ANALYSED };
}

void
session_set_options(struct session *s, const struct session_options *o)
{
	s->opt = *o;
}

void
session_free(struct session *s)
{
	for (size_t i = 0; s->docs != NULL && i < s->load.n; i++) {
		problems_clear(&s->docs[i].problems);
		free(s->docs[i].notice);
		mentions_free(&s->mentions[i]);
		anno_set_destroy(s->docs[i].annos);
		if (s->docs[i].corr != NULL)
			corrections_free(s->docs[i].corr);
		free(s->docs[i].corr);
		free(s->docs[i].corr_unmatched);
		if (s->docs[i].choices != NULL)
			block_choices_free(s->docs[i].choices);
		free(s->docs[i].choices);
		free(s->docs[i].choices_cause);
		free(s->docs[i].cleaner_keep);
	}
	free(s->docs);
	free(s->mentions);
	if (s->ner != NULL)
		ner_destroy(s->ner);
	speller_close(s->ner_speller);
	if (s->proof != NULL)
		proof_destroy(s->proof);
	free(s->proof_cause);
	decisions_free(&s->decisions);
	session_copies_free(s);
	free(s->file_names);
	load_free(&s->load);
	memset(s, 0, sizeof *s);
}

bool
session_load_doc(struct session *s, size_t f)
{
	struct doc *d;

	if (s->docs[f].loaded)
		return s->load.docs[f] != NULL;
	s->docs[f].loaded = true;
	s->nloaded++;
	/* Before the read: a write during it shows as a change later. */
	session_stamp_doc(s, f);
	d = s->load.docs[f] = load_file(s->load.paths[f],
	    &s->load.errors[f]);
	if (d == NULL)
		return false;
	features_compute(d);
	/* Read again after the evidence across the load was applied: the
	 * lines it shares with the others count as they did. */
	if (s->crossed)
		clean_cross_file(&s->load);
	clean_doc(d);
	session_apply_block_choices(s, f);
	session_analyse(s, f);
	return true;
}

void
session_load_all(struct session *s)
{
	for (size_t f = 0; f < s->load.n; f++) {
		s->docs[f].loaded = true;
		session_stamp_doc(s, f);
		s->load.docs[f] = load_file(s->load.paths[f],
		    &s->load.errors[f]);
	}
	s->nloaded = s->load.n;
	if (s->opt.raw)
		;
	else if (s->opt.all) {
		/* Nothing is dropped; the language is still needed. */
		for (size_t f = 0; f < s->load.n; f++)
			if (s->load.docs[f] != NULL)
				features_compute(s->load.docs[f]);
	} else {
		clean_load(&s->load);
		for (size_t f = 0; f < s->load.n; f++)
			session_apply_block_choices(s, f);
	}
	s->crossed = true;
}

bool
session_cross_file(struct session *s)
{
	s->crossed = true;
	if (!clean_cross_file(&s->load))
		return false;
	for (size_t i = 0; i < s->load.n; i++) {
		struct doc *d = s->load.docs[i];

		if (d != NULL && d->format == DOC_TEXT) {
			doc_reset_cleaning(d);
			clean_doc(d);
			session_apply_block_choices(s, i);
			session_analyse(s, i);
		}
	}
	return true;
}

/* The entity model, as `galley entities` finds it; without one the
 * rules work alone, and the user is told why. */
static char *
open_ner_model(struct session *s)
{
	char *path = NULL, *cause = NULL, *msg = NULL;
	int k;

	if (s->opt.no_model)
		return NULL;
	k = ner_open_model(s->ner, s->opt.ner_model, &path, &cause);
	s->model_failed = k < 0;
	if (k > 0)
		msg = xstrdup("no entity model found; names by the rules "
		    "alone");
	else if (k < 0)
		msg = xasprintf("%s: %s; names by the rules alone", path,
		    cause);
	free(path);
	free(cause);
	return msg;
}

/* Joins two notices (either may be NULL) with "; ". */
static char *
add_notice(char *a, char *b)
{
	char *both;

	if (a == NULL || b == NULL)
		return a != NULL ? a : b;
	both = xasprintf("%s; %s", a, b);
	free(a);
	free(b);
	return both;
}

/* The proofreader; what to tell the user, or NULL. */
static char *
open_proof(struct session *s)
{
	s->proof = proof_create(s->opt.dicts, s->opt.user_words,
	    &s->proof_cause);
	if (s->proof == NULL)
		return xasprintf("proofreading off: %s", s->proof_cause);
	proof_set_known_names(s->proof, gaz_is_name);
	/* Without a dictionary the other checks and the entities still
	 * run: say once what is missing. */
	return proof_warning(s->proof) != NULL ?
	    xstrdup(proof_warning(s->proof)) : NULL;
}

char *
session_open_analysers(struct session *s)
{
	char *cause = NULL, *notice = NULL;

	s->analysers_open = true;
	if (s->opt.proof)
		notice = open_proof(s);
	if (s->opt.proof && s->proof == NULL)
		return notice;
	if (!s->opt.ner)
		return notice;
	/* Names are judged with the dictionary alone, as `galley entities`
	 * judges them: the proofreader's speller also takes the personal
	 * and project word lists and the words added with `a`, which would
	 * make the reader's entities differ from the command's and change
	 * in the middle of a session.  NULL (no dictionary) is a mode. */
	s->ner_speller = speller_open(NULL, &cause);
	/* Without a dictionary names are judged by the gazetteers and a
	 * stoplist: worse, but still useful.  The proofreader has said
	 * that the dictionary is missing, when it runs. */
	if (s->ner_speller == NULL && !s->opt.proof)
		notice = add_notice(notice, xasprintf("%s; names without a "
		    "dictionary", cause ? cause : "no dictionary"));
	free(cause);
	s->ner = ner_create(s->ner_speller);
	ner_set_decisions(s->ner, &s->decisions);
	return add_notice(notice, open_ner_model(s));
}

size_t
session_read_decisions(struct session *s,
    void (*report)(void *arg, const char *file, const char *cause),
    void *arg)
{
	decisions_free(&s->decisions);
	return decisions_load_for(&s->decisions, s->load.paths, s->load.n,
	    report, arg);
}

/* Applies change to the mentions of every analysed document, and gives
 * those it changed their entity spans again.  Returns whether it changed
 * any. */
static bool
mentions_change(struct session *s, bool (*change)(struct session *s,
    size_t f, const void *arg), const void *arg)
{
	bool changed = false;

	for (size_t f = 0; f < s->load.n; f++) {
		struct doc *d = s->load.docs[f];

		if (d == NULL || !s->docs[f].analysed || !change(s, f, arg))
			continue;
		changed = true;
		doc_clear_spans(d, SPAN_ENTITY);
		ner_add_spans(d, &s->mentions[f], 0);
		doc_sort_spans(d);
	}
	return changed;
}

static bool
apply_decisions(struct session *s, size_t f, const void *arg)
{
	(void)arg;
	return ner_apply_decisions(s->ner, s->load.docs[f], &s->mentions[f],
	    0);
}

bool
session_redecide(struct session *s)
{
	return s->ner != NULL && mentions_change(s, apply_decisions, NULL);
}

static bool
type_group(struct session *s, size_t f, const void *arg)
{
	const struct entity_index *ix = arg;

	return f < ix->ndocs && entity_index_retype(ix, f, &s->mentions[f]);
}

bool
session_type_groups(struct session *s, const struct entity_index *ix)
{
	return mentions_change(s, type_group, ix);
}

/* Document f's entities found again: its entity spans and mentions
 * replaced (the spans left unsorted). */
static void
find_entities(struct session *s, size_t f)
{
	struct doc *d = s->load.docs[f];

	doc_clear_spans(d, SPAN_ENTITY);
	mentions_free(&s->mentions[f]);
	ner_doc(s->ner, d, s->opt.all, &s->mentions[f]);
}

bool
session_rerun_entities(struct session *s)
{
	bool any = false;

	for (size_t f = 0; s->ner != NULL && f < s->load.n; f++) {
		struct doc *d = s->load.docs[f];

		if (d == NULL || !s->docs[f].analysed)
			continue;
		any = true;
		find_entities(s, f);
		doc_sort_spans(d);
	}
	return any;
}

struct anno_set *
session_annos(struct session *s, size_t f)
{
	if (s->docs[f].annos == NULL && s->load.docs[f] != NULL)
		s->docs[f].annos = anno_store_open(s->load.paths[f]);
	return s->docs[f].annos;
}

size_t
session_anno_count(const struct session *s, size_t f)
{
	return s->docs[f].annos != NULL ? anno_set_count(s->docs[f].annos) :
	    0;
}

size_t
session_anno_damaged(const struct session *s)
{
	size_t n = 0;

	for (size_t i = 0; i < s->load.n; i++)
		if (s->docs[i].annos != NULL && s->docs[i].annos->readonly)
			n++;
	return n;
}

/* The highlight of an annotation: 1 + the vocabulary index of its first
 * tag that has a colour, 0 for the default. */
static unsigned
tag_colour(const struct anno_vocab *v, const struct anno *a)
{
	for (size_t t = 0; v != NULL && t < a->ntags; t++)
		for (size_t k = 0; k < v->n; k++)
			if (v->tags[k].colour != NULL &&
			    strcmp(v->tags[k].name, a->tags[t]) == 0)
				return k + 1 <= UINT16_MAX ? (unsigned)k + 1 : 0;
	return 0;
}

/* Annotated passages become spans; replies point at annotations, not at
 * text, and orphans have no place. */
static void
add_annotation_spans(struct session *s, size_t f, struct doc *d)
{
	struct anno_set *set = session_annos(s, f);

	if (set == NULL)
		return;
	/* Anchoring decodes the whole text: not for a source without
	 * annotations (most, and the first screen waits for it). */
	if (set->n > 0)
		anchor_set(set, d);
	doc_clear_spans(d, SPAN_ANNOTATION);
	for (size_t i = 0; i < set->n; i++) {
		const struct anno *a = set->items[i];

		if (a->reply_to != NULL || a->state == ANNO_ORPHAN ||
		    a->cur_end <= a->cur_start)
			continue;
		doc_add_span(d, a->cur_start, a->cur_end, SPAN_ANNOTATION,
		    tag_colour(s->vocab, a), (uint32_t)i);
	}
}

void
session_annotation_spans(struct session *s, size_t f)
{
	struct doc *d = s->load.docs[f];

	if (d == NULL || !s->opt.annotations)
		return;
	add_annotation_spans(s, f, d);
	doc_sort_spans(d);
}

bool
session_too_big(const struct session *s, size_t f)
{
	const struct doc *d = s->load.docs[f];

	return d != NULL && s->opt.max_analysed > 0 &&
	    d->text_len > s->opt.max_analysed;
}

bool
session_analyse(struct session *s, size_t f)
{
	struct session_doc *sd = &s->docs[f];
	struct doc *d = s->load.docs[f];
	bool mentions_changed = false;

	if (d == NULL)
		return false;
	/* Annotations need no dictionary: they show at once. */
	if (!s->analysers_open) {
		session_annotation_spans(s, f);
		return false;
	}
	sd->analysed = true;
	if (session_too_big(s, f)) {
		session_annotation_spans(s, f);
		return false;
	}
	if (s->proof != NULL) {
		problems_clear(&sd->problems);
		free(sd->notice);
		sd->notice = NULL;
		if (s->opt.user_words)
			proof_add_project_words(s->proof, d->path, &sd->notice);
		proof_doc(s->proof, d, s->opt.all, &sd->problems);
	}
	if (s->ner != NULL) {
		find_entities(s, f);
		mentions_changed = true;
	}
	session_annotation_spans(s, f);
	return mentions_changed;
}

bool
session_pending(const struct session *s)
{
	for (size_t i = 0; i < s->load.n; i++)
		if (s->load.docs[i] != NULL && !s->docs[i].analysed)
			return true;
	return false;
}

const char *
session_file_name(const struct session *s, size_t f)
{
	return s->file_names[f];
}
