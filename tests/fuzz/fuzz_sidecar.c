/* fuzz_sidecar.c - libFuzzer target: the sidecar parser (anno_json_read.c,
 * json_pos.c) through anno_store_open_text, the entry point that
 * anno_store_open uses once the file is read, so no file is touched.
 *
 * The input is the text of ARTICLE.anno.json.  Whatever it holds, galley
 * must get either a usable set that it can write back and read again
 * unchanged, or a read-only empty set whose damage message names the
 * sidecar and a line and column.  A usable set is then anchored in a
 * fixed article, since its offsets and quotes are as hostile as the rest.
 *
 * The reader decodes one annotation at a time (base/json_scan.c): what
 * it accepts, jansson must accept as one whole document too (no looser
 * JSON), and the sidecar text it writes an annotation at a time must be
 * json_dumps's text of the whole tree, byte for byte.  Read in two
 * threads (as big sidecars are), any input gives the same set or the
 * same damage as one thread. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "anno/anchor.h"
#include "anno/anno.h"
#include <jansson.h>

#include "anno/anno_json.h"
#include "anno/anno_store.h"
#include "ingest/load.h"
#include "fuzz_check.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ARTICLE "dir/story.txt"
#define FUZZ_SIDECAR FUZZ_ARTICLE ".anno.json"

static const char fuzz_article_text[] =
    "Ünïcödé headline 日本\n\nThe harbour authority said that the new "
    "quay would open in the spring.\nDockworkers said the new quay was "
    "late.\n";

static struct doc *fuzz_article;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char *cause = NULL;

	(void)argc;
	(void)argv;
	fuzz_article = load_bytes(FUZZ_ARTICLE,
	    (const unsigned char *)fuzz_article_text,
	    sizeof fuzz_article_text - 1, &cause);
	if (fuzz_article == NULL) {
		fprintf(stderr, "fuzz_sidecar: %s\n", cause);
		abort();
	}
	return 0;
}

static void
fuzz_sidecar_check_anno(const struct anno *a, bool nested)
{
	FUZZ_ASSERT(a->id != NULL && a->creator != NULL);
	FUZZ_ASSERT(a->created != NULL && a->modified != NULL);
	FUZZ_ASSERT(a->start <= a->end);
	/* A reply with a verdict is an assessment (anno_json_read.c). */
	FUZZ_ASSERT((a->reply_to != NULL) ==
	    (a->motivation == ANNO_REPLYING ||
	    a->motivation == ANNO_ASSESSING));
	FUZZ_ASSERT(a->reply_to != NULL || a->exact != NULL);
	for (size_t i = 0; i < a->ntags; i++)
		fuzz_check_utf8(a->tags[i], strlen(a->tags[i]));
	if (a->note != NULL)
		fuzz_check_utf8(a->note, strlen(a->note));
	FUZZ_ASSERT(!nested || a->nothers == 0);
	for (size_t i = 0; i < a->nothers; i++)
		fuzz_sidecar_check_anno(a->others[i], true);
}

/* Anchoring places every annotation inside the article. */
static void
fuzz_sidecar_anchor(struct anno_set *s)
{
	anchor_set(s, fuzz_article);
	for (size_t i = 0; i < s->n; i++) {
		const struct anno *a = s->items[i];

		FUZZ_ASSERT((unsigned)a->state <= ANNO_ORPHAN);
		FUZZ_ASSERT(a->cur_start <= a->cur_end);
		FUZZ_ASSERT(a->cur_end <= fuzz_article->text_cps);
	}
}

/* jansson accepts the whole text, as the reader did. */
static void
fuzz_sidecar_whole(const uint8_t *data, size_t size)
{
	json_error_t err;
	json_t *whole = json_loadb((const char *)data, size,
	    JSON_REJECT_DUPLICATES, &err);

	/* One exception: jansson's nesting limit counts from where it
	 * starts, and the reader starts it at each annotation. */
	if (whole == NULL && json_error_code(&err) != json_error_stack_overflow)
		fprintf(stderr, "jansson: %d:%d: %s\n", err.line, err.column,
		    err.text);
	FUZZ_ASSERT(whole != NULL ||
	    json_error_code(&err) == json_error_stack_overflow);
	json_decref(whole);
}

