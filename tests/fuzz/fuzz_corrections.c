/* fuzz_corrections.c - libFuzzer target: the corrections file parser
 * (corrections.c), a file beside an article that anyone may have put
 * there. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "proof/corrections.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct corrections c;
	char *cause = NULL;
	int rc;

	corrections_init(&c);
	rc = corrections_parse((const char *)data, size, "F", &c, &cause);
	FUZZ_ASSERT((rc == 0) == (cause == NULL));
	for (size_t i = 0; i < c.n; i++) {
		FUZZ_ASSERT(c.v[i].start < c.v[i].end);
		FUZZ_ASSERT(i == 0 || c.v[i - 1].end <= c.v[i].start);
		FUZZ_ASSERT(strpbrk(c.v[i].fix, "\t\n") == NULL);
	}
	free(cause);
	corrections_free(&c);
	return 0;
}
