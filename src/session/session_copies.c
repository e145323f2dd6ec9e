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
