/* stopwords.c - look up the generated stopword table. */
#include "config.h"

#include "stopwords.h"

#include <string.h>

const struct stopword *
stopword_find(const char *word, size_t len)
{
	unsigned long lo = 0, hi = stopword_count;

	while (lo < hi) {
		unsigned long mid = lo + (hi - lo) / 2;
		const char *w = stopwords[mid].word;
		int c = strncmp(word, w, len);

		if (c == 0 && w[len] != '\0')
			c = -1;	/* word is a proper prefix of w */
		if (c == 0)
			return &stopwords[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}
