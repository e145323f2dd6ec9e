/* comparison.c - two versions aligned and compared word by word, with
 * the problems each row has on one side only. */
#include "config.h"

#include "session/comparison.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "view/debris.h"

/* The words of block k of d shown (h: what it hides), appended to l. */
static void
row_words(const struct doc *d, const struct hidden_list *h,
    const struct block *k, struct word_list *l, size_t *at, size_t *n)
{
	*at = l->n;
	if (k != NULL)
		block_words(d, k, h, l);
	*n = l->n - *at;
}

static void
compare_row(struct comparison *c, struct cmp_row *row)
{
	row_words(c->a, &c->ah, row->al.a, &c->aw, &row->aw, &row->naw);
	row_words(c->b, &c->bh, row->al.b, &c->bw, &row->bw, &row->nbw);
	row->run = c->runs.n;
	if (row->al.a != NULL && row->al.b != NULL)
		worddiff(c->a->text, c->aw.v + row->aw, row->naw, c->b->text,
		    c->bw.v + row->bw, row->nbw, &c->runs);
	row->nruns = c->runs.n - row->run;
}

/* Field fb of p when b, else fa: a row's words, or a run's, on side b
 * (else a). */
#define ON_SIDE(p, b, fa, fb) ((b) ? &(p)->fb : &(p)->fa)

/* The rows of a split (a's paragraph in b's parts) or a join, from row
 * i0: they share the whole. */
static size_t
group_end(const struct comparison *c, size_t i0)
{
	const struct align_row *r = &c->rows[i0].al;
	size_t i = i0 + 1;

	while (i < c->nrows && c->rows[i].al.op == r->op &&
	    (r->op == ALIGN_SPLIT ? c->rows[i].al.a == r->a :
	    c->rows[i].al.b == r->b))
		i++;
	return i;
}

/* The end of row r's words on the parts' side (b when pb), counted
 * from the group's first part, at word pat of that side's list. */
static size_t
part_end(struct comparison *c, size_t r, bool pb, size_t pat)
{
	return *ON_SIDE(&c->rows[r], pb, aw, bw) - pat +
	    *ON_SIDE(&c->rows[r], pb, naw, nbw);
}

/* Hands the runs of a group's whole against its parts one after the
 * other (all) to the rows of the parts (on side b when pb, from word
 * pat of that side's list), a run across parts cut at their border, a
 * deletion (an insertion, for a join) at a border going to the part
 * after it.  Word numbers stay the group's. */
static void
distribute_runs(struct comparison *c, size_t i0, size_t i1, bool pb,
    size_t pat, const struct wd_list *all)
{
	size_t r = i0;

	c->rows[r].run = c->runs.n;
	for (size_t k = 0; k < all->n; k++) {
		struct wd_run x = all->v[k], piece;
		size_t *lo = ON_SIDE(&x, pb, a0, b0), *olo = ON_SIDE(&x, !pb, a0, b0);
		size_t *hi = ON_SIDE(&piece, pb, a1, b1);
		size_t *ohi = ON_SIDE(&piece, !pb, a1, b1);

		for (;;) {
			size_t end = part_end(c, r, pb, pat);

			while (r + 1 < i1 && *lo >= end) {
				c->rows[++r].run = c->runs.n;
				end = part_end(c, r, pb, pat);
			}
			piece = x;
			c->rows[r].nruns++;
			if (*hi <= end || r + 1 == i1) {
				wd_append(&c->runs, &piece);
				break;
			}
			/* Cut at the border: an equal run on both sides. */
			if (x.kind == WD_EQUAL)
				*ohi = *olo + (end - *lo);
			*hi = end;
			wd_append(&c->runs, &piece);
			*lo = end;
			*olo = *ohi;
		}
	}
	for (r++; r < i1; r++)
		c->rows[r].run = c->runs.n;
}

/* Each part's row gets the stretch of the whole its runs cover (the
 * whole's words from wat on side !pb), and its runs are made the
 * row's. */
