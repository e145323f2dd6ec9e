/* Unit tests for annotations: W3C JSON both ways, damaged sidecars with
 * their line and column, merging (tombstones, conflicts), saving when the
 * directory is missing, undo, and re-anchoring after edits. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <jansson.h>

#include "anno/anchor.h"
#include "anno/anno.h"
#include "anno/anno_foreign.h"
#include "base/dates.h"
#include "anno/anno_thread.h"
#include "anno/anno_json.h"
#include "anno/anno_merge.h"
#include "anno/anno_store.h"
#include "anno/anno_tag.h"
#include "anno/anno_thread.h"
#include "anno/anno_user.h"
#include "anno/anno_vocab.h"
#include "base/json_pos.h"
#include "clean/clean.h"
#include "ingest/load.h"
#include "base/util.h"

static const char story[] =
    "Harbour plans approved\n"
    "\n"
    "The harbour authority said on Tuesday that the new quay would open "
    "in the spring, after two years of delays.\n"
    "Dockworkers said they were satisfied with the agreement reached with "
    "the port operators last week.\n"
    "The mayor called the quay the first step of a larger plan.\n";

static struct doc *
doc_of(const char *text)
{
	char *cause = NULL;
	struct doc *d = load_bytes("story.txt", (const unsigned char *)text,
	    strlen(text), &cause);

	assert_non_null(d);
	return d;
}

/* Code point range of the first occurrence of s in d. */
static void
range_of(struct doc *d, const char *s, size_t *start, size_t *end)
{
	const char *p = strstr(d->text, s);

	assert_non_null(p);
	*start = doc_byte_to_cp(d, (size_t)(p - d->text));
	*end = doc_byte_to_cp(d, (size_t)(p - d->text) + strlen(s));
}

static struct anno *
add_quote(struct anno_set *s, struct doc *d, const char *quote,
    const char *tag, const char *note)
{
	size_t a, b;
	char *tags[] = { (char *)tag };
	char *cause = NULL;
	struct anno *x;

	range_of(d, quote, &a, &b);
	x = anno_add(s, d, a, b, "Tester", tags, tag ? 1 : 0, note, &cause);
	assert_non_null(x);
	return x;
}

static struct anno_set *
reread(const struct anno_set *s)
{
	char *text = anno_json_dump_set(s, "story.txt.anno.json",
	    "story.txt"), *cause = NULL;
	struct anno_set *t = anno_set_create("story.txt");

	if (anno_json_read_set(t, text, strlen(text), &cause) < 0)
		fail_msg("re-read failed: %s", cause);
	free(text);
	return t;
}

static void
test_w3c_shape(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *s = anno_set_create("story.txt");
	struct anno *a = add_quote(s, d, "new quay", "claim", "Which quay?");
	char *cause = NULL, *text;
	json_t *c, *item, *sel;

	(void)state;
	assert_non_null(anno_reply(s, a, "Editor", "The north one.", &cause));
	add_quote(s, d, "Dockworkers", NULL, NULL);
	text = anno_json_dump_set(s, "story.txt.anno.json", "story.txt");
	c = json_loads(text, 0, NULL);
	assert_non_null(c);
	assert_string_equal(json_string_value(json_object_get(c, "type")),
	    "AnnotationCollection");
	assert_string_equal(json_string_value(json_object_get(c, "@context")),
	    "http://www.w3.org/ns/anno.jsonld");
	item = json_array_get(json_object_get(json_object_get(c, "first"),
	    "items"), 0);
	assert_true(strncmp(json_string_value(json_object_get(item, "id")),
	    "urn:uuid:", 9) == 0);
	assert_string_equal(json_string_value(json_object_get(item,
	    "motivation")), "commenting");
	assert_string_equal(json_string_value(json_object_get(json_object_get(
	    item, "creator"), "type")), "Person");
	assert_string_equal(json_string_value(json_object_get(json_array_get(
	    json_object_get(item, "body"), 0), "purpose")), "tagging");
	assert_string_equal(json_string_value(json_object_get(json_array_get(
	    json_object_get(item, "body"), 1), "purpose")), "commenting");
	sel = json_object_get(json_object_get(item, "target"), "selector");
	assert_string_equal(json_string_value(json_object_get(json_array_get(
	    sel, 0), "exact")), "new quay");
	assert_int_equal(json_string_length(json_object_get(json_array_get(
	    sel, 0), "prefix")), 32);
	assert_int_equal(json_integer_value(json_object_get(json_array_get(
	    sel, 1), "end")) - json_integer_value(json_object_get(
	    json_array_get(sel, 1), "start")), 8);
	item = json_array_get(json_object_get(json_object_get(c, "first"),
	    "items"), 1);
	assert_string_equal(json_string_value(json_object_get(item,
	    "motivation")), "replying");
	assert_string_equal(json_string_value(json_object_get(item, "target")),
	    a->id);
	item = json_array_get(json_object_get(json_object_get(c, "first"),
	    "items"), 2);
	assert_string_equal(json_string_value(json_object_get(item,
	    "motivation")), "highlighting");
	json_decref(c);
	free(text);
	anno_set_destroy(s);
	doc_free(d);
}

static void
test_round_trip(void **state)
{
	struct doc *d = doc_of("Ünïcödé 日本語 text, with a quote \"here\".\n");
	struct anno_set *s = anno_set_create("story.txt"), *t;
	struct anno *a = add_quote(s, d, "日本語", "名前", "multi\nline ✓");
	char *cause = NULL;

	(void)state;
	anno_delete(s, add_quote(s, d, "quote", NULL, "gone"), &cause);
	t = reread(s);
	assert_int_equal(t->n, 1);
	assert_true(anno_same(a, t->items[0]));
	assert_int_equal(t->items[0]->start, 8);
	assert_int_equal(t->items[0]->end, 11);
	assert_int_equal(t->ntombs, 1);
	assert_true(anno_set_is_deleted(t, s->tombs[0].id));
	anno_set_destroy(t);
	anno_set_destroy(s);
	doc_free(d);
}

/* Another tool's annotation is carried through a save as it was: its
 * link body, its motivation, its rights, its target's type; nothing is
 * made up (no creator, no times, no position it never had), and placed
 * by its quote alone it counts as anchored, not moved. */
static void
test_foreign_kept(void **state)
{
	static const char text[] =
	    "{\"type\": \"AnnotationCollection\", \"first\": {\"type\": "
	    "\"AnnotationPage\", \"items\": [{\"id\": \"urn:x:1\", \"type\": "
	    "\"Annotation\", \"motivation\": \"linking\", \"rights\": "
	    "\"https://example.org/by\", \"body\": [{\"type\": "
	    "\"TextualBody\", \"value\": \"see ref\", \"purpose\": "
	    "\"commenting\"}, {\"type\": \"SpecificResource\", \"source\": "
	    "\"https://example.org/ref\", \"purpose\": \"linking\"}], "
	    "\"target\": {\"type\": \"SpecificResource\", \"source\": "
	    "\"story.txt\", \"selector\": [{\"type\": \"TextQuoteSelector\", "
	    "\"exact\": \"new quay\"}, {\"type\": \"XPathSelector\", "
	    "\"value\": \"/p[1]\"}]}}]}}";
	struct doc *d = doc_of(story);
	struct anno_set *s = anno_set_create("story.txt"), *t;
	char *cause = NULL, *out;
	json_t *c, *item, *body, *sel;

	(void)state;
	assert_int_equal(anno_json_read_set(s, text, strlen(text), &cause), 0);
	anchor_set(s, d);
	assert_int_equal(s->items[0]->state, ANNO_ANCHORED);
	assert_string_equal(s->items[0]->note, "see ref");
	out = anno_json_dump_set(s, "story.txt.anno.json", "story.txt");
	c = json_loads(out, 0, NULL);
	assert_non_null(c);
	item = json_array_get(json_object_get(json_object_get(c, "first"),
	    "items"), 0);
	assert_string_equal(json_string_value(json_object_get(item,
	    "motivation")), "linking");
	assert_string_equal(json_string_value(json_object_get(item,
	    "rights")), "https://example.org/by");
	assert_null(json_object_get(item, "creator"));
	assert_null(json_object_get(item, "created"));
	body = json_object_get(item, "body");
	assert_int_equal(json_array_size(body), 2);
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(body, 1), "source")), "https://example.org/ref");
	assert_string_equal(json_string_value(json_object_get(
	    json_object_get(item, "target"), "type")), "SpecificResource");
	sel = json_object_get(json_object_get(item, "target"), "selector");
	assert_int_equal(json_array_size(sel), 2);	/* no position made up */
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(sel, 1), "type")), "XPathSelector");
	/* And read again, the same annotation. */
	t = anno_set_create("story.txt");
	assert_int_equal(anno_json_read_set(t, out, strlen(out), &cause), 0);
	assert_true(anno_same(s->items[0], t->items[0]));
	json_decref(c);
	free(out);
	anno_set_destroy(t);
	anno_set_destroy(s);
	doc_free(d);
}

