/* ner.c - named entities from gazetteers and rules.
 *
 * The pass over a block: tokens -> dates and chunks of capitalised words
 * (joined by "of" after an organisation word, by name particles such as
 * "de" and "bin", and by initials) -> sentence-initial common words and
 * titles stripped -> a type from the gazetteers, organisation words,
 * titles, given names and the dictionary.  Single words that nothing
 * types wait until the whole document is read: a surname that appeared in
 * a full name, in it or in an earlier document of the load, is a
 * person. */
#include "config.h"

#include "ner.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "gazetteer.h"
#include "hash.h"
#include "ner_dates.h"
#include "stopwords.h"
#include "tokens.h"
#include "util.h"

struct ner {
	struct speller *sp;
	struct hash words;	/* word -> WORD_* bits, in tag */
	struct hash person_words;	/* surnames of full names seen so far */
};

/* What the dictionary says of a word, cached: Hunspell is slow. */
enum {
	WORD_KNOWN_LOWER = 1,	/* its lower-case form is a word: "however" */
	WORD_KNOWN_ASIS = 2,	/* accepted as written: "Paris", "However" */
};

/* A capitalised word of a chunk. */
struct word {
	size_t bstart, bend, start, end;
	unsigned tflags;	/* enum token_flag */
	unsigned gaz;		/* enum gaz_bits of the word alone */
	bool connector;		/* "of", "de": inside a name, never alone */
	bool possessive;	/* its 's was left out */
};

/* A single word whose type waits for the end of the document: a word of
 * a person's full name there is a person, else it keeps its guess. */
struct pending {
	struct mention m;
	int guess;		/* enum entity_type, or -1: dropped */
	bool city;		/* a gazetteer place: a person only as the
				   surname of a full name of the document */
};

struct ner_state {
	struct ner *n;
	struct doc *d;
	struct token_list toks;
	struct mention_list *out;
	size_t out_first;	/* this document's first mention in out */
	struct pending *pend;
	size_t npend, pend_cap;
	bool headline;		/* the block is in title case */
	size_t chunk_first, chunk_last;	/* tokens of the chunk being typed */
};

static const char *const type_names[ENTITY_TYPE_COUNT] = {
	"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE"
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
	return n;
}

void
ner_destroy(struct ner *n)
{
	if (n == NULL)
		return;
	hash_free(&n->words);
	hash_free(&n->person_words);
	free(n);
}

