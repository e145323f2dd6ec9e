/* align.c - paragraph alignment of two versions: best matches first,
 * then a longest increasing subsequence for what stayed in place, then
 * split and joined paragraphs (align_parts.c). */
#include "config.h"

#include "copies/align.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "base/util.h"
#include "copies/align_int.h"
#include "copies/shingle_index.h"
#include "copies/sketch.h"
#include "copies/worddiff.h"

struct pair {
	double similarity;
	size_t a, b;
};

/* The paragraphs of a version: its kept blocks, less the text h hides
 * (a block hidden whole left out). */
static size_t
para_sets(const struct doc *d, const struct hidden_list *h,
    struct para_set **out)
{
	size_t n = 0;

	*out = xcalloc(d->nblocks ? d->nblocks : 1, sizeof **out);
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *k = &d->blocks[i];
		struct para_set *p = &(*out)[n];
		struct u32_list words = { NULL, 0, 0 };
		struct shown_parts it;

		if (!k->keep || hidden_covers(d->text, h, k->bstart, k->bend))
			continue;
		hidden_shown_init(&it, h, k->bstart, k->bend, k->start, k->end);
		while (hidden_next_shown(&it))
			sketch_words(d->text, it.part.bstart, it.part.bend,
			    &words);
		p->block = k;
		p->headline = k->kind == BLOCK_TITLE || k->kind == BLOCK_HEADING;
		p->words = words.v;
		p->nwords = words.n;
		p->shingles = xmalloc((words.n ? words.n : 1) * sizeof *p->shingles);
		p->n = sketch_shingles(words.v, words.n, p->shingles);
		p->match = p->part_of = -1;
		n++;
	}
	return n;
}

static void
free_sets(struct para_set *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(s[i].words);
		free(s[i].shingles);
	}
	free(s);
}

static int
cmp_pairs(const void *x, const void *y)
{
	const struct pair *p = x, *q = y;

	if (p->similarity != q->similarity)
		return p->similarity > q->similarity ? -1 : 1;
	if (p->b != q->b)
		return p->b < q->b ? -1 : 1;
	return (p->a > q->a) - (p->a < q->a);
}

/* The pairs of paragraphs similar enough to match, as they are found. */
struct matcher {
	const struct para_set *a, *b;
	size_t na, nb;
	struct shingle_index index;	/* a's shingles */
	size_t *seen;		/* seen[i] == j: a[i] looked at for b[j] */
	struct pair *pairs;
	size_t n, cap;
};

static void
add_pair(struct matcher *m, double s, size_t i, size_t j)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 64;
		m->pairs = xreallocarray(m->pairs, m->cap, sizeof *m->pairs);
	}
	m->pairs[m->n++] = (struct pair){ s, i, j };
}

/* Adds the pairs of b[j] with the paragraphs of a it shares a shingle
 * with whose similarity is ALIGN_SIMILAR or more. */
static void
pairs_of(struct matcher *m, size_t j)
{
	const struct para_set *pb = &m->b[j];
	/* Where b[j] would be in a if the versions ran alike: a shingle of
	 * very many paragraphs gives those nearest there. */
	size_t near = (size_t)((double)j * (double)m->na / (double)m->nb);

	for (size_t k = 0; k < pb->n; k++) {
		size_t from, to;

		shingle_index_near(&m->index, pb->shingles[k], near,
		    ALIGN_CANDIDATES, &from, &to);
		for (size_t e = from; e < to; e++) {
			size_t i = m->index.v[e].para;
			double s;

			if (m->seen[i] == j)
				continue;
			m->seen[i] = j;
			s = sketch_jaccard(m->a[i].shingles, m->a[i].n,
			    pb->shingles, pb->n);
			if (s >= ALIGN_SIMILAR)
				add_pair(m, s, i, j);
		}
	}
}

/* Matches paragraphs one to one, the most similar pairs first (ties: by
 * position, so that the result is deterministic).  Only pairs that share
 * a shingle can be similar: they come from an index of a's shingles, not
 * from every pair (quadratic in time and memory on long versions). */
static void
match_paragraphs(struct para_set *a, size_t na, struct para_set *b,
    size_t nb, double *sim_of_b)
{
	struct matcher m = { a, b, na, nb, { NULL, 0, 0 }, NULL, NULL, 0, 0 };
	struct pair *pairs;
	size_t n;

	m.seen = xmalloc((na ? na : 1) * sizeof *m.seen);
	shingle_index_init(&m.index);
	for (size_t i = 0; i < na; i++) {
		m.seen[i] = SIZE_MAX;
		for (size_t k = 0; k < a[i].n; k++)
			shingle_index_add(&m.index, a[i].shingles[k], i);
	}
	shingle_index_sort(&m.index);
	for (size_t j = 0; j < nb; j++)
		pairs_of(&m, j);
	shingle_index_free(&m.index);
	free(m.seen);
	pairs = m.pairs;
	n = m.n;
	if (n > 0)
		qsort(pairs, n, sizeof *pairs, cmp_pairs);
	for (size_t k = 0; k < n; k++) {
		struct pair *p = &pairs[k];

		if (a[p->a].match >= 0 || b[p->b].match >= 0)
			continue;
		a[p->a].match = (long)p->b;
		b[p->b].match = (long)p->a;
		sim_of_b[p->b] = p->similarity;
	}
	free(pairs);
}

