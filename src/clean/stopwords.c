/* stopwords.c - look up the generated stopword table. */
#include "config.h"

#include "clean/stopwords.h"

#include <string.h>

/* Words follow Zipf's law: a small direct-mapped cache in front of the
 * binary search answers most lookups ("the", "of", "and") at once. */
#define CACHE_SIZE 4096
#define CACHE_WORD 24

struct cache_slot {
	char word[CACHE_WORD];
	unsigned char len;	/* 0: empty */
	const struct stopword *sw;
};

static struct cache_slot cache[CACHE_SIZE];

static const struct stopword *
search(const char *word, size_t len);

const struct stopword *
stopword_find(const char *word, size_t len)
{
	uint32_t h = 2166136261u;
	struct cache_slot *slot;

	if (len == 0 || len >= CACHE_WORD)
		return search(word, len);
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)word[i]) * 16777619u;
	slot = &cache[h & (CACHE_SIZE - 1)];
	if (slot->len == len && memcmp(slot->word, word, len) == 0)
		return slot->sw;
	slot->sw = search(word, len);
	memcpy(slot->word, word, len);
	slot->len = (unsigned char)len;
	return slot->sw;
}

static const struct stopword *
search(const char *word, size_t len)
{
	unsigned long lo = 0, hi = stopword_count;

	while (lo < hi) {
		unsigned long mid = lo + (hi - lo) / 2;
		const char *w = stopword_word(&stopwords[mid]);
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
