/* lookalike.c - the strings one slip from a word, tried in turn. */
#include "config.h"

#include "proof/lookalike.h"

#include <string.h>

#include "base/util.h"

/* Longer words are not searched (the tries grow with the length). */
#define LOOKALIKE_MAX 40

static bool
ascii_letters(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' &&
		    w[i] <= 'Z')))
			return false;
	return true;
}

/* Tries s[0, n); on a yes, *found is a copy. */
static bool
try(lookalike_fn *fn, void *arg, const char *s, size_t n, char **found)
{
	if (!fn(arg, s, n))
		return false;
	*found = xstrndup(s, n);
	return true;
}

char *
lookalike_find(const char *word, size_t n, lookalike_fn *fn, void *arg)
{
	char s[LOOKALIKE_MAX + 2], *found = NULL;

	if (n < 2 || n > LOOKALIKE_MAX || !ascii_letters(word, n))
		return NULL;
	/* The last letter is left as it is, save in a swap: endings make
	 * words of their own (Italia, Italian; Ukraina, Ukraine). */
	for (size_t i = 1; i + 1 < n; i++) {	/* dropped: Weild -> Wild */
		memcpy(s, word, i);
		memcpy(s + i, word + i + 1, n - i - 1);
		if (try(fn, arg, s, n - 1, &found))
			return found;
	}
	for (size_t i = 1; i + 1 < n; i++) {	/* swapped */
		memcpy(s, word, n);
		s[i] = word[i + 1];
		s[i + 1] = word[i];
		if (s[i] != s[i + 1] && try(fn, arg, s, n, &found))
			return found;
	}
	for (size_t i = 1; i < n; i++)		/* added: Ukranian */
		for (char c = 'a'; c <= 'z'; c++) {
			memcpy(s, word, i);
			s[i] = c;
			memcpy(s + i + 1, word + i, n - i);
			if (try(fn, arg, s, n + 1, &found))
				return found;
		}
	for (size_t i = 1; i + 1 < n; i++)	/* changed */
		for (char c = 'a'; c <= 'z'; c++) {
			if (c == word[i])
				continue;
			memcpy(s, word, n);
			s[i] = c;
			if (try(fn, arg, s, n, &found))
				return found;
		}
	return NULL;
}
