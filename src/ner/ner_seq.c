/* ner_seq.c - cutting text into the model's tokens and sentences, in the
 * manner of CoNLL-2003's tokenisation (the data the model learns from). */
#include "config.h"

#include "ner/ner_seq.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "base/util.h"
#include "doc/segment.h"

void
ner_seq_init(struct ner_seq *s, const char *text)
{
	memset(s, 0, sizeof *s);
	s->text = text;
}

void
ner_seq_free(struct ner_seq *s)
{
	free(s->v);
	free(s->sent);
	free(s->feats);
	free(s->foff);
	free(s->ident);
	free(s->know);
	memset(s, 0, sizeof *s);
}

enum cclass { C_SPACE, C_NEWLINE, C_WORD, C_PUNCT };

/* The class of the code point at p (k gets its length in bytes). */
static enum cclass
char_class(const char *p, size_t n, size_t *k)
{
	unsigned char c = (unsigned char)*p;
	utf8proc_int32_t cp;
	utf8proc_ssize_t len;

	*k = 1;
	if (c < 0x80) {
		if (c == '\n')
			return C_NEWLINE;
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' ||
		    c == '\v' || c < 0x20)
			return C_SPACE;
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return C_WORD;
		return c >= '0' && c <= '9' ? C_WORD : C_PUNCT;
	}
	len = utf8proc_iterate((const utf8proc_uint8_t *)p,
	    (utf8proc_ssize_t)n, &cp);
	if (len < 1)
		return C_PUNCT;
	*k = (size_t)len;
	if (seg_is_word_core(cp))
		return C_WORD;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CF:
	case UTF8PROC_CATEGORY_CC:
		return C_SPACE;
	case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
		return C_NEWLINE;
	default:
		return C_PUNCT;
	}
}

static bool
is_word_at(const char *t, size_t i, size_t end)
{
	size_t k;

	return i < end && char_class(t + i, end - i, &k) == C_WORD;
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Whether the byte at i joins the word before it to the word after:
 * inner apostrophes and hyphens, "U.S", and the marks of numbers. */
static size_t
joiner_len(const char *t, size_t i, size_t end)
{
	size_t k = 1;

	if (t[i] == '-' || t[i] == '\'' || t[i] == '&')
		k = 1;
	else if (end - i >= 3 && memcmp(t + i, "\xe2\x80\x99", 3) == 0)
		k = 3;
	else if ((t[i] == ',' || t[i] == '.' || t[i] == ':') && i > 0 &&
	    is_digit(t[i - 1]) && i + 1 < end && is_digit(t[i + 1]))
		return 1;
	else if (t[i] == '.' && i > 0 && i + 2 < end && t[i + 2] == '.' &&
	    is_word_at(t, i + 1, end))
		return 1;	/* U.S. */
	else
		return 0;
	if (t[i] == '&' && !(i > 0 && (unsigned char)t[i - 1] < 0x80 &&
	    t[i - 1] >= 'A' && t[i - 1] <= 'Z'))
		return 0;	/* AT&T, but not "this&that" */
	return is_word_at(t, i + k, end) ? k : 0;
}

/* Abbreviations whose dot is theirs (CoNLL writes "Corp." whole). */
static bool
is_abbreviation(const char *w, size_t n)
{
	static const char *const list[] = {
		"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Co", "Corp", "Inc",
		"Ltd", "Bros", "Gen", "Gov", "Sen", "Rep", "Col", "Lt", "Sgt",
		"Capt", "Prof", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun",
		"Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "Ave",
		"Rev", "Messrs", "Cie", "Pty", "Plc", "No", "Adm", "Maj",
		"Cpl", "Pvt", "Supt", "Insp", "Calif", "Mass", "Conn", "Fla",
		NULL
	};

	if (n == 1)
		return *w >= 'A' && *w <= 'Z';	/* an initial: J. */
	if (memchr(w, '.', n) != NULL)
		return true;	/* U.S. */
	for (size_t i = 0; list[i]; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return true;
	return false;
}

static void
push_tok(struct ner_seq *s, size_t bstart, size_t bend, size_t cp,
    bool word, bool *sent_start)
{
	struct ner_tok *t;
	size_t ncp = 0;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 256;
		s->v = xreallocarray(s->v, s->cap, sizeof *s->v);
	}
	if (*sent_start) {
		if (s->nsent == s->sent_cap) {
			s->sent_cap = s->sent_cap ? s->sent_cap * 2 : 32;
			s->sent = xreallocarray(s->sent, s->sent_cap,
			    sizeof *s->sent);
		}
		s->sent[s->nsent++] = s->n;
	}
	for (size_t i = bstart; i < bend; i++)
		if (((unsigned char)s->text[i] & 0xC0) != 0x80)
			ncp++;
	t = &s->v[s->n++];
	memset(t, 0, sizeof *t);
	t->bstart = bstart;
	t->bend = bend;
	t->start = cp;
	t->end = cp + ncp;
	t->flags = (unsigned char)((*sent_start ? NT_SENT_START : 0) |
	    (word ? NT_WORD : 0));
	*sent_start = false;
}

/* The end of the word that starts at i. */
static size_t
word_end(const char *t, size_t i, size_t end)
{
	size_t k, j;

	while (i < end) {
		if (char_class(t + i, end - i, &k) == C_WORD)
			i += k;
		else if ((j = joiner_len(t, i, end)) > 0)
			i += j;
		else
			break;
	}
	return i;
}

/* The length of a final possessive "'s" or "’s" of the word [a, e). */
static size_t
possessive_len(const char *t, size_t a, size_t e)
{
	if (e - a > 2 && (t[e - 1] == 's' || t[e - 1] == 'S')) {
		if (t[e - 2] == '\'')
			return 2;
		if (e - a > 4 && memcmp(t + e - 4, "\xe2\x80\x99", 3) == 0)
			return 4;
	}
	return 0;
}

static size_t
count_cp(const char *t, size_t a, size_t e)
{
	size_t n = 0;

	for (; a < e; a++)
		if (((unsigned char)t[a] & 0xC0) != 0x80)
			n++;
	return n;
}

void
ner_seq_scan(struct ner_seq *s, size_t bstart, size_t bend, size_t cp_start)
{
	const char *t = s->text;
	size_t i = bstart, cp = cp_start, k, e, p;
	bool sent_start = true;

	while (i < bend) {
		enum cclass c = char_class(t + i, bend - i, &k);

		if (c == C_SPACE || c == C_NEWLINE) {
			sent_start |= c == C_NEWLINE;
			i += k;
			cp++;
			continue;
		}
		if (c == C_PUNCT) {
			push_tok(s, i, i + k, cp, false, &sent_start);
			sent_start = k == 1 && (t[i] == '.' || t[i] == '!' ||
			    t[i] == '?');
			i += k;
			cp++;
			continue;
		}
		e = word_end(t, i, bend);
		if (e < bend && t[e] == '.' && is_abbreviation(t + i, e - i))
			e++;
		if ((p = possessive_len(t, i, e)) > 0) {
			push_tok(s, i, e - p, cp, true, &sent_start);
			cp += count_cp(t, i, e - p);
			push_tok(s, e - p, e, cp, true, &sent_start);
			cp += count_cp(t, e - p, e);
		} else {
			push_tok(s, i, e, cp, true, &sent_start);
			cp += count_cp(t, i, e);
		}
		i = e;
	}
}