void
mentions_free(struct mention_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

static void
mention_push(struct mention_list *l, const struct mention *m)
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

static unsigned
word_info(struct ner *n, const char *s, size_t len)
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

bool
ner_is_name(struct ner *n, const char *word, size_t len, bool sentence_start)
{
	unsigned info;

	(void)sentence_start;	/* unknown in any case means unknown here */
	if (len == 0)
		return false;
	info = word_info(n, word, len);
	return (info & (WORD_KNOWN_LOWER | WORD_KNOWN_ASIS)) == 0;
}

/* --- tokens ---------------------------------------------------------- */

static bool
tok_is(const struct ner_state *st, size_t i, const char *const *list)
{
	return ner_tok_is(st->d->text, &st->toks.v[i], list);
}

static bool
gap_ok(const struct ner_state *st, size_t i, bool comma)
{
	return ner_gap_ok(st->d->text, &st->toks.v[i], &st->toks.v[i + 1],
	    comma);
}

/* --- chunks of capitalised words ---------------------------------- */

static const char *const joiners[] = { "of", "for", "and", NULL };
static const char *const and_word[] = { "and", NULL };
static const char *const particles[] = {
	"de", "da", "di", "du", "del", "della", "dos", "das", "van", "von",
	"der", "den", "bin", "ibn", "al", "el", "le", "la", "ter", NULL
};

/* "LeaderMilitary", "FacebookShare": words of a page glued together by
 * its markup, not a name like "McKinnie" or "DeShawn". */
static bool
glued_words(const struct ner_state *st, const struct token *t)
{
	const char *s = st->d->text;
	size_t lower = 0;

	for (size_t k = t->bstart + 1; k < t->bend; k++) {
		if (s[k] >= 'A' && s[k] <= 'Z' && lower >= 3)
			return true;
		lower = s[k] >= 'a' && s[k] <= 'z' ? lower + 1 : 0;
	}
	return false;
}

static bool
is_candidate(const struct ner_state *st, size_t i)
{
	const struct token *t = &st->toks.v[i];

	if (t->kind != TOKEN_WORD || !(t->flags & TOKEN_CAPITALISED))
		return false;
	/* A single letter is an initial only with its dot: "I" is a
	 * pronoun, "A" an article or a list label. */
	if (t->end - t->start == 1 && (t->bend >= st->d->text_len ||
	    st->d->text[t->bend] != '.'))
		return false;
	if ((t->flags & TOKEN_INNER_CAPITAL) && glued_words(st, t))
		return false;
	if (ner_date_word(st->d->text, t))
		return false;
	return !(gaz_lookup(st->d->text + t->bstart, t->bend - t->bstart) &
	    GAZ_NOTNAME);
}

static bool
single_capital(const struct ner_state *st, size_t i)
{
	const struct token *t = &st->toks.v[i];

	return t->end - t->start == 1 && (t->flags & TOKEN_CAPITALISED);
}

/* Whether tokens i and i+1 are glued into one name: a space between
 * them, or the dot of an initial ("H. Collier", "U.S."). */
static bool
name_gap(const struct ner_state *st, size_t i)
{
	const char *s = st->d->text;
	size_t a = st->toks.v[i].bend, b = st->toks.v[i + 1].bstart;

	if (b - a == 1 && s[a] == ' ')
		return true;
	if (b - a == 2 && (unsigned char)s[a] == 0xC2 &&
	    (unsigned char)s[a + 1] == 0xA0)
		return true;
	if (!single_capital(st, i) || s[a] != '.')
		return false;
	return b - a == 1 || (b - a == 2 && s[a + 1] == ' ');
}

static bool
has_possessive(const struct ner_state *st, size_t i)
{
	const struct token *t = &st->toks.v[i];
	const char *e = st->d->text + t->bend;
	size_t len = t->bend - t->bstart;

	if (!(t->flags & TOKEN_HAS_APOSTROPHE) || len < 3 || e[-1] != 's')
		return false;
	return e[-2] == '\'' || (len >= 5 && memcmp(e - 4, "\xE2\x80\x99",
	    3) == 0);
}

static void
word_from_token(struct ner_state *st, size_t i, struct word *w)
{
	const struct token *t = &st->toks.v[i];

	w->bstart = t->bstart;
	w->bend = t->bend;
	w->start = t->start;
	w->end = t->end;
	w->tflags = t->flags;
	w->connector = !(t->flags & TOKEN_CAPITALISED);
	w->possessive = has_possessive(st, i);
	if (w->possessive) {
		w->end -= 2;
		w->bend -= st->d->text[t->bend - 2] == '\'' ? 2 : 4;
	}
	w->gaz = gaz_lookup(st->d->text + w->bstart, w->bend - w->bstart);
}

static bool
any_cue(const struct word *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!w[i].connector && (w[i].gaz & GAZ_CUE))
			return true;
	return false;
}

/* "Theresa May", "Jennifer June": a month after a capitalised word is
 * part of the name unless a date starts there. */
static bool
month_in_name(const struct ner_state *st, size_t k)
{
	const struct token *t = &st->toks.v[k];

	return t->kind == TOKEN_WORD && (t->flags & TOKEN_CAPITALISED) &&
	    ner_date_word(st->d->text, t) &&
	    ner_date_at(st->d->text, &st->toks, k) == (size_t)-1;
}

/* "and" joins only inside an "X of Y and Z" name: "Directorate of
 * Documentation and External Security", not "United States and France". */
static bool
has_of(const struct ner_state *st, const struct word *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (w[i].connector && w[i].bend - w[i].bstart == 2 &&
		    memcmp(st->d->text + w[i].bstart, "of", 2) == 0)
			return true;
	return false;
}

/* Collects the chunk starting at candidate token i into w; returns the
 * index of its last token. */
