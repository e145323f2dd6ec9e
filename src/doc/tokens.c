/* tokens.c - words of a stretch of decoded text, with their offsets. */
#include "config.h"

#include "doc/tokens.h"

#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "doc/segment.h"
#include "base/util.h"

static bool
is_letter(utf8proc_int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
	    c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
	    c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_MN ||
	    c == UTF8PROC_CATEGORY_MC;
}

static bool
is_upper(utf8proc_int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
	    utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

static bool
is_lower(utf8proc_int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/* Decodes the code point at s[i] (never fails: bad bytes are U+FFFD). */
static size_t
next_cp(const char *s, size_t i, size_t end, utf8proc_int32_t *cp)
{
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
	    (utf8proc_ssize_t)(end - i), cp);

	if (k < 1) {
		*cp = 0xFFFD;
		return 1;
	}
	return (size_t)k;
}

static void
push(struct token_list *l, const struct token *t)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 256;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = *t;
}

/* Characters that can continue a URL, e-mail or handle. */
static bool
is_url_char(unsigned char c)
{
	return c > 0x20 && c < 0x7F && strchr("<>\"'`()[]{},;", c) == NULL;
}

/* Length in bytes of a URL, e-mail, or domain-like name at s[i], 0 if
 * none.  Sets *kind. */
static size_t
special_at(const char *s, size_t i, size_t end, enum token_kind *kind)
{
	size_t j = i, dots = 0, at = 0;
	bool scheme = end - i > 7 && (strncasecmp(s + i, "http://", 7) == 0 ||
	    strncasecmp(s + i, "https://", 8) == 0);
	bool www = end - i > 4 && strncasecmp(s + i, "www.", 4) == 0;

	while (j < end && is_url_char((unsigned char)s[j])) {
		if (s[j] == '.' && j + 1 < end &&
		    is_url_char((unsigned char)s[j + 1]))
			dots++;
		if (s[j] == '@')
			at++;
		j++;
	}
	/* Trailing sentence punctuation is not part of the address. */
	while (j > i && strchr(".!?:", s[j - 1]) != NULL)
		j--;
	if (scheme || www) {
		*kind = TOKEN_URL;
		return j - i;
	}
	if (at == 1 && dots >= 1 && s[i] != '@') {
		*kind = TOKEN_EMAIL;
		return j - i;
	}
	/* example.com, report.pdf: a dot followed by 2-4 lower-case letters
	 * at the end, and nothing alphabetic glued after. */
	if (dots >= 1 && at == 0) {
		size_t k = j;
		while (k > i && s[k - 1] != '.')
			k--;
		if (k > i + 1 && j - k >= 2 && j - k <= 4) {
			bool lower = true;
			for (size_t m = k; m < j; m++)
				lower &= s[m] >= 'a' && s[m] <= 'z';
			if (lower && (memchr(s + i, '/', j - i) != NULL ||
			    j - k <= 3)) {
				*kind = TOKEN_URL;
				return j - i;
			}
		}
	}
	return 0;
}

static bool
word_joiner(utf8proc_int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010;
}

void
tokens_scan(const char *text, size_t bstart, size_t bend, size_t cp_start,
    struct token_list *list)
{
	size_t i = bstart, cp = cp_start;
	bool sentence_start = true;

	while (i < bend) {
		utf8proc_int32_t c;
		size_t k = next_cp(text, i, bend, &c), len;
		enum token_kind kind;
		struct token t;

		/* URLs and e-mail addresses start at a word boundary. */
		if ((i == bstart || text[i - 1] == ' ' || text[i - 1] == '(' ||
		    text[i - 1] == '\n') && (len = special_at(text, i, bend,
		    &kind)) > 0) {
			t.bstart = i;
			t.bend = i + len;
			t.start = cp;
			for (size_t m = i; m < i + len; m++)
				cp += ((unsigned char)text[m] & 0xC0) != 0x80;
			t.end = cp;
			t.kind = kind;
			t.flags = 0;
			push(list, &t);
			i += len;
			sentence_start = false;
			continue;
		}
		if ((c == '@' || c == '#') && i + 1 < bend) {
			utf8proc_int32_t d;
			next_cp(text, i + 1, bend, &d);
			if (is_letter(d) || (c == '@' && seg_is_digit(d))) {
				kind = c == '@' ? TOKEN_HANDLE : TOKEN_HASHTAG;
				t.bstart = i;
				t.start = cp;
				i++;
				cp++;
				while (i < bend) {
					size_t m = next_cp(text, i, bend, &d);
					if (!is_letter(d) && !seg_is_digit(d) &&
					    d != '_')
						break;
					i += m;
					cp++;
				}
				t.bend = i;
				t.end = cp;
				t.kind = kind;
				t.flags = 0;
				push(list, &t);
				sentence_start = false;
				continue;
			}
		}
		if (is_letter(c) || seg_is_digit(c)) {
			bool letters = false, digits = false, prev_lower = false;
			unsigned flags = 0;
			size_t uppers = 0, nletters = 0;

			t.bstart = i;
			t.start = cp;
			while (i < bend) {
				size_t m = next_cp(text, i, bend, &c);

				if (is_letter(c)) {
					if (nletters == 0 && is_upper(c))
						flags |= TOKEN_CAPITALISED;
					if (is_upper(c)) {
						uppers++;
						if (prev_lower)
							flags |= TOKEN_INNER_CAPITAL;
					}
					prev_lower = is_lower(c);
					nletters++;
					letters = true;
				} else if (seg_is_digit(c)) {
					digits = true;
					prev_lower = false;
				} else if (word_joiner(c) && i + m < bend) {
					utf8proc_int32_t d;
					next_cp(text, i + m, bend, &d);
					if (!is_letter(d) && !seg_is_digit(d))
						break;
					flags |= c == '-' || c == 0x2010 ?
					    TOKEN_HAS_HYPHEN : TOKEN_HAS_APOSTROPHE;
					prev_lower = false;
				} else
					break;
				i += m;
				cp++;
			}
			t.bend = i;
			t.end = cp;
			if (digits)
				flags |= TOKEN_HAS_DIGIT;
			if (uppers >= 2 && uppers == nletters)
				flags |= TOKEN_ALL_CAPS;
			if (sentence_start)
				flags |= TOKEN_SENTENCE_START;
			/* 21st, 1990s, 3rd: numbers with a short suffix. */
			t.kind = !letters || (digits && nletters <= 2 &&
			    (text[t.bstart] >= '0' && text[t.bstart] <= '9')) ?
			    TOKEN_NUMBER : TOKEN_WORD;
			t.flags = flags;
			push(list, &t);
			sentence_start = false;
			continue;
		}
		if (c == '.' || c == '!' || c == '?' || c == 0x2026 || c == '\n')
			sentence_start = true;
		else if (c == ':' || c == ';')
			; /* keep: "Note: Capitalised" is often a new clause */
		else if (c != ' ' && c != '"' && c != 0x201C && c != 0x201D &&
		    c != '\'' && c != 0x2018 && c != 0x2019 && c != '(' &&
		    c != ')' && c != 0x2014 && c != 0x2013 && c != '-' &&
		    c != 0xA0 && c != '\t')
			sentence_start = false;
		i += k;
		cp++;
	}
}

void
tokens_free(struct token_list *list)
{
	free(list->v);
	list->v = NULL;
	list->n = list->cap = 0;
}

char *
word_lower(const char *s, size_t n)
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
