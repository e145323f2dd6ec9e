/* fuzz_tokens.c - libFuzzer target: the tokenizer (tokens.c) over every
 * block of a decoded text dump and over the whole text at once. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "ingest/load.h"
#include "doc/tokens.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Tokens lie inside the stretch scanned, in order, and their code point
 * offsets agree with the document's own conversion. */
static void
fuzz_tokens_check(struct doc *d, const struct token_list *list,
    size_t bstart, size_t bend)
{
	for (size_t i = 0; i < list->n; i++) {
		const struct token *t = &list->v[i];

		FUZZ_ASSERT(bstart <= t->bstart && t->bstart < t->bend);
		FUZZ_ASSERT(t->bend <= bend);
		FUZZ_ASSERT(t->start < t->end);
		FUZZ_ASSERT(i == 0 || list->v[i - 1].bend <= t->bstart);
		FUZZ_ASSERT(doc_byte_to_cp(d, t->bstart) == t->start);
		FUZZ_ASSERT(doc_byte_to_cp(d, t->bend) == t->end);
		FUZZ_ASSERT(t->kind <= TOKEN_HASHTAG);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct token_list list = { 0 };
	struct doc *d;
	char *cause = NULL;

	d = load_bytes("fuzz.txt", data, size, &cause);
	if (d == NULL) {
		free(cause);
		return 0;
	}
	tokens_scan(d->text, 0, d->text_len, 0, &list);
	fuzz_tokens_check(d, &list, 0, d->text_len);
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		list.n = 0;
		tokens_scan(d->text, b->bstart, b->bend, b->start, &list);
		fuzz_tokens_check(d, &list, b->bstart, b->bend);
	}
	tokens_free(&list);
	doc_free(d);
	return 0;
}
