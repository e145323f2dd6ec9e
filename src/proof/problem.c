/* problem.c - what proofreading finds, and lists of it. */
#include "config.h"

#include "proof/problem.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

static const char *const kind_names[PROBLEM_KIND_COUNT] = {
	[PROBLEM_SPELLING] = "spelling",
	[PROBLEM_CASING] = "casing",
	[PROBLEM_SPLIT] = "split",
	[PROBLEM_MARKUP] = "markup",
	[PROBLEM_MOJIBAKE] = "mojibake",
	[PROBLEM_SPACING] = "spacing",
	[PROBLEM_REPEAT] = "repeat",
	[PROBLEM_CONSISTENCY] = "consistency",
};

const char *
problem_kind_name(enum problem_kind kind)
{
	return (unsigned)kind < PROBLEM_KIND_COUNT ? kind_names[kind] : "?";
}

int
problem_kind_from_name(const char *name)
{
	for (int i = 0; i < PROBLEM_KIND_COUNT; i++)
		if (strcmp(kind_names[i], name) == 0)
			return i;
	return -1;
}

bool
problem_takes_word(enum problem_kind kind)
{
	return kind == PROBLEM_SPELLING || kind == PROBLEM_CASING ||
	    kind == PROBLEM_SPLIT;
}

struct problem *
problems_add(struct problem_list *l, size_t bstart, size_t bend,
    enum problem_kind kind, const char *fix)
{
	struct problem *p;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	p = &l->v[l->n++];
	p->bstart = bstart;
	p->bend = bend;
	p->start = p->end = 0;
	p->kind = kind;
	p->fix = fix ? xstrdup(fix) : NULL;
	return p;
}

static int
compare_problems(const void *a, const void *b)
{
	const struct problem *x = a, *y = b;

	if (x->bstart != y->bstart)
		return x->bstart < y->bstart ? -1 : 1;
	if (x->bend != y->bend)
		return x->bend > y->bend ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

void
problems_sort(struct problem_list *l)
{
	size_t out = 0, reach = 0;

	if (l->n == 0)
		return;
	qsort(l->v, l->n, sizeof *l->v, compare_problems);
	for (size_t i = 0; i < l->n; i++) {
		struct problem *p = &l->v[i];
		bool dup = out > 0 && p->bstart == l->v[out - 1].bstart &&
		    p->bend == l->v[out - 1].bend;

		if (dup || p->bend <= reach) {
			free(p->fix);
			continue;
		}
		if ((p->kind == PROBLEM_MARKUP || p->kind == PROBLEM_MOJIBAKE) &&
		    p->bend > reach)
			reach = p->bend;
		l->v[out++] = *p;
	}
	l->n = out;
}

size_t
problems_from(const struct problem_list *l, size_t bstart)
{
	size_t lo = 0, hi = l->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (l->v[mid].bstart < bstart)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
problems_clear(struct problem_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].fix);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
