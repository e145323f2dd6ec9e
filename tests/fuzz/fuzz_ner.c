/* fuzz_ner.c - libFuzzer target: entity recognition (ner.c, ner_dates.c,
 * gazetteer.c) and the index that groups the entities of a load
 * (entity_index.c, entity_decisions.c).
 *
 * The input is split at form feeds into up to three documents, as in
 * fuzz_clean; the first byte of each part chooses HTML or text.  The
 * recogniser runs with the en_US dictionary when one is installed (opened
 * once, in LLVMFuzzerInitialize) and without any, as galley entities
 * does on a machine that has none. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "ner/entity_index.h"
#include "clean/features.h"
#include "ingest/load.h"
#include "ner/ner.h"
#include "proof/spell.h"
#include "fuzz_check.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_NER_MAX_DOCS 3

static struct ner *fuzz_ner_dict, *fuzz_ner_bare;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct speller *sp;
	char *cause = NULL;

	(void)argc;
	(void)argv;
	sp = speller_open("en_US", &cause);
	if (sp == NULL) {
		fprintf(stderr, "fuzz_ner: %s; without a dictionary only\n",
		    cause);
		free(cause);
	} else
		fuzz_ner_dict = ner_create(sp);
	fuzz_ner_bare = ner_create(NULL);
	return 0;
}

/* Mentions are non-empty, on character boundaries, in text order, and
 * each has its span. */
static void
fuzz_ner_check(struct doc *d, const struct mention_list *l)
{
	size_t nspans = 0;

	for (size_t i = 0; i < l->n; i++) {
		const struct mention *m = &l->v[i];

		FUZZ_ASSERT(m->bstart < m->bend && m->bend <= d->text_len);
		FUZZ_ASSERT(m->start == doc_byte_to_cp(d, m->bstart));
		FUZZ_ASSERT(m->end == doc_byte_to_cp(d, m->bend));
		FUZZ_ASSERT(doc_cp_to_byte(d, m->start) == m->bstart);
		FUZZ_ASSERT(doc_cp_to_byte(d, m->end) == m->bend);
		FUZZ_ASSERT((unsigned)m->type < ENTITY_TYPE_COUNT);
		FUZZ_ASSERT(i == 0 || l->v[i - 1].start <= m->start);
	}
	for (size_t i = 0; i < d->nspans; i++) {
		const struct span *s = &d->spans[i];

		if (s->kind != SPAN_ENTITY)
			continue;
		FUZZ_ASSERT(s->ref < l->n);
		FUZZ_ASSERT(s->start == l->v[s->ref].start);
		FUZZ_ASSERT(s->end == l->v[s->ref].end);
		FUZZ_ASSERT(s->sub == l->v[s->ref].type);
		nspans++;
	}
	FUZZ_ASSERT(nspans == l->n);
}

/* Every mention belongs to one entity whose variants exist, and the
 * per-document and per-entity listings count the same mentions. */
static void
fuzz_ner_index_check(const struct entity_index *ix, struct doc **docs,
    const struct mention_list *ml, size_t n)
{
	size_t total = 0, listed = 0;

	for (size_t i = 0; i < n; i++) {
		if (docs[i] == NULL)
			continue;
		for (size_t k = 0; k < ml[i].n; k++) {
			const struct entity *e = entity_index_of(ix, i, k);

			FUZZ_ASSERT(e != NULL);
			FUZZ_ASSERT(e->nvariants > 0);
			FUZZ_ASSERT(e->canonical != NULL);
			fuzz_check_utf8(e->canonical, strlen(e->canonical));
			FUZZ_ASSERT(entity_index_find(ix, e->canonical) !=
			    (size_t)-1);
			total++;
		}
	}
	for (size_t e = 0; e < ix->nentities; e++) {
		size_t nm, *pairs = entity_index_mentions(ix, e, &nm);

		for (size_t k = 0; k < nm; k++) {
			FUZZ_ASSERT(pairs[2 * k] < n);
			FUZZ_ASSERT(pairs[2 * k + 1] < ml[pairs[2 * k]].n);
		}
		FUZZ_ASSERT(nm == ix->entities[e].mentions);
		listed += nm;
		free(pairs);
	}
	FUZZ_ASSERT(listed == total);
	for (size_t i = 0; i < n; i++) {
		size_t ne, *pairs = entity_index_doc_entities(ix, i, &ne);

		for (size_t k = 0; k < ne; k++)
			FUZZ_ASSERT(pairs[2 * k] < ix->nentities);
		free(pairs);
	}
}

static void
fuzz_ner_run(struct ner *ner, struct load *l)
{
	struct mention_list ml[FUZZ_NER_MAX_DOCS];
	struct entity_index ix;

	memset(ml, 0, sizeof ml);
	for (size_t i = 0; i < l->n; i++) {
		if (l->docs[i] == NULL)
			continue;
		doc_clear_spans(l->docs[i], SPAN_ENTITY);
		/* Every block on the second document, as --all does. */
		ner_doc(ner, l->docs[i], i == 1, &ml[i]);
		fuzz_ner_check(l->docs[i], &ml[i]);
	}
	entity_index_build(&ix, l->docs, ml, l->n, NULL);
	fuzz_ner_index_check(&ix, l->docs, ml, l->n);
	entity_index_regroup(&ix, NULL);
	fuzz_ner_index_check(&ix, l->docs, ml, l->n);
	entity_index_free(&ix);
	for (size_t i = 0; i < l->n; i++)
		mentions_free(&ml[i]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct load l;

	fuzz_load_split(&l, data, size, FUZZ_NER_MAX_DOCS);
	clean_load(&l);
	if (fuzz_ner_dict != NULL)
		fuzz_ner_run(fuzz_ner_dict, &l);
	fuzz_ner_run(fuzz_ner_bare, &l);
	load_free(&l);
	return 0;
}
