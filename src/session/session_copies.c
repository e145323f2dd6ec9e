/* session_copies.c - syndicated copy over a session's load: the story
 * groups of the documents loaded so far, for the reader's compare view
 * (and, in time, its grouped list and gutter marks). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "base/util.h"
#include "copies/copies.h"
#include "session/session.h"

void
session_copies_free(struct session *s)
{
	if (s->copies != NULL)
		copies_free(s->copies);
	free(s->copies);
	s->copies = NULL;
}

/* Sources are numbered as they are added: every document is added, in
 * load order, those not loaded (or that failed) as sharing nothing. */
struct copies *
session_copies(struct session *s)
{
	if (s->copies != NULL && s->copies_loaded == s->nloaded &&
	    s->copies_crossed == s->crossed)
		return s->copies;
	session_copies_free(s);
	s->copies = xmalloc(sizeof *s->copies);
	copies_init(s->copies);
	for (size_t i = 0; i < s->load.n; i++)
		copies_add(s->copies, s->docs[i].loaded ? s->load.docs[i] :
		    NULL);
	s->copies_loaded = s->nloaded;
	s->copies_crossed = s->crossed;
	return s->copies;
}

size_t
session_next_version(struct session *s, size_t f, size_t after)
{
	struct copies *c = session_copies(s);
	size_t n = s->load.n, g = copies_group(c, f);
	size_t from = after == SIZE_MAX ? 0 : after + 1;

	for (size_t k = 0; k < n; k++) {
		size_t j = (from + k) % n;

		if (j != f && copies_group(c, j) == g)
			return j;
	}
	return SIZE_MAX;
}

/* Pairs (paragraph of f, other source), gathered from the passages. */
struct para_source {
	uint32_t para, source;
};

static int
cmp_para_source(const void *x, const void *y)
{
	const struct para_source *p = x, *q = y;

	if (p->para != q->para)
		return p->para < q->para ? -1 : 1;
	return p->source < q->source ? -1 : p->source > q->source;
}

struct shared_para *
session_shared_paras(struct session *s, size_t f, size_t *n)
{
	struct copies *c = session_copies(s);
	struct para_source *v = NULL;
	struct shared_para *out = NULL;
	size_t nv = 0, cap = 0;

	*n = 0;
	for (size_t i = 0; i < c->npassages; i++) {
		uint32_t pa = c->passages[i].a, pb = c->passages[i].b;
		uint32_t sa = c->paras[pa].source, sb = c->paras[pb].source;

		if (sa != f && sb != f)
			continue;
		if (sa == sb)
			continue;
		if (nv == cap) {
			cap = cap ? 2 * cap : 16;
			v = xreallocarray(v, cap, sizeof *v);
		}
		v[nv++] = sa == f ? (struct para_source){ pa, sb } :
		    (struct para_source){ pb, sa };
	}
	if (nv == 0)
		return NULL;
	/* Paragraphs are numbered in the order they were added: a
	 * source's in text order. */
	qsort(v, nv, sizeof *v, cmp_para_source);
	out = xreallocarray(NULL, nv, sizeof *out);
	for (size_t i = 0; i < nv; i++) {
		const struct copies_para *p = &c->paras[v[i].para];

		if (i > 0 && v[i].para == v[i - 1].para) {
			if (v[i].source != v[i - 1].source)
				out[*n - 1].others++;
			continue;
		}
		out[(*n)++] = (struct shared_para){ p->start, p->end, 1 };
	}
	free(v);
	return out;
}