/* A body may be a link alone ("body": "IRI", as the W3C model allows):
 * read, kept through a save, never taken for damage.  The bodies galley
 * keeps without reading (a tag and a note with their own creator, a
 * link) are put into words for the lists. */
static void
test_foreign_bodies_said(void **state)
{
	static const char text[] =
	    "{\"type\": \"AnnotationCollection\", \"first\": {\"type\": "
	    "\"AnnotationPage\", \"items\": [{\"id\": \"urn:x:1\", \"type\": "
	    "\"Annotation\", \"body\": [{\"type\": \"TextualBody\", "
	    "\"value\": \"Check the date\\nsecond line\", \"purpose\": "
	    "\"commenting\", \"creator\": {\"name\": \"Ann\"}}, {\"type\": "
	    "\"TextualBody\", \"value\": \"place\", \"purpose\": \"tagging\", "
	    "\"created\": \"2026-01-01T00:00:00Z\"}], \"target\": {\"source\": "
	    "\"story.txt\", \"selector\": {\"type\": \"TextQuoteSelector\", "
	    "\"exact\": \"new quay\"}}}, {\"id\": \"urn:x:2\", \"type\": "
	    "\"Annotation\", \"motivation\": \"linking\", \"body\": "
	    "\"https://example.org/quay\", \"target\": {\"source\": "
	    "\"story.txt\", \"selector\": {\"type\": \"TextQuoteSelector\", "
	    "\"exact\": \"quay\"}}}]}}";
	struct anno_set *s = anno_set_create("story.txt"), *t;
	char *cause = NULL, *out, *said;
	json_t *c, *item;

	(void)state;
	assert_int_equal(anno_json_read_set(s, text, strlen(text), &cause), 0);
	assert_false(s->readonly);
	assert_int_equal(s->n, 2);
	assert_null(s->items[0]->note);
	assert_int_equal(s->items[0]->ntags, 0);
	said = anno_other_bodies(s->items[0]);
	assert_string_equal(said, "commenting: Check the date; tagging: place");
	free(said);
	said = anno_other_bodies(s->items[1]);
	assert_string_equal(said, "https://example.org/quay");
	free(said);
	out = anno_json_dump_set(s, "story.txt.anno.json", "story.txt");
	c = json_loads(out, 0, NULL);
	item = json_array_get(json_object_get(json_object_get(c, "first"),
	    "items"), 1);
	assert_string_equal(json_string_value(json_array_get(
	    json_object_get(item, "body"), 0)), "https://example.org/quay");
	t = anno_set_create("story.txt");
	assert_int_equal(anno_json_read_set(t, out, strlen(out), &cause), 0);
	assert_true(anno_same(s->items[1], t->items[1]));
	json_decref(c);
	free(out);
	anno_set_destroy(t);
	anno_set_destroy(s);
}

static void
expect_damage(const char *text, const char *want)
{
	struct anno_set *s = anno_set_create("x.txt");
	char *cause = NULL;

	assert_int_equal(anno_json_read_set(s, text, strlen(text), &cause), -1);
	assert_non_null(cause);
	if (strncmp(cause, want, strlen(want)) != 0)
		fail_msg("cause \"%s\", want it to start with \"%s\"", cause,
		    want);
	free(cause);
	anno_set_destroy(s);
}

/* A sidecar of first..first+n annotations (ids urn:x:K) and as many
 * deletions (urn:gone:K); dup repeats the first id at the end. */
static char *
many_text(size_t first, size_t n, bool dup)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "{\"type\": \"AnnotationCollection\", "
	    "\"galley:deleted\": [");
	for (size_t k = first; k < first + n; k++)
		buf_printf(&b, "%s{\"id\": \"urn:gone:%zu\", \"deleted\": "
		    "\"2025-01-01T00:00:00.000Z\"}", k > first ? ", " : "", k);
	buf_adds(&b, "], \"first\": {\"type\": \"AnnotationPage\", "
	    "\"items\": [");
	for (size_t k = first; k < first + n + dup; k++)
		buf_printf(&b, "%s{\"type\": \"Annotation\", \"id\": "
		    "\"urn:x:%zu\", \"target\": {\"selector\": {\"type\": "
		    "\"TextQuoteSelector\", \"exact\": \"quay\"}}}",
		    k > first ? ", " : "", k < first + n ? k : first);
	buf_adds(&b, "]}}");
	return buf_steal(&b);
}

/* Ids are looked up through indexes now (loading, merging, deletions):
 * the same answers as the linear scans gave, on sets big enough to
 * collide in the hash tables. */
static void
test_many_ids(void **state)
{
	enum { N = 3000 };
	char *t1 = many_text(0, N, false), *t2 = many_text(N / 2, N, false);
	char *t3 = many_text(0, N, true), id[32];
	struct anno_set *mine, *theirs, *bad;

	(void)state;
	mine = anno_store_open_text("x.txt", t1, strlen(t1));
	theirs = anno_store_open_text("x.txt", t2, strlen(t2));
	bad = anno_store_open_text("x.txt", t3, strlen(t3));
	assert_false(mine->readonly);
	assert_int_equal(mine->n, N);
	assert_int_equal(mine->ntombs, N);
	assert_true(bad->readonly);
	assert_non_null(strstr(bad->damage, "a second annotation with this id"));
	anno_merge(mine, theirs);
	assert_int_equal(mine->n, N + N / 2);
	assert_int_equal(mine->ntombs, N + N / 2);	/* no tomb twice */
	for (size_t k = 0; k < N + N / 2; k++) {
		snprintf(id, sizeof id, "urn:gone:%zu", k);
		assert_true(anno_set_is_deleted(mine, id));
		snprintf(id, sizeof id, "urn:x:%zu", k);
		assert_false(anno_set_is_deleted(mine, id));
		assert_non_null(anno_set_find(mine, id));
	}
	anno_set_destroy(mine);
	anno_set_destroy(theirs);
	anno_set_destroy(bad);
	free(t1);
	free(t2);
	free(t3);
}

