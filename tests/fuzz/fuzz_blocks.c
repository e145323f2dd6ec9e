/* fuzz_blocks.c - libFuzzer target: the blocks file parser
 * (block_choices.c), a file beside an article that anyone may have put
 * there. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "session/block_choices.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct block_choices c;
	char *cause = NULL;
	int rc;

	block_choices_init(&c);
	rc = block_choices_parse((const char *)data, size, "F", &c, &cause);
	FUZZ_ASSERT((rc == 0) == (cause == NULL));
	FUZZ_ASSERT(c.n <= BLOCK_CHOICES_MAX);
	for (size_t i = 0; i < c.n; i++) {
		FUZZ_ASSERT(i == 0 || c.v[i - 1].hash < c.v[i].hash ||
		    (c.v[i - 1].hash == c.v[i].hash &&
		    c.v[i - 1].occ < c.v[i].occ));
		FUZZ_ASSERT(block_choices_find(&c, c.v[i].hash, c.v[i].occ) ==
		    &c.v[i]);
	}
	free(cause);
	block_choices_free(&c);
	return 0;
}
