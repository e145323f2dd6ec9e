/* gazetteer.c - lookups in the generated table of known names. */
#include "config.h"

#include "ner/gazetteer.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/hash.h"
#include "base/util.h"

static struct hash gaz_table;
static int gaz_ready;

char *
gaz_fold(const char *s, size_t n, size_t *len)
{
	utf8proc_uint8_t *folded = NULL;
	utf8proc_ssize_t r;
	struct buf b;

	r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
	    &folded, UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
	    UTF8PROC_DECOMPOSE);
	buf_init(&b);
	buf_reserve(&b, n + 1);
	if (r < 0) {
		/* Invalid UTF-8 cannot come from decoded text; keep bytes. */
		buf_add(&b, s, n);
	} else {
		for (utf8proc_ssize_t i = 0; i < r; i++) {
			unsigned char c = folded[i];

			if (c == '.')
				continue;
			/* U+2019 (E2 80 99) is the apostrophe in most news
			 * text; fold it to ASCII. */
			if (c == 0xE2 && i + 2 < r && folded[i + 1] == 0x80 &&
			    folded[i + 2] == 0x99) {
				buf_addc(&b, '\'');
				i += 2;
				continue;
			}
			buf_addc(&b, (char)c);
		}
	}
	free(folded);
	*len = b.len;
	return buf_steal(&b);
}

/* Builds the folded-key table; the count field holds the bits. */
static void
gaz_build(void)
{
	hash_init(&gaz_table);
	for (unsigned long i = 0; i < gaz_entry_count; i++) {
		size_t len;
		const char *name = gaz_pool + gaz_entries[i].name;
		char *key = gaz_fold(name, strlen(name), &len);
		struct hash_entry *e = hash_add(&gaz_table, key, len);

		/* hash_add counted 1; keep the union of bits instead. */
		e->tag = (e->count == 1 ? 0 : e->tag) | gaz_entries[i].bits;
		free(key);
	}
	gaz_ready = 1;
}

unsigned
gaz_lookup_all(const char *s, size_t n)
{
	struct hash_entry *e;
	char *key;
	size_t len;

	if (!gaz_ready)
		gaz_build();
	key = gaz_fold(s, n, &len);
	e = hash_get(&gaz_table, key, len);
	free(key);
	return e != NULL ? (unsigned)e->tag : 0;
}

/* The rules were written against the compiled lists: WordNet's kinds
 * would change what they decide, so they see only the lists. */
unsigned
gaz_lookup(const char *s, size_t n)
{
	return gaz_lookup_all(s, n) & ~GAZ_WORDNET;
}

bool
gaz_is_name(const char *s, size_t n)
{
	return (gaz_lookup(s, n) & ~(unsigned)GAZ_NOTNAME) != 0;
}

void
gaz_free(void)
{
	if (gaz_ready)
		hash_free(&gaz_table);
	gaz_ready = 0;
}
