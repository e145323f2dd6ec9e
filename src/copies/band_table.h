/* band_table.h - LSH buckets: a multimap from 64-bit band keys to
 * paragraph numbers, in insertion order (open addressing over chains). */
#ifndef GALLEY_BAND_TABLE_H
#define GALLEY_BAND_TABLE_H

#include <stddef.h>
#include <stdint.h>

#define BAND_NONE UINT32_MAX

struct band_table {
	uint64_t *keys;		/* 0: empty slot (a key of 0 is stored as 1) */
	uint32_t *heads;	/* last entry of the slot's chain */
	uint32_t *lens;		/* entries in the chain */
	size_t cap, used;
	uint32_t *value, *next;	/* the entries */
	size_t n, ecap;
};

void band_table_init(struct band_table *t);
void band_table_free(struct band_table *t);
/* Adds value under key, unless the key already holds max_chain values
 * (a band shared by that many paragraphs is furniture, not a story). */
void band_table_add(struct band_table *t, uint64_t key, uint32_t value,
    uint32_t max_chain);
/* The newest entry under key (BAND_NONE if none); follow with
 * band_table_next. */
uint32_t band_table_first(const struct band_table *t, uint64_t key);
static inline uint32_t
band_table_next(const struct band_table *t, uint32_t entry)
{
	return t->next[entry];
}

#endif
