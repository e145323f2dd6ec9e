/* fuzz_wordlist.c - libFuzzer target: the word list parser (wordlist.c),
 * for the personal list and a project's .galley-words. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"
#include "base/util.h"
#include "proof/wordlist.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_word(void *ctx, const char *word)
{
	size_t *n = ctx;

	FUZZ_ASSERT(*word != '\0' && *word != '#');
	FUZZ_ASSERT(strlen(word) <= WORDLIST_MAX_WORD);
	FUZZ_ASSERT(strchr(word, '\n') == NULL);
	(*n)++;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = xmalloc(size + 1);
	size_t n = 0;

	memcpy(text, data, size);
	text[size] = '\0';
	wordlist_parse(text, size, check_word, &n);
	FUZZ_ASSERT(n <= size);
	free(text);
	return 0;
}