static void
slice_whole(struct comparison *c, size_t i0, size_t i1, bool pb, size_t pat,
    size_t wat)
{
	size_t end = 0;

	for (size_t i = i0; i < i1; i++) {
		struct cmp_row *row = &c->rows[i];
		struct wd_run *v = c->runs.v + row->run;
		size_t lo = row->nruns ? *ON_SIDE(&v[0], !pb, a0, b0) : end;
		size_t plo = *ON_SIDE(row, pb, aw, bw) - pat;

		if (row->nruns)
			end = *ON_SIDE(&v[row->nruns - 1], !pb, a1, b1);
		*ON_SIDE(row, !pb, aw, bw) = wat + lo;
		*ON_SIDE(row, !pb, naw, nbw) = end - lo;
		for (size_t k = 0; k < row->nruns; k++) {
			*ON_SIDE(&v[k], !pb, a0, b0) -= lo;
			*ON_SIDE(&v[k], !pb, a1, b1) -= lo;
			*ON_SIDE(&v[k], pb, a0, b0) -= plo;
			*ON_SIDE(&v[k], pb, a1, b1) -= plo;
		}
	}
}

/* Rows i0..i1 of a split (or a join): the whole compared with its parts
 * one after the other, so that a part shows only the words that
 * changed, and next to it the stretch of the whole it came from. */
static void
compare_group(struct comparison *c, size_t i0, size_t i1)
{
	bool pb = c->rows[i0].al.op == ALIGN_SPLIT;
	const struct block *whole = pb ? c->rows[i0].al.a : c->rows[i0].al.b;
	struct wd_list all = { NULL, 0, 0 };
	size_t wat, wn, pat, pn = 0;

	row_words(pb ? c->a : c->b, pb ? &c->ah : &c->bh, whole,
	    pb ? &c->aw : &c->bw, &wat, &wn);
	for (size_t i = i0; i < i1; i++) {
		struct cmp_row *row = &c->rows[i];
		size_t *n = ON_SIDE(row, pb, naw, nbw);

		row_words(pb ? c->b : c->a, pb ? &c->bh : &c->ah,
		    pb ? row->al.b : row->al.a, pb ? &c->bw : &c->aw,
		    ON_SIDE(row, pb, aw, bw), n);
		pn += *n;
	}
	pat = *ON_SIDE(&c->rows[i0], pb, aw, bw);
	if (pb)
		worddiff(c->a->text, c->aw.v + wat, wn, c->b->text,
		    c->bw.v + pat, pn, &all);
	else
		worddiff(c->a->text, c->aw.v + pat, pn, c->b->text,
		    c->bw.v + wat, wn, &all);
	distribute_runs(c, i0, i1, pb, pat, &all);
	slice_whole(c, i0, i1, pb, pat, wat);
	wd_free(&all);
}

/* Side b's (else a's) paragraph of row i. */
static const struct block *
side_block(const struct comparison *c, size_t i, bool b)
{
	return b ? c->rows[i].al.b : c->rows[i].al.a;
}

/* Where row i's stretch of paragraph k (side b, else a) begins: its
 * first word, or k's end when it has none left. */
static size_t
stretch_start(const struct comparison *c, size_t i, bool b,
    const struct block *k)
{
	const struct word_list *l = b ? &c->bw : &c->aw;
	size_t w = b ? c->rows[i].bw : c->rows[i].aw;

	if (w < l->n && l->v[w].bstart >= k->bstart && l->v[w].bstart < k->bend)
		return l->v[w].bstart;
	return k->bend;
}

/* Side b's (else a's) paragraph of row i, and in *b0, *b1 the row's
 * stretch of it (all of it but in a split or join); NULL when side b
 * has none. */
static const struct block *
row_span(const struct comparison *c, size_t i, bool b, size_t *b0,
    size_t *b1)
{
	const struct block *k = side_block(c, i, b);

	if (k == NULL)
		return NULL;
	*b0 = i > 0 && side_block(c, i - 1, b) == k ?
	    stretch_start(c, i, b, k) : k->bstart;
	*b1 = i + 1 < c->nrows && side_block(c, i + 1, b) == k ?
	    stretch_start(c, i + 1, b, k) : k->bend;
	return k;
}

/* Whether problem p of list l (of side b, else a) is in row i's
 * stretch and shown: not in what that side hides. */
static bool
in_row(const struct comparison *c, size_t i, bool b,
    const struct problem_list *l, size_t p)
{
	const struct problem *q = &l->v[p];
	size_t b0, b1;
	const struct block *k = row_span(c, i, b, &b0, &b1);

	return k != NULL && q->bstart >= b0 && q->bstart < b1 &&
	    q->bend <= k->bend && !hidden_covers(b ? c->b->text : c->a->text,
	    b ? &c->bh : &c->ah, q->bstart, q->bend);
}