/* text is the whole tree's dump. */
static void
fuzz_sidecar_layout(const struct anno_set *s, const char *text)
{
	json_t *c = anno_json_write_set(s, s->collection_id ?
	    s->collection_id : "urn:uuid:00000000-0000-4000-8000-000000000000",
	    "story.txt");
	char *want = json_dumps(c, JSON_INDENT(1) | JSON_PRESERVE_ORDER);

	FUZZ_ASSERT(want != NULL && strlen(text) == strlen(want) + 1);
	FUZZ_ASSERT(memcmp(text, want, strlen(want)) == 0);
	free(want);
	json_decref(c);
}

/* One set's dump, or its damage. */
static char *
fuzz_sidecar_read(const uint8_t *data, size_t size, size_t split_min)
{
	struct anno_set *s = anno_set_create(FUZZ_ARTICLE);
	char *cause = NULL, *text;

	if (anno_json_read_set_split(s, (const char *)data, size, split_min,
	    NULL, &cause) < 0)
		text = cause;
	else
		text = anno_json_dump_set(s, "urn:uuid:x", "story.txt");
	anno_set_destroy(s);
	return text;
}

static void
fuzz_sidecar_split(const uint8_t *data, size_t size)
{
	char *one = fuzz_sidecar_read(data, size, SIZE_MAX);
	char *two = fuzz_sidecar_read(data, size, 1);

	FUZZ_ASSERT(one != NULL && two != NULL && strcmp(one, two) == 0);
	free(one);
	free(two);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct anno_set *s, *again;
	char *text;

	fuzz_sidecar_split(data, size);
	s = anno_store_open_text(FUZZ_ARTICLE, (const char *)data, size);
	FUZZ_ASSERT(s != NULL);
	FUZZ_ASSERT(strcmp(s->sidecar, FUZZ_SIDECAR) == 0);
	if (s->readonly) {
		/* Damaged: nothing kept, and the message says where. */
		FUZZ_ASSERT(s->damage != NULL);
		FUZZ_ASSERT(strncmp(s->damage, FUZZ_SIDECAR ":",
		    strlen(FUZZ_SIDECAR ":")) == 0);
		FUZZ_ASSERT(s->n == 0 && s->ntombs == 0);
		FUZZ_ASSERT(anno_store_save(s, NULL, &text) < 0);
		free(text);
		anno_set_destroy(s);
		return 0;
	}
	FUZZ_ASSERT(s->damage == NULL);
	fuzz_sidecar_whole(data, size);
	for (size_t i = 0; i < s->n; i++) {
		fuzz_sidecar_check_anno(s->items[i], false);
		FUZZ_ASSERT(anno_set_find(s, s->items[i]->id) == s->items[i]);
	}
	FUZZ_ASSERT(s->collection_id == NULL ||
	    strncmp(s->collection_id, "urn:uuid:", 9) == 0);
	/* What galley writes it reads back the same. */
	text = anno_json_dump_set(s, s->collection_id ? s->collection_id :
	    "urn:uuid:00000000-0000-4000-8000-000000000000", "story.txt");
	FUZZ_ASSERT(text != NULL);
	fuzz_sidecar_layout(s, text);
	again = anno_store_open_text(FUZZ_ARTICLE, text, strlen(text));
	if (again->readonly)
		fprintf(stderr, "%s\n", again->damage);
	FUZZ_ASSERT(!again->readonly);
	FUZZ_ASSERT(again->n == s->n && again->ntombs == s->ntombs);
	for (size_t i = 0; i < s->n; i++)
		FUZZ_ASSERT(anno_same(s->items[i], again->items[i]));
	free(text);
	anno_set_destroy(again);
	fuzz_sidecar_anchor(s);
	anno_set_destroy(s);
	return 0;
}