static void
test_damaged(void **state)
{
	(void)state;
	expect_damage("{\n  \"type\": \"AnnotationCollection\",\n  oops\n}",
	    "3:");
	expect_damage("[1, 2]", "1:1: not an AnnotationCollection");
	expect_damage("{\"type\": \"AnnotationCollection\"}",
	    "1:1: no \"first\"");
	expect_damage("{\"type\": \"AnnotationCollection\",\n"
	    "\"first\": {\"type\": \"AnnotationPage\", \"items\": [\n"
	    "  {\"id\": \"urn:uuid:1\", \"type\": \"Annotation\", "
	    "\"target\": \"urn:uuid:2\"},\n"
	    "  {\"id\": \"urn:uuid:3\", \"type\": \"Annotation\"}\n]}}",
	    "4:3: no \"target\"");
	expect_damage("{\"type\": \"AnnotationCollection\",\n"
	    "\"first\": {\"type\": \"AnnotationPage\", \"items\": [\n"
	    "  {\"id\": \"urn:uuid:1\", \"type\": \"Annotation\", \"target\":"
	    " {\"selector\": {\"type\": \"TextPositionSelector\", "
	    "\"start\": -4, \"end\": 2}}}]}}",
	    "3:");
	/* Two quotes (found by fuzz_sidecar: the first one leaked). */
	expect_damage("{\"type\": \"AnnotationCollection\",\n"
	    "\"first\": {\"type\": \"AnnotationPage\", \"items\": [\n"
	    "  {\"id\": \"urn:uuid:1\", \"type\": \"Annotation\", \"target\":"
	    " {\"selector\": [{\"type\": \"TextQuoteSelector\", "
	    "\"exact\": \"a\"},\n {\"type\": \"TextQuoteSelector\", "
	    "\"exact\": \"b\"}]}}]}}",
	    "4:2: a second TextQuoteSelector");
	/* A collection paged by another tool: its first page alone would
	 * be read, and the rest lost at the next save. */
	expect_damage("{\"type\": \"AnnotationCollection\", \"total\": 2,\n"
	    "\"first\": {\"type\": \"AnnotationPage\", \"items\": [\n"
	    "  {\"id\": \"urn:uuid:1\", \"type\": \"Annotation\", \"target\":"
	    " {\"selector\": {\"type\": \"TextQuoteSelector\", "
	    "\"exact\": \"a\"}}}],\n\"next\": \"page2.json\"}}",
	    "4:9: the collection goes on past its first page");
	/* Times that are no dates, as type errors are (the W3C export of
	 * them did not validate, and --since compared them as text). */
	expect_damage("{\"type\": \"AnnotationCollection\",\n"
	    "\"first\": {\"type\": \"AnnotationPage\", \"items\": [\n"
	    "  {\"id\": \"urn:uuid:1\", \"type\": \"Annotation\", "
	    "\"created\": \"not a date\", \"target\": \"urn:uuid:2\"}]}}",
	    "3:57: \"created\" is not a date and time");
	expect_damage("{\"type\": \"AnnotationCollection\",\n"
	    "\"first\": {\"type\": \"AnnotationPage\", \"items\": [\n"
	    "  {\"id\": \"urn:uuid:1\", \"type\": \"Annotation\", "
	    "\"modified\": \"2099-99-99T99:99:99Z\", "
	    "\"target\": \"urn:uuid:2\"}]}}",
	    "3:58: \"modified\" is not a date and time");
	/* And the times of deletions and their undoing, which a merge
	 * compares (a text after every date outlived every deletion). */
	expect_damage("{\"type\": \"AnnotationCollection\",\n"
	    "\"first\": {\"type\": \"AnnotationPage\", \"items\": [\n"
	    "  {\"id\": \"urn:uuid:1\", \"type\": \"Annotation\", "
	    "\"galley:restored\": \"zzz\", \"target\": \"urn:uuid:2\"}]}}",
	    "3:65: \"galley:restored\" is not a date and time");
	expect_damage("{\"type\": \"AnnotationCollection\",\n"
	    "\"galley:deleted\": [{\"id\": \"urn:uuid:1\", "
	    "\"deleted\": \"2025-01-01\"}],\n"
	    "\"first\": {\"type\": \"AnnotationPage\", \"items\": []}}",
	    "2:52: \"deleted\" is not a date and time");
}

/* A deletion without a time (another tool's) and an undo that found
 * no deletion to cancel have no time to write: the sidecar leaves it
 * out, as it leaves out an empty created, and reads again. */
static void
test_times_left_out(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *s = anno_set_create("story.txt"), *t;
	struct anno *a = add_quote(s, d, "new quay", "claim", NULL);
	char *cause = NULL, *id = xstrdup(a->id);

	(void)state;
	anno_set_add_tomb(s, "urn:uuid:gone", "");
	assert_int_equal(anno_delete(s, a, &cause), 0);
	anno_set_remove_tomb(s, id);
	assert_non_null(anno_undo_delete(s));
	t = reread(s);
	assert_int_equal(t->ntombs, 1);
	assert_true(anno_set_is_deleted(t, "urn:uuid:gone"));
	assert_non_null(anno_set_find(t, id));
	anno_set_destroy(t);
	free(id);
	anno_set_destroy(s);
	doc_free(d);
}

/* A syntax error anywhere (the reader decodes an annotation at a time) is
 * placed where jansson places it in the whole text, and its reason never
 * quotes the text. */
static void
expect_syntax_error(const char *text)
{
	json_error_t err;
	char want[32];

	assert_null(json_loadb(text, strlen(text), 0, &err));
	snprintf(want, sizeof want, "%d:%d: ", err.line, err.column);
	expect_damage(text, want);
}

static void
test_damaged_syntax(void **state)
{
	const char *texts[] = {
		"{\"type\": \"AnnotationCollection\",\n\"first\": {\"type\": "
		    "\"AnnotationPage\", \"items\": [\n  {\"id\": SECRET}]}}",
		"{\"type\": \"AnnotationCollection\",\n\"galley:deleted\": "
		    "[{\"id\": \"a\"}, {\"id\": \"\u00e9\\xZZ\"}]}",
		"{\"type\": \"AnnotationCollection\",\n\"first\": {\"type\": "
		    "\"AnnotationPage\", \"items\": [\n  {\"x\": \"\u00e9\u00e9\", "
		    "\"y\": \"\\uZZZZ\"}]}}",
		"{\"first\": {\"items\": [{\"id\": \"a\"",
	};
	char *cause = NULL;
	struct anno_set *s;

	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		expect_syntax_error(texts[i]);
	/* A repeated key is damage at every level, the collection's too. */
	expect_damage("{\"type\": \"AnnotationCollection\", \"type\": \"x\"}",
	    "1:34: duplicate object key");
	expect_damage("{\"first\": {\"items\": [], \"items\": []}}",
	    "1:25: duplicate object key");
	s = anno_set_create("x.txt");
	assert_int_equal(anno_json_read_set(s, texts[0], strlen(texts[0]),
	    &cause), -1);
	assert_null(strstr(cause, "SECRET"));
	free(cause);
	anno_set_destroy(s);
}

/* The sidecar's text without the file: what anno_store_open makes of it. */
static void
test_open_text(void **state)
{
	const char good[] = "{\"type\": \"AnnotationCollection\", "
	    "\"first\": {\"type\": \"AnnotationPage\", \"items\": []}}";
	struct anno_set *s;

	(void)state;
	s = anno_store_open_text("dir/x.txt", good, strlen(good));
	assert_false(s->readonly);
	assert_null(s->damage);
	anno_set_destroy(s);
	s = anno_store_open_text("dir/x.txt", good, strlen(good) - 1);
	assert_true(s->readonly);
	assert_int_equal(s->n, 0);
	assert_non_null(s->damage);
	assert_true(strncmp(s->damage, "dir/x.txt.anno.json:1:", 22) == 0);
	anno_set_destroy(s);
}

/* s's sidecar text is json_dumps's of its whole tree; s is freed. */
static void
assert_dump_same(struct anno_set *s)
{
	char *text = anno_json_dump_set(s, "urn:uuid:c", "story.txt");
	json_t *c = anno_json_write_set(s, "urn:uuid:c", "story.txt");
	char *want = json_dumps(c, JSON_INDENT(1) | JSON_PRESERVE_ORDER);

	assert_int_equal(strlen(text), strlen(want) + 1);
	assert_memory_equal(text, want, strlen(want));
	free(want);
	free(text);
	json_decref(c);
	anno_set_destroy(s);
}

/* The sidecar text, dumped an annotation at a time, is what jansson
 * would dump from the whole tree of anno_json_write_set: every field, a
 * reply, a conflict, two tombstones; and with none of either. */
static void
test_dump_is_jansson_layout(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *s = anno_set_create("story.txt");
	struct anno *a = add_quote(s, d, "new quay", "claim",
	    "Which \"quay\"?\n\tx\x01" "y");
	char *cause = NULL;

	(void)state;
	assert_non_null(anno_reply(s, a, "\xc3\x89" "diteur", "North.",
	    &cause));
	add_quote(s, d, "Dockworkers", NULL, NULL);
	add_quote(s, d, "mayor", "a", NULL)->restored = xstrdup("2026-01-01");
	a->others = xcalloc(1, sizeof *a->others);
	a->others[a->nothers++] = anno_dup(s->items[2]);
	anno_set_add_tomb(s, "urn:uuid:gone", "2025-12-31T00:00:00.000Z");
	anno_set_add_tomb(s, "urn:uuid:left", "2026-01-01T00:00:00.000Z");
	s->has_source = true;
	s->source_size = 123;
	memset(s->source_sha256, 'a', 64);
	assert_dump_same(s);
	s = anno_set_create("story.txt");
	assert_dump_same(s);
	doc_free(d);
}

static void
test_json_pos(void **state)
{
	const char text[] = "{\"a\": [1, {\"b\": \"x,]\"},\n   {\"c\": 2}]}";
	struct jpath p = { .n = 0 };
	size_t line, col;

	(void)state;
	jpath_push_key(&p, "a");
	jpath_push_index(&p, 2);
	jpath_push_key(&p, "c");
	json_pos_locate(text, strlen(text), &p, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 10);
	jpath_pop(&p);
	json_pos_locate(text, strlen(text), &p, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 4);
}

