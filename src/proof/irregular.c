/* irregular.c - misspellings that give an irregular verb a regular
 * ending (see irregular.h). */
#include "config.h"

#include "proof/irregular.h"

#include <stdbool.h>
#include <string.h>

static bool
is_vowel(char c)
{
	return strchr("aeiou", c) != NULL;
}

/* Whether w is base[0, n) followed by end. */
static bool
is_stem_and(const char *w, const char *base, size_t n, const char *end)
{
	return strncmp(w, base, n) == 0 && strcmp(w + n, end) == 0;
}

/* Whether w is one of the regular past forms a writer gives base: make
 * -> maked, buy -> buyed, run -> runned, fly -> flied. */
static bool
regularises(const char *w, const char *base)
{
	size_t n = strlen(base);
	char last = base[n - 1];

	if (strncmp(w, base, n - 1) != 0)
		return false;
	if (last == 'e')
		return is_stem_and(w, base, n, "d");
	if (is_stem_and(w, base, n, "ed"))
		return true;
	if (last == 'y' && n > 1 && !is_vowel(base[n - 2]))
		return is_stem_and(w, base, n - 1, "ied");
	/* run -> runned: a short vowel's consonant doubled. */
	return n > 1 && is_vowel(base[n - 2]) && !is_vowel(last) &&
	    last != 'w' && last != 'y' && w[n - 1] == last && w[n] == last &&
	    strcmp(w + n + 1, "ed") == 0;
}

const struct irregular_verb *
irregular_regularised(const char *w)
{
	for (size_t i = 0; i < irregular_count; i++)
		if (regularises(w, irregular_verbs[i].base))
			return &irregular_verbs[i];
	return NULL;
}
