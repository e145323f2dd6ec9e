/* Unit tests for reading big sidecars in two threads: the set and the
 * first failure are exactly what one thread gives, wherever the damage
 * is (before the split, after it, across it), and text the split cannot
 * trust is read by one thread; and a long array written in two threads
 * is the text one writes. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "anno/anno.h"
#include "anno/anno_json.h"
#include "base/util.h"

enum { N = 600 };

static struct anno *
make(size_t k)
{
	struct anno *a = anno_create();

	a->id = xasprintf("urn:x:%zu", k);
	a->motivation = ANNO_COMMENTING;
	a->creator = xstrdup("Tester");
	a->created = xstrdup("2026-01-02T03:04:05.678Z");
	a->modified = xstrdup("2026-01-02T03:04:05.678Z");
	a->note = xasprintf("note %zu, with \"quotes\" and },{", k);
	a->tags = xreallocarray(NULL, 2, sizeof *a->tags);
	a->tags[a->ntags++] = xstrdup("claim");
	a->tags[a->ntags++] = xstrdup("quote");
	a->exact = xstrdup("quay");
	a->prefix = xstrdup("the ");
	a->suffix = xstrdup("");
	a->start = k;
	a->end = k + 4;
	a->base_modified = xstrdup(a->modified);
	return a;
}

/* A sidecar of N annotations as galley writes it. */
static char *
sidecar(void)
{
	struct anno_set *s = anno_set_create("a.txt");
	char *text;

	for (size_t k = 0; k < N; k++)
		anno_set_append(s, make(k));
	anno_set_add_tomb(s, "urn:gone:1", "2026-01-01T00:00:00.000Z");
	text = anno_json_dump_set(s, "urn:uuid:c", "a.txt");
	anno_set_destroy(s);
	return text;
}

/* Reads text with split_min bytes; *cause when damaged; *split: whether
 * two threads read it. */
static struct anno_set *
read_with(const char *text, size_t split_min, bool *split, char **cause)
{
	struct anno_set *s = anno_set_create("a.txt");

	*cause = NULL;
	*split = false;
	if (anno_json_read_set_split(s, text, strlen(text), split_min, split,
	    cause) < 0)
		assert_non_null(*cause);
	return s;
}

static char *
dump(const struct anno_set *s)
{
	return anno_json_dump_set(s, "urn:uuid:c", "a.txt");
}

static void
test_same_set(void **state)
{
	char *text = sidecar(), *c1, *c2, *d1, *d2;
	struct anno_set *one, *two;
	bool split;

	(void)state;
	one = read_with(text, SIZE_MAX, &split, &c1);
	assert_false(split);
	two = read_with(text, 1, &split, &c2);
	assert_true(split);
	assert_null(c1);
	assert_null(c2);
	assert_int_equal(one->n, N);
	assert_int_equal(two->n, N);
	for (size_t k = 0; k < N; k++)
		assert_string_equal(one->items[k]->id, two->items[k]->id);
	assert_string_equal(two->source_iri, "a.txt");
	d1 = dump(one);
	d2 = dump(two);
	assert_string_equal(d1, text);
	assert_string_equal(d2, text);
	free(d1);
	free(d2);
	anno_set_destroy(one);
	anno_set_destroy(two);
	free(text);
}

/* Text with what of the k-th occurrence of find (a quoted string)
 * replaced by with. */
static char *
replace_nth(const char *text, const char *find, size_t k, const char *with)
{
	const char *at = text;
	struct buf b;

	for (size_t i = 0; i <= k; i++) {
		at = strstr(i ? at + 1 : at, find);
		assert_non_null(at);
	}
	buf_init(&b);
	buf_add(&b, text, (size_t)(at - text));
	buf_adds(&b, with);
	buf_adds(&b, at + strlen(find));
	return buf_steal(&b);
}

/* The damage of text as one thread and as two report it: the same. */
static void
assert_same_damage(char *text, const char *want)
{
	struct anno_set *one, *two;
	char *c1, *c2;
	bool split;

	one = read_with(text, SIZE_MAX, &split, &c1);
	two = read_with(text, 1, &split, &c2);
	assert_non_null(c1);
	assert_non_null(c2);
	assert_string_equal(c1, c2);
	if (strstr(c1, want) == NULL)
		fail_msg("cause \"%s\", want \"%s\"", c1, want);
	free(c1);
	free(c2);
	anno_set_destroy(one);
	anno_set_destroy(two);
	free(text);
}

