/* fuzz_decode.c - libFuzzer target: raw bytes to UTF-8 text, and a text
 * dump's blocks (decode.c, load.c, text_blocks.c). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/decode.h"
#include "ingest/load.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Both decoding modes: a text dump (newlines normalised) and a page. */
static void
fuzz_decode_mode(const uint8_t *data, size_t size, bool html)
{
	struct decoded dec;
	char *cause = NULL;

	if (decode_bytes(data, size, html, &dec, &cause) != 0) {
		FUZZ_ASSERT(cause != NULL && *cause != '\0');
		free(cause);
		return;
	}
	FUZZ_ASSERT(dec.text[dec.len] == '\0');
	FUZZ_ASSERT(dec.encoding != NULL);
	fuzz_check_utf8(dec.text, dec.len);
	if (!html)
		FUZZ_ASSERT(memchr(dec.text, '\r', dec.len) == NULL);
	decoded_free(&dec);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct doc *d;
	char *cause = NULL, *charset;

	fuzz_decode_mode(data, size, false);
	fuzz_decode_mode(data, size, true);
	charset = decode_sniff_html_charset(data, size);
	free(charset);
	d = load_bytes("fuzz.txt", data, size, &cause);
	if (d == NULL) {
		FUZZ_ASSERT(cause != NULL);
		free(cause);
		return 0;
	}
	fuzz_check_doc(d);
	doc_free(d);
	return 0;
}
