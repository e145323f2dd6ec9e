/* copies_parts.c - paragraphs another version split or joined: two
 * versions of a story aligned as galley compare aligns them (align.h),
 * from the paragraphs the index keeps, where a paragraph of either is
 * in no passage with the other; each whole kept with its parts, in
 * c->parts (copies.h). */
#include "config.h"

#include "copies/copies_int.h"

#include <stdbool.h>
#include <stdlib.h>

#include "base/util.h"
#include "copies/align_int.h"

/* Whether the alignment takes paragraph p: one looked up (not
 * context), after the title. */
static bool
aligned(const struct copies_para *p)
{
	return !p->context && !p->header;
}

/* The paragraphs [first, end) of one source as the alignment takes them
 * (their words and shingles in c's arrays); para[k]: the k-th's number. */
static size_t
para_sets(struct copies *c, size_t first, size_t end, struct para_set *out,
    uint32_t *para)
{
	size_t n = 0;

	for (size_t q = first; q < end; q++) {
		const struct copies_para *p = &c->paras[q];

		if (!aligned(p))
			continue;
		out[n] = (struct para_set){ .words = c->words.v + p->word_at,
		    .nwords = p->words, .headline = p->heading,
		    .shingles = c->shingles.v + p->shingle_at,
		    .n = p->nshingles, .match = -1, .part_of = -1 };
		para[n++] = (uint32_t)q;
	}
	return n;
}

/* Keeps x (of the earlier source) and y as a whole and a part, unless a
 * passage has put them in one union already. */
static void
keep_part(struct copies *c, uint32_t x, uint32_t y)
{
	if (copies_para_union(c, x) != copies_para_union(c, y))
		copies_push_passage(&c->parts, (struct copies_passage){ x, y,
		    (float)copies_similarity(c, x, y) });
}

/* One side of two versions aligned: its paragraphs and their numbers. */
struct side {
	struct para_set *set;
	uint32_t *para;
	size_t n;
};

static void
side_init(struct copies *c, size_t first, size_t end, struct side *s)
{
	s->set = xcalloc(end - first + 1, sizeof *s->set);
	s->para = xcalloc(end - first + 1, sizeof *s->para);
	s->n = para_sets(c, first, end, s->set, s->para);
}

static void
side_free(struct side *s)
{
	free(s->set);
	free(s->para);
}

/* Keeps each whole of side w with its parts on side p (w_first: w is
 * the earlier source's side). */
static void
keep_wholes(struct copies *c, const struct side *w, const struct side *p,
    bool w_first)
{
	for (size_t i = 0; i < w->n; i++)
		for (size_t k = w->set[i].from; w->set[i].whole &&
		    k <= w->set[i].to; k++)
			keep_part(c, w_first ? w->para[i] : p->para[k],
			    w_first ? p->para[k] : w->para[i]);
}

/* The paragraphs of one side in no passage with the other that
 * part_maybe looks into; past them it gives up and the alignment is
 * run.  Each look costs about a sixteenth of aligning the two (two
 * versions of 200 paragraphs, half of them their own: 25 M
 * instructions for 16 looks, 27 M to align); 4 cost 3% more than 16 on
 * make-syndication --scale's first 400 files, a third less in that
 * worst case. */
#define PART_LOOK 4

/* Whether a paragraph of side x in no passage with the other source
 * (seen != c->lookup) has its words in one of side y's: else no part
 * is to be found (aligned paragraphs have a shingle's words at least),
 * and the alignment is not run.  A line one site adds to every copy of a
 * story is in no passage, but in no paragraph either. */
static bool
part_maybe(const struct copies *c, const struct side *x,
    const struct side *y)
{
	size_t looked = 0;

	for (size_t i = 0; i < x->n; i++) {
		if (c->paras[x->para[i]].seen == c->lookup)
			continue;
		if (++looked > PART_LOOK)
			return true;
		for (size_t k = 0; k < y->n; k++)
			if (align_words_within(&x->set[i], &y->set[k]))
				return true;
	}
	return false;
}

void
copies_find_parts(struct copies *c, uint32_t sa, uint32_t sb,
    const struct copies_passage *p, size_t np)
{
	struct side a, b;
	double *sim;
	bool *in_place;

	c->lookup++;
	for (size_t i = 0; i < np; i++)
		c->paras[p[i].a].seen = c->paras[p[i].b].seen = c->lookup;
	side_init(c, c->first_para[sa], c->first_para[sa + 1], &a);
	side_init(c, c->first_para[sb], c->nparas, &b);
	if (part_maybe(c, &a, &b) || part_maybe(c, &b, &a)) {
		sim = xcalloc(b.n + 1, sizeof *sim);
		in_place = xcalloc(b.n + 1, sizeof *in_place);
		align_sets(a.set, a.n, b.set, b.n, sim, in_place);
		keep_wholes(c, &a, &b, true);
		keep_wholes(c, &b, &a, false);
		free(sim);
		free(in_place);
	}
	side_free(&a);
	side_free(&b);
}
