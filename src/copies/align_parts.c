/* align_parts.c - split and joined paragraphs: after the one-to-one
 * matching, the unmatched paragraphs of one version whose words are
 * (almost) all in a paragraph of the other, next to its group. */
#include "config.h"

#include "copies/align_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "copies/align.h"
#include "copies/shingle_index.h"
#include "copies/sketch.h"

/* How many times words w[0..n) occur in a row in p's words. */
static size_t
occurrences(const uint32_t *w, size_t n, const struct para_set *p)
{
	size_t k = 0;

	for (size_t i = 0; n > 0 && i + n <= p->nwords; i++)
		if (memcmp(p->words + i, w, n * sizeof *w) == 0)
			k++;
	return k;
}

bool
align_words_within(const struct para_set *p, const struct para_set *q)
{
	size_t covered = 0, end = 0;

	for (size_t i = 0; i + SKETCH_SHINGLE <= p->nwords; i++) {
		uint32_t h = sketch_shingle_at(p->words, p->nwords, i);

		if (!sketch_has(q->shingles, q->n, h))
			continue;
		covered += i + SKETCH_SHINGLE - (end > i ? end : i);
		end = i + SKETCH_SHINGLE;
	}
	return (double)covered >= ALIGN_CONTAINED * (double)p->nwords;
}

/* Whether part p's words are in whole w, and not merely a repeat of its
 * neighbour nb (NULL: none).  Shorter than a shingle, its words must
 * occur in w as they run, more often than in nb. */
static bool
contained(const struct para_set *p, const struct para_set *w,
    const struct para_set *nb)
{
	if (p->nwords == 0)
		return false;
	if (p->nwords < SKETCH_SHINGLE)
		return occurrences(p->words, p->nwords, w) >
		    (nb ? occurrences(p->words, p->nwords, nb) : 0);
	return align_words_within(p, w) &&
	    (nb == NULL || !align_words_within(p, nb));
}

/* Whether p may be a part or a whole: a headline (the title, a heading)
 * is written for itself, not split off a paragraph, even when its words
 * are the lede's first. */
static bool
may_be_part(const struct para_set *p)
{
	return !p->headline;
}

/* The whole part k belongs to, or -1: its own match, in place, unless
 * it is itself split (a whole the other way round). */
static long
group_of(const struct part_sides *s, size_t k)
{
	if (s->part[k].part_of >= 0)
		return s->part[k].part_of;
	if (s->anchored[k] && !s->part[k].whole)
		return s->part[k].match;
	return -1;
}

static bool
free_part(const struct part_sides *s, size_t k)
{
	const struct para_set *p = &s->part[k];

	return p->match < 0 && p->part_of < 0 && !p->whole && may_be_part(p);
}

static void
add_to_group(struct part_sides *s, size_t k, size_t w)
{
	struct para_set *whole = &s->whole[w];

	s->part[k].part_of = (long)w;
	if (!whole->whole) {
		whole->whole = true;
		whole->from = whole->to = whole->match >= 0 ?
		    (size_t)whole->match : k;
	}
	if (k < whole->from)
		whole->from = k;
	if (k > whole->to)
		whole->to = k;
}

static void
try_attach(struct part_sides *s, size_t k, size_t nb)
{
	long w = group_of(s, nb);

	if (w >= 0 && free_part(s, k) && may_be_part(&s->whole[w]) &&
	    contained(&s->part[k], &s->whole[w], &s->part[nb]))
		add_to_group(s, k, (size_t)w);
}

/* Parts next to a group, outwards from it: the second half of a split
 * after its first, the first before the second. */
static void
attach_neighbours(struct part_sides *s)
{
	for (size_t k = 1; k < s->npart; k++)
		try_attach(s, k, k - 1);
	for (size_t k = s->npart; k-- > 1;)
		try_attach(s, k - 1, k);
}

/* Wholes counted for one part: how many of its shingles each holds. */
struct tally {
	size_t *count;		/* per whole */
	struct u32_list touched;
};