static size_t
chunk_collect(struct ner_state *st, size_t i, struct word *w, size_t *nw,
    size_t max)
{
	size_t n = st->toks.n, j = i;

	*nw = 0;
	word_from_token(st, i, &w[(*nw)++]);
	while (j + 1 < n && *nw + 3 < max && !has_possessive(st, j)) {
		size_t k = j + 1;

		if (!name_gap(st, j))
			break;
		if (is_candidate(st, k) || month_in_name(st, k)) {
			word_from_token(st, k, &w[(*nw)++]);
			j = k;
			continue;
		}
		/* "Ministry of Defence", "Committee of the Red Cross",
		 * "Charles de Gaulle". */
		if (tok_is(st, k, joiners) && any_cue(w, *nw) &&
		    (!tok_is(st, k, and_word) || has_of(st, w, *nw))) {
			size_t m = k + 1;

			if (m + 1 < n && name_gap(st, k) && !tok_is(st, k,
			    and_word) && tok_is(st, m,
			    (const char *const[]){ "the", NULL }))
				m++;
			if (m < n && name_gap(st, m - 1) && is_candidate(st, m)) {
				for (size_t q = k; q <= m; q++)
					word_from_token(st, q, &w[(*nw)++]);
				j = m;
				continue;
			}
		} else if (tok_is(st, k, particles) && !any_cue(w, *nw) &&
		    k + 1 < n && name_gap(st, k) && is_candidate(st, k + 1)) {
			word_from_token(st, k, &w[(*nw)++]);
			word_from_token(st, k + 1, &w[(*nw)++]);
			j = k + 1;
			continue;
		}
		break;
	}
	return j;
}

static unsigned
info_of(struct ner_state *st, const struct word *w)
{
	return word_info(st->n, st->d->text + w->bstart, w->bend - w->bstart);
}

/* Whether a word, alone, looks like part of a name: a given name, an
 * initial, a gazetteer name, or a word whose lower-case form is not a
 * word. */
static bool
word_namelike(struct ner_state *st, const struct word *w)
{
	if (w->gaz & (GAZ_FIRST | GAZ_COUNTRY | GAZ_GPE | GAZ_NORP | GAZ_ORG))
		return true;
	if (w->end - w->start == 1)
		return true;
	return !(info_of(st, w) & WORD_KNOWN_LOWER);
}

/* Whether a word is a title, alone or with the next word ("Prime
 * Minister"); returns how many words the title takes. */
static size_t
title_words(struct ner_state *st, const struct word *w, size_t n)
{
	if (n >= 3 && !w[1].connector && (gaz_lookup(st->d->text +
	    w[0].bstart, w[1].bend - w[0].bstart) & GAZ_TITLE))
		return 2;
	return n >= 2 && (w[0].gaz & GAZ_TITLE) ? 1 : 0;
}

static unsigned
gaz_span(struct ner_state *st, const struct word *w, size_t n)
{
	if (n == 1)
		return w[0].gaz;
	return gaz_lookup(st->d->text + w[0].bstart,
	    w[n - 1].bend - w[0].bstart);
}

static bool
gaz_type(unsigned g, enum entity_type *type)
{
	/* The compiled lists before the long, noisy city list: "German"
	 * is also a town. */
	if (g & GAZ_ORG)
		*type = ENTITY_ORG;
	else if (g & GAZ_COUNTRY)
		*type = ENTITY_GPE;
	else if (g & GAZ_NORP)
		*type = ENTITY_NORP;
	else if (g & GAZ_LOC)
		*type = ENTITY_LOC;
	else if (g & GAZ_GPE)
		*type = ENTITY_GPE;
	else
		return false;
	return true;
}

/* "Russians", "Nigeriens": a demonym in the plural. */
static bool
plural_demonym(struct ner_state *st, const struct word *w)
{
	size_t len = w->bend - w->bstart;

	return len > 3 && st->d->text[w->bend - 1] == 's' &&
	    (gaz_lookup(st->d->text + w->bstart, len - 1) & GAZ_NORP);
}

static void
emit(struct ner_state *st, const struct word *w, size_t n,
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
	mention_push(st->out, &m);
}

static void
pend(struct ner_state *st, const struct word *w, int guess, unsigned flags)
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

static const char *const place_before[] = {
	"in", "at", "near", "from", "outside", "across", "into", "throughout",
	"via", "towards", "toward", NULL
};
static const char *const person_after[] = {
	"said", "says", "told", "wrote", "writes", "added", "explained",
	"argued", "stated", "who", "himself", "herself", "agreed", "announced",
	"insisted", "warned", "denied", "claimed", "noted", "replied", NULL
};

