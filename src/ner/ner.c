/* ner.c - named entities from gazetteers and rules.
 *
 * The pass over a block (ner_chunk.c): tokens -> dates and chunks of
 * capitalised words (joined by "of" after an organisation word, by name
 * particles such as "de" and "bin", and by initials) -> sentence-initial
 * common words and titles stripped -> a type (ner_type.c) from the
 * gazetteers, organisation words, titles, given names and the dictionary.
 * Single words that nothing types wait until the whole document is read
 * (here): a surname that appeared in a full name, in it or in an earlier
 * document of the load, is a person. */
#include "config.h"

#include "ner/ner.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/util.h"
#include "clean/stopwords.h"
#include "ner/gazetteer.h"
#include "ner/ner_int.h"
#include "ner/ner_model.h"
#include "ner/ner_seq.h"

static const char *const type_names[ENTITY_TYPE_COUNT] = {
	"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "MISC"
};

const char *
entity_type_name(enum entity_type type)
{
	return type < ENTITY_TYPE_COUNT ? type_names[type] : "?";
}

int
entity_type_parse(const char *s)
{
	for (int i = 0; i < ENTITY_TYPE_COUNT; i++)
		if (strcmp(s, type_names[i]) == 0)
			return i;
	return -1;
}

struct ner *
ner_create(struct speller *sp)
{
	struct ner *n = xcalloc(1, sizeof *n);

	n->sp = sp;
	hash_init(&n->words);
	hash_init(&n->person_words);
	hash_init(&n->knowledge);
	return n;
}

void
ner_destroy(struct ner *n)
{
	if (n == NULL)
		return;
	hash_free(&n->words);
	hash_free(&n->person_words);
	hash_free(&n->knowledge);
	ner_model_free(n->model);
	free(n);
}

bool
ner_use_model(struct ner *n, const char *path, char **cause)
{
	struct ner_model *m = ner_model_load(path, cause);

	if (m == NULL)
		return false;
	if (m->features != NER_FEATURES_VERSION) {
		*cause = xasprintf("model made for features version %u, this "
		    "galley has %u: retrain it (tools/train-ner)",
		    m->features, NER_FEATURES_VERSION);
		ner_model_free(m);
		return false;
	}
	ner_model_free(n->model);
	n->model = m;
	return true;
}

bool
ner_has_model(const struct ner *n)
{
	return n->model != NULL;
}

/* Whether a pending word is a word of a multi-word person of the
 * document: "Collier" after "Frederick H. Collier"; with last_only, its
 * last word ("Davis" after "Jefferson Davis", not "Beijing" after a
 * misread "Beijing Daily"). */
static bool
part_of_person(const struct ner_state *st, const struct mention *p,
    bool last_only)
{
	const char *s = st->d->text;
	size_t len = p->bend - p->bstart;

	for (size_t i = st->out_first; i < st->out->n; i++) {
		const struct mention *m = &st->out->v[i];

		if (m->type != ENTITY_PERSON || m->bend - m->bstart <= len)
			continue;
		for (const char *q = s + m->bstart; q + len <= s + m->bend;
		    q++) {
			if ((q == s + m->bstart || q[-1] == ' ') &&
			    memcmp(q, s + p->bstart, len) == 0 &&
			    (q + len == s + m->bend || (q[len] == ' ' &&
			    !last_only)))
				return true;
		}
	}
	return false;
}

static void
resolve_pending(struct ner_state *st)
{
	for (size_t i = 0; i < st->npend; i++) {
		struct pending *p = &st->pend[i];

		if (part_of_person(st, &p->m, p->city) || (!p->city &&
		    hash_get(&st->n->person_words, st->d->text + p->m.bstart,
		    p->m.bend - p->m.bstart)))
			ner_mention_push(st->out, &p->m);
		else if (p->guess >= 0) {
			p->m.type = (enum entity_type)p->guess;
			ner_mention_push(st->out, &p->m);
		}
	}
	ner_sort_mentions(st);
}

/* Remembers the surnames of this document's full names for the next
 * documents of the load: "Putin" alone in a later file. */
static void
remember_people(struct ner_state *st)
{
	const char *s = st->d->text;

	for (size_t i = st->out_first; i < st->out->n; i++) {
		const struct mention *m = &st->out->v[i];
		size_t a = m->bstart;

		if (m->type != ENTITY_PERSON || memchr(s + a, ' ',
		    m->bend - a) == NULL)
			continue;
		/* The surname only: first names are shared by too many
		 * things ("Apple" in a misread "Apple Watch"). */
		a = m->bend;
		while (a > m->bstart && s[a - 1] != ' ')
			a--;
		if (m->bend - a > 2)
			hash_add(&st->n->person_words, s + a, m->bend - a);
	}
}

void
ner_doc(struct ner *n, struct doc *d, bool all, struct mention_list *out)
{
	struct ner_state st;

	/* The lists, rules and model are English: on another language
	 * they would take its capitalised nouns for names. */
	if (!ner_reads(d))
		return;
	memset(&st, 0, sizeof st);
	st.n = n;
	st.d = d;
	st.out = out;
	st.out_first = out->n;
	for (size_t i = 0; i < d->nblocks; i++)
		if (all || d->blocks[i].keep)
			ner_block_scan(&st, &d->blocks[i]);
	resolve_pending(&st);
	if (n->model != NULL)
		ner_model_pass(&st, all);
	/* Before the surnames are remembered: a name the user retyped or
	 * rejected is no person's for the next documents either. */
	ner_apply_decisions(n, d, out, st.out_first);
	remember_people(&st);
	ner_add_spans(d, out, st.out_first);
	tokens_free(&st.toks);
	free(st.pend);
}
