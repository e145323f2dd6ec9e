/* fuzz_html.c - libFuzzer target: an HTML page to text, blocks, the
 * element tree and the metadata its head states (html.c, html_meta.c). */
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
	for (size_t i = 0; i < d->nblocks; i++)
		FUZZ_ASSERT(d->blocks[i].f.elem < d->nelems ||
		    d->nelems == 0);
	if (d->title)
		fuzz_check_utf8(d->title, strlen(d->title));
	if (d->author)
		fuzz_check_utf8(d->author, strlen(d->author));
	doc_free(d);
	return 0;
}
