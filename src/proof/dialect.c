/* dialect.c - American and British spellings and their counterparts. */
#include "config.h"

#include "proof/dialect.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* What American writes where British writes the other: each occurrence
 * in a word is tried, and the result must be a listed word of the other
 * variety (center -> centre, but not enter -> entre). */
static const struct {
	const char *us, *gb;
} pairs[] = {
	{ "or", "our" }, { "iz", "is" }, { "yz", "ys" }, { "er", "re" },
	{ "ense", "ence" }, { "l", "ll" }, { "og", "ogue" }, { "ay", "ey" },
	{ "dgm", "dgem" }, { "e", "ae" }, { "e", "oe" },
};

/* word with from replaced by to at pos, as a new string. */
static char *
replace_at(const char *word, size_t pos, const char *from, const char *to)
{
	return xasprintf("%.*s%s%s", (int)pos, word, to,
	    word + pos + strlen(from));
}

static char *
counterpart(const char *word, enum word_variant v)
{
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		const char *from = v == VARIANT_US ? pairs[i].us : pairs[i].gb;
		const char *to = v == VARIANT_US ? pairs[i].gb : pairs[i].us;

		for (const char *s = strstr(word, from); s != NULL;
		    s = strstr(s + 1, from)) {
			char *c = replace_at(word, (size_t)(s - word), from, to);
			const struct wordfreq_entry *e =
			    wordfreq_find(c, strlen(c));

			if (e != NULL && e->variant != VARIANT_BOTH &&
			    e->variant != v)
				return c;
			free(c);
		}
	}
	return NULL;
}

enum word_variant
dialect_mark(const char *word, char **other)
{
	const struct wordfreq_entry *e = wordfreq_find(word, strlen(word));

	*other = NULL;
	if (e == NULL || e->variant == VARIANT_BOTH)
		return VARIANT_BOTH;
	*other = counterpart(word, (enum word_variant)e->variant);
	return *other != NULL ? (enum word_variant)e->variant : VARIANT_BOTH;
}

static bool
british(const char *name, size_t n)
{
	static const char *const gb[] = { "en_GB", "en_AU", "en_NZ",
	    "en_ZA", "en_IE", "en_IN", NULL };

	for (size_t i = 0; gb[i]; i++)
		if (n >= 5 && strncmp(name, gb[i], 5) == 0)
			return true;
	return false;
}

enum word_variant
dialect_of_dictionary(const char *dicts)
{
	bool us = false, gb = false;

	for (const char *s = dicts; *s; ) {
		size_t n = strcspn(s, ",");
		const char *base = s;

		/* A path names its dictionary in its last component. */
		for (size_t i = 0; i < n; i++)
			if (s[i] == '/')
				base = s + i + 1;
		if (british(base, n - (size_t)(base - s)))
			gb = true;
		else
			us = true;
		s += n + (s[n] == ',');
	}
	return gb && us ? VARIANT_BOTH : gb ? VARIANT_GB : VARIANT_US;
}