/* A run of matched pairs in a's order, ending at b's paragraph last:
 * how many, and how far they are from their places in a (the sum of
 * |j - a's index|). */
struct chain {
	size_t len, shift, last;	/* last: SIZE_MAX for none */
};

/* Longer first; of two as long, the one whose pairs moved least. */
static bool
chain_better(const struct chain *x, const struct chain *y)
{
	return x->len != y->len ? x->len > y->len : x->shift < y->shift;
}

/* The best chain ending at one of a's paragraphs 0..k-1 (a Fenwick tree
 * of prefix maxima over a's positions, 1-based). */
static struct chain
best_before(const struct chain *tree, size_t k)
{
	struct chain best = { 0, 0, SIZE_MAX };

	for (; k > 0; k &= k - 1)
		if (chain_better(&tree[k], &best))
			best = tree[k];
	return best;
}

static void
offer_chain(struct chain *tree, size_t n, size_t k, const struct chain *c)
{
	for (; k <= n; k += k & -k)
		if (!chain_better(&tree[k], c))
			tree[k] = *c;
}

/* Marks in_place[j] for the matched paragraphs of b whose partners in a
 * keep a's order: a longest such run, so that the fewest count as moved
 * (O(n log n)).  Of runs as long, the one whose pairs are nearest their
 * places: when two paragraphs swap round a third, the third stays in
 * place and the two moved, not it and one of them. */
static void
longest_in_order(const struct para_set *b, size_t nb, size_t na,
    bool *in_place)
{
	struct chain *tree = xcalloc(na + 1, sizeof *tree);
	size_t *prev = xmalloc((nb + 1) * sizeof *prev);
	struct chain best = { 0, 0, SIZE_MAX };

	for (size_t k = 0; k <= na; k++)
		tree[k].last = SIZE_MAX;
	for (size_t j = 0; j < nb; j++) {
		size_t m = (size_t)b[j].match;
		struct chain c;

		in_place[j] = false;
		if (b[j].match < 0)
			continue;
		c = best_before(tree, m);
		prev[j] = c.last;
		c.len++;
		c.shift += j > m ? j - m : m - j;
		c.last = j;
		offer_chain(tree, na, m + 1, &c);
		if (!chain_better(&best, &c))	/* as good: the later */
			best = c;
	}
	for (size_t j = best.last; j != SIZE_MAX; j = prev[j])
		in_place[j] = true;
	free(tree);
	free(prev);
}

static void
add_row(struct alignment *al, enum align_op op, const struct block *a,
    const struct block *b, double similarity, bool changed)
{
	if (al->n == al->cap) {
		al->cap = al->cap ? 2 * al->cap : 32;
		al->rows = xreallocarray(al->rows, al->cap, sizeof *al->rows);
	}
	al->rows[al->n++] = (struct align_row){ op, a, b, similarity,
	    changed };
}

/* The two versions as they are written out as rows. */
struct emitter {
	const struct doc *da, *db;
	const struct hidden_list *ha, *hb;	/* what each hides */
	struct para_set *a, *b;
	size_t na, nb;
	size_t next_a;		/* a's paragraphs before it are placed */
	struct alignment *al;
};

/* Emits the cut paragraphs of a up to (not including) index upto: those
 * matched by nothing, neither split nor parts of a join. */
static void
flush_cut(struct emitter *e, size_t upto)
{
	for (; e->next_a < upto; e->next_a++) {
		const struct para_set *p = &e->a[e->next_a];

		if (p->match < 0 && p->part_of < 0 && !p->whole)
			add_row(e->al, ALIGN_CUT, p->block, NULL, 0, true);
	}
	if (e->next_a < upto + 1)
		e->next_a = upto + 1;
}

/* Whether the words of a (of da, less what ha hides) and b are the same
 * (their spacing aside). */
static bool
same_text(const struct doc *da, const struct hidden_list *ha,
    const struct block *a, const struct doc *db, const struct hidden_list *hb,
    const struct block *b)
{
	struct word_list wa = { NULL, 0, 0 }, wb = { NULL, 0, 0 };
	bool same;

	block_words(da, a, ha, &wa);
	block_words(db, b, hb, &wb);
	same = word_lists_same(da->text, &wa, db->text, &wb);
	words_free(&wa);
	words_free(&wb);
	return same;
}

/* Whether the words of parts[from..to] (of pd, less what ph hides), one
 * after the other, differ from those of whole (of wd, less wh). */
