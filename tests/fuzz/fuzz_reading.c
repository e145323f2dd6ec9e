/* fuzz_reading.c - libFuzzer target: the reading-state file
 * (session/reading.c).  Whatever it holds parses or is refused with a
 * "FILE:LINE: reason"; what parses formats to text that parses again
 * to as many entries. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "session/reading.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct reading_state st, again;
	char *text;
	size_t len;

	reading_init(&st, "/fuzz/reading");
	if (reading_parse(&st, (const char *)data, size) < 0) {
		FUZZ_ASSERT(st.damage != NULL && st.n == 0 &&
		    strncmp(st.damage, "/fuzz/reading:", 14) == 0);
		reading_free(&st);
		return 0;
	}
	text = reading_format(&st, &len);
	reading_init(&again, "/fuzz/reading");
	FUZZ_ASSERT(reading_parse(&again, text, len) == 0);
	FUZZ_ASSERT(again.sort == st.sort && again.n == (st.n >
	    READING_MAX_ENTRIES ? READING_MAX_ENTRIES : st.n));
	free(text);
	reading_free(&again);
	reading_free(&st);
	return 0;
}
