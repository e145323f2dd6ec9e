/* fuzz_clean.c - libFuzzer target: a load of one to four documents cleaned
 * together (features.c, boilerplate.c, text_clean.c, html_clean.c,
 * meta.c, dates.c, clean.c) and the body galley clean prints (output.c);
 * the text the reader's y, Y and o take out of it (view/quote.c).
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
#include "view/quote.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CLEAN_MAX_DOCS 4

/* What y, Y and o take: UTF-8, and no control character but newline
 * and tab. */
static void
fuzz_check_taken(const char *s)
{
	fuzz_check_utf8(s, strlen(s));
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		FUZZ_ASSERT(*p >= 0x20 || *p == '\n' || *p == '\t');
		FUZZ_ASSERT(*p != 0x7F);
		FUZZ_ASSERT(*p != 0xC2 || p[1] < 0x80 || p[1] >= 0xA0);
	}
}

static void
fuzz_quote_check(struct doc *d)
{
	size_t start, end;
	char *url = quote_source_url(d);

	if (url) {
		fuzz_check_taken(url);
		free(url);
	}
	if (quote_paragraph(d, d->text_cps / 2, false, &start, &end)) {
		char *t = quote_text(d, start, end), *q = quote_cite(d, t);

		FUZZ_ASSERT(start < end && end <= d->text_cps);
		fuzz_check_taken(t);
		fuzz_check_taken(q);
		free(t);
		free(q);
	}
}

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
	fuzz_quote_check(d);
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
