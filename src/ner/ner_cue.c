/* ner_cue.c - what the text around a name says it is, and what the name
 * says of itself.
 *
 * The cues: the lower-case head noun of the phrase that defines it
 * ("Queen are a British rock band", "Thriller, the 1982 album",
 * "Thriller (album)"), and the content words just before and after it
 * ("the river Thames", "album Thriller", "the Thriller tour").
 *
 * A name's type is often stated once, in the sentence that introduces
 * it, and the name then recurs bare; so every capitalised word of a
 * cued name passes its cues on to the same word elsewhere in the
 * document.  The cues are words, not types: the model learns from the
 * training data which nouns go with which type (band: ORG, album: MISC,
 * river: LOC).
 *
 * The run: the capitalised words a name is made of (with "of", "the",
 * "and" between them): its length and each word's place in it, its first
 * and last words ("Velvet Revolver": a band, not a person; "Reading
 * Railroad"), what the lists and the dictionary say of its words and
 * the lists of the whole run ("West Africa"); and the last word of the
 * longest run each word is part of anywhere in the document ("Disney"
 * alone where "Walt Disney Company" is written).
 *
 * Titles: the words of a short quotation that starts with a capital
 * ("A Beautiful Lie", "Time to Wake Up"). */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/hash.h"
#include "base/util.h"
#include "ner/gazetteer.h"
#include "ner/ner_int.h"
#include "ner/ner_seq.h"

#define HEAD_REACH 6	/* words of a defining phrase looked at */

static const char *
tok_text(const struct ner_seq *s, size_t i, size_t *len)
{
	*len = s->v[i].bend - s->v[i].bstart;
	return s->text + s->v[i].bstart;
}

static bool
tok_eq(const struct ner_seq *s, size_t i, const char *w)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	return len == strlen(w) && memcmp(t, w, len) == 0;
}

static bool
tok_in(const struct ner_seq *s, size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (tok_eq(s, i, *list))
			return true;
	return false;
}

/* A word of three or more lower-case ASCII letters (or hyphens after the
 * first). */
static bool
lower_word(const struct ner_seq *s, size_t i)
{
	size_t len;
	const char *t = tok_text(s, i, &len);

	if (len < 3 || t[0] < 'a' || t[0] > 'z')
		return false;
	for (size_t k = 1; k < len; k++)
		if (!((t[k] >= 'a' && t[k] <= 'z') || t[k] == '-'))
			return false;
	return true;
}

/* English's closed-class words: they end a noun phrase and are never
 * a cue (the cleaner's stoplists will not do: built from Wikipedia's
 * commonest words, they hold "album" and "band"). */
static const char *const function_words[] = {
	"a", "about", "after", "against", "all", "also", "although", "among",
	"an", "and", "any", "are", "as", "at", "be", "because", "been",
	"before", "being", "between", "both", "but", "by", "can", "could",
	"did", "do", "does", "during", "each", "either", "for", "from", "had",
	"has", "have", "he", "her", "hers", "him", "his", "how", "i", "if",
	"in", "into", "is", "it", "its", "may", "might", "must", "near",
	"neither", "nor", "not", "of", "off", "on", "once", "onto", "or",
	"our", "out", "over", "per", "she", "should", "since", "so", "such",
	"than", "that", "the", "their", "them", "then", "there", "these",
	"they", "this", "those", "though", "through", "throughout", "to",
	"toward", "towards", "under", "until", "unto", "upon", "via", "was",
	"we", "were", "what", "when", "where", "whereas", "whether", "which",
	"while", "who", "whom", "whose", "why", "will", "with", "within",
	"without", "would", "you", "your", NULL
};

#define FUNCTION_WORD_MAX 10	/* the longest: "throughout" */

/* Marks the tokens that are function_words[], in any case, and those
 * that join the items of a list. */
static void
mark_function_words(struct ner_seq *s)
{
	static const char *const coords[] = { ",", "and", "or", "&", NULL };

	for (size_t i = 0; i < s->n; i++) {
		size_t len;
		const char *t = tok_text(s, i, &len);

		if (tok_in(s, i, coords))
			s->v[i].flags |= NT_COORD;
		if (!(s->v[i].flags & NT_WORD) || len > FUNCTION_WORD_MAX)
			continue;
		for (const char *const *w = function_words; *w != NULL; w++)
			if (strlen(*w) == len && strncasecmp(*w, t, len) == 0) {
				s->v[i].flags |= NT_FUNCTION;
				break;
			}
	}
}

static bool
function_word(const struct ner_seq *s, size_t i)
{
	return (s->v[i].flags & NT_FUNCTION) != 0;
}

static bool
ends_with(const struct ner_seq *s, size_t i, const char *suffix)
{
	size_t len, n = strlen(suffix);
	const char *t = tok_text(s, i, &len);

	return len > n + 2 && memcmp(t + len - n, suffix, n) == 0;
}

