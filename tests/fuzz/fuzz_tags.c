/* fuzz_tags.c - libFuzzer target: the .galley-tags parser
 * (anno_vocab.c). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "anno/anno_vocab.h"
#include "fuzz_check.h"
#include "base/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct anno_vocab v;
	char *text = xmalloc(size + 1);

	memcpy(text, data, size);
	text[size] = '\0';
	memset(&v, 0, sizeof v);
	anno_vocab_parse(&v, text, size);
	FUZZ_ASSERT(v.n <= ANNO_VOCAB_MAX);
	for (size_t i = 0; i < v.n; i++) {
		FUZZ_ASSERT(*v.tags[i].name != '\0');
		FUZZ_ASSERT(anno_text_ok(v.tags[i].name, true));
		for (size_t k = 0; k < i; k++)
			FUZZ_ASSERT(strcmp(v.tags[i].name, v.tags[k].name));
	}
	anno_vocab_free(&v);
	free(text);
	return 0;
}