/* The type the words around an unknown name suggest: "in Tillabéri" is a
 * place, "Tchiani said" a person; -1 when they say nothing. */
static int
context_type(const struct ner_state *st, size_t first, size_t last)
{
	if (first > 0 && gap_ok(st, first - 1, false) &&
	    tok_is(st, first - 1, place_before))
		return ENTITY_GPE;
	if (last + 1 < st->toks.n && st->toks.v[last + 1].start -
	    st->toks.v[last].end <= 2 && tok_is(st, last + 1, person_after))
		return ENTITY_PERSON;
	return -1;
}

/* A place followed by other words names what is there: "Baltimore
 * Colts", "Dallas Morning News", "Niger Delta Development Commission". */
static bool
gpe_prefix(struct ner_state *st, const struct word *w, size_t n)
{
	for (size_t k = 1; k < n && k <= 2; k++) {
		unsigned g = gaz_span(st, w, k);
		bool common = true;

		if (w[k - 1].connector || w[k].connector ||
		    !(g & (GAZ_GPE | GAZ_COUNTRY)) || (g & GAZ_FIRST))
			continue;
		/* "Paris Hilton" is a person: the rest must be common
		 * words. */
		for (size_t i = k; i < n && common; i++)
			common = w[i].connector || ((info_of(st, &w[i]) &
			    WORD_KNOWN_LOWER) && !(w[i].gaz & (GAZ_GPE |
			    GAZ_COUNTRY | GAZ_LOC | GAZ_FIRST | GAZ_LOCCUE)));
		if (common)
			return true;
	}
	return false;
}

/* "Fairfax County", "Niger River", "Mount Kenya": a place word first or
 * last makes a place; administrative areas are GPE.  Returns -1 when
 * there is none. */
static int
place_cue(struct ner_state *st, const struct word *w, size_t n)
{
	static const char *const admin[] = { "County", "Province",
		"District", "Region", "Township", "Parish", "Borough",
		"Prefecture", "Governorate", "Municipality", "Commune", NULL };
	const struct word *last = &w[n - 1];

	static const char *const first[] = { "Mount", "Lake", "Fort", "Port",
		"Cape", "Camp", "Gulf", "Isle", "Strait", "Bay", NULL };

	if (n < 2)
		return -1;
	/* Most place words come last; a few come first: "Lake Chad". */
	if (!(last->gaz & GAZ_LOCCUE) && !((w[0].gaz & GAZ_LOCCUE) &&
	    ner_tok_is(st->d->text, &(struct token){ .bstart = w[0].bstart,
	    .bend = w[0].bend }, first)))
		return -1;
	for (size_t i = 0; admin[i]; i++)
		if (strlen(admin[i]) == last->bend - last->bstart &&
		    memcmp(st->d->text + last->bstart, admin[i],
		    last->bend - last->bstart) == 0)
			return ENTITY_GPE;
	return ENTITY_LOC;
}

/* "West Germany", "Northern Nigeria": common words before a place. */
static bool
last_place(const struct word *w, size_t n, enum entity_type *type)
{
	unsigned g = w[n - 1].gaz;

	if (g & (GAZ_FIRST | GAZ_NORP))
		return false;
	if (g & (GAZ_COUNTRY | GAZ_GPE))
		*type = ENTITY_GPE;
	else if (g & GAZ_LOC)
		*type = ENTITY_LOC;
	else
		return false;
	return true;
}

static void chunk_type(struct ner_state *, const struct word *, size_t,
    unsigned);

/* The gazetteers, place and organisation words, a title, "The": evidence
 * strong enough to type the chunk alone.  Returns whether it did. */
