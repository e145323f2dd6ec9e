/* fuzz_check.h - invariants every fuzz target asserts on what the core
 * built from hostile bytes.  A crash is not the only bug worth finding: a
 * block that points past the text, or text that is not UTF-8, would be
 * drawn or stored wrongly later, so the targets abort() on those too and
 * libFuzzer keeps the input. */
#ifndef GALLEY_FUZZ_CHECK_H
#define GALLEY_FUZZ_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "clean/clean.h"
#include "doc/doc.h"
#include "clean/features.h"
#include "ingest/load.h"

/* Stops the run with a reason libFuzzer shows next to the input. */
static inline void
fuzz_fail(const char *what)
{
	fprintf(stderr, "fuzz invariant broken: %s\n", what);
	abort();
}

#define FUZZ_ASSERT(cond) do {						\
	if (!(cond))							\
		fuzz_fail(#cond);					\
} while (0)

/* Counts the code points of s[0, n), failing unless it is valid UTF-8
 * without NUL bytes (what the decoder promises everyone after it). */
static inline size_t
fuzz_check_utf8(const char *s, size_t n)
{
	size_t i = 0, cps = 0;

	while (i < n) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate(
		    (const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &c);

		FUZZ_ASSERT(k > 0);
		FUZZ_ASSERT(c != 0);
		i += (size_t)k;
		cps++;
	}
	return cps;
}

/* A document's text, blocks, elements and spans agree with each other. */
static inline void
fuzz_check_doc(struct doc *d)
{
	size_t cps;

	FUZZ_ASSERT(d->text != NULL);
	FUZZ_ASSERT(d->text[d->text_len] == '\0');
	cps = fuzz_check_utf8(d->text, d->text_len);
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		FUZZ_ASSERT(b->bstart <= b->bend);
		FUZZ_ASSERT(b->bend <= d->text_len);
		FUZZ_ASSERT(b->start <= b->end);
		FUZZ_ASSERT(b->end <= cps);
		FUZZ_ASSERT(b->end - b->start ==
		    fuzz_check_utf8(d->text + b->bstart, b->bend - b->bstart));
		FUZZ_ASSERT(doc_byte_to_cp(d, b->bstart) == b->start);
		FUZZ_ASSERT(doc_cp_to_byte(d, b->end) == b->bend);
		FUZZ_ASSERT((unsigned)b->kind < BLOCK_KIND_COUNT);
		FUZZ_ASSERT(i == 0 || d->blocks[i - 1].bend <= b->bstart);
	}
	for (size_t i = 0; i < d->nelems; i++)
		FUZZ_ASSERT(d->elems[i].parent < d->nelems);
	if (d->nblocks > 0)
		FUZZ_ASSERT(d->text_cps == cps);
}

/* A document of data, as a page when html is set, cleaned as the reader
 * cleans one file; NULL when loading refused it. */
static inline struct doc *
fuzz_cleaned_doc(const uint8_t *data, size_t size, bool html)
{
	char *cause = NULL;
	struct doc *d = load_bytes(html ? "fuzz.html" : "fuzz.txt", data, size,
	    &cause);

	if (d == NULL) {
		free(cause);
		return NULL;
	}
	features_compute(d);
	clean_doc(d);
	return d;
}

/* A load of up to max files: data split at form feeds, each part a page
 * when its first byte is odd.  Not cleaned yet; free with load_free. */
static inline void
fuzz_load_split(struct load *l, const uint8_t *data, size_t size,
    size_t max)
{
	size_t n = 0, at = 0;

	memset(l, 0, sizeof *l);
	l->docs = calloc(max, sizeof *l->docs);
	l->errors = calloc(max, sizeof *l->errors);
	l->paths = calloc(max, sizeof *l->paths);
	if (l->docs == NULL || l->errors == NULL || l->paths == NULL)
		abort();
	while (n < max && at <= size) {
		const uint8_t *ff = size > at ?
		    memchr(data + at, '\f', size - at) : NULL;
		size_t end = ff && n + 1 < max ? (size_t)(ff - data) : size;
		bool html = end > at && (data[at] & 1);

		l->paths[n] = strdup(html ? "fuzz.html" : "fuzz.txt");
		l->docs[n] = load_bytes(l->paths[n], data + at, end - at,
		    &l->errors[n]);
		n++;
		at = end + 1;
	}
	l->n = n;
}

#endif
