/* anno_merge.c - three-way-enough merge of two versions of a sidecar. */
#include "config.h"

#include "anno/anno_merge.h"

#include <stdlib.h>
#include <string.h>

#include "base/dates.h"
#include "base/util.h"

static void
add_other(struct anno *a, struct anno *other)
{
	for (size_t i = 0; i < a->nothers; i++)
		if (anno_same(a->others[i], other)) {
			anno_destroy(other);
			return;
		}
	if (anno_same(a, other)) {
		anno_destroy(other);
		return;
	}
	/* A version kept aside has no conflicts of its own. */
	for (size_t i = 0; i < other->nothers; i++)
		anno_destroy(other->others[i]);
	free(other->others);
	other->others = NULL;
	other->nothers = 0;
	a->others = xreallocarray(a->others, a->nothers + 1,
	    sizeof *a->others);
	a->others[a->nothers++] = other;
}

/* Moves b's conflicts and b itself into a's conflicts. */
static void
absorb(struct anno *a, struct anno *b)
{
	struct anno **others = b->others;
	size_t n = b->nothers;

	b->others = NULL;
	b->nothers = 0;
	for (size_t i = 0; i < n; i++)
		add_other(a, others[i]);
	free(others);
	add_other(a, b);
}

static bool
later(const struct anno *a, const struct anno *b)
{
	int c = date_time_cmp(a->modified, b->modified);

	/* Equal times: any fixed order will do, as long as both processes
	 * pick the same winner. */
	if (c == 0)
		c = strcmp(a->creator, b->creator);
	if (c == 0)
		c = strcmp(a->note ? a->note : "", b->note ? b->note : "");
	return c > 0;
}

/* Both sides have the annotation: returns the version to keep; the
 * other is freed or kept as a conflict. */
static struct anno *
merge_one(struct anno *m, struct anno *d)
{
	struct anno *win, *lose;

	if (!m->dirty) {
		/* Carry what anchoring found; the next anchor_set redoes
		 * it for the saved version anyway. */
		d->state = m->state;
		d->cur_start = m->cur_start;
		d->cur_end = m->cur_end;
		anno_destroy(m);
		return d;
	}
	if (m->base_modified != NULL &&
	    strcmp(m->base_modified, d->modified) == 0) {
		anno_destroy(d);	/* unchanged there: ours is newer */
		return m;
	}
	if (anno_same(m, d)) {
		anno_destroy(d);
		return m;
	}
	win = later(m, d) ? m : d;
	lose = win == m ? d : m;
	if (win == d) {
		d->state = m->state;
		d->cur_start = m->cur_start;
		d->cur_end = m->cur_end;
	}
	absorb(win, lose);
	return win;
}

/* Whether id's tombstone (if any) deletes x and y (either may be NULL):
 * yes unless one was restored by an undo after that deletion, and then
 * the tombstone goes. */
static bool
buried(struct anno_set *mem, const char *id, const struct anno *x,
    const struct anno *y)
{
	const struct anno_tomb *t = anno_set_tomb(mem, id);
	char *copy;

	if (t == NULL)
		return false;
	if ((x == NULL || !anno_outlives(x, t)) &&
	    (y == NULL || !anno_outlives(y, t)))
		return true;
	copy = xstrdup(id);
	anno_set_remove_tomb(mem, copy);
	free(copy);
	return false;
}

static void
merge_tombs(struct anno_set *mem, struct anno_set *disk)
{
	for (size_t i = 0; i < disk->ntombs; i++)
		anno_set_add_tomb(mem, disk->tombs[i].id,
		    disk->tombs[i].deleted);
}

void
anno_merge(struct anno_set *mem, struct anno_set *disk)
{
	struct anno **old = mem->items;
	size_t nold = mem->n;
	struct hash index;	/* memory's ids; tag: the place in old */

	hash_init(&index);
	for (size_t k = 0; k < nold; k++)
		hash_add(&index, old[k]->id, strlen(old[k]->id))->tag = k;
	merge_tombs(mem, disk);
	if (disk->collection_id != NULL) {
		free(mem->collection_id);
		mem->collection_id = disk->collection_id;
		disk->collection_id = NULL;
	}
	mem->items = NULL;
	mem->n = mem->cap = 0;
	/* The saved order first, then what only memory has. */
	for (size_t i = 0; i < disk->n; i++) {
		struct anno *d = disk->items[i], *m = NULL;
		struct hash_entry *e = hash_get(&index, d->id, strlen(d->id));

		disk->items[i] = NULL;
		if (e != NULL && old[e->tag] != NULL) {
			m = old[e->tag];
			old[e->tag] = NULL;
		}
		if (buried(mem, d->id, d, m)) {
			anno_destroy(d);
			anno_destroy(m);
			continue;
		}
		anno_set_append(mem, m ? merge_one(m, d) : d);
	}
	for (size_t k = 0; k < nold; k++) {
		if (old[k] == NULL)
			continue;
		if (buried(mem, old[k]->id, old[k], NULL))
			anno_destroy(old[k]);
		else
			anno_set_append(mem, old[k]);
	}
	free(old);
	hash_free(&index);
	disk->n = 0;
}
