/* features.c - per-block evidence shared by both classifiers. */
#include "config.h"

#include "clean/features.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "base/hash.h"
#include "doc/segment.h"
#include "clean/stopwords.h"
#include "base/util.h"

size_t
utf8_count(const char *s, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

/* seg_is_word_core for a byte below 0x80. */
static inline bool
ascii_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

void
features_words(const char *s, size_t n, char *word, size_t cap,
    void (*fn)(const char *word, size_t len, void *arg), void *arg)
{
	size_t i = 0, len = 0;
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;

	while (i <= n) {
		utf8proc_int32_t cp = -1;
		utf8proc_ssize_t k = 1;

		if (i < n && u[i] < 0x80) {
			/* ASCII, most of most pages: no decoding, and a
			 * letter or digit is its own lower case. */
			cp = u[i];
			if (ascii_word_byte(u[i])) {
				if (len + 1 < cap)
					word[len++] = (char)(u[i] |
					    (cp >= 'A' && cp <= 'Z' ? 0x20 : 0));
				i++;
				continue;
			}
		} else if (i < n) {
			k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i),
			    &cp);
			if (k < 1)
				k = 1;
		}
		if (seg_is_word_core(cp)) {
			utf8proc_uint8_t enc[4];
			utf8proc_ssize_t m = utf8proc_encode_char(
			    utf8proc_tolower(cp), enc);
			if (len + (size_t)m < cap) {
				memcpy(word + len, enc, (size_t)m);
				len += (size_t)m;
			}
		} else if ((cp == '\'' || cp == 0x2019) && len > 0 &&
		    i + (size_t)k < n && ((u[i + k] | 0x20) >= 'a' &&
		    (u[i + k] | 0x20) <= 'z')) {
			/* Inner apostrophe: don't, l'homme. */
			if (len + 1 < cap)
				word[len++] = '\'';
		} else if (len > 0) {
			word[len] = '\0';
			fn(word, len, arg);
			len = 0;
		}
		i += (size_t)k;
	}
}

struct count_ctx {
	size_t words;
	unsigned long *lang_hits;	/* per language, or NULL */
	int lang;
	size_t stop;
};

static void
count_word(const char *word, size_t len, void *arg)
{
	struct count_ctx *c = arg;
	const struct stopword *sw = stopword_find(word, len);

	c->words++;
	if (sw == NULL)
		return;
	if (c->lang_hits != NULL) {
		for (int q = 0; q < 4; q++)
			for (uint32_t m = sw->langs[q]; m; m &= m - 1)
				c->lang_hits[q * 32 + __builtin_ctz(m)]++;
	} else if (stopword_in(sw, c->lang))
		c->stop++;
}

/* A page whose best stoplist has fewer of its words than this says too
 * little to name its language: "the big cat saw teh dog." has two
 * Danish stop words ("the", "dog") and one English. */
#define LANG_MIN_HITS 3

/* The language whose stoplist covers most words of the page, but
 * English unless that list covers LANG_MIN_HITS words more than
 * English's and a third more: jusText's lists, drawn from Wikipedia,
 * hold English words in other languages' lists (Marathi's and Uzbek's
 * have "marriage", "information", "data"), so English prose can have a
 * few more words of theirs than of English's own (doc/PERFORMANCE.md).
 * Ties go to the first in name order.  *sure says whether it covers
 * LANG_MIN_HITS words or more. */
static int
detect_language(const struct doc *d, bool *sure)
{
	unsigned long hits[STOPWORD_MAX_LANGS] = { 0 };
	struct count_ctx c = { 0, hits, -1, 0 };
	char word[128];
	int best = -1, english = -1;
	size_t budget = 0;

	/* A sample of the page is enough to tell the language. */
	for (size_t i = 0; i < d->nblocks && budget < 200000; i++) {
		const struct block *b = &d->blocks[i];

		features_words(d->text + b->bstart, b->bend - b->bstart, word,
		    sizeof word, count_word, &c);
		budget += b->bend - b->bstart;
	}
	for (int l = 0; stopword_languages[l] != NULL; l++) {
		if (hits[l] > 0 && (best < 0 || hits[l] > hits[best]))
			best = l;
		if (strcmp(stopword_languages[l], "English") == 0)
			english = l;
	}
	if (best >= 0 && english >= 0 && (hits[best] < hits[english] +
	    LANG_MIN_HITS || 4 * hits[english] >= 3 * hits[best]))
		best = english;
	*sure = best >= 0 && hits[best] >= LANG_MIN_HITS;
	return best;
}

/* Letters of scripts without spaces in s[0..n); a page in Latin script
 * costs a byte test per byte. */
