/* band_table.c - LSH buckets: open addressing over entry chains. */
#include "config.h"

#include "copies/band_table.h"

#include <stdlib.h>

#include "base/util.h"

void
band_table_init(struct band_table *t)
{
	*t = (struct band_table){ 0 };
}

void
band_table_free(struct band_table *t)
{
	free(t->keys);
	free(t->heads);
	free(t->lens);
	free(t->value);
	free(t->next);
	band_table_init(t);
}

static size_t
slot_of(const struct band_table *t, uint64_t key)
{
	size_t i = (size_t)(key ^ (key >> 29)) & (t->cap - 1);

	while (t->keys[i] != 0 && t->keys[i] != key)
		i = (i + 1) & (t->cap - 1);
	return i;
}

static void
grow(struct band_table *t)
{
	struct band_table old = *t;

	t->cap = old.cap ? old.cap * 2 : 1024;
	t->keys = xcalloc(t->cap, sizeof *t->keys);
	t->heads = xmalloc(t->cap * sizeof *t->heads);
	t->lens = xmalloc(t->cap * sizeof *t->lens);
	for (size_t i = 0; i < old.cap; i++) {
		size_t s;

		if (old.keys[i] == 0)
			continue;
		s = slot_of(t, old.keys[i]);
		t->keys[s] = old.keys[i];
		t->heads[s] = old.heads[i];
		t->lens[s] = old.lens[i];
	}
	free(old.keys);
	free(old.heads);
	free(old.lens);
}

void
band_table_add(struct band_table *t, uint64_t key, uint32_t value,
    uint32_t max_chain)
{
	size_t s;

	key = key ? key : 1;
	if (2 * (t->used + 1) > t->cap)
		grow(t);
	s = slot_of(t, key);
	if (t->keys[s] == 0) {
		t->keys[s] = key;
		t->heads[s] = BAND_NONE;
		t->lens[s] = 0;
		t->used++;
	}
	if (t->lens[s] >= max_chain)
		return;
	if (t->n == t->ecap) {
		t->ecap = t->ecap ? 2 * t->ecap : 1024;
		t->value = xreallocarray(t->value, t->ecap, sizeof *t->value);
		t->next = xreallocarray(t->next, t->ecap, sizeof *t->next);
	}
	t->value[t->n] = value;
	t->next[t->n] = t->heads[s];
	t->heads[s] = (uint32_t)t->n++;
	t->lens[s]++;
}

uint32_t
band_table_first(const struct band_table *t, uint64_t key)
{
	size_t s;

	if (t->cap == 0)
		return BAND_NONE;
	s = slot_of(t, key ? key : 1);
	return t->keys[s] == 0 ? BAND_NONE : t->heads[s];
}
