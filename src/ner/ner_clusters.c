/* ner_clusters.c - lookups in the generated table of word clusters: a
 * binary search over the sorted words, so nothing is built or read at
 * start (the reader's first screen pays nothing). */
#include "config.h"

#include "ner/ner_clusters.h"

#include <string.h>

/* strcmp's order between s[0..n-1] and the '\0'-ended word w. */
static int
compare(const char *s, size_t n, const char *w)
{
	size_t wl = strlen(w);
	int c = memcmp(s, w, n < wl ? n : wl);

	if (c != 0)
		return c;
	return n < wl ? -1 : n > wl;
}

const struct ner_cluster_entry *
ner_cluster_find(const char *s, size_t n)
{
	size_t lo = 0, hi = ner_cluster_count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = compare(s, n, ner_cluster_pool +
		    ner_cluster_entries[mid].word);

		if (c == 0)
			return &ner_cluster_entries[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

uint32_t
ner_cluster_path(const char *s, size_t n)
{
	const struct ner_cluster_entry *e = ner_cluster_find(s, n);

	return e ? e->path : 0;
}

uint32_t
ner_cluster_prefix(uint32_t path, unsigned bits)
{
	unsigned len = 0;

	while (len < 31 && path >> (len + 1))
		len++;
	return len > bits ? path >> (len - bits) : path;
}