/* Two processes' views of one sidecar, as anno_store_open gives them. */
static void
test_merge_tombstone_and_new(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *base = anno_set_create("story.txt"), *mine, *theirs;
	struct anno *a;
	char *cause = NULL;

	(void)state;
	add_quote(base, d, "new quay", "claim", NULL);
	add_quote(base, d, "Dockworkers", "source", NULL);
	mine = reread(base);
	theirs = reread(base);
	/* They delete the first and add one; I add one. */
	anno_delete(theirs, theirs->items[0], &cause);
	add_quote(theirs, d, "mayor", "quote", NULL);
	a = add_quote(mine, d, "port operators", "source", NULL);
	anno_merge(mine, theirs);
	assert_int_equal(mine->n, 3);
	assert_null(anno_set_find(mine, base->items[0]->id));
	assert_non_null(anno_set_find(mine, a->id));
	assert_true(anno_set_is_deleted(mine, base->items[0]->id));
	anno_set_destroy(theirs);
	/* A stale copy of the deleted annotation does not bring it back. */
	theirs = reread(base);
	anno_merge(theirs, mine);
	assert_null(anno_set_find(theirs, base->items[0]->id));
	assert_int_equal(theirs->n, 3);
	anno_set_destroy(theirs);
	anno_set_destroy(mine);
	anno_set_destroy(base);
	doc_free(d);
}

static void
test_merge_conflict(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *base = anno_set_create("story.txt"), *mine, *theirs;
	struct anno_set *other;
	struct anno *m;
	char *cause = NULL;

	(void)state;
	add_quote(base, d, "new quay", "claim", NULL);
	mine = reread(base);
	theirs = reread(base);
	anno_set_note(theirs, theirs->items[0], "their note", &cause);
	anno_set_note(mine, mine->items[0], "my later note", &cause);
	/* Make mine certainly later. */
	free(mine->items[0]->modified);
	mine->items[0]->modified = xstrdup("2999-01-01T00:00:00.000Z");
	anno_merge(mine, theirs);
	assert_int_equal(mine->n, 1);
	m = mine->items[0];
	assert_string_equal(m->note, "my later note");
	assert_int_equal(m->nothers, 1);
	assert_string_equal(m->others[0]->note, "their note");
	/* The kept version survives writing and reading. */
	anno_set_destroy(theirs);
	theirs = reread(mine);
	assert_int_equal(theirs->items[0]->nothers, 1);
	/* Resolving drops it, and a merge with the old file does not bring
	 * it back: the resolution is an edit of a known version. */
	anno_resolve(theirs, theirs->items[0], 0, &cause);
	assert_string_equal(theirs->items[0]->note, "their note");
	assert_int_equal(theirs->items[0]->nothers, 0);
	other = reread(mine);
	anno_merge(theirs, other);
	anno_set_destroy(other);
	assert_int_equal(theirs->items[0]->nothers, 0);
	assert_string_equal(theirs->items[0]->note, "their note");
	anno_set_destroy(theirs);
	anno_set_destroy(mine);
	anno_set_destroy(base);
	doc_free(d);
}

static void
test_merge_unchanged_takes_theirs(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *base = anno_set_create("story.txt"), *mine, *theirs;
	char *cause = NULL;

	(void)state;
	add_quote(base, d, "new quay", "claim", NULL);
	mine = reread(base);
	theirs = reread(base);
	anno_set_note(theirs, theirs->items[0], "edited there", &cause);
	anno_merge(mine, theirs);
	assert_string_equal(mine->items[0]->note, "edited there");
	assert_int_equal(mine->items[0]->nothers, 0);
	anno_set_destroy(theirs);
	anno_set_destroy(mine);
	anno_set_destroy(base);
	doc_free(d);
}


/* The reply index: each reply under what it answers, in set order; a
 * reply to an id not in the set is marked gone and heads its own thread;
 * a self-reply (written by hand) does not make a list that never ends. */
static void
test_threads(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *s = anno_set_create("story.txt");
	struct anno *a = add_quote(s, d, "new quay", "claim", NULL);
	struct anno *b = add_quote(s, d, "Dockworkers", "source", NULL);
	struct anno *r1 = anno_reply(s, a, "Bob", "north?", NULL);
	struct anno *r2 = anno_reply(s, r1, "Ann", "yes", NULL);
	struct anno *r3 = anno_reply(s, a, "Cy", "and south", NULL);
	struct anno *lost = anno_reply(s, b, "Cy", "gone", NULL);
	struct anno_threads t;

	(void)state;
	assert_non_null(r2);
	assert_non_null(r3);
	free(lost->reply_to);
	lost->reply_to = xstrdup("urn:uuid:not-here");
	free(b->reply_to);
	b->reply_to = xstrdup(b->id);	/* answers itself */
	anno_threads_build(&t, s);
	assert_int_equal(t.n, 6);
	assert_int_equal(t.parent[0], ANNO_NONE);
	assert_false(t.gone[0]);
	assert_int_equal(t.first_reply[0], 2);	/* r1, then r3 */
	assert_int_equal(t.next_reply[2], 4);
	assert_int_equal(t.next_reply[4], ANNO_NONE);
	assert_int_equal(t.first_reply[2], 3);	/* r2 answers r1 */
	assert_int_equal(t.parent[3], 2);
	assert_int_equal(t.parent[5], ANNO_NONE);
	assert_true(t.gone[5]);
	assert_int_equal(t.parent[1], 1);
	assert_int_equal(t.first_reply[1], 1);
	assert_int_equal(t.next_reply[1], ANNO_NONE);
	/* Threads in set order, from their head. */
	assert_int_equal(t.head[0], 0);
	assert_int_equal(t.head[3], 0);
	assert_int_equal(t.head[1], ANNO_NONE);	/* a loop, not a thread */
	/* A reply whose annotation is gone starts a thread of its own
	 * (exports keep it, with what answers it). */
	assert_int_equal(t.head[5], 5);
	assert_int_equal(t.next_in_thread[5], ANNO_NONE);
	assert_int_equal(t.next_in_thread[0], 2);
	assert_int_equal(t.next_in_thread[2], 3);
	assert_int_equal(t.next_in_thread[3], 4);
	assert_int_equal(t.next_in_thread[4], ANNO_NONE);
	anno_threads_free(&t);
	/* A reply before its head in the set (a merge can do that): the
	 * head still starts its thread's list. */
	s->items[0] = r3;
	s->items[4] = a;
	anno_threads_build(&t, s);
	assert_int_equal(t.head[0], 4);
	assert_int_equal(t.next_in_thread[4], 0);
	assert_int_equal(t.next_in_thread[0], 2);
	assert_int_equal(t.next_in_thread[2], 3);
	assert_int_equal(t.next_in_thread[3], ANNO_NONE);
	anno_threads_free(&t);
	anno_set_destroy(s);
	doc_free(d);
}

/* A review is an assessing reply with a verdict; the latest review of
 * an annotation stands, also after a round trip through the sidecar. */
/* A creator with a control character (GALLEY_USER=$'Evil\e[31m') is
 * refused as a note or a tag with one is: it went raw into the sidecar
 * and every export.  The message names where the name comes from. */
static void
test_creator_control_refused(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *s = anno_set_create("story.txt");
	struct anno *a = add_quote(s, d, "new quay", "claim", NULL);
	const char *bad[] = { "Evil\033[31m", "two\nlines", "a\tb",
	    "bad\xff" };
	char *cause = NULL;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_null(anno_add(s, d, 0, 4, bad[i], NULL, 0, NULL,
		    &cause));
		assert_non_null(strstr(cause, "GALLEY_USER"));
		free(cause);
		cause = NULL;
		assert_null(anno_reply(s, a, bad[i], "x", &cause));
		assert_non_null(cause);
		free(cause);
		cause = NULL;
		assert_null(anno_assess(s, a, bad[i], "accepted", NULL,
		    &cause));
		assert_non_null(cause);
		free(cause);
		cause = NULL;
	}
	assert_int_equal(s->n, 1);
	/* Any other UTF-8 name signs. */
	assert_non_null(anno_reply(s, a, "\xc3\x89" "diteur", "x", &cause));
	anno_set_destroy(s);
	doc_free(d);
}