/* The whole that holds the most of part k's shingles (the first of
 * those that hold as many), if it holds its words; else -1.  The
 * candidates come from the index of the wholes' shingles, as the
 * matching's do. */
static long
best_container(const struct part_sides *s, const struct shingle_index *x,
    size_t k, struct tally *t)
{
	const struct para_set *p = &s->part[k];
	size_t near = k * s->nwhole / (s->npart ? s->npart : 1), best = 0;
	long w = -1;

	t->touched.n = 0;
	for (size_t i = 0; i < p->n; i++) {
		size_t from, to;

		shingle_index_near(x, p->shingles[i], near, ALIGN_CANDIDATES,
		    &from, &to);
		for (size_t e = from; e < to; e++) {
			size_t c = x->v[e].para;

			if (t->count[c]++ == 0)
				u32_push(&t->touched, (uint32_t)c);
		}
	}
	for (size_t i = 0; i < t->touched.n; i++) {
		size_t c = t->touched.v[i];

		if (t->count[c] > best || (t->count[c] == best && (long)c < w)) {
			best = t->count[c];
			w = (long)c;
		}
		t->count[c] = 0;
	}
	return w >= 0 && contained(p, &s->whole[w], NULL) ? w : -1;
}

/* For each part, the whole of the nearest anchored part before it (-1:
 * none) and after it (nwhole: none): where a whole matched by nothing
 * must lie for its parts to be in place. */
static void
anchors_around(const struct part_sides *s, long *before, long *after)
{
	long last = -1;

	for (size_t k = 0; k < s->npart; k++) {
		before[k] = last;
		if (s->anchored[k])
			last = s->part[k].match;
	}
	last = (long)s->nwhole;
	for (size_t k = s->npart; k-- > 0;) {
		after[k] = last;
		if (s->anchored[k])
			last = s->part[k].match;
	}
}

static bool
may_seed(const struct part_sides *s, size_t k, long w, const long *before,
    const long *after)
{
	const struct para_set *whole = &s->whole[w];

	return whole->match < 0 && whole->part_of < 0 && may_be_part(whole) &&
	    before[k] < w &&
	    w < after[k] && (!whole->whole || whole->to + 1 == k);
}

/* Parts of a whole matched by nothing (a paragraph split into parts
 * each too small for the matching): consecutive, in place. */
static void
seed_unmatched(struct part_sides *s)
{
	struct shingle_index x;
	struct tally t = { xcalloc(s->nwhole + 1, sizeof *t.count),
	    { NULL, 0, 0 } };
	long *before = xmalloc((s->npart + 1) * sizeof *before);
	long *after = xmalloc((s->npart + 1) * sizeof *after);

	anchors_around(s, before, after);
	shingle_index_init(&x);
	for (size_t w = 0; w < s->nwhole; w++)
		for (size_t i = 0; i < s->whole[w].n; i++)
			shingle_index_add(&x, s->whole[w].shingles[i], w);
	shingle_index_sort(&x);
	for (size_t k = 0; k < s->npart; k++) {
		long w;

		if (!free_part(s, k) || s->part[k].nwords < SKETCH_SHINGLE)
			continue;
		w = best_container(s, &x, k, &t);
		if (w >= 0 && may_seed(s, k, w, before, after))
			add_to_group(s, k, (size_t)w);
	}
	shingle_index_free(&x);
	free(t.count);
	u32_free(&t.touched);
	free(before);
	free(after);
}

/* A whole matched by nothing with one part is a paragraph cut down to
 * a piece, not split: left cut, and the piece added. */
static void
drop_single_parts(struct part_sides *s)
{
	for (size_t w = 0; w < s->nwhole; w++) {
		struct para_set *whole = &s->whole[w];

		if (whole->whole && whole->match < 0 &&
		    whole->from == whole->to) {
			s->part[whole->from].part_of = -1;
			whole->whole = false;
		}
	}
}

void
align_find_parts(struct part_sides *s)
{
	seed_unmatched(s);
	attach_neighbours(s);
	drop_single_parts(s);
}