static bool
type_by_lists(struct ner_state *st, const struct word *w, size_t n,
    unsigned flags)
{
	unsigned g = gaz_span(st, w, n);
	enum entity_type type;
	int place;

	if (gaz_type(g, &type)) {
		/* A city alone may be a surname (Davis, Stanley) or a
		 * common word (Reading, Rumours). */
		if (n == 1 && type == ENTITY_GPE && !(g & GAZ_COUNTRY))
			pend(st, w, (g & GAZ_FIRST) ? ENTITY_PERSON :
			    !(info_of(st, w) & WORD_KNOWN_LOWER) ||
			    context_type(st, st->chunk_first, st->chunk_last) ==
			    ENTITY_GPE ? ENTITY_GPE : -1,
			    flags | MENTION_GAZETTEER);
		else
			emit(st, w, n, type, flags | MENTION_GAZETTEER);
		return true;
	}
	if (n == 1 && plural_demonym(st, w)) {
		emit(st, w, n, ENTITY_NORP, flags | MENTION_GAZETTEER);
		return true;
	}
	/* An organisation word last wins: "Lake County Council". */
	if ((place = place_cue(st, w, n)) != -1 &&
	    !(w[n - 1].gaz & GAZ_CUE)) {
		emit(st, w, n, (enum entity_type)place, flags);
		return true;
	}
	if (any_cue(w, n) && (n > 1 || (w[0].tflags & TOKEN_ALL_CAPS))) {
		emit(st, w, n, ENTITY_ORG, flags);
		return true;
	}
	if (flags & MENTION_TITLE) {
		emit(st, w, n, ENTITY_PERSON, flags);
		return true;
	}
	/* "The" inside a sentence starts the name of a band, a paper, a
	 * ship: "The Economist", "The Stooges". */
	if (n >= 2 && w[0].bend - w[0].bstart == 3 &&
	    memcmp(st->d->text + w[0].bstart, "The", 3) == 0) {
		emit(st, w, n, ENTITY_ORG, flags);
		return true;
	}
	return false;
}

/* Words before a name that are not part of it; returns whether the chunk
 * was split and typed. */
static bool
split_before_name(struct ner_state *st, const struct word *w, size_t n,
    unsigned flags)
{
	/* "Minnesotan Scott LeDoux", "French Voulet-Chanoine Mission": a
	 * nationality before a name is one of its own. */
	if (n >= 2 && (w[0].gaz & GAZ_NORP) && !w[1].connector &&
	    !(w[0].gaz & GAZ_FIRST)) {
		emit(st, w, 1, ENTITY_NORP, MENTION_GAZETTEER);
		chunk_type(st, w + 1, n - 1, flags);
		return true;
	}
	/* "Senior Kory Lichtensteiger", "Coroner William McLaughlin":
	 * common words before a given name. */
	for (size_t k = 1; k <= 2 && k + 1 < n; k++) {
		bool common = true;

		if (!(w[k].gaz & GAZ_FIRST))
			continue;
		for (size_t i = 0; i < k && common; i++)
			common = !w[i].connector && !(w[i].gaz & ~GAZ_CUE) &&
			    (info_of(st, &w[i]) & WORD_KNOWN_LOWER);
		if (common)
			chunk_type(st, w + k, n - k, flags);
		return common;
	}
	return false;
}

/* One word nothing else typed: an acronym, a given name, or a word that
 * waits for the end of the document. */
static void
type_single(struct ner_state *st, const struct word *w, unsigned flags)
{
	unsigned info = info_of(st, w);

	if ((w->tflags & TOKEN_ALL_CAPS) && w->end - w->start <= 6 &&
	    !(info & WORD_KNOWN_LOWER))
		emit(st, w, 1, ENTITY_ORG, flags);
	else if (w->gaz & GAZ_FIRST)
		emit(st, w, 1, ENTITY_PERSON, flags);
	else if (!(w->gaz & (GAZ_TITLE | GAZ_CUE)))
		/* A common word capitalised ("Apple said") is as likely
		 * a company as a person: the context only types names. */
		pend(st, w, (info & WORD_KNOWN_LOWER) ? -1 :
		    context_type(st, st->chunk_first, st->chunk_last),
		    flags | ((info & WORD_KNOWN_ASIS) ? 0 :
		    MENTION_UNKNOWN_WORD));
}

/* Several words nothing else typed: what the words are decides. */
static void
type_by_words(struct ner_state *st, const struct word *w, size_t n,
    unsigned flags)
{
	enum entity_type type;
	size_t namey = 0, content = 0;

	for (size_t i = 0; i < n; i++) {
		if (w[i].connector)
			continue;
		content++;
		namey += word_namelike(st, &w[i]);
	}
	if (w[0].gaz & GAZ_FIRST)
		emit(st, w, n, ENTITY_PERSON, flags);
	else if (gpe_prefix(st, w, n))
		emit(st, w, n, ENTITY_ORG, flags);
	else if (namey == content)
		emit(st, w, n, context_type(st, st->chunk_first,
		    st->chunk_last) == ENTITY_GPE ? ENTITY_GPE : ENTITY_PERSON,
		    flags);
	else if (last_place(w, n, &type))
		emit(st, w, n, type, flags);
	else if (word_namelike(st, &w[n - 1]))
		/* "Dick Cheney": a name last after words that are also
		 * common words ("Apple Watch", "MacBook Pro" are not). */
		emit(st, w, n, ENTITY_PERSON, flags);
}