static size_t
count_unspaced(const char *s, size_t n)
{
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
	size_t count = 0;

	for (size_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;

		if (u[i] < 0xE0) {	/* below U+0800: none of them */
			i++;
			continue;
		}
		k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k < 1)
			k = 1;
		else if (seg_is_unspaced(cp))
			count++;
		i += (size_t)k;
	}
	return count;
}

static void
count_repeats(struct doc *d)
{
	struct hash h;

	hash_init(&h);
	for (size_t i = 0; i < d->nblocks; i++) {
		struct block *b = &d->blocks[i];
		hash_add(&h, d->text + b->bstart, b->bend - b->bstart);
	}
	for (size_t i = 0; i < d->nblocks; i++) {
		struct block *b = &d->blocks[i];
		size_t n = hash_count(&h, d->text + b->bstart,
		    b->bend - b->bstart);
		b->f.repeats_in_doc = n > 0 ? n - 1 : 0;
	}
	hash_free(&h);
}

size_t
block_length(const struct block *b)
{
	return b->f.chars + b->f.unspaced;
}

bool
block_is_unspaced(const struct block *b)
{
	return b->f.unspaced * 2 > b->f.chars;
}

bool
block_has_words(const struct block *b, size_t n)
{
	return b->f.words >= n || (block_is_unspaced(b) &&
	    block_length(b) >= 2 * n);
}

/* Length of a conditional-comment mark of Word's HTML ("<![if
 * !supportLists]>", "<![endif]>") at s, which the HTML parser leaves as
 * text and a browser never shows; 0 if there is none.  Only "if" and
 * "endif": a "<![CDATA[...]]>" in a text dump holds text. */
static utf8proc_ssize_t
conditional_mark(const utf8proc_uint8_t *s, utf8proc_ssize_t n)
{
	const void *end;

	if (n < 9 || memcmp(s, "<![", 3) != 0 ||
	    (strncasecmp((const char *)s + 3, "if", 2) != 0 &&
	    strncasecmp((const char *)s + 3, "endif", 5) != 0))
		return 0;
	end = memmem(s + 3, (size_t)n - 3, "]>", 2);
	return end ? (const utf8proc_uint8_t *)end + 2 - s : 0;
}

bool
block_is_blank(const struct doc *d, const struct block *b)
{
	const utf8proc_uint8_t *s =
	    (const utf8proc_uint8_t *)d->text + b->bstart;
	utf8proc_ssize_t n = (utf8proc_ssize_t)(b->bend - b->bstart);

	while (n > 0) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = conditional_mark(s, n);
		utf8proc_category_t cat;

		if (k > 0) {
			s += k;
			n -= k;
			continue;
		}
		k = utf8proc_iterate(s, n, &c);
		if (k <= 0)
			return false;
		cat = utf8proc_category(c);
		if (cat != UTF8PROC_CATEGORY_ZS && cat != UTF8PROC_CATEGORY_CC &&
		    cat != UTF8PROC_CATEGORY_CF)
			return false;
		s += k;
		n -= k;
	}
	return true;
}

void
features_compute(struct doc *d)
{
	bool sure;
	int lang = detect_language(d, &sure);
	char word[128];

	/* The blocks' stop word counts take the best guess; the page is
	 * said to be in a language (which the proofreader and the entity
	 * recogniser go by) only when it is sure. */
	d->lang_guess = lang >= 0 ? stopword_languages[lang] : NULL;
	d->lang = sure ? d->lang_guess : NULL;
	for (size_t i = 0; i < d->nblocks; i++) {
		struct block *b = &d->blocks[i];
		struct count_ctx c = { 0, NULL, lang, 0 };

		features_words(d->text + b->bstart, b->bend - b->bstart, word,
		    sizeof word, count_word, &c);
		b->f.words = c.words;
		b->f.stopwords = c.stop;
		b->f.chars = b->end - b->start;
		b->f.unspaced = count_unspaced(d->text + b->bstart,
		    b->bend - b->bstart);
	}
	count_repeats(d);
}

bool
starts_upper(const char *s, size_t n)
{
	utf8proc_int32_t cp;

	if (n == 0 || utf8proc_iterate((const utf8proc_uint8_t *)s,
	    (utf8proc_ssize_t)n, &cp) < 1)
		return false;
	return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

double
capitalised_share(const char *s, size_t n)
{
	size_t words = 0, caps = 0;

	for (size_t i = 0; i < n;) {
		while (i < n && s[i] == ' ')
			i++;
		if (i >= n)
			break;
		words++;
		caps += starts_upper(s + i, n - i) ||
		    isdigit((unsigned char)s[i]);
		while (i < n && s[i] != ' ')
			i++;
	}
	return words ? (double)caps / (double)words : 0.0;
}