static void
test_same_damage(void **state)
{
	char *text = sidecar();
	const size_t at[] = { 3, N / 2 - 1, N / 2, N / 2 + 1, N - 1 };

	(void)state;
	for (size_t i = 0; i < sizeof at / sizeof *at; i++) {
		char id[32], *t;

		assert_same_damage(replace_nth(text, "\"quay\"", at[i], "7"),
		    "\"exact\" is not a string");
		assert_same_damage(replace_nth(text, "\"type\": \"Annotation\"",
		    at[i], "\"type\" \"Annotation\""), "':' expected");
		snprintf(id, sizeof id, "\"urn:x:%zu\"", at[i]);
		assert_same_damage(replace_nth(text, id, 0, "\"urn:x:2\""),
		    "a second annotation with this id");
		/* A raw newline in a string, laid out like a split. */
		t = xasprintf("\"note %zu,", at[i]);
		assert_same_damage(replace_nth(text, t, 0,
		    "\"x},\n   {\"id\": 1}, "), "unexpected newline");
		free(t);
	}
	/* The last item's end and what follows it. */
	assert_same_damage(replace_nth(text, "\n  ]\n }", 0, "\n  \n }"),
	    "',' or ']' expected");
	free(text);
}

/* A duplicate across the split: the second of the two is the damage,
 * as one thread sees it. */
static void
test_dup_across(void **state)
{
	char *text = sidecar();

	(void)state;
	assert_same_damage(replace_nth(text, "\"urn:x:599\"", 0,
	    "\"urn:x:0\""), "a second annotation with this id");
	assert_same_damage(replace_nth(text, "\"urn:x:0\"", 0,
	    "\"urn:x:599\""), "a second annotation with this id");
	free(text);
}

/* Text laid out on one line is read by one thread, to the same set. */
static void
test_compact(void **state)
{
	struct buf b;
	struct anno_set *one, *two;
	char *c1, *c2;
	bool split;

	(void)state;
	buf_init(&b);
	buf_adds(&b, "{\"type\": \"AnnotationCollection\", \"first\": "
	    "{\"type\": \"AnnotationPage\", \"items\": [");
	for (size_t k = 0; k < N; k++)
		buf_printf(&b, "%s{\"type\": \"Annotation\", \"id\": "
		    "\"urn:x:%zu\", \"target\": {\"selector\": {\"type\": "
		    "\"TextQuoteSelector\", \"exact\": \"},\\n   {\"}}}",
		    k ? ", " : "", k);
	buf_adds(&b, "]}}");
	one = read_with(b.data, SIZE_MAX, &split, &c1);
	two = read_with(b.data, 1, &split, &c2);
	assert_false(split);
	assert_null(c1);
	assert_null(c2);
	assert_int_equal(one->n, N);
	assert_int_equal(two->n, N);
	anno_set_destroy(one);
	anno_set_destroy(two);
	buf_free(&b);
}

/* A long items array is written in two threads: still byte for byte
 * json_dumps's text of the whole tree. */
static void
test_dump_split(void **state)
{
	struct anno_set *s = anno_set_create("a.txt");
	json_t *tree;
	char *text, *want;

	(void)state;
	for (size_t k = 0; k < 4001; k++)
		anno_set_append(s, make(k));
	text = anno_json_dump_set(s, "urn:uuid:c", "a.txt");
	tree = anno_json_write_set(s, "urn:uuid:c", "a.txt");
	want = json_dumps(tree, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	assert_int_equal(strlen(text), strlen(want) + 1);
	assert_memory_equal(text, want, strlen(want));
	free(want);
	free(text);
	json_decref(tree);
	anno_set_destroy(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_set),
		cmocka_unit_test(test_same_damage),
		cmocka_unit_test(test_dup_across),
		cmocka_unit_test(test_compact),
		cmocka_unit_test(test_dump_split),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
