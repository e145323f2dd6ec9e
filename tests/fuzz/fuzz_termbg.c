/* fuzz_termbg.c - libFuzzer target: what a terminal says of its
 * background (base/termbg.c): an OSC 11 answer, a DA1 answer, COLORFGBG
 * and a slow-terminals file, all from the same bytes. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/termbg.h"
#include "base/util.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	char *s = malloc(size + 1);
	struct rgb c;

	if (s == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	if (termbg_parse_osc11(buf, size, &c)) {
		FUZZ_ASSERT(c.r >= 0 && c.r <= 1 && c.g >= 0 && c.g <= 1 &&
		    c.b >= 0 && c.b <= 1);
		FUZZ_ASSERT(termbg_of_colour(c) == TERMBG_DARK ||
		    termbg_of_colour(c) == TERMBG_LIGHT);
	}
	(void)termbg_has_da1(buf, size);
	FUZZ_ASSERT(termbg_of_colorfgbg(s) >= TERMBG_UNKNOWN &&
	    termbg_of_colorfgbg(s) <= TERMBG_LIGHT);
	/* The file's text against a TERM taken from its first line. */
	{
		char *nl = memchr(s, '\n', size);
		size_t tlen = nl ? (size_t)(nl - s) : strlen(s);
		char *term = xstrndup(s, tlen);

		if (strlen(term) == tlen && nl != NULL)
			FUZZ_ASSERT(termbg_listed(buf, size, term));
		free(term);
	}
	free(s);
	return 0;
}
