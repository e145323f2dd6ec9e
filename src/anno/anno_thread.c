/* anno_thread.c - the reply index of an annotation set. */
#include "config.h"

#include "anno/anno_thread.h"

#include <stdlib.h>
#include <string.h>

#include "base/dates.h"
#include "base/hash.h"
#include "base/util.h"

/* Each item's index under its id (the first item with an id wins, as
 * anno_set_find finds it). */
static void
index_ids(struct hash *ids, const struct anno_set *s)
{
	hash_init(ids);
	for (size_t i = 0; i < s->n; i++) {
		struct hash_entry *e = hash_add(ids, s->items[i]->id,
		    strlen(s->items[i]->id));

		if (e->count == 1)
			e->tag = i;
	}
}

/* i and the replies under it, down to ANNO_THREAD_DEPTH, belong to the
 * thread of head h. */
static void
mark_head(struct anno_threads *t, size_t i, size_t h, int depth)
{
	t->head[i] = h;
	if (depth >= ANNO_THREAD_DEPTH)
		return;
	for (size_t k = t->first_reply[i]; k != ANNO_NONE; k = t->next_reply[k])
		if (t->head[k] == ANNO_NONE)
			mark_head(t, k, h, depth + 1);
}

/* head[] and next_in_thread[], from first_reply[] and next_reply[]. */
static void
link_threads(struct anno_threads *t, const struct anno_set *s)
{
	size_t *last = xreallocarray(NULL, s->n + 1, sizeof *last);

	for (size_t i = 0; i < s->n; i++)
		t->head[i] = t->next_in_thread[i] = ANNO_NONE;
	for (size_t i = 0; i < s->n; i++)
		if (s->items[i]->reply_to == NULL || t->gone[i]) {
			mark_head(t, i, i, 0);
			last[i] = i;
		}
	/* A reply may come before its head in the set (merged or written
	 * by hand): the head starts the list all the same. */
	for (size_t i = 0; i < s->n; i++) {
		size_t h = t->head[i];

		if (h != ANNO_NONE && h != i) {
			t->next_in_thread[last[h]] = i;
			last[h] = i;
		}
	}
	free(last);
}

void
anno_threads_build(struct anno_threads *t, const struct anno_set *s)
{
	struct hash ids;

	t->n = s->n;
	t->parent = xreallocarray(NULL, s->n + 1, sizeof *t->parent);
	t->first_reply = xreallocarray(NULL, s->n + 1, sizeof *t->parent);
	t->next_reply = xreallocarray(NULL, s->n + 1, sizeof *t->parent);
	t->gone = xcalloc(s->n + 1, sizeof *t->gone);
	t->head = xreallocarray(NULL, s->n + 1, sizeof *t->head);
	t->next_in_thread = xreallocarray(NULL, s->n + 1, sizeof *t->head);
	index_ids(&ids, s);
	for (size_t i = 0; i < s->n; i++) {
		const char *to = s->items[i]->reply_to;
		struct hash_entry *e = to ? hash_get(&ids, to, strlen(to)) :
		    NULL;

		t->parent[i] = e ? e->tag : ANNO_NONE;
		t->gone[i] = to != NULL && e == NULL;
		t->first_reply[i] = t->next_reply[i] = ANNO_NONE;
	}
	/* Backwards, so that prepending leaves each list in set order. */
	for (size_t i = s->n; i-- > 0;) {
		size_t p = t->parent[i];

		if (p != ANNO_NONE) {
			t->next_reply[i] = t->first_reply[p];
			t->first_reply[p] = i;
		}
	}
	hash_free(&ids);
	link_threads(t, s);
}

void
anno_threads_free(struct anno_threads *t)
{
	free(t->parent);
	free(t->gone);
	free(t->first_reply);
	free(t->next_reply);
	free(t->head);
	free(t->next_in_thread);
	memset(t, 0, sizeof *t);
}

/* Whether review r stands over best: the later one wins. */
static bool
review_stands(const struct anno *r, const struct anno *best)
{
	return best == NULL || date_time_cmp(r->modified, best->modified) >= 0;
}

const struct anno **
anno_threads_verdicts(const struct anno_threads *t, const struct anno_set *s)
{
	const struct anno **v = xcalloc(s->n + 1, sizeof *v);

	for (size_t i = 0; i < s->n; i++) {
		const struct anno *r = s->items[i];
		size_t p = t->parent[i];

		if (r->verdict != NULL && p != ANNO_NONE &&
		    review_stands(r, v[p]))
			v[p] = r;
	}
	return v;
}

const struct anno **
anno_verdicts(const struct anno_set *s)
{
	struct anno_threads t;
	const struct anno **v;

	anno_threads_build(&t, s);
	v = anno_threads_verdicts(&t, s);
	anno_threads_free(&t);
	return v;
}

static int
cmp_text_order(const void *pa, const void *pb, void *arg)
{
	const struct anno_set *s = arg;
	size_t ia = *(const size_t *)pa, ib = *(const size_t *)pb;
	const struct anno *a = s->items[ia], *b = s->items[ib];
	bool oa = a->state == ANNO_ORPHAN, ob = b->state == ANNO_ORPHAN;

	if (oa != ob)
		return oa ? 1 : -1;
	if (!oa && a->cur_start != b->cur_start)
		return a->cur_start < b->cur_start ? -1 : 1;
	if (!oa && a->cur_end != b->cur_end)
		return a->cur_end > b->cur_end ? -1 : 1;
	return (ia > ib) - (ia < ib);
}

void
anno_sort_text_order(const struct anno_set *s, size_t *idx, size_t n)
{
	if (n > 1)
		qsort_r(idx, n, sizeof *idx, cmp_text_order, (void *)s);
}
