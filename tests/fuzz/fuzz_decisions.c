/* fuzz_decisions.c - libFuzzer target: the .galley-entities parser
 * (entity_decisions.c): merge, split, type and notentity lines. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ner/entity_decisions.h"
#include "ner/ner.h"
#include "fuzz_check.h"
#include "base/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct entity_decisions dec;
	char *text = xmalloc(size + 1), *cause = NULL;
	int rc;

	memcpy(text, data, size);
	text[size] = '\0';
	decisions_init(&dec);
	rc = decisions_parse(&dec, text, size, &cause);
	FUZZ_ASSERT((rc == 0) == (cause == NULL));
	FUZZ_ASSERT(cause == NULL || strncmp(cause, "line ", 5) == 0);
	for (size_t i = 0; i < dec.n; i++) {
		FUZZ_ASSERT(*dec.v[i].a != '\0' && !strchr(dec.v[i].a, '\t'));
		FUZZ_ASSERT((dec.v[i].kind == DECISION_MERGE ||
		    dec.v[i].kind == DECISION_TYPE) == (dec.v[i].b != NULL));
		FUZZ_ASSERT(dec.v[i].kind != DECISION_TYPE ||
		    entity_type_parse(dec.v[i].b) >= 0);
		FUZZ_ASSERT(dec.v[i].key != NULL);
		FUZZ_ASSERT(decisions_verdict(&dec, dec.v[i].key) != NULL ||
		    (dec.v[i].kind != DECISION_TYPE &&
		    dec.v[i].kind != DECISION_NOT_ENTITY));
		FUZZ_ASSERT(dec.v[i].b == NULL ||
		    (*dec.v[i].b != '\0' && !strchr(dec.v[i].b, '\t')));
	}
	free(cause);
	decisions_free(&dec);
	free(text);
	return 0;
}
