/* fuzz_clean.c - libFuzzer target: a load of one to four documents cleaned
 * together (features.c, boilerplate.c, text_clean.c, html_clean.c,
 * meta.c, dates.c, clean.c) and the body galley clean prints (output.c).
 *
 * The input is split at form feeds into files; the first byte of each
 * part chooses whether it is named .html or .txt, so that one corpus
 * covers both cleaners and the cross-file evidence. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clean/clean.h"
#include "clean/features.h"
#include "ingest/load.h"
#include "doc/doc.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CLEAN_MAX_DOCS 4

static void
fuzz_clean_check(struct doc *d)
{
	char *body;
	size_t titles = 0;

	fuzz_check_doc(d);
	for (size_t i = 0; i < d->nblocks; i++)
		titles += d->blocks[i].kind == BLOCK_TITLE;
	FUZZ_ASSERT(titles <= 1);
	if (d->title)
		fuzz_check_utf8(d->title, strlen(d->title));
	if (d->date)
		fuzz_check_utf8(d->date, strlen(d->date));
	body = doc_body(d);
	fuzz_check_utf8(body, strlen(body));
	free(body);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct load l;

	fuzz_load_split(&l, data, size, FUZZ_CLEAN_MAX_DOCS);
	clean_load(&l);
	for (size_t i = 0; i < l.n; i++)
		if (l.docs[i])
			fuzz_clean_check(l.docs[i]);
	/* Cleaning again from scratch must work too (the reader does it
	 * when files are added to a load). */
	if (l.docs[0]) {
		doc_reset_cleaning(l.docs[0]);
		clean_doc(l.docs[0]);
		fuzz_clean_check(l.docs[0]);
	}
	load_free(&l);
	return 0;
}
