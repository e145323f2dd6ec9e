/* travel_map.c - a stretch of a paragraph, through the word alignment of
 * two versions of it. */
#include "config.h"

#include "copies/travel_map.h"

#include <stdint.h>
#include <stdlib.h>

#include "base/util.h"
#include "copies/worddiff.h"

/* For each word of a: the word of b it is equal to, or the words of b
 * that replaced it (a deletion right before an insertion), or none. */
struct counterpart {
	size_t b0, b1;		/* [b0, b1) of b's words; b0 == b1: none */
	bool equal;
};

static struct counterpart *
counterparts(const struct wd_list *runs, size_t na)
{
	struct counterpart *m = xcalloc(na ? na : 1, sizeof *m);

	for (size_t r = 0; r < runs->n; r++) {
		const struct wd_run *u = &runs->v[r];

		if (u->kind == WD_EQUAL)
			for (size_t k = u->a0; k < u->a1; k++)
				m[k] = (struct counterpart){ u->b0 + k - u->a0,
				    u->b0 + k - u->a0 + 1, true };
		else if (u->kind == WD_DELETE && r + 1 < runs->n &&
		    runs->v[r + 1].kind == WD_INSERT)
			for (size_t k = u->a0; k < u->a1; k++)
				m[k] = (struct counterpart){ runs->v[r + 1].b0,
				    runs->v[r + 1].b1, false };
	}
	return m;
}

/* The words of paragraph p of d. */
static void
para_words(const struct doc *d, const struct block *p, struct word_list *out)
{
	words_split(d->text, p->bstart, p->bend, p->start, out);
}

/* Maps a's words [i, j] (the stretch's first and last) onto b, the
 * stretch's own offsets inside an equal first or last word kept. */
static bool
map_words(const struct word *wa, const struct word *wb,
    const struct counterpart *m, size_t i, size_t j, size_t start,
    size_t end, size_t *out_start, size_t *out_end)
{
	size_t kept = 0, first = SIZE_MAX, last = SIZE_MAX;

	for (size_t k = i; k <= j; k++)
		if (m[k].equal) {
			kept++;
			if (first == SIZE_MAX)
				first = k;
			last = k;
		}
	if (2 * kept < j - i + 1)
		return false;
	if (m[i].equal)
		*out_start = wb[m[i].b0].start +
		    (start > wa[i].start ? start - wa[i].start : 0);
	else if (m[i].b0 < m[i].b1)
		*out_start = wb[m[i].b0].start;
	else
		*out_start = wb[m[first].b0].start;
	if (m[j].equal)
		*out_end = wb[m[j].b0].start +
		    ((end < wa[j].end ? end : wa[j].end) - wa[j].start);
	else if (m[j].b0 < m[j].b1)
		*out_end = wb[m[j].b1 - 1].end;
	else
		*out_end = wb[m[last].b0].end;
	return *out_start < *out_end;
}

bool
travel_map(const struct doc *a, const struct block *pa, size_t start,
    size_t end, const struct doc *b, const struct block *pb, size_t *out_start,
    size_t *out_end)
{
	struct word_list wa = { NULL, 0, 0 }, wb = { NULL, 0, 0 };
	struct wd_list runs = { NULL, 0, 0 };
	struct counterpart *m;
	size_t i = SIZE_MAX, j = SIZE_MAX;
	bool found = false;

	para_words(a, pa, &wa);
	para_words(b, pb, &wb);
	/* The stretch's first and last words (it may cut them). */
	for (size_t k = 0; k < wa.n; k++)
		if (wa.v[k].end > start && wa.v[k].start < end) {
			if (i == SIZE_MAX)
				i = k;
			j = k;
		}
	if (i != SIZE_MAX && wb.n > 0) {
		worddiff(a->text, wa.v, wa.n, b->text, wb.v, wb.n, &runs);
		m = counterparts(&runs, wa.n);
		found = map_words(wa.v, wb.v, m, i, j, start, end, out_start,
		    out_end);
		free(m);
	}
	wd_free(&runs);
	words_free(&wa);
	words_free(&wb);
	return found;
}
