/* comparison.c - two versions aligned and compared word by word, with
 * the problems only one of them has. */
#include "config.h"

#include "session/comparison.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

static void
row_words(const struct doc *d, const struct block *k, struct word_list *l,
    size_t *at, size_t *n)
{
	*at = l->n;
	if (k != NULL)
		words_split(d->text, k->bstart, k->bend, k->start, l);
	*n = l->n - *at;
}

static void
compare_row(struct comparison *c, struct cmp_row *row)
{
	row_words(c->a, row->al.a, &c->aw, &row->aw, &row->naw);
	row_words(c->b, row->al.b, &c->bw, &row->bw, &row->nbw);
	row->run = c->runs.n;
	if (row->al.a != NULL && row->al.b != NULL)
		worddiff(c->a->text, c->aw.v + row->aw, row->naw, c->b->text,
		    c->bw.v + row->bw, row->nbw, &c->runs);
	row->nruns = c->runs.n - row->run;
}

static int
cmp_text(const void *x, const void *y)
{
	const char *const *p = x, *const *q = y;

	return strcmp(*p, *q);
}

/* The texts of the problems of l, sorted, as new strings. */
static char **
problem_texts(const struct doc *d, const struct problem_list *l)
{
	char **v = xreallocarray(NULL, l->n ? l->n : 1, sizeof *v);

	for (size_t i = 0; i < l->n; i++)
		v[i] = xstrndup(d->text + l->v[i].bstart,
		    l->v[i].bend - l->v[i].bstart);
	if (l->n > 1)
		qsort(v, l->n, sizeof *v, cmp_text);
	return v;
}

static void
free_texts(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Marks the problems of version d (list l) whose text the other version
 * (problem texts other[0..n)) has no problem with. */
static bool *
only_here(const struct doc *d, const struct problem_list *l,
    char **other, size_t n)
{
	bool *only = xcalloc(l->n ? l->n : 1, sizeof *only);

	for (size_t i = 0; i < l->n; i++) {
		char *t = xstrndup(d->text + l->v[i].bstart,
		    l->v[i].bend - l->v[i].bstart);

		only[i] = n == 0 ||
		    bsearch(&t, other, n, sizeof *other, cmp_text) == NULL;
		free(t);
	}
	return only;
}

static void
compare_problems(struct comparison *c, const struct problem_list *pa,
    const struct problem_list *pb)
{
	char **ta, **tb;

	if (pa == NULL || pb == NULL)
		return;
	ta = problem_texts(c->a, pa);
	tb = problem_texts(c->b, pb);
	c->a_only = only_here(c->a, pa, tb, pb->n);
	c->b_only = only_here(c->b, pb, ta, pa->n);
	free_texts(ta, pa->n);
	free_texts(tb, pb->n);
}

void
comparison_build(struct comparison *c, const struct doc *a,
    const struct doc *b, const struct problem_list *pa,
    const struct problem_list *pb)
{
	memset(c, 0, sizeof *c);
	c->a = a;
	c->b = b;
	align_docs(a, b, &c->al);
	c->nrows = c->al.n;
	c->rows = xcalloc(c->nrows ? c->nrows : 1, sizeof *c->rows);
	for (size_t i = 0; i < c->nrows; i++) {
		c->rows[i].al = c->al.rows[i];
		compare_row(c, &c->rows[i]);
	}
	compare_problems(c, pa, pb);
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
	memset(c, 0, sizeof *c);
}

bool
comparison_differs(const struct comparison *c, size_t i)
{
	return c->rows[i].al.op != ALIGN_SAME;
}
