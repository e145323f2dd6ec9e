/* fuzz_html.c - libFuzzer target: an HTML page to text, blocks, the
 * element tree, the source map and the metadata its head states (html.c,
 * html_meta.c, source_map.c). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "ingest/load.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct doc *d;
	char *cause = NULL;

	d = load_bytes("fuzz.html", data, size, &cause);
	if (d == NULL) {
		FUZZ_ASSERT(cause != NULL);
		free(cause);
		return 0;
	}
	FUZZ_ASSERT(d->format == DOC_HTML);
	fuzz_check_doc(d);
	for (size_t i = 0; i < d->nblocks; i++) {
		size_t line = 0, col = 0;

		FUZZ_ASSERT(d->blocks[i].f.elem < d->nelems ||
		    d->nelems == 0);
		/* Every mapped place is on a line of the page, from column 1. */
		if (source_map_find(&d->source, d->text, d->blocks[i].bend,
		    &line, &col))
			FUZZ_ASSERT(line >= 1 && col >= 1);
	}
	for (size_t i = 1; i < d->source.n; i++)
		FUZZ_ASSERT(d->source.v[i - 1].byte < d->source.v[i].byte);
	if (d->title)
		fuzz_check_utf8(d->title, strlen(d->title));
	if (d->author)
		fuzz_check_utf8(d->author, strlen(d->author));
	doc_free(d);
	return 0;
}
