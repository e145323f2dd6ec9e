/* names.c - the rule that tells a proper name from a misspelling. */
#include "config.h"

#include "proof/names.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/util.h"

/* Stray-letter variants shorter than this are too easy to hit by chance
 * (Ali -> Al). */
#define NAMES_MIN_VARIANT 4

static bool
is_upper_cp(utf8proc_int32_t c)
{
	utf8proc_category_t cat = utf8proc_category(c);

	return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool
names_is_capitalised(const char *word)
{
	utf8proc_int32_t c;

	if (utf8proc_iterate((const utf8proc_uint8_t *)word, -1, &c) < 1)
		return false;
	return is_upper_cp(c);
}

/* The word with its first letter in lower case. */
static char *
lower_first(const char *word)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)word,
	    -1, &c);
	struct buf b;

	if (k < 1)
		return xstrdup(word);
	buf_init(&b);
	buf_add_cp(&b, utf8proc_tolower(c));
	buf_adds(&b, word + k);
	return buf_steal(&b);
}

bool
names_is_proper_noun(struct speller *sp, const char *word)
{
	char *lower;
	bool proper;

	if (!names_is_capitalised(word) || !speller_check(sp, word))
		return false;
	lower = lower_first(word);
	proper = !speller_check(sp, lower);
	free(lower);
	return proper;
}

/* Nigér -> Niger: decomposed, combining marks dropped. */
char *
names_fold_accents(const char *word)
{
	utf8proc_uint8_t *out = NULL;

	if (utf8proc_map((const utf8proc_uint8_t *)word, 0, &out,
	    UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	    UTF8PROC_STRIPMARK) < 0)
		return NULL;
	return (char *)out;
}

size_t
names_stray_letter_variants(struct speller *sp, const char *word,
    char ***out)
{
	size_t len = strlen(word), i, ncp = 0, n = 0;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	*out = NULL;
	for (i = 0; i < len; i += (size_t)k, ncp++)
		if ((k = utf8proc_iterate((const utf8proc_uint8_t *)word + i,
		    (utf8proc_ssize_t)(len - i), &c)) < 1)
			return 0;
	if (ncp <= NAMES_MIN_VARIANT)
		return 0;
	k = utf8proc_iterate((const utf8proc_uint8_t *)word, -1, &c);
	for (i = (size_t)k; i < len; i += (size_t)k) {
		struct buf b;
		char *v;

		k = utf8proc_iterate((const utf8proc_uint8_t *)word + i,
		    (utf8proc_ssize_t)(len - i), &c);
		buf_init(&b);
		buf_add(&b, word, i);
		buf_adds(&b, word + i + k);
		v = buf_steal(&b);
		/* Nigerr: dropping either r gives the same name once. */
		if ((n > 0 && strcmp((*out)[n - 1], v) == 0) ||
		    !names_is_proper_noun(sp, v)) {
			free(v);
			continue;
		}
		*out = xreallocarray(*out, n + 1, sizeof **out);
		(*out)[n++] = v;
	}
	return n;
}

char *
names_accent_variant(struct speller *sp, const char *word)
{
	char *v = names_fold_accents(word);

	if (v != NULL && strcmp(v, word) != 0 && names_is_proper_noun(sp, v))
		return v;
	free(v);
	return NULL;
}

bool
names_is_title(const char *word, size_t n)
{
	static const char *const titles[] = {
		"Admiral", "Ambassador", "Attorney", "Bishop", "Capt",
		"Captain", "Chancellor", "Chief", "Coach", "Col", "Colonel",
		"Commander", "Dame", "Director", "Dr", "Father", "Gen",
		"General", "Gov", "Governor", "Imam", "Judge", "Justice",
		"King", "Lady", "Lord", "Lt", "Major", "Mayor", "Minister",
		"Mr", "Mrs", "Ms", "Pope", "Premier", "President", "Prince",
		"Princess", "Prof", "Queen", "Rep", "Secretary", "Sen",
		"Senator", "Sergeant", "Sheikh", "Sir", NULL
	};

	for (size_t i = 0; titles[i]; i++)
		if (strlen(titles[i]) == n && strncmp(word, titles[i], n) == 0)
			return true;
	return false;
}

bool
names_is_particle(const char *word)
{
	static const char *const particles[] = {
		"al", "bin", "binti", "da", "das", "de", "del", "della", "der",
		"des", "di", "do", "dos", "du", "el", "ibn", "la", "le", "les",
		"ter", "van", "von", "y", "zu", NULL
	};

	for (size_t i = 0; particles[i]; i++)
		if (strcmp(word, particles[i]) == 0)
			return true;
	return false;
}


/* The vowels of w (ASCII, any case) in order, a doubled letter once. */
static void
vowel_shape(const char *w, char *out, size_t cap)
{
	size_t n = 0;

	for (const char *s = w; *s && n + 1 < cap; s++) {
		char c = (char)(*s >= 'A' && *s <= 'Z' ? *s - 'A' + 'a' : *s);

		if (s > w && (s[-1] | 0x20) == c)
			continue;
		if (strchr("aeiouy", c) != NULL)
			out[n++] = c;
	}
	out[n] = '\0';
}

bool
names_same_vowels(const char *a, const char *b)
{
	char va[64], vb[64];

	vowel_shape(a, va, sizeof va);
	vowel_shape(b, vb, sizeof vb);
	return strcmp(va, vb) == 0;
}
