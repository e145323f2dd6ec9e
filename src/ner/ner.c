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

void
mentions_free(struct mention_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

void
ner_mention_push(struct mention_list *l, const struct mention *m)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = *m;
}

/* The lower-case form of a UTF-8 word. */
static char *
lower_word(const char *s, size_t n)
{
	struct buf b;
	size_t i = 0;

	buf_init(&b);
	while (i < n) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)
		    s + i, (utf8proc_ssize_t)(n - i), &cp);

		if (k < 1) {
			buf_addc(&b, s[i]);
			i++;
			continue;
		}
		buf_add_cp(&b, utf8proc_tolower(cp));
		i += (size_t)k;
	}
	return buf_steal(&b);
}

unsigned
ner_word_info(struct ner *n, const char *s, size_t len)
{
	struct hash_entry *e = hash_get(&n->words, s, len);
	unsigned bits = 0;
	char *key, *low;

	if (e != NULL)
		return (unsigned)e->tag;
	key = xstrndup(s, len);
	low = lower_word(s, len);
	if (n->sp != NULL) {
		if (speller_check(n->sp, low))
			bits |= WORD_KNOWN_LOWER;
		if ((bits & WORD_KNOWN_LOWER) || speller_check(n->sp, key))
			bits |= WORD_KNOWN_ASIS;
	} else if (stopword_find(low, strlen(low)) != NULL)
		bits |= WORD_KNOWN_LOWER | WORD_KNOWN_ASIS;
	free(low);
	free(key);
	hash_add(&n->words, s, len)->tag = bits;
	return bits;
}

unsigned
ner_word_knowledge(struct ner *n, const char *s, size_t len)
{
	struct hash_entry *e = hash_get(&n->knowledge, s, len);
	unsigned k;

	if (e != NULL)
		return (unsigned)e->tag;
	k = ner_word_info(n, s, len) | gaz_lookup(s, len) << 8;
	hash_add(&n->knowledge, s, len)->tag = k;
	return k;
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

unsigned
ner_info_of(struct ner_state *st, const struct word *w)
{
	return ner_word_info(st->n, st->d->text + w->bstart, w->bend - w->bstart);
}

void
ner_emit(struct ner_state *st, const struct word *w, size_t n,
    enum entity_type type, unsigned flags)
{
	struct mention m;
	size_t end = w[n - 1].end, bend = w[n - 1].bend;

	/* "U.S.": the dot of a final initial belongs to the name. */
	if (w[n - 1].end - w[n - 1].start == 1 && bend < st->d->text_len &&
	    st->d->text[bend] == '.' && n > 1 && w[n - 2].end -
	    w[n - 2].start == 1) {
		end++;
		bend++;
	}
	m.start = w[0].start;
	m.end = end;
	m.bstart = w[0].bstart;
	m.bend = bend;
	m.type = type;
	m.flags = flags | (w[n - 1].possessive ? MENTION_POSSESSIVE : 0);
	ner_mention_push(st->out, &m);
}

void
ner_pend(struct ner_state *st, const struct word *w, int guess, unsigned flags)
{
	struct pending *p;

	if (st->npend == st->pend_cap) {
		st->pend_cap = st->pend_cap ? st->pend_cap * 2 : 32;
		st->pend = xreallocarray(st->pend, st->pend_cap,
		    sizeof *st->pend);
	}
	p = &st->pend[st->npend++];
	p->m.start = w->start;
	p->m.end = w->end;
	p->m.bstart = w->bstart;
	p->m.bend = w->bend;
	p->m.type = ENTITY_PERSON;
	p->m.flags = flags | (w->possessive ? MENTION_POSSESSIVE : 0);
	p->guess = guess;
	p->city = (flags & MENTION_GAZETTEER) != 0;
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

static int
mention_cmp(const void *a, const void *b)
{
	const struct mention *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : x->end < y->end;
}

void
ner_sort_mentions(struct ner_state *st)
{
	if (st->out->n - st->out_first > 1)
		qsort(st->out->v + st->out_first, st->out->n - st->out_first,
		    sizeof *st->out->v, mention_cmp);
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
	remember_people(&st);
	for (size_t i = st.out_first; i < out->n; i++)
		doc_add_span(d, out->v[i].start, out->v[i].end, SPAN_ENTITY,
		    out->v[i].type, (uint32_t)i);
	tokens_free(&st.toks);
	free(st.pend);
}
