/* wordfreq.c - looking words up in the compiled SCOWL table: an index
 * of open addressing over it, built on first use (a binary search
 * costs too much for the thousands of look-ups of one suggestion). */
#include "config.h"

#include "proof/wordfreq.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

struct slot {
	uint32_t hash;
	uint32_t index;		/* + 1 into wordfreq_table; 0: empty */
};

static struct slot *slots;
static size_t mask;

static uint32_t
fnv1a(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static void
build_index(void)
{
	size_t cap = 1;

	while (cap < wordfreq_count * 2)
		cap <<= 1;
	mask = cap - 1;
	slots = xcalloc(cap, sizeof *slots);
	for (size_t i = 0; i < wordfreq_count; i++) {
		const char *w = wordfreq_word(&wordfreq_table[i]);
		uint32_t hash = fnv1a(w, strlen(w));
		size_t h = hash & mask;

		while (slots[h].index != 0)
			h = (h + 1) & mask;
		slots[h].hash = hash;
		slots[h].index = (uint32_t)(i + 1);
	}
}

const struct wordfreq_entry *
wordfreq_find(const char *w, size_t n)
{
	uint32_t hash = fnv1a(w, n);

	if (slots == NULL)
		build_index();
	for (size_t h = hash & mask; slots[h].index != 0; h = (h + 1) & mask) {
		const struct wordfreq_entry *e = &wordfreq_table[
		    slots[h].index - 1];

		if (slots[h].hash == hash && strncmp(wordfreq_word(e), w, n) == 0 &&
		    wordfreq_word(e)[n] == '\0')
			return e;
	}
	return NULL;
}

void
wordfreq_free(void)
{
	free(slots);
	slots = NULL;
}