/* Types a chunk whose sentence-initial words and titles are gone. */
static void
chunk_type(struct ner_state *st, const struct word *w, size_t n,
    unsigned flags)
{
	if (type_by_lists(st, w, n, flags) ||
	    split_before_name(st, w, n, flags))
		return;
	if (n == 1)
		type_single(st, w, flags);
	else
		type_by_words(st, w, n, flags);
}

/* Whether w, at the start of a sentence or in a headline, is a common
 * word rather than the start of a name. */
static bool
common_at_start(struct ner_state *st, const struct word *w)
{
	if (w->gaz & (GAZ_COUNTRY | GAZ_FIRST | GAZ_NORP | GAZ_ORG))
		return false;
	return (info_of(st, w) & WORD_KNOWN_LOWER) != 0;
}

/* A title written in lower case before the name: "president Tiani". */
static bool
title_before(struct ner_state *st, size_t i)
{
	const struct token *t;

	if (i == 0 || !gap_ok(st, i - 1, false))
		return false;
	t = &st->toks.v[i - 1];
	return t->kind == TOKEN_WORD && !(t->flags & TOKEN_CAPITALISED) &&
	    (gaz_lookup(st->d->text + t->bstart, t->bend - t->bstart) &
	    GAZ_TITLE);
}

/* "Russian President Vladimir Putin", "Niger Prime Minister Ali Lamine
 * Zeine": a known place or nationality before a title is an entity of its
 * own, and the title is evidence for the name after it. */
static void
split_place_title(struct ner_state *st, struct word **wp, size_t *np)
{
	struct word *w = *wp;
	size_t n = *np;
	enum entity_type type;

	for (size_t k = 1; k + 1 < n && k <= 3; k++) {
		if (w[k].connector || title_words(st, w + k, n - k) == 0)
			continue;
		if (!gaz_type(gaz_span(st, w, k), &type))
			return;
		emit(st, w, k, type, MENTION_GAZETTEER);
		*wp = w + k;
		*np = n - k;
		return;
	}
}

/* Whether the word before token i ends a clause the tokenizer does not
 * count as a sentence end: "Risk: With Russia", "• However". */
static bool
clause_start(const struct ner_state *st, size_t i)
{
	const char *s = st->d->text;
	size_t k = st->toks.v[i].bstart;

	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (k == 0 || s[k - 1] == '\n' || s[k - 1] == ':' || s[k - 1] == ';')
		return true;
	/* U+2022 bullet, U+2013 and U+2014 dashes. */
	return k >= 3 && (unsigned char)s[k - 3] == 0xE2 &&
	    (unsigned char)s[k - 2] == 0x80 && ((unsigned char)s[k - 1] == 0xA2
	    || (unsigned char)s[k - 1] == 0x93 ||
	    (unsigned char)s[k - 1] == 0x94);
}

static void
chunk_process(struct ner_state *st, struct word *w, size_t n, size_t first_tok)
{
	unsigned flags = title_before(st, first_tok) ? MENTION_TITLE : 0;
	size_t t;

	/* A sentence-initial common word: "However", "The", "Despite".
	 * Only the first word is at the start: "The Ministry of Defence". */
	if ((st->headline || (w[0].tflags & TOKEN_SENTENCE_START) ||
	    clause_start(st, first_tok)) && !w[0].connector &&
	    !gaz_type(gaz_span(st, w, n), &(enum entity_type){ 0 }) &&
	    common_at_start(st, w) && title_words(st, w, n) == 0) {
		w++;
		n--;
		while (n > 0 && w[0].connector) {
			w++;
			n--;
		}
	}
	/* "In May": a month is a name's only after a name word. */
	while (n > 0 && ner_date_word(st->d->text, &(struct token){
	    .bstart = w[0].bstart, .bend = w[0].bend })) {
		w++;
		n--;
	}
	if (n == 0)
		return;
	split_place_title(st, &w, &n);
	if (!any_cue(w, n) && (t = title_words(st, w, n)) > 0) {
		flags |= MENTION_TITLE;
		w += t;
		n -= t;
		while (n > 0 && w[0].connector) {
			w++;
			n--;
		}
	}
	if (n > 0)
		chunk_type(st, w, n, flags);
}

