/* fuzz_anchor.c - libFuzzer target: re-anchoring (anchor.c) after the
 * article changed.
 *
 * The input is split at the first two form feeds into an old text, a new
 * text and a tail whose bytes, three at a time, give up to eight passages
 * of the old text (a start and a length, in code points) to annotate;
 * every other passage also gets a reply.  The set is then anchored in the
 * new text.  Invariants: a placement lies inside the new text; an
 * anchored or moved annotation has its quote exactly where it is placed
 * (anchored: where it was); nothing anchoring does changes what the
 * sidecar would keep, so an orphan keeps its data. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "anno/anchor.h"
#include "anno/anno.h"
#include "ingest/load.h"
#include "fuzz_check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ANCHOR_MAX 8

/* The next form feed in data[at, size), or size. */
static size_t
fuzz_anchor_split(const uint8_t *data, size_t size, size_t at)
{
	const uint8_t *ff = at < size ? memchr(data + at, '\f', size - at) :
	    NULL;

	return ff ? (size_t)(ff - data) : size;
}

static void
fuzz_anchor_check(struct anno_set *s, struct anno **saved, struct doc *d)
{
	for (size_t i = 0; i < s->n; i++) {
		struct anno *a = s->items[i];
		char *q;

		FUZZ_ASSERT(anno_same(a, saved[i]));
		FUZZ_ASSERT((unsigned)a->state <= ANNO_ORPHAN);
		FUZZ_ASSERT(a->cur_start <= a->cur_end);
		FUZZ_ASSERT(a->cur_end <= d->text_cps);
		if (a->reply_to != NULL) {
			const struct anno *p = anno_set_find(s, a->reply_to);

			FUZZ_ASSERT(p != NULL);
			FUZZ_ASSERT(a->state == p->state);
			FUZZ_ASSERT(a->cur_start == p->cur_start);
			FUZZ_ASSERT(a->cur_end == p->cur_end);
			continue;
		}
		if (a->state != ANNO_ANCHORED && a->state != ANNO_MOVED)
			continue;
		if (a->state == ANNO_ANCHORED) {
			FUZZ_ASSERT(a->cur_start == a->start);
			FUZZ_ASSERT(a->cur_end == a->end);
		}
		q = doc_substr(d, a->cur_start, a->cur_end);
		FUZZ_ASSERT(strcmp(q, a->exact) == 0);
		free(q);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct anno *saved[2 * FUZZ_ANCHOR_MAX];
	struct doc *old, *new;
	struct anno_set *s;
	size_t e1 = fuzz_anchor_split(data, size, 0);
	size_t e2 = fuzz_anchor_split(data, size, e1 < size ? e1 + 1 : size);
	size_t at = e2 < size ? e2 + 1 : size;
	char *cause = NULL;

	old = load_bytes("old.txt", data, e1, &cause);
	if (old == NULL) {
		free(cause);
		return 0;
	}
	new = load_bytes("new.txt", data + (e1 < size ? e1 + 1 : size),
	    e2 - (e1 < size ? e1 + 1 : size), &cause);
	if (new == NULL) {
		free(cause);
		doc_free(old);
		return 0;
	}
	s = anno_set_create("old.txt");
	for (size_t k = 0; k < FUZZ_ANCHOR_MAX && at + 3 <= size &&
	    old->text_cps > 0; k++, at += 3) {
		size_t start = ((size_t)data[at] << 8 | data[at + 1]) %
		    old->text_cps;
		size_t end = start + 1 + data[at + 2];
		struct anno *a;

		if (end > old->text_cps)
			end = old->text_cps;
		a = anno_add(s, old, start, end, "fuzz", NULL, 0, NULL,
		    &cause);
		if (a == NULL) {
			fprintf(stderr, "%s\n", cause);
			fuzz_fail("anno_add refused a passage of the text");
		}
		if (k % 2 == 1 && anno_reply(s, a, "fuzz", "a reply",
		    &cause) == NULL)
			fuzz_fail("anno_reply failed");
	}
	/* In the text they were made on, every passage is where it was. */
	anchor_set(s, old);
	for (size_t i = 0; i < s->n; i++) {
		FUZZ_ASSERT(s->items[i]->state == ANNO_ANCHORED);
		saved[i] = anno_dup(s->items[i]);
	}
	fuzz_anchor_check(s, saved, old);
	anchor_set(s, new);
	fuzz_anchor_check(s, saved, new);
	for (size_t i = 0; i < s->n; i++)
		anno_destroy(saved[i]);
	anno_set_destroy(s);
	doc_free(old);
	doc_free(new);
	return 0;
}
