/* hash.c - a counting set of byte strings. */
#include "config.h"

#include "base/hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

uint64_t
hash_bytes(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

void
hash_init(struct hash *h)
{
	h->slots = NULL;
	h->cap = 0;
	h->used = 0;
}

void
hash_free(struct hash *h)
{
	for (size_t i = 0; i < h->cap; i++)
		free(h->slots[i].key);
	free(h->slots);
	hash_init(h);
}

/* The slot of key (hashed to code), or the empty one where it would go.
 * The stored codes are compared first: keys of one length (ids) would
 * otherwise each cost a memcmp through a pointer. */
static struct hash_entry *
find_slot(struct hash_entry *slots, size_t cap, uint64_t code,
    const char *key, size_t len)
{
	size_t i = (size_t)code & (cap - 1);

	while (slots[i].key != NULL && (slots[i].code != code ||
	    slots[i].len != len || memcmp(slots[i].key, key, len) != 0))
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

static void
grow(struct hash *h)
{
	size_t cap = h->cap ? h->cap * 2 : 64;
	struct hash_entry *slots = xcalloc(cap, sizeof *slots);

	for (size_t i = 0; i < h->cap; i++)
		if (h->slots[i].key != NULL)
			*find_slot(slots, cap, h->slots[i].code,
			    h->slots[i].key, h->slots[i].len) = h->slots[i];
	free(h->slots);
	h->slots = slots;
	h->cap = cap;
}

struct hash_entry *
hash_add(struct hash *h, const char *key, size_t len)
{
	uint64_t code = hash_bytes(key, len);
	struct hash_entry *e;

	if ((h->used + 1) * 4 > h->cap * 3)
		grow(h);
	e = find_slot(h->slots, h->cap, code, key, len);
	if (e->key == NULL) {
		e->key = xstrndup(key, len);
		e->len = len;
		e->code = code;
		e->count = 0;
		e->tag = (size_t)-1;
		h->used++;
	}
	e->count++;
	return e;
}

struct hash_entry *
hash_get(const struct hash *h, const char *key, size_t len)
{
	struct hash_entry *e;

	if (h->cap == 0)
		return NULL;
	e = find_slot(h->slots, h->cap, hash_bytes(key, len), key, len);
	return e->key != NULL ? e : NULL;
}

size_t
hash_count(const struct hash *h, const char *key, size_t len)
{
	struct hash_entry *e = hash_get(h, key, len);

	return e ? e->count : 0;
}
