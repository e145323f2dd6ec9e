/* shingle_index.c - an inverted index of shingles: entries sorted by
 * shingle, then paragraph, and found by binary search. */
#include "config.h"

#include "copies/shingle_index.h"

#include <stdlib.h>

#include "base/util.h"

void
shingle_index_init(struct shingle_index *x)
{
	x->v = NULL;
	x->n = x->cap = 0;
}

void
shingle_index_free(struct shingle_index *x)
{
	free(x->v);
	shingle_index_init(x);
}

void
shingle_index_add(struct shingle_index *x, uint32_t shingle, size_t para)
{
	if (x->n == x->cap) {
		x->cap = x->cap ? 2 * x->cap : 256;
		x->v = xreallocarray(x->v, x->cap, sizeof *x->v);
	}
	x->v[x->n++] = (struct shingle_entry){ shingle, para };
}

static int
cmp_entries(const void *p, const void *q)
{
	const struct shingle_entry *a = p, *b = q;

	if (a->shingle != b->shingle)
		return a->shingle < b->shingle ? -1 : 1;
	return (a->para > b->para) - (a->para < b->para);
}

void
shingle_index_sort(struct shingle_index *x)
{
	if (x->n > 0)
		qsort(x->v, x->n, sizeof *x->v, cmp_entries);
}

/* The first entry in [lo, hi) not before (shingle, para). */
static size_t
lower_bound(const struct shingle_index *x, size_t lo, size_t hi,
    uint32_t shingle, size_t para)
{
	struct shingle_entry want = { shingle, para };

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cmp_entries(&x->v[mid], &want) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
shingle_index_near(const struct shingle_index *x, uint32_t shingle,
    size_t near, size_t max, size_t *from, size_t *to)
{
	size_t lo = lower_bound(x, 0, x->n, shingle, 0);
	size_t hi = shingle == UINT32_MAX ? x->n :
	    lower_bound(x, lo, x->n, shingle + 1, 0);
	size_t at;

	*from = lo;
	*to = hi;
	if (hi - lo <= max)
		return;
	/* The window of max entries around the first at or after near. */
	at = lower_bound(x, lo, hi, shingle, near);
	*from = at - lo > max / 2 ? at - max / 2 : lo;
	if (hi - *from < max)
		*from = hi - max;
	*to = *from + max;
}