static void
test_verdicts(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *s = anno_set_create("story.txt"), *t;
	struct anno *a = add_quote(s, d, "new quay", "claim", NULL);
	struct anno *b = add_quote(s, d, "Dockworkers", "source", NULL);
	const struct anno **v;
	struct anno *r1, *r2;
	char *cause = NULL;

	(void)state;
	assert_null(anno_assess(s, a, "Bob", "maybe", NULL, &cause));
	assert_non_null(cause);
	free(cause);
	cause = NULL;
	/* By a second person: not by the one who made it. */
	assert_null(anno_assess(s, a, "Tester", "accepted", NULL, &cause));
	assert_string_equal(cause, "a review is by a second person: you "
	    "made this annotation");
	free(cause);
	cause = NULL;
	r1 = anno_assess(s, a, "Bob", "rejected", "not sourced", &cause);
	r2 = anno_assess(s, a, "Cy", "accepted", NULL, &cause);
	assert_non_null(r1);
	assert_non_null(r2);
	/* A reply has no tags. */
	assert_int_equal(anno_set_tags(s, r1, (char *[]){ "claim" }, 1,
	    &cause), -1);
	assert_string_equal(cause, "a reply has no tags: t on the "
	    "annotation it answers");
	assert_int_equal(r1->ntags, 0);
	free(cause);
	cause = NULL;
	/* Of an annotation, not of a reply. */
	assert_null(anno_assess(s, r1, "Dan", "accepted", NULL, &cause));
	assert_string_equal(cause, "a review is of an annotation, not of a "
	    "reply");
	free(cause);
	cause = NULL;
	assert_int_equal(r1->motivation, ANNO_ASSESSING);
	/* The same millisecond: the later in the set stands. */
	free(r2->modified);
	r2->modified = xstrdup(r1->modified);
	v = anno_verdicts(s);
	assert_ptr_equal(v[0], r2);
	assert_null(v[1]);	/* b: never reviewed */
	assert_null(b->verdict);
	assert_null(v[2]);	/* a review has no verdict of its own */
	free(v);
	t = reread(s);
	v = anno_verdicts(t);
	assert_string_equal(v[0]->verdict, "accepted");
	assert_string_equal(v[0]->creator, "Cy");
	assert_int_equal(anno_set_find(t, r1->id)->motivation, ANNO_ASSESSING);
	assert_string_equal(anno_set_find(t, r1->id)->note, "not sourced");
	free(v);
	anno_set_destroy(t);
	anno_set_destroy(s);
	doc_free(d);
}

/* Undo brings the same ids back (replies, exports and other copies
 * refer to them) and removes their tombstones. */
static void
test_undo_delete(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *s = anno_set_create("story.txt"), *t;
	struct anno *a = add_quote(s, d, "new quay", "claim", NULL), *r, *back;
	char *cause = NULL, *old = xstrdup(a->id), *rid;

	(void)state;
	r = anno_reply(s, a, "Editor", "Agreed", &cause);
	rid = xstrdup(r->id);
	assert_int_equal(anno_delete(s, a, &cause), 0);
	assert_int_equal(s->n, 0);	/* the thread went with its head */
	assert_int_equal(s->ntombs, 2);
	back = anno_undo_delete(s);
	assert_non_null(back);
	assert_string_equal(back->id, old);
	assert_false(anno_set_is_deleted(s, old));
	assert_false(anno_set_is_deleted(s, rid));
	assert_int_equal(s->ntombs, 0);
	assert_int_equal(s->n, 2);
	assert_string_equal(anno_set_find(s, rid)->reply_to, old);
	assert_string_equal(back->tags[0], "claim");
	assert_null(anno_undo_delete(s));
	t = reread(s);	/* the mark survives the sidecar */
	assert_non_null(anno_set_find(t, old)->restored);
	anno_set_destroy(t);
	{
		/* Edits: a tag given twice is kept once; the motivation
		 * follows the content. */
		char *dup[] = { "x", "x", "y" };

		assert_int_equal(anno_set_tags(s, back, dup, 3, &cause), 0);
		assert_int_equal(back->ntags, 2);
		assert_int_equal(back->motivation, ANNO_TAGGING);
		assert_int_equal(anno_set_note(s, back, "n", &cause), 0);
		assert_int_equal(back->motivation, ANNO_COMMENTING);
		assert_true(strcmp(back->modified, back->created) > 0);
	}
	free(old);
	free(rid);
	anno_set_destroy(s);
	doc_free(d);
}

/* Deleting a thread's head deletes its replies, replies to replies
 * included; no reply is left pointing at a deleted id. */
static void
test_delete_thread(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *s = anno_set_create("story.txt");
	struct anno *other = add_quote(s, d, "Dockworkers", "source", NULL);
	struct anno *a = add_quote(s, d, "new quay", "claim", "Which?");
	struct anno *r1, *r2;
	char *cause = NULL;

	(void)state;
	r1 = anno_reply(s, a, "Editor", "The north one", &cause);
	r2 = anno_reply(s, r1, "Tester", "Sure?", &cause);
	assert_non_null(anno_reply(s, other, "Editor", "Named?", &cause));
	assert_int_equal(anno_thread_replies(s, a), 2);
	assert_int_equal(anno_thread_replies(s, r2), 0);
	assert_int_equal(anno_delete(s, a, &cause), 0);
	assert_int_equal(s->n, 2);
	assert_int_equal(s->ntombs, 3);
	for (size_t i = 0; i < s->n; i++)
		assert_true(s->items[i]->reply_to == NULL ||
		    anno_set_find(s, s->items[i]->reply_to) != NULL);
	assert_int_equal(anno_undo_delete(s) != NULL, 1);
	assert_int_equal(s->n, 5);
	anno_set_destroy(s);
	doc_free(d);
}

/* The sidecar still has the tombstone when the undo is saved, or another
 * process merged the deletion: the restored annotation outlives that
 * tombstone (and only that one), and concurrent edits still merge. */
static void
test_undo_merges(void **state)
{
	struct doc *d = doc_of(story);
	struct anno_set *s = anno_set_create("story.txt"), *disk, *theirs;
	struct anno *a = add_quote(s, d, "new quay", "claim", NULL), *back;
	struct anno *b = add_quote(s, d, "Dockworkers", "source", NULL);
	char *cause = NULL, *id = xstrdup(a->id), *bid = xstrdup(b->id);
	char *tags[] = { "quote" };

	(void)state;
	assert_int_equal(anno_delete(s, a, &cause), 0);
	theirs = reread(s);		/* another process saw the deletion */
	disk = reread(s);		/* the sidecar after the delete */
	back = anno_undo_delete(s);
	assert_non_null(back);
	anno_merge(s, disk);		/* the undo's save */
	assert_non_null(anno_set_find(s, id));
	assert_false(anno_set_is_deleted(s, id));
	/* The other process edits b meanwhile and saves over the undo. */
	assert_int_equal(anno_set_tags(theirs, anno_set_find(theirs, bid),
	    tags, 1, &cause), 0);
	anno_set_destroy(disk);
	disk = reread(s);
	anno_merge(theirs, disk);
	assert_non_null(anno_set_find(theirs, id));
	assert_false(anno_set_is_deleted(theirs, id));
	assert_string_equal(anno_set_find(theirs, bid)->tags[0], "quote");
	/* A second deletion, after the undo, wins again. */
	anno_set_destroy(disk);
	disk = reread(theirs);
	assert_int_equal(anno_delete(theirs, anno_set_find(theirs, id),
	    &cause), 0);
	anno_merge(theirs, disk);
	assert_null(anno_set_find(theirs, id));
	assert_true(anno_set_is_deleted(theirs, id));
	free(id);
	free(bid);
	anno_set_destroy(disk);
	anno_set_destroy(theirs);
	anno_set_destroy(s);
	doc_free(d);
}

/* An undo outlives a deletion by time, not by how the times are spelt:
 * another tool may write an offset or no fraction (QA 37, polish). */
static void
test_outlives_by_instant(void **state)
{
	struct anno a = { 0 };
	struct anno_tomb t = { 0 };

	(void)state;
	/* 23:30 UTC, before the deletion, though it sorts after it. */
	a.restored = "2026-12-06T01:30:00+02:00";
	t.deleted = "2026-12-06T00:00:00.000Z";
	assert_false(anno_outlives(&a, &t));
	a.restored = "2026-12-06T00:00:01Z";
	assert_true(anno_outlives(&a, &t));
	a.restored = NULL;
	assert_false(anno_outlives(&a, &t));
}

/* Tags are tokens: letters of any script, digits and -_.:/; a sentence
 * is refused, naming the part that is not a tag. */
