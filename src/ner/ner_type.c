/* ner_type.c - the type of a chunk of capitalised words: from the
 * gazetteers, place and organisation words, titles, given names, the
 * words around it and what the dictionary says of its words.  A single
 * word nothing types is left pending for the end of the document. */
#include "config.h"

#include "ner/ner_int.h"

#include <string.h>

#include "ner/gazetteer.h"

bool
ner_any_cue(const struct word *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!w[i].connector && (w[i].gaz & GAZ_CUE))
			return true;
	return false;
}

unsigned
ner_gaz_span(struct ner_state *st, const struct word *w, size_t n)
{
	if (n == 1)
		return w[0].gaz;
	return gaz_lookup(st->d->text + w[0].bstart,
	    w[n - 1].bend - w[0].bstart);
}

bool
ner_gaz_type(unsigned g, enum entity_type *type)
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
	return !(ner_info_of(st, w) & WORD_KNOWN_LOWER);
}

/* "Russians", "Nigeriens": a demonym in the plural. */
static bool
plural_demonym(struct ner_state *st, const struct word *w)
{
	size_t len = w->bend - w->bstart;

	return len > 3 && st->d->text[w->bend - 1] == 's' &&
	    (gaz_lookup(st->d->text + w->bstart, len - 1) & GAZ_NORP);
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
		unsigned g = ner_gaz_span(st, w, k);
		bool common = true;

		if (w[k - 1].connector || w[k].connector ||
		    !(g & (GAZ_GPE | GAZ_COUNTRY)) || (g & GAZ_FIRST))
			continue;
		/* "Paris Hilton" is a person: the rest must be common
		 * words. */
		for (size_t i = k; i < n && common; i++)
			common = w[i].connector || ((ner_info_of(st, &w[i]) &
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

/* The gazetteers, place and organisation words, a title, "The": evidence
 * strong enough to type the chunk alone.  Returns whether it did. */
static bool
type_by_lists(struct ner_state *st, const struct word *w, size_t n,
    unsigned flags)
{
	unsigned g = ner_gaz_span(st, w, n);
	enum entity_type type;
	int place;

	if (ner_gaz_type(g, &type)) {
		/* A city alone may be a surname (Davis, Stanley) or a
		 * common word (Reading, Rumours). */
		if (n == 1 && type == ENTITY_GPE && !(g & GAZ_COUNTRY))
			ner_pend(st, w, (g & GAZ_FIRST) ? ENTITY_PERSON :
			    !(ner_info_of(st, w) & WORD_KNOWN_LOWER) ||
			    context_type(st, st->chunk_first, st->chunk_last) ==
			    ENTITY_GPE ? ENTITY_GPE : -1,
			    flags | MENTION_GAZETTEER);
		else
			ner_emit(st, w, n, type, flags | MENTION_GAZETTEER);
		return true;
	}
	if (n == 1 && plural_demonym(st, w)) {
		ner_emit(st, w, n, ENTITY_NORP, flags | MENTION_GAZETTEER);
		return true;
	}
	/* An organisation word last wins: "Lake County Council". */
	if ((place = place_cue(st, w, n)) != -1 &&
	    !(w[n - 1].gaz & GAZ_CUE)) {
		ner_emit(st, w, n, (enum entity_type)place, flags);
		return true;
	}
	if (ner_any_cue(w, n) && (n > 1 || (w[0].tflags & TOKEN_ALL_CAPS))) {
		ner_emit(st, w, n, ENTITY_ORG, flags);
		return true;
	}
	if (flags & MENTION_TITLE) {
		ner_emit(st, w, n, ENTITY_PERSON, flags);
		return true;
	}
	/* "The" inside a sentence starts the name of a band, a paper, a
	 * ship: "The Economist", "The Stooges". */
	if (n >= 2 && w[0].bend - w[0].bstart == 3 &&
	    memcmp(st->d->text + w[0].bstart, "The", 3) == 0) {
		ner_emit(st, w, n, ENTITY_ORG, flags);
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
		ner_emit(st, w, 1, ENTITY_NORP, MENTION_GAZETTEER);
		ner_chunk_type(st, w + 1, n - 1, flags);
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
			    (ner_info_of(st, &w[i]) & WORD_KNOWN_LOWER);
		if (common)
			ner_chunk_type(st, w + k, n - k, flags);
		return common;
	}
	return false;
}

/* One word nothing else typed: an acronym, a given name, or a word that
 * waits for the end of the document. */
static void
type_single(struct ner_state *st, const struct word *w, unsigned flags)
{
	unsigned info = ner_info_of(st, w);

	if ((w->tflags & TOKEN_ALL_CAPS) && w->end - w->start <= 6 &&
	    !(info & WORD_KNOWN_LOWER))
		ner_emit(st, w, 1, ENTITY_ORG, flags);
	else if (w->gaz & GAZ_FIRST)
		ner_emit(st, w, 1, ENTITY_PERSON, flags);
	else if (!(w->gaz & (GAZ_TITLE | GAZ_CUE)))
		/* A common word capitalised ("Apple said") is as likely
		 * a company as a person: the context only types names. */
		ner_pend(st, w, (info & WORD_KNOWN_LOWER) ? -1 :
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
		ner_emit(st, w, n, ENTITY_PERSON, flags);
	else if (gpe_prefix(st, w, n))
		ner_emit(st, w, n, ENTITY_ORG, flags);
	else if (namey == content)
		ner_emit(st, w, n, context_type(st, st->chunk_first,
		    st->chunk_last) == ENTITY_GPE ? ENTITY_GPE : ENTITY_PERSON,
		    flags);
	else if (last_place(w, n, &type))
		ner_emit(st, w, n, type, flags);
	else if (word_namelike(st, &w[n - 1]))
		/* "Dick Cheney": a name last after words that are also
		 * common words ("Apple Watch", "MacBook Pro" are not). */
		ner_emit(st, w, n, ENTITY_PERSON, flags);
}

/* Types a chunk whose sentence-initial words and titles are gone. */
void
ner_chunk_type(struct ner_state *st, const struct word *w, size_t n,
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