/* The head noun of the noun phrase from token j to at most b: the last
 * lower-case content word before a function word, a punctuation mark or
 * a participle ("a British rock band formed in": band), or -1. */
static long
phrase_head(const struct ner_seq *s, size_t j, size_t b)
{
	long head = -1;

	for (size_t i = j; i < b && i < j + HEAD_REACH; i++) {
		if (!(s->v[i].flags & NT_WORD) || function_word(s, i))
			break;
		if (!lower_word(s, i))
			continue;	/* British, 1982: modifiers */
		if (head >= 0 && (ends_with(s, i, "ed") ||
		    ends_with(s, i, "ing")))
			break;
		head = (long)i;
	}
	return head;
}

/* The token after a bracketed aside starting at j ("X ( or Y ) is a"),
 * or j. */
static size_t
past_brackets(const struct ner_seq *s, size_t j, size_t e)
{
	if (j >= e || !tok_eq(s, j, "("))
		return j;
	for (size_t i = j + 1; i < e && i < j + 12; i++)
		if (tok_eq(s, i, ")"))
			return i + 1;
	return j;
}

static const char *const copulas[] = { "is", "was", "are", "were", NULL };
static const char *const articles[] = { "a", "an", "the", NULL };

/* The head noun that defines the name ending before token b ("X is a
 * ... NOUN", "X, a ... NOUN", "X (NOUN)"), or -1; e: the sentence's
 * end. */
static long
defining_head(const struct ner_seq *s, size_t b, size_t e)
{
	size_t j = b;

	if (j < e && tok_eq(s, j, "(")) {
		long h = phrase_head(s, j + 1, e);

		if (h >= 0 && (size_t)h + 1 < e && tok_eq(s, (size_t)h + 1,
		    ")"))
			return h;
		j = past_brackets(s, j, e);
	}
	if (j < e && (tok_in(s, j, copulas) || tok_eq(s, j, ",")))
		j++;
	else
		return -1;
	if (j < e && tok_in(s, j, articles))
		return phrase_head(s, j + 1, e);
	return -1;
}

/* The lower-case content word just before the name starting at token a
 * ("the band Queen"), or -1. */
static long
preceding_head(const struct ner_seq *s, size_t a, size_t sa)
{
	if (a == sa || !lower_word(s, a - 1) || function_word(s, a - 1))
		return -1;
	return (long)(a - 1);
}

/* A capitalised word, or a joining word inside a name ("Bank of
 * England", "Simon and Garfunkel"). */
static bool
in_name(const struct ner_seq *s, size_t i, size_t e)
{
	static const char *const joins[] = { "of", "the", "and", "&", "de",
	    NULL };

	if (s->v[i].flags & NT_CAP)
		return true;
	return tok_in(s, i, joins) && i + 1 < e && (s->v[i + 1].flags &
	    NT_CAP);
}

/* The end of the name (a run of in_name() tokens) starting at a. */
static size_t
name_end(const struct ner_seq *s, size_t a, size_t e)
{
	size_t b = a + 1;

	while (b < e && in_name(s, b, e))
		b++;
	return b;
}

static bool
quote_mark(const struct ner_seq *s, size_t i)
{
	static const char *const quotes[] = { "\"", "``", "''", "\xe2\x80\x9c",
	    "\xe2\x80\x9d", NULL };

	return tok_in(s, i, quotes);
}

#define TITLE_MAX 8	/* words of a quoted title, at most */

/* Marks the tokens of the short quotations of sentence [sa, e) that
 * start with a capital: titles of songs, books and films ("A Beautiful
 * Lie", "Time to Wake Up"), which hold lower-case and function words a
 * run of capitals stops at. */
static void
mark_quotations(struct ner_seq *s, size_t sa, size_t e)
{
	for (size_t i = sa; i < e; i++) {
		size_t j = i + 1;

		if (!quote_mark(s, i))
			continue;
		while (j < e && j <= i + TITLE_MAX && !quote_mark(s, j))
			j++;
		if (j >= e || !quote_mark(s, j))
			continue;
		if (j > i + 1 && (s->v[i + 1].flags & NT_CAP))
			for (size_t k = i + 1; k < j; k++)
				s->v[k].quoted = (unsigned char)(QUOTED_IN |
				    (k == i + 1 ? QUOTED_FIRST : 0) |
				    (k + 1 == j ? QUOTED_LAST : 0));
		i = j;
	}
}

