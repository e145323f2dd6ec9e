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
	free(s->union_first);
	free(s->union_member);
	s->union_first = s->union_member = NULL;
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

/* f's paragraphs that other sources carry too, with how many carry each
 * (copies_carriers: right however many copies there are). */
struct shared_para *
session_shared_paras(struct session *s, size_t f, size_t *n)
{
	struct copies *c = session_copies(s);
	uint32_t *paras = NULL, *others;
	struct shared_para *out = NULL;
	size_t np = 0, cap = 0;

	*n = 0;
	/* Paragraphs are numbered in the order they were added: a
	 * source's in text order. */
	for (uint32_t p = 0; p < c->nparas; p++)
		if (c->paras[p].source == f) {
			if (np == cap) {
				cap = cap ? 2 * cap : 16;
				paras = xreallocarray(paras, cap, sizeof *paras);
			}
			paras[np++] = p;
		}
	if (np == 0)
		return NULL;
	others = xcalloc(np, sizeof *others);
	copies_carriers(c, paras, np, others);
	for (size_t i = 0; i < np; i++) {
		const struct copies_para *p = &c->paras[paras[i]];

		if (others[i] == 0)
			continue;
		if (out == NULL)
			out = xreallocarray(NULL, np, sizeof *out);
		out[(*n)++] = (struct shared_para){ p->start, p->end,
		    others[i] };
	}
	free(others);
	free(paras);
	return out;
}
