/* ner_emit.c - what the passes of the recogniser share: what galley's
 * lists know of a word, and the mentions a pass emits, holds pending
 * until the document is read, and sorts.  Below ner.c, ner_chunk.c,
 * ner_type.c and the model's passes, which all use it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/util.h"
#include "clean/stopwords.h"
#include "ner/gazetteer.h"
#include "ner/ner.h"
#include "ner/ner_int.h"

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

unsigned
ner_word_info(struct ner *n, const char *s, size_t len)
{
	struct hash_entry *e = hash_get(&n->words, s, len);
	unsigned bits = 0;
	char *key, *low;

	if (e != NULL)
		return (unsigned)e->tag;
	key = xstrndup(s, len);
	low = word_lower(s, len);
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
	k = ner_word_info(n, s, len) | gaz_lookup_all(s, len) << 8;
	hash_add(&n->knowledge, s, len)->tag = k;
	return k;
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