/* What the run of tokens [a, b) says of itself, given to each token. */
static void
run_evidence(struct ner_seq *s, size_t a, size_t b)
{
	unsigned gaz = 0, common = 0, whole = 0, wn = 0;
	bool join = false;

	for (size_t i = a; i < b; i++) {
		gaz |= s->v[i].gaz;
		common += (s->v[i].info & WORD_KNOWN_LOWER) != 0;
		join |= !(s->v[i].flags & NT_CAP);
	}
	/* The lists know many places and organisations only by their
	 * whole name, which no word of it says alone. */
	if (b - a >= 2) {
		whole = gaz_lookup_all(s->text + s->v[a].bstart,
		    s->v[b - 1].bend - s->v[a].bstart);
		wn = whole >> GAZ_WN_SHIFT;
		whole &= ~GAZ_WORDNET;
	}
	for (size_t i = a; i < b; i++) {
		struct ner_tok *t = &s->v[i];

		t->run_first = s->v[a].h_lower;
		t->run_last = s->v[b - 1].h_lower;
		t->run_first_cl = s->v[a].cluster;
		t->run_last_cl = s->v[b - 1].cluster;
		t->run_gaz = gaz;
		t->run_whole = whole;
		t->run_wn = wn;
		t->run_len = (unsigned char)(b - a < 5 ? b - a : 5);
		t->run_pos = (unsigned char)((i == a) | (i + 1 == b) << 1);
		t->run_common = (unsigned char)(common == b - a ? 2 : common >
		    0);
		t->run_join = join;
	}
}

static void
cue_sentence(struct ner_seq *s, size_t sa, size_t e)
{
	for (size_t a = sa; a < e; a++) {
		size_t b;
		long def, pre, post;

		if (!(s->v[a].flags & NT_CAP) || function_word(s, a))
			continue;	/* "In October": October's */
		b = name_end(s, a, e);
		run_evidence(s, a, b);
		def = defining_head(s, b, e);
		pre = preceding_head(s, a, sa);
		post = b < e && lower_word(s, b) && !function_word(s, b) ?
		    (long)b : -1;
		for (size_t i = a; i < b; i++) {
			s->v[i].cue[CUE_DEF] = def >= 0 ?
			    s->v[def].h_lower : 0;
			s->v[i].cue[CUE_PRE] = pre >= 0 ?
			    s->v[pre].h_lower : 0;
			s->v[i].cue[CUE_POST] = post >= 0 ?
			    s->v[post].h_lower : 0;
		}
		a = b - 1;
	}
}

/* What the document says of one capitalised word anywhere in it. */
struct word_record {
	uint32_t cue[CUE_KINDS];	/* the first cue of each kind */
	size_t longest;		/* a token of the longest run it is in */
};

static void
record_token(struct word_record *r, const struct ner_seq *s, size_t i,
    bool first)
{
	const struct ner_tok *t = &s->v[i];

	if (first) {
		memset(r, 0, sizeof *r);
		r->longest = i;
	}
	for (unsigned k = 0; k < CUE_KINDS; k++)
		if (r->cue[k] == 0)
			r->cue[k] = t->cue[k];
	if (s->v[r->longest].run_len < t->run_len)
		r->longest = i;
}

/* Gives each capitalised word what the document says of the same word
 * (keyed by its lower-case form) anywhere: the first cue of each kind,
 * and the last word of the longest run it is part of ("Disney" alone
 * where "Walt Disney Company" is written too). */
static void
cue_document(struct ner_seq *s)
{
	struct hash words;
	struct word_record *rec = xreallocarray(NULL, s->n + 1, sizeof *rec);
	size_t nrec = 0;

	hash_init(&words);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < s->n; i++) {
			struct ner_tok *t = &s->v[i];
			const char *key = (const char *)&t->h_lower;
			struct hash_entry *h;
			const struct word_record *r;

			if (!(t->flags & NT_CAP) || function_word(s, i))
				continue;
			if (pass == 0) {
				h = hash_add(&words, key, sizeof t->h_lower);
				if (h->count == 1)
					h->tag = nrec++;
				record_token(&rec[h->tag], s, i, h->count == 1);
				continue;
			}
			r = &rec[hash_get(&words, key, sizeof t->h_lower)->tag];
			memcpy(t->cue_doc, r->cue, sizeof t->cue_doc);
			t->doc_run_last = s->v[r->longest].run_last;
		}
	hash_free(&words);
	free(rec);
}

void
ner_seq_cues(struct ner_seq *s)
{
	mark_function_words(s);
	for (size_t k = 0; k < s->nsent; k++) {
		cue_sentence(s, s->sent[k], ner_seq_sent_end(s, k));
		mark_quotations(s, s->sent[k], ner_seq_sent_end(s, k));
	}
	cue_document(s);
	/* What the document is about: an article about a band names bands
	 * and albums more than people and towns. */
	for (size_t i = 0; i < s->n && s->topic == 0; i++)
		s->topic = s->v[i].cue[CUE_DEF];
}
