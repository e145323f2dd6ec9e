/* session_travel.c - the annotations of other versions of a document's
 * shared paragraphs, in the document (travel.h). */
#include "config.h"

#include "session/travel.h"

#include <stdint.h>
#include <stdlib.h>

#include "anno/anchor.h"
#include "base/util.h"
#include "copies/copies.h"
#include "copies/travel_map.h"

struct travel_list {
	struct travelled *v;
	size_t n, cap;
};

static void
push_travelled(struct travel_list *l, struct travelled t)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = t;
}

/* The block of d that paragraph p was sketched from. */
static const struct block *
para_block(const struct doc *d, const struct copies_para *p)
{
	for (size_t i = 0; i < d->nblocks; i++)
		if (d->blocks[i].start == p->start && d->blocks[i].end == p->end)
			return &d->blocks[i];
	return NULL;
}

/* Groups the paragraphs of c by union (a counting sort on the root, so
 * that each union's are in order), once per build of c: every document's
 * travelled annotations then cost its shared paragraphs' unions, not a
 * pass over the whole load. */
static void
index_unions(struct session *s, struct copies *c)
{
	size_t n = c->nparas;
	uint32_t *root = xcalloc(n ? n : 1, sizeof *root);

	s->union_first = xcalloc(n + 1, sizeof *s->union_first);
	s->union_member = xcalloc(n ? n : 1, sizeof *s->union_member);
	for (uint32_t p = 0; p < n; p++) {
		root[p] = copies_para_union(c, p);
		s->union_first[root[p] + 1]++;
	}
	for (size_t r = 0; r < n; r++)
		s->union_first[r + 1] += s->union_first[r];
	for (uint32_t p = 0; p < n; p++)
		s->union_member[s->union_first[root[p]]++] = p;
	/* Each start moved to the next one's: shift them back. */
	for (size_t r = n; r > 0; r--)
		s->union_first[r] = s->union_first[r - 1];
	s->union_first[0] = 0;
	free(root);
}

/* The first of f's paragraphs: they are consecutive, as copies_add
 * sketches one source at a time, in order. */
static uint32_t
first_para_of(const struct copies *c, size_t f)
{
	size_t lo = 0, hi = c->nparas;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->paras[mid].source < f)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (uint32_t)lo;
}

/* Source o's annotation set, opened and anchored in its text (once per
 * session_travelled: anchored[o]); NULL when it has none. */
static struct anno_set *
anchored_annos(struct session *s, size_t o, bool *anchored)
{
	struct anno_set *set;

	if (!s->docs[o].loaded || s->load.docs[o] == NULL)
		return NULL;
	set = session_annos(s, o);
	if (set == NULL || set->n == 0)
		return NULL;
	if (!anchored[o])
		anchor_set(set, s->load.docs[o]);
	anchored[o] = true;
	return set;
}

/* Maps the annotations of p's source that lie inside p onto q, f's
 * copy of it. */
static void
travel_para(struct session *s, size_t f, const struct copies_para *p,
    const struct copies_para *q, bool *anchored, struct travel_list *out)
{
	struct anno_set *set = anchored_annos(s, p->source, anchored);
	struct anno_set *own = session_annos(s, f);
	struct doc *a = s->load.docs[p->source], *b = s->load.docs[f];
	const struct block *pa, *pb;

	if (set == NULL || (pa = para_block(a, p)) == NULL ||
	    (pb = para_block(b, q)) == NULL)
		return;
	for (size_t i = 0; i < set->n; i++) {
		const struct anno *x = set->items[i];
		size_t start, end;

		if (x->reply_to != NULL || x->state == ANNO_ORPHAN ||
		    x->cur_start < p->start || x->cur_end > p->end ||
		    x->cur_end <= x->cur_start)
			continue;
		if (own != NULL && anno_set_find(own, x->id) != NULL)
			continue;
		if (travel_map(a, pa, x->cur_start, x->cur_end, b, pb, &start,
		    &end))
			push_travelled(out, (struct travelled){ start, end,
			    p->source, x });
	}
}

/* The annotations on paragraphs that f split or joined, or that another
 * source split or joined f's (c->parts), on the words the two share.
 * A union already joins the two of such a pair that later passages
 * met: those travelled with it.  (The pairs are few: a pass over them
 * all.) */
static void
travel_parts(struct session *s, struct copies *c, size_t f, bool *anchored,
    struct travel_list *out)
{
	for (size_t i = 0; i < c->parts.n; i++) {
		uint32_t x = c->parts.v[i].a, y = c->parts.v[i].b;

		if (copies_para_union(c, x) == copies_para_union(c, y))
			continue;
		if (c->paras[x].source == f)
			travel_para(s, f, &c->paras[y], &c->paras[x], anchored,
			    out);
		else if (c->paras[y].source == f)
			travel_para(s, f, &c->paras[x], &c->paras[y], anchored,
			    out);
	}
}

static int
cmp_travelled(const void *x, const void *y)
{
	const struct travelled *p = x, *q = y;

	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	if (p->source != q->source)
		return p->source < q->source ? -1 : 1;
	return (p->end > q->end) - (p->end < q->end);
}

struct travelled *
session_travelled(struct session *s, size_t f, size_t *n)
{
	struct copies *c;
	struct travel_list out = { NULL, 0, 0 };
	bool *anchored;

	*n = 0;
	if (f >= s->load.n || s->load.docs[f] == NULL)
		return NULL;
	c = session_copies(s);
	if (s->union_first == NULL)
		index_unions(s, c);
	anchored = xcalloc(s->load.n, sizeof *anchored);
	for (uint32_t q = first_para_of(c, f); q < c->nparas &&
	    c->paras[q].source == f; q++) {
		uint32_t r = copies_para_union(c, q);
		const uint32_t *m = s->union_member + s->union_first[r];
		size_t k, nm = s->union_first[r + 1] - s->union_first[r];

		/* f's first paragraph of the union takes its annotations
		 * (a paragraph f repeats gets them once). */
		for (k = 0; k < nm && c->paras[m[k]].source != f; k++)
			continue;
		if (k == nm || m[k] != q)
			continue;
		for (k = 0; k < nm; k++)
			if (c->paras[m[k]].source != f)
				travel_para(s, f, &c->paras[m[k]], &c->paras[q],
				    anchored, &out);
	}
	travel_parts(s, c, f, anchored, &out);
	free(anchored);
	if (out.n > 1)
		qsort(out.v, out.n, sizeof *out.v, cmp_travelled);
	*n = out.n;
	return out.v;
}