static void
test_tags_are_tokens(void **state)
{
	static const char *const good[] = { "claim", "source:named",
	    "2024-figures", "fact_check", "en/claim", "v1.2", "Ünïcödé",
	    "日本語", "cafe\xCC\x81" };
	static const char *const bad[] = { "", "two words", "why?",
	    "a\tb", "\"quoted\"", "tag!", "semi;colon", "x\xFF",
	    "emoji\xF0\x9F\x98\x80" };
	char **tags, *b = NULL;
	long n;

	(void)state;
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		assert_true(anno_tag_ok(good[i]));
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_false(anno_tag_ok(bad[i]));
	n = anno_tags_split(" claim, source ;claim,, quote ", &tags, &b);
	assert_int_equal(n, 3);
	assert_null(b);
	assert_string_equal(tags[0], "claim");
	assert_string_equal(tags[1], "source");
	assert_string_equal(tags[2], "quote");
	anno_tags_free(tags, (size_t)n);
	n = anno_tags_split("claim, his really a shift? Source says", &tags,
	    &b);
	assert_int_equal(n, -1);
	assert_null(tags);
	assert_string_equal(b, "his really a shift? Source says");
	free(b);
	assert_int_equal(anno_tags_split("  ", &tags, &b), 0);
	anno_tags_free(tags, 0);
}

static void
test_save_failure_keeps_memory(void **state)
{
	char dir[] = "/tmp/galley-anno-XXXXXX", *article, *cause = NULL;
	struct doc *d = doc_of(story);
	struct anno_set *s;
	char *other;

	(void)state;
	assert_non_null(mkdtemp(dir));
	article = xasprintf("%s/missing/story.txt", dir);
	s = anno_set_create(article);
	add_quote(s, d, "new quay", "claim", NULL);
	assert_int_equal(anno_store_save(s, d, &cause), -1);
	/* Whether anything is kept is the caller's to say. */
	assert_null(strstr(cause, "kept in memory"));
	assert_non_null(strstr(cause, "missing"));
	free(cause);
	assert_int_equal(s->n, 1);
	assert_true(s->items[0]->dirty);
	other = xasprintf("%s/elsewhere.anno.json", dir);
	assert_int_equal(anno_store_save_as(s, d, other, &cause), 0);
	assert_false(s->items[0]->dirty);
	anno_set_destroy(s);
	s = anno_set_create(article);
	free(s->sidecar);
	s->sidecar = xstrdup(other);
	anno_set_destroy(s);
	{
		/* What was saved elsewhere reads back. */
		char *cmd;

		s = anno_store_open(article);
		assert_int_equal(s->n, 0);
		anno_set_destroy(s);
		cmd = xasprintf("rm -rf '%s'", dir);
		assert_int_equal(system(cmd), 0);
		free(cmd);
	}
	free(other);
	free(article);
	doc_free(d);
}

static void
test_save_and_reopen(void **state)
{
	char dir[] = "/tmp/galley-anno-XXXXXX", *article, *cause = NULL, *cmd;
	struct doc *d = doc_of(story);
	struct anno_set *s;
	struct stat st;

	(void)state;
	assert_non_null(mkdtemp(dir));
	article = xasprintf("%s/story.txt", dir);
	s = anno_set_create(article);
	add_quote(s, d, "new quay", "claim", NULL);
	assert_int_equal(anno_store_save(s, d, &cause), 0);
	add_quote(s, d, "mayor", "quote", NULL);
	assert_int_equal(anno_store_save(s, d, &cause), 0);
	anno_set_destroy(s);
	s = anno_store_open(article);
	assert_false(s->readonly);
	assert_int_equal(s->n, 2);
	assert_true(s->has_source);
	assert_int_equal(s->source_size, strlen(story));
	anno_set_destroy(s);
	cmd = xasprintf("%s/story.txt.anno.json.bak", dir);
	assert_int_equal(stat(cmd, &st), 0);
	free(cmd);
	cmd = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(article);
	doc_free(d);
}

static void
remove_tree(const char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);

	assert_int_equal(system(cmd), 0);
	free(cmd);
}

static const char other_story[] =
    "Mine reopens\n"
    "\n"
    "The gold mine reopened on Monday after a strike of three weeks.\n";

/* Writes text to dir/name and returns the path. */
static char *
write_article(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	assert_int_equal(fputs(text, fp) >= 0, 1);
	assert_int_equal(fclose(fp), 0);
	return path;
}

/* Saves a new annotation on quote of article (text d) as sidecar;
 * returns save_as's result and its cause (to free). */
static int
save_one_as(const char *article, struct doc *d, const char *quote,
    const char *sidecar, char **cause)
{
	struct anno_set *s = anno_set_create(article);
	int rc;

	add_quote(s, d, quote, "claim", NULL);
	*cause = NULL;
	rc = anno_store_save_as(s, d, sidecar, cause);
	if (rc != 0)	/* nothing of another article came in */
		assert_int_equal(s->n, 1);
	anno_set_destroy(s);
	return rc;
}

static size_t
saved_count(const char *sidecar_article)
{
	struct anno_set *s = anno_store_open(sidecar_article);
	size_t n = s->n;

	assert_false(s->readonly);
	anno_set_destroy(s);
	return n;
}

/* Saving elsewhere (:save-to DIR) onto a sidecar of the same name from
 * another session: merged when it is the same article's (by its file,
 * or by its text when that file is gone), refused when another's. */
