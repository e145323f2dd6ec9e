/* copies_pairs.c - the shared passages to list: those matched, and the
 * pairs of a story's copies the band chains cut off (copies.h,
 * COPIES_MAX_CHAIN), those gap filling found, and the parts of
 * paragraphs split or joined. */
#include "config.h"

#include "copies/copies.h"
#include "copies/copies_int.h"

#include <stdlib.h>

#include "base/util.h"

/* A paragraph of a big union, sorted so that the copies of one story
 * come together. */
struct member {
	uint32_t root, group, para;
};

static int
cmp_members(const void *x, const void *y)
{
	const struct member *p = x, *q = y;

	if (p->root != q->root)
		return p->root < q->root ? -1 : 1;
	if (p->group != q->group)
		return p->group < q->group ? -1 : 1;
	return (p->para > q->para) - (p->para < q->para);
}

/* Whether the similarity of passage p is at least COPIES_SIMILAR, as
 * pairs_of_run decides it: the float the passage keeps settles it but
 * right at the threshold, where it is computed again. */
static bool
similar_enough(const struct copies *c, const struct copies_passage *p)
{
	if (p->similarity > COPIES_SIMILAR + 1e-6)
		return true;
	if (p->similarity < COPIES_SIMILAR - 1e-6)
		return false;
	return copies_similarity(c, p->a, p->b) >= COPIES_SIMILAR;
}

/* Whether a passage lies in a big union within one story group and is
 * similar enough to be listed again by pairs_of_run.  One found by gap
 * filling below COPIES_SIMILAR (copies.c, fill_gap) is not: it is kept
 * as matched; nor is a whole and a part in two unions (c->parts). */
static bool
redone(struct copies *c, const bool *big, const struct copies_passage *p)
{
	uint32_t sa = c->paras[p->a].source, sb = c->paras[p->b].source;
	uint32_t root = copies_para_union(c, p->a);

	return big[root] && root == copies_para_union(c, p->b) &&
	    copies_group(c, sa) == copies_group(c, sb) &&
	    similar_enough(c, p);
}

/* Every pair of the paragraphs m[0..n) (one union, one story group, in
 * paragraph order) from two sources that is similar enough. */
static void
pairs_of_run(const struct copies *c, const struct member *m, size_t n,
    struct passage_list *out)
{
	for (size_t i = 0; i < n; i++) {
		const struct copies_para *x = &c->paras[m[i].para];

		for (size_t j = i + 1; j < n; j++) {
			const struct copies_para *y = &c->paras[m[j].para];
			double sim;

			if (x->source == y->source)
				continue;
			sim = copies_similarity(c, m[i].para, m[j].para);
			if (sim >= COPIES_SIMILAR)
				copies_push_passage(out, (struct copies_passage){
				    m[i].para, m[j].para, (float)sim });
		}
	}
}

static int
cmp_in_text_order(const void *x, const void *y, void *arg)
{
	const struct copies_passage *p = x, *q = y;
	const struct copies *c = arg;
	size_t pa = c->paras[p->a].source, qa = c->paras[q->a].source;
	size_t pb = c->paras[p->b].source, qb = c->paras[q->b].source;

	if (pa != qa)
		return pa < qa ? -1 : 1;
	if (pb != qb)
		return pb < qb ? -1 : 1;
	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	return (p->b > q->b) - (p->b < q->b);
}

struct copies_passage *
copies_passages_complete(struct copies *c, size_t *n)
{
	uint32_t *size = xcalloc(c->nparas ? c->nparas : 1, sizeof *size);
	bool *big = xcalloc(c->nparas ? c->nparas : 1, sizeof *big);
	struct passage_list out = { NULL, 0, 0 };
	struct member *m = NULL;
	size_t nm = 0;

	for (uint32_t p = 0; p < c->nparas; p++)
		size[copies_para_union(c, p)]++;
	for (uint32_t p = 0; p < c->nparas; p++) {
		big[p] = size[p] > COPIES_MAX_CHAIN;
		nm += size[p] > COPIES_MAX_CHAIN ? size[p] : 0;
	}
	for (size_t i = 0; i < c->npassages; i++)
		if (!redone(c, big, &c->passages[i]))
			copies_push_passage(&out, c->passages[i]);
	for (size_t i = 0; i < c->parts.n; i++)
		if (!redone(c, big, &c->parts.v[i]))
			copies_push_passage(&out, c->parts.v[i]);
	if (nm > 0) {
		m = xreallocarray(NULL, nm, sizeof *m);
		nm = 0;
		for (uint32_t p = 0; p < c->nparas; p++) {
			uint32_t root = copies_para_union(c, p);

			if (big[root])
				m[nm++] = (struct member){ root,
				    (uint32_t)copies_group(c, c->paras[p].source),
				    p };
		}
		qsort(m, nm, sizeof *m, cmp_members);
	}
	for (size_t i = 0, j; i < nm; i = j) {
		for (j = i; j < nm && m[j].root == m[i].root &&
		    m[j].group == m[i].group; j++)
			;
		pairs_of_run(c, m + i, j - i, &out);
	}
	free(m);
	free(big);
	free(size);
	/* Listed pair of files by pair of files, in text order: as
	 * found, a pair's passages came in the order the matching met
	 * them (a list's lines after the paragraphs around them). */
	if (out.n > 1)	/* out.v is NULL when there are none */
		qsort_r(out.v, out.n, sizeof *out.v, cmp_in_text_order, c);
	*n = out.n;
	return out.v;
}
