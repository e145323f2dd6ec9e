/* ner_chunk.c - the recogniser's pass over a block: dates, and chunks of
 * capitalised words joined by "of" after an organisation word, by name
 * particles and by initials, trimmed of sentence-initial common words,
 * titles and (in a headline) every common word before they are typed. */
#include "config.h"

#include "ner/ner_int.h"

#include <string.h>

#include "ner/gazetteer.h"

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
		if (tok_is(st, k, joiners) && ner_any_cue(w, *nw) &&
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
		} else if (tok_is(st, k, particles) && !ner_any_cue(w, *nw) &&
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

/* --- trimming a chunk, headlines and the block pass --------------- */

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

/* Whether w, at the start of a sentence or in a headline, is a common
 * word rather than the start of a name. */
static bool
common_at_start(struct ner_state *st, const struct word *w)
{
	if (w->gaz & (GAZ_COUNTRY | GAZ_FIRST | GAZ_NORP | GAZ_ORG))
		return false;
	return (ner_info_of(st, w) & WORD_KNOWN_LOWER) != 0;
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
		if (!ner_gaz_type(ner_gaz_span(st, w, k), &type))
			return;
		ner_emit(st, w, k, type, MENTION_GAZETTEER);
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
	    !ner_gaz_type(ner_gaz_span(st, w, n), &(enum entity_type){ 0 }) &&
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
	if (!ner_any_cue(w, n) && (t = title_words(st, w, n)) > 0) {
		flags |= MENTION_TITLE;
		w += t;
		n -= t;
		while (n > 0 && w[0].connector) {
			w++;
			n--;
		}
	}
	if (n > 0)
		ner_chunk_type(st, w, n, flags);
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

void
ner_block_scan(struct ner_state *st, const struct block *b)
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
			ner_emit(st, dw, 2, ENTITY_DATE, 0);
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