static void
test_save_as_other_article(void **state)
{
	char dir[] = "/tmp/galley-anno-XXXXXX", *a, *b, *c, *out, *side;
	char *cause, *cmd;
	struct doc *d = doc_of(story), *d2 = doc_of(other_story);

	(void)state;
	assert_non_null(mkdtemp(dir));
	cmd = xasprintf("mkdir '%s/a' '%s/b' '%s/c' '%s/out'", dir, dir, dir,
	    dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	a = write_article(dir, "a/story.txt", story);
	b = write_article(dir, "b/story.txt", other_story);
	out = xasprintf("%s/out/story.txt", dir);
	side = xasprintf("%s.anno.json", out);
	assert_int_equal(save_one_as(a, d, "new quay", side, &cause), 0);
	assert_int_equal(save_one_as(b, d2, "gold mine", side, &cause), -1);
	assert_non_null(strstr(cause, side));
	assert_non_null(strstr(cause, "another article"));
	assert_non_null(strstr(cause, "a/story.txt"));
	free(cause);
	assert_int_equal(saved_count(out), 1);
	assert_int_equal(save_one_as(a, d, "mayor", side, &cause), 0);
	assert_int_equal(saved_count(out), 2);
	/* a is gone; c has its text: the same article, moved. */
	assert_int_equal(unlink(a), 0);
	c = write_article(dir, "c/story.txt", story);
	assert_int_equal(save_one_as(c, d, "Dockworkers", side, &cause), 0);
	assert_int_equal(saved_count(out), 3);
	assert_int_equal(save_one_as(b, d2, "strike", side, &cause), -1);
	free(cause);
	assert_int_equal(saved_count(out), 3);
	remove_tree(dir);
	free(a);
	free(b);
	free(c);
	free(out);
	free(side);
	doc_free(d);
	doc_free(d2);
}

/* Annotates text, applies an edit, and returns the state found. */
static enum anno_state
after_edit_of(const char *text, const char *quote, const char *from,
    const char *to, size_t *start, size_t *end, struct doc **out)
{
	struct doc *d = doc_of(text), *e;
	struct anno_set *s = anno_set_create("story.txt");
	const char *p = strstr(text, from);
	char *edited;
	enum anno_state st;

	assert_non_null(p);
	add_quote(s, d, quote, "claim", NULL);
	edited = xasprintf("%.*s%s%s", (int)(p - text), text, to,
	    p + strlen(from));
	e = doc_of(edited);
	anchor_set(s, e);
	st = s->items[0]->state;
	*start = s->items[0]->cur_start;
	*end = s->items[0]->cur_end;
	*out = e;
	free(edited);
	anno_set_destroy(s);
	doc_free(d);
	return st;
}

static enum anno_state
after_edit(const char *quote, const char *from, const char *to,
    size_t *start, size_t *end, struct doc **out)
{
	return after_edit_of(story, quote, from, to, start, end, out);
}

static void
expect_at(struct doc *e, size_t start, size_t end, const char *want)
{
	char *got = doc_substr(e, start, end);

	assert_string_equal(got, want);
	free(got);
	doc_free(e);
}

static void
test_reanchor(void **state)
{
	const char *q = "satisfied with the agreement";
	size_t s, e;
	struct doc *d;

	(void)state;
	/* After the passage: nothing moves. */
	assert_int_equal(after_edit(q, "mayor", "deputy mayor", &s, &e, &d),
	    ANNO_ANCHORED);
	expect_at(d, s, e, q);
	/* Before it: the same words, elsewhere. */
	assert_int_equal(after_edit(q, "Harbour plans", "Big harbour plans",
	    &s, &e, &d), ANNO_MOVED);
	expect_at(d, s, e, q);
	/* Inside it: a near match. */
	assert_int_equal(after_edit(q, "the agreement", "the new agreement",
	    &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "satisfied with the new agreement");
	/* Deleted: an orphan. */
	assert_int_equal(after_edit(q, "said they were satisfied with the "
	    "agreement reached", "left", &s, &e, &d), ANNO_ORPHAN);
	/* Placed nowhere, not at its old offsets (found by fuzz_anchor:
	 * they may lie past the end of the new text). */
	assert_int_equal(s, 0);
	assert_int_equal(e, 0);
	doc_free(d);
	/* The passage rewritten but its context intact: between them. */
	assert_int_equal(after_edit(q, q, "pleased about this deal, yes",
	    &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "pleased about this deal, yes");
}

/* A near match is whole words: the edit "two" -> "twenty" matched
 * "ty years", half a word, before. */
/* A near match takes in no word of the context beside the quote: the
 * prefix's "with" and the suffix's "that" were taken before. */
static void
test_reanchor_not_context(void **state)
{
	static const char calls[] = "Calls\n\nSome consumers who sought "
	    "help on launch day reported telephone wait times that exceeded "
	    "two hours.\n";
	size_t s, e;
	struct doc *d;

	(void)state;
	assert_int_equal(after_edit("the agreement", "the agreement",
	    "agreements", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "agreements");
	assert_int_equal(after_edit_of(calls, "telephone wait times",
	    "telephone wait times", "phone waiting times", &s, &e, &d),
	    ANNO_FUZZY);
	expect_at(d, s, e, "phone waiting times");
	assert_int_equal(after_edit_of(calls, "telephone wait times",
	    "telephone wait times", "telephone waits", &s, &e, &d),
	    ANNO_FUZZY);
	expect_at(d, s, e, "telephone waits");
	/* A quote that holds the context's word keeps it. */
	assert_int_equal(after_edit("with the agreement reached with",
	    "the agreement", "agreements", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "with agreements reached with");
}

/* The passage between intact context, rewritten, beats the same word
 * elsewhere without its context; at the text's edges, the edge is
 * context too (a QA pass: the note moved to "authorities" three
 * paragraphs on, and one at the start of the text was an orphan). */
static void
test_reanchor_between_context_first(void **state)
{
	static const char far[] = "In a statement read on state radio late "
	    "on Tuesday the Authorities in Djoliba suspended two radio "
	    "stations for a month.\n\nThe stations had reported heavy "
	    "losses.\n\nA press group called on the authorities to reverse "
	    "the decision.\n";
	static const char first[] = "On Tuesday the Authorities in Djoliba "
	    "suspended two radio stations for a month.\n\nA press group "
	    "called on the unions to reverse it.\n";
	static const char last[] = "A press group called on the unions to "
	    "reverse the decision of the Authorities";
	size_t s, e;
	struct doc *d;

	(void)state;
	assert_int_equal(after_edit_of(far, "Authorities", "the Authorities "
	    "in", "the officials in", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "officials");
	assert_int_equal(after_edit_of(first, "Authorities", "the "
	    "Authorities in", "the officials in", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "officials");
	assert_int_equal(after_edit_of(first, "On Tuesday", "On Tuesday",
	    "On Wednesday", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "On Wednesday");
	/* An empty context is no evidence that nothing was added at the
	 * edge: an update line put before the first sentence is not taken
	 * in (a review of this change). */
	assert_int_equal(after_edit_of(first, "On Tuesday the Authorities "
	    "in Djoliba", "On Tuesday", "UPDATE, 5pm: On Wednesday", &s, &e,
	    &d), ANNO_FUZZY);
	expect_at(d, s, e, "On Wednesday the Authorities in Djoliba");
	assert_int_equal(after_edit_of(last, "Authorities", "the Authorities",
	    "the Authority", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "Authority");
}

static void
test_reanchor_whole_words(void **state)
{
	size_t s, e;
	struct doc *d;

	(void)state;
	assert_int_equal(after_edit("two years of delays", "two years",
	    "twenty years", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "twenty years of delays");
	/* At the end too. */
	assert_int_equal(after_edit("two years", "two years",
	    "two yearlings", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "two yearlings");
	/* A quote that began inside a word may still do so. */
	assert_int_equal(after_edit("arbour authority said", "said on",
	    "says on", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "arbour authority says");
	/* Widening that would more than double the passage: no match. */
	assert_int_equal(after_edit("two years", "two years of delays",
	    "xxxxxxxxxxxxxxxxxxxxxtw years", &s, &e, &d), ANNO_ORPHAN);
	doc_free(d);
}

static void
test_reanchor_duplicate_by_context(void **state)
{
	const char text[] = "alpha beta gamma. one two beta three.\n";
	const char edited[] = "zzz alpha beta gamma. one two beta three.\n";
	struct doc *d = doc_of(text), *e = doc_of(edited);
	struct anno_set *s = anno_set_create("x.txt");
	char *cause = NULL;
	struct anno *a;

	(void)state;
	/* The second "beta", chosen by its context. */
	a = anno_add(s, d, 26, 30, "T", NULL, 0, NULL, &cause);
	assert_non_null(a);
	assert_string_equal(a->exact, "beta");
	anchor_set(s, e);
	assert_int_equal(a->state, ANNO_MOVED);
	assert_int_equal(a->cur_start, 30);
	/* Confirming takes the new place as the truth. */
	a->dirty = false;
	assert_int_equal(anno_confirm(s, a, e, &cause), 0);
	assert_int_equal(a->start, 30);
	assert_string_equal(a->prefix, "zzz alpha beta gamma. one two ");
	assert_true(a->dirty);
	anchor_set(s, e);
	assert_int_equal(a->state, ANNO_ANCHORED);
	anno_set_destroy(s);
	doc_free(d);
	doc_free(e);
}

/* A quote edited in place, its context intact, is found fuzzy there,
 * not moved to the same words elsewhere (a QA pass: "Harcourt" made
 * "Harcort" jumped to the score line's "Harcourt" and was exported
 * there). */
static void
test_reanchor_context_over_quote(void **state)
{
	static const char table[] = "Harcourt Rovers moved to the top of "
	    "the table on Saturday after a late winner.\n\nThe match report "
	    "follows below, with quotes from both managers.\n\nHarcourt "
	    "Rovers 2 Dunmore Athletic 1\n";
	static const char inner[] = "Football\n\nIn a statement on Sunday, "
	    "the league said that Harcourt Rovers moved to the top of the "
	    "table.\n\nHarcourt Rovers 2 Dunmore Athletic 1\n";
	size_t s, e;
	struct doc *d;

	(void)state;
	assert_int_equal(after_edit_of(table, "Harcourt", "Harcourt",
	    "Harcort", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "Harcort");
	assert_int_equal(s, 0);
	assert_int_equal(after_edit_of(inner, "Harcourt Rovers", "Football",
	    "Sport", &s, &e, &d), ANNO_MOVED);
	expect_at(d, s, e, "Harcourt Rovers");
	assert_int_equal(after_edit_of(inner, "Harcourt Rovers", "Harcourt "
	    "Rovers moved", "Harcourt Rvers moved", &s, &e, &d), ANNO_FUZZY);
	expect_at(d, s, e, "Harcourt Rvers");
	/* Words added just after the quote, its place shifted: the exact
	 * quote inside the stretch between its context is still it. */
	assert_int_equal(after_edit_of(inner, "Harcourt Rovers", "Football\n"
	    "\nIn a statement on Sunday, the league said that Harcourt Rovers",
	    "Sport\n\nIn a statement on Sunday, the league said that Harcourt "
	    "Rovers FC", &s, &e, &d), ANNO_MOVED);
	expect_at(d, s, e, "Harcourt Rovers");
}

/* Two copies of a paragraph, the first edited: the second still has
 * the quote and its whole context, and an annotation made there stays
 * there, not taken for the edited copy. */
static void
test_reanchor_whole_context_kept(void **state)
{
	static const char copy[] = "In a statement on Sunday, the league "
	    "said that Harcourt Rovers moved to the top of the table.";
	char *text = xasprintf("%s\n\n%s\n", copy, copy);
	char *edited = xasprintf("Sport\n\n%s\n\n%s\n", copy, copy);
	char *p = strstr(edited, "Harcourt");
	struct doc *d = doc_of(text), *e;
	struct anno_set *s = anno_set_create("x.txt");
	char *cause = NULL;
	size_t at = strlen(copy) + 2 + (size_t)(strstr(copy, "Harcourt") -
	    copy);
	struct anno *a;

	(void)state;
	memcpy(p, "Harcort ", 8);
	e = doc_of(edited);
	a = anno_add(s, d, at, at + 8, "T", NULL, 0, NULL, &cause);
	assert_non_null(a);
	assert_string_equal(a->exact, "Harcourt");
	anchor_set(s, e);
	assert_int_equal(a->state, ANNO_MOVED);
	assert_int_equal(a->cur_start, at + 7);
	anno_set_destroy(s);
	doc_free(d);
	doc_free(e);
	free(text);
	free(edited);
}

static void
test_long_quote_fuzzy(void **state)
{
	struct doc *d = doc_of(story), *e;
	struct anno_set *s = anno_set_create("story.txt");
	const char *q = "The harbour authority said on Tuesday that the new "
	    "quay would open in the spring, after two years of delays.";
	char *edited, *p;

	(void)state;
	add_quote(s, d, q, NULL, NULL);
	edited = xstrdup(story);
	p = strstr(edited, "Tuesday");
	memcpy(p, "Monday,", 7);
	e = doc_of(edited);
	anchor_set(s, e);
	assert_int_equal(s->items[0]->state, ANNO_FUZZY);
	assert_int_equal(s->items[0]->cur_start, 24);
	assert_int_equal(s->items[0]->cur_end, 24 + strlen(q));
	free(edited);
	anno_set_destroy(s);
	doc_free(d);
	doc_free(e);
}

static void
test_user_config(void **state)
{
	char path[] = "/tmp/galley-config-XXXXXX", *u;
	int fd = mkstemp(path);
	struct config cfg;
	FILE *f;

	(void)state;
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	fputs("# comment\ntheme = dark\n  user =  Ada Lovelace  \n", f);
	fclose(f);
	config_load(&cfg, path);
	u = anno_user(&cfg);
	assert_string_equal(u, "Ada Lovelace");
	free(u);
	unlink(path);
	setenv("GALLEY_USER", "Env User", 1);
	u = anno_user(&cfg);
	assert_string_equal(u, "Env User");
	free(u);
	unsetenv("GALLEY_USER");
	config_free(&cfg);
	u = anno_user(NULL);
	assert_non_null(strchr(u, '@'));
	free(u);
}

static void
test_vocab(void **state)
{
	char dir[] = "/tmp/galley-vocab-XXXXXX", *path, *cause = NULL;
	struct anno_vocab v;
	size_t idx[4];
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	/* No file: the defaults. */
	assert_int_equal(anno_vocab_load(&v, dir, &cause), 0);
	assert_null(v.source);
	assert_string_equal(v.tags[0].name, "claim");
	anno_vocab_free(&v);
	path = xasprintf("%s/.galley-tags", dir);
	f = fopen(path, "w");
	/* Lines that are no tag (a phrase, punctuation) are left out: the
	 * quick tags 1-9 and completion offer only what the prompt takes. */
	fputs("# our tags\nclaim red\nfact-check\tbright-green\n"
	    "named entity\nClaimant #00ff7f\n\nclaim\nbad colour zzz\n"
	    "fact check\tred\nreally?\n", f);
	fclose(f);
	assert_int_equal(anno_vocab_load(&v, dir, &cause), 0);
	assert_non_null(v.source);
	assert_int_equal(v.n, 3);
	assert_string_equal(v.tags[0].name, "claim");
	assert_string_equal(v.tags[0].colour, "red");
	assert_string_equal(v.tags[1].name, "fact-check");
	assert_string_equal(v.tags[1].colour, "bright-green");
	assert_string_equal(v.tags[2].name, "Claimant");
	assert_string_equal(v.tags[2].colour, "#00ff7f");
	assert_int_equal(anno_vocab_complete(&v, "cl", idx, 4), 2);
	assert_int_equal(idx[1], 2);
	/* A sidecar's tags join it only when they are tags. */
	anno_vocab_add(&v, "new tag");
	anno_vocab_add(&v, "new-tag");
	anno_vocab_add(&v, "claim");
	assert_int_equal(v.n, 4);
	assert_int_equal(anno_vocab_complete(&v, "NEW", idx, 4), 1);
	anno_vocab_free(&v);
	unlink(path);
	rmdir(dir);
	free(path);
}

static void
test_time_monotonic(void **state)
{
	char *t = anno_now("2999-12-31T23:59:59.999Z");

	(void)state;
	assert_string_equal(t, "3000-01-01T00:00:00.000Z");
	free(t);
	/* Another tool's time with an offset: after now as an instant,
	 * though not as text, and of another width. */
	t = anno_now("2999-12-31T23:00:00-02:00");
	assert_string_equal(t, "3000-01-01T01:00:00.001Z");
	free(t);
	/* An hour ago as an instant, an hour ahead as text (+0200: the
	 * width of galley's own times): no step back into the past. */
	{
		time_t now = time(NULL), hour_ahead = now + 3600, secs;
		struct tm tm;
		char after[64];
		int ms;

		gmtime_r(&hour_ahead, &tm);
		strftime(after, sizeof after, "%Y-%m-%dT%H:%M:%S+0200", &tm);
		assert_int_equal(strlen(after), 24);
		t = anno_now(after);
		assert_true(date_parse_utc(t, &secs, &ms));
		assert_true(secs >= now);
		free(t);
	}
}

/* The fault told is the first one; a note may hold tabs and newlines,
 * a one-line text may not. */
static void
test_text_fault(void **state)
{
	(void)state;
	assert_int_equal(anno_text_fault("caf\xc3\xa9 ok", true), ANNO_TEXT_OK);
	assert_int_equal(anno_text_fault("a\tb\nc", false), ANNO_TEXT_OK);
	assert_int_equal(anno_text_fault("a\nb", true), ANNO_TEXT_LINE_BREAK);
	assert_int_equal(anno_text_fault("a\tb", true), ANNO_TEXT_LINE_BREAK);
	assert_int_equal(anno_text_fault("a\033[2J", false),
	    ANNO_TEXT_CONTROL);
	assert_int_equal(anno_text_fault("a\x7f", true), ANNO_TEXT_CONTROL);
	assert_int_equal(anno_text_fault("a\xff\033", false),
	    ANNO_TEXT_BAD_UTF8);
	assert_int_equal(anno_text_fault("a\033\xff", false),
	    ANNO_TEXT_CONTROL);
	assert_false(anno_text_ok("a\nb", true));
	assert_true(anno_text_ok("a\nb", false));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_w3c_shape),
		cmocka_unit_test(test_text_fault),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_damaged),
		cmocka_unit_test(test_times_left_out),
		cmocka_unit_test(test_foreign_kept),
		cmocka_unit_test(test_foreign_bodies_said),
		cmocka_unit_test(test_damaged_syntax),
		cmocka_unit_test(test_open_text),
		cmocka_unit_test(test_json_pos),
		cmocka_unit_test(test_dump_is_jansson_layout),
		cmocka_unit_test(test_merge_tombstone_and_new),
		cmocka_unit_test(test_merge_conflict),
		cmocka_unit_test(test_merge_unchanged_takes_theirs),
		cmocka_unit_test(test_undo_delete),
		cmocka_unit_test(test_delete_thread),
		cmocka_unit_test(test_undo_merges),
		cmocka_unit_test(test_outlives_by_instant),
		cmocka_unit_test(test_tags_are_tokens),
		cmocka_unit_test(test_save_failure_keeps_memory),
		cmocka_unit_test(test_save_and_reopen),
		cmocka_unit_test(test_save_as_other_article),
		cmocka_unit_test(test_reanchor),
		cmocka_unit_test(test_reanchor_duplicate_by_context),
		cmocka_unit_test(test_long_quote_fuzzy),
		cmocka_unit_test(test_reanchor_whole_words),
		cmocka_unit_test(test_reanchor_between_context_first),
		cmocka_unit_test(test_reanchor_not_context),
		cmocka_unit_test(test_reanchor_context_over_quote),
		cmocka_unit_test(test_reanchor_whole_context_kept),
		cmocka_unit_test(test_user_config),
		cmocka_unit_test(test_many_ids),
		cmocka_unit_test(test_vocab),
		cmocka_unit_test(test_time_monotonic),
		cmocka_unit_test(test_creator_control_refused),
		cmocka_unit_test(test_verdicts),
		cmocka_unit_test(test_threads),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