static bool
parts_differ(const struct doc *wd, const struct hidden_list *wh,
    const struct block *whole, const struct doc *pd,
    const struct hidden_list *ph, const struct para_set *parts, size_t from,
    size_t to)
{
	struct word_list w = { NULL, 0, 0 }, p = { NULL, 0, 0 };
	bool differ;

	block_words(wd, whole, wh, &w);
	for (size_t k = from; k <= to; k++)
		block_words(pd, parts[k].block, ph, &p);
	differ = !word_lists_same(wd->text, &w, pd->text, &p);
	words_free(&w);
	words_free(&p);
	return differ;
}

static double
para_similarity(const struct para_set *x, const struct para_set *y)
{
	return sketch_jaccard(x->shingles, x->n, y->shingles, y->n);
}

/* The row of b[j] as a part of a split paragraph of a. */
static void
add_split_row(struct emitter *e, size_t j, size_t i)
{
	const struct para_set *w = &e->a[i];

	flush_cut(e, i);
	add_row(e->al, ALIGN_SPLIT, w->block, e->b[j].block,
	    para_similarity(w, &e->b[j]), parts_differ(e->da, e->ha, w->block,
	    e->db, e->hb, e->b, w->from, w->to));
}

/* The rows of b[j], the paragraph joined: one per part of a. */
static void
add_joined_rows(struct emitter *e, size_t j)
{
	const struct para_set *w = &e->b[j];
	bool changed = parts_differ(e->db, e->hb, w->block, e->da, e->ha,
	    e->a, w->from, w->to);

	flush_cut(e, w->from);
	for (size_t i = w->from; i <= w->to; i++)
		add_row(e->al, ALIGN_JOINED, e->a[i].block, w->block,
		    para_similarity(&e->a[i], w), changed);
	flush_cut(e, w->to);
}

static void
add_rows_of(struct emitter *e, size_t j, const double *sim,
    const bool *in_place)
{
	const struct para_set *pb = &e->b[j];
	const struct block *pa;
	bool same;

	if (pb->part_of >= 0 || (pb->match >= 0 && in_place[j] &&
	    e->a[pb->match].whole)) {
		add_split_row(e, j, (size_t)(pb->part_of >= 0 ? pb->part_of :
		    pb->match));
		return;
	}
	if (pb->whole) {
		add_joined_rows(e, j);
		return;
	}
	if (pb->match < 0) {
		add_row(e->al, ALIGN_ADDED, NULL, pb->block, 0, true);
		return;
	}
	pa = e->a[pb->match].block;
	same = same_text(e->da, e->ha, pa, e->db, e->hb, pb->block);
	if (!in_place[j]) {
		add_row(e->al, ALIGN_MOVED, pa, pb->block, sim[j], !same);
		return;
	}
	flush_cut(e, (size_t)pb->match);
	add_row(e->al, same ? ALIGN_SAME : ALIGN_CHANGED, pa, pb->block, sim[j],
	    !same);
}

/* The paragraphs split or joined: of a, into b's neighbours of their
 * match; then of b, joined from a's. */
static void
find_parts(struct para_set *a, size_t na, struct para_set *b, size_t nb,
    const bool *in_place)
{
	bool *a_in_place = xcalloc(na + 1, sizeof *a_in_place);
	struct part_sides split = { b, a, nb, na, in_place };
	struct part_sides join = { a, b, na, nb, a_in_place };

	for (size_t j = 0; j < nb; j++)
		if (b[j].match >= 0 && in_place[j])
			a_in_place[b[j].match] = true;
	align_find_parts(&split);
	align_find_parts(&join);
	free(a_in_place);
}

void
align_sets(struct para_set *a, size_t na, struct para_set *b, size_t nb,
    double *sim, bool *in_place)
{
	match_paragraphs(a, na, b, nb, sim);
	longest_in_order(b, nb, na, in_place);
	find_parts(a, na, b, nb, in_place);
}

void
align_docs(const struct doc *da, const struct hidden_list *ha,
    const struct doc *db, const struct hidden_list *hb, struct alignment *al)
{
	struct emitter e = { da, db, ha, hb, NULL, NULL, 0, 0, 0, al };
	double *sim;
	bool *in_place;

	e.na = para_sets(da, ha, &e.a);
	e.nb = para_sets(db, hb, &e.b);
	sim = xcalloc(e.nb + 1, sizeof *sim);
	in_place = xcalloc(e.nb + 1, sizeof *in_place);
	align_sets(e.a, e.na, e.b, e.nb, sim, in_place);
	for (size_t j = 0; j < e.nb; j++)
		add_rows_of(&e, j, sim, in_place);
	flush_cut(&e, e.na);
	free(sim);
	free(in_place);
	free_sets(e.a, e.na);
	free_sets(e.b, e.nb);
}

void
alignment_free(struct alignment *al)
{
	free(al->rows);
	al->rows = NULL;
	al->n = al->cap = 0;
}

const char *
align_op_name(enum align_op op)
{
	static const char *const names[] = { "same", "changed", "moved",
	    "cut", "added", "split", "joined" };

	return names[op];
}