/* The first problem of l (side b, else a) in row i's stretch, or l->n. */
static size_t
row_first(const struct comparison *c, size_t i, bool b,
    const struct problem_list *l, size_t *b1)
{
	size_t b0;

	if (row_span(c, i, b, &b0, b1) == NULL)
		return l->n;
	return problems_from(l, b0);
}

/* Whether row i on side b (else a; problems l) has a problem of text
 * t (n bytes). */
static bool
row_has(const struct comparison *c, size_t i, bool b,
    const struct problem_list *l, const char *t, size_t n)
{
	const char *text = b ? c->b->text : c->a->text;
	size_t b1;

	for (size_t p = row_first(c, i, b, l, &b1);
	    p < l->n && l->v[p].bstart < b1; p++)
		if (l->v[p].bend - l->v[p].bstart == n &&
		    memcmp(text + l->v[p].bstart, t, n) == 0 &&
		    in_row(c, i, b, l, p))
			return true;
	return false;
}

/* Marks the problems of side b (else a; list l) that, row by row, the
 * other side (list o) lacks: a problem of a row is introduced when the
 * row's counterpart has no problem of the same text, and all those of
 * a paragraph cut or added are.  A problem hidden (markup debris) is
 * none. */
static bool *
only_here(const struct comparison *c, bool b, const struct problem_list *l,
    const struct problem_list *o)
{
	const char *text = b ? c->b->text : c->a->text;
	bool *only = xcalloc(l->n ? l->n : 1, sizeof *only);

	for (size_t i = 0; i < c->nrows; i++) {
		size_t b1;

		for (size_t p = row_first(c, i, b, l, &b1);
		    p < l->n && l->v[p].bstart < b1; p++)
			if (in_row(c, i, b, l, p))
				only[p] = !row_has(c, i, !b, o,
				    text + l->v[p].bstart,
				    l->v[p].bend - l->v[p].bstart);
	}
	return only;
}

static void
compare_problems(struct comparison *c, const struct problem_list *pa,
    const struct problem_list *pb)
{
	if (pa == NULL || pb == NULL)
		return;
	c->a_only = only_here(c, false, pa, pb);
	c->b_only = only_here(c, true, pb, pa);
}

void
comparison_build(struct comparison *c, const struct doc *a,
    const struct doc *b, const struct problem_list *pa,
    const struct problem_list *pb, bool raw)
{
	memset(c, 0, sizeof *c);
	c->a = a;
	c->b = b;
	if (!raw) {
		debris_scan_doc(a, &c->ah);
		debris_scan_doc(b, &c->bh);
	}
	align_docs(a, &c->ah, b, &c->bh, &c->al);
	c->nrows = c->al.n;
	c->rows = xcalloc(c->nrows ? c->nrows : 1, sizeof *c->rows);
	for (size_t i = 0; i < c->nrows; i++)
		c->rows[i].al = c->al.rows[i];
	for (size_t i = 0; i < c->nrows;) {
		enum align_op op = c->rows[i].al.op;
		size_t end = i + 1;

		if (op == ALIGN_SPLIT || op == ALIGN_JOINED)
			compare_group(c, i, end = group_end(c, i));
		else
			compare_row(c, &c->rows[i]);
		i = end;
	}
	compare_problems(c, pa, pb);
	if (c->a_only != NULL) {
		c->pa = pa;
		c->pb = pb;
	}
}

void
comparison_free(struct comparison *c)
{
	alignment_free(&c->al);
	free(c->rows);
	words_free(&c->aw);
	words_free(&c->bw);
	wd_free(&c->runs);
	free(c->a_only);
	free(c->b_only);
	hidden_free(&c->ah);
	hidden_free(&c->bh);
	memset(c, 0, sizeof *c);
}

bool
comparison_differs(const struct comparison *c, size_t i)
{
	return c->rows[i].al.op != ALIGN_SAME;
}

size_t
comparison_introduced(const struct comparison *c, size_t i, bool b,
    size_t from)
{
	const struct problem_list *l = b ? c->pb : c->pa;
	const bool *only = b ? c->b_only : c->a_only;
	size_t p, b1;

	if (l == NULL || only == NULL)
		return SIZE_MAX;
	p = row_first(c, i, b, l, &b1);
	for (p = p > from ? p : from; p < l->n && l->v[p].bstart < b1; p++)
		if (only[p] && in_row(c, i, b, l, p))
			return p;
	return SIZE_MAX;
}