/* In a headline, every common word ends a name: "Niger Cuts Ties". */
static void
chunk_split_headline(struct ner_state *st, struct word *w, size_t n,
    size_t first_tok)
{
	size_t a = 0;

	for (size_t i = 0; i <= n; i++) {
		if (i < n && (w[i].connector || !common_at_start(st, &w[i]) ||
		    (w[i].gaz & GAZ_TITLE)))
			continue;
		if (i > a)
			chunk_process(st, w + a, i - a, first_tok);
		a = i + 1;
	}
}

/* Title case: most longer words of the block start with a capital, and
 * it does not end with a full stop (a sentence can be full of names;
 * headlines end with "!" or nothing). */
static bool
block_is_headline(const struct ner_state *st, const struct block *b,
    size_t from, size_t to)
{
	size_t caps = 0, words = 0;

	if (b->bend > b->bstart && st->d->text[b->bend - 1] == '.')
		return false;
	for (size_t i = from; i < to; i++) {
		const struct token *t = &st->toks.v[i];

		if (t->kind != TOKEN_WORD || t->end - t->start < 4)
			continue;
		words++;
		caps += (t->flags & TOKEN_CAPITALISED) != 0;
	}
	/* Two capitalised words alone are a heading too ("Counterterrorism
	 * Operations"); a name alone on a line survives the split. */
	return (words >= 3 && caps * 10 >= words * 7) ||
	    (words == 2 && caps == 2);
}

static void
block_scan(struct ner_state *st, const struct block *b)
{
	struct word w[32];
	size_t from, nw;

	from = st->toks.n = 0;
	tokens_scan(st->d->text, b->bstart, b->bend, b->start, &st->toks);
	st->headline = block_is_headline(st, b, from, st->toks.n);
	for (size_t i = 0; i < st->toks.n; i++) {
		size_t j = ner_date_at(st->d->text, &st->toks, i);

		if (j != (size_t)-1) {
			struct word dw[2];

			word_from_token(st, i, &dw[0]);
			word_from_token(st, j, &dw[1]);
			dw[1].end = st->toks.v[j].end;
			dw[1].bend = st->toks.v[j].bend;
			emit(st, dw, 2, ENTITY_DATE, 0);
			i = j;
			continue;
		}
		if (!is_candidate(st, i))
			continue;
		j = chunk_collect(st, i, w, &nw, sizeof w / sizeof w[0]);
		st->chunk_first = i;
		st->chunk_last = j;
		if (st->headline)
			chunk_split_headline(st, w, nw, i);
		else
			chunk_process(st, w, nw, i);
		i = j;
	}
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

static void
resolve_pending(struct ner_state *st)
{
	for (size_t i = 0; i < st->npend; i++) {
		struct pending *p = &st->pend[i];

		if (part_of_person(st, &p->m, p->city) || (!p->city &&
		    hash_get(&st->n->person_words, st->d->text + p->m.bstart,
		    p->m.bend - p->m.bstart)))
			mention_push(st->out, &p->m);
		else if (p->guess >= 0) {
			p->m.type = (enum entity_type)p->guess;
			mention_push(st->out, &p->m);
		}
	}
	if (st->out->n - st->out_first > 1)
		qsort(st->out->v + st->out_first, st->out->n - st->out_first,
		    sizeof *st->out->v, mention_cmp);
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

	memset(&st, 0, sizeof st);
	st.n = n;
	st.d = d;
	st.out = out;
	st.out_first = out->n;
	for (size_t i = 0; i < d->nblocks; i++)
		if (all || d->blocks[i].keep)
			block_scan(&st, &d->blocks[i]);
	resolve_pending(&st);
	remember_people(&st);
	for (size_t i = st.out_first; i < out->n; i++)
		doc_add_span(d, out->v[i].start, out->v[i].end, SPAN_ENTITY,
		    out->v[i].type, (uint32_t)i);
	tokens_free(&st.toks);
	free(st.pend);
}
