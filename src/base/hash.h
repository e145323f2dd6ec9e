/* hash.h - a counting set of byte strings (open addressing, FNV-1a). */
#ifndef GALLEY_HASH_H
#define GALLEY_HASH_H

#include <stddef.h>
#include <stdint.h>

struct hash_entry {
	char *key;
	size_t len;
	size_t count;
	size_t tag;	/* free for the caller, e.g. the last file counted */
	uint64_t code;	/* hash_bytes of the key */
};

struct hash {
	struct hash_entry *slots;
	size_t cap, used;
};

/* FNV-1a of n bytes. */
uint64_t hash_bytes(const char *s, size_t n);

void hash_init(struct hash *h);
void hash_free(struct hash *h);
/* Adds one to key's count (inserting it at 1); returns its entry, which
 * stays valid until the next hash_add. */
struct hash_entry *hash_add(struct hash *h, const char *key, size_t len);
struct hash_entry *hash_get(const struct hash *h, const char *key, size_t len);
size_t hash_count(const struct hash *h, const char *key, size_t len);

#endif
