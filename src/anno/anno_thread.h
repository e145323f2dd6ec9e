/* anno_thread.h - who answers whom in an annotation set, built once.
 *
 * A reply names what it answers by id.  Walking threads by searching the
 * set for each reply is quadratic, which a sidecar of many thousand
 * annotations makes visible (the annotations view, exports); this index
 * is built in one pass with a hash of the ids and walked in linear
 * time. */
#ifndef GALLEY_ANNO_THREAD_H
#define GALLEY_ANNO_THREAD_H

#include <stddef.h>

#include "anno/anno.h"

#define ANNO_NONE ((size_t)-1)

struct anno_threads {
	size_t n;
	/* parent[i]: the index items[i] answers; ANNO_NONE for an
	 * annotation that is no reply, or a reply whose annotation is not
	 * in the set (gone[i] says which). */
	size_t *parent;
	bool *gone;
	/* The replies to items[i], in set order: first_reply[i], then
	 * next_reply[] of each; ANNO_NONE ends. */
	size_t *first_reply, *next_reply;
	/* head[i]: the annotation items[i]'s thread starts with (i itself
	 * for an annotation, and for a reply whose annotation is gone: it
	 * starts a thread of its own, so that what answers it is kept
	 * with it); ANNO_NONE when its chain of replies loops or is more
	 * than ANNO_THREAD_DEPTH deep.
	 * next_in_thread[i]: the next item of the same thread in set
	 * order, ANNO_NONE at the end; a thread's list starts at its
	 * head. */
	size_t *head, *next_in_thread;
};

/* How deep a reply may be to count as part of its thread (a chain is
 * never that deep; a cycle written by hand into a sidecar could be). */
#define ANNO_THREAD_DEPTH 32

void anno_threads_build(struct anno_threads *t, const struct anno_set *s);
void anno_threads_free(struct anno_threads *t);

/* Each annotation's verdict as it stands: v[i] is the latest assessing
 * reply to s->items[i] (by modified time; the later in the set on a
 * tie), NULL when none reviewed it.  A new array of s->n entries, read
 * from the threads t of s in one pass; anno_verdicts builds them. */
const struct anno **anno_threads_verdicts(const struct anno_threads *t,
    const struct anno_set *s);
const struct anno **anno_verdicts(const struct anno_set *s);

/* Sorts idx[0..n), indices into s->items, in text order: by start, the
 * longer passage first; orphans (no place) last; equal ones in the
 * order they were made.  As the annotations view and `galley
 * annotations` list them. */
void anno_sort_text_order(const struct anno_set *s, size_t *idx, size_t n);

#endif
