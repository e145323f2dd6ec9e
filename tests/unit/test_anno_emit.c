/* Unit tests for anno_emit: an annotation's text written directly is
 * byte for byte what json_dumps makes of anno_json_write's tree (the
 * layout of sidecars), for every kind of annotation, awkward strings
 * and nesting depth; where jansson would drop a member it declines. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "anno/anno.h"
#include "anno/anno_emit.h"
#include "anno/anno_json.h"
#include "base/util.h"

static struct anno *
make(const char *id, const char *note)
{
	struct anno *a = anno_create();

	a->id = xstrdup(id);
	a->motivation = note ? ANNO_COMMENTING : ANNO_HIGHLIGHTING;
	a->creator = xstrdup("Tester");
	a->created = xstrdup("2026-01-02T03:04:05.678Z");
	a->modified = xstrdup("2026-01-02T03:04:05.678Z");
	a->note = note ? xstrdup(note) : NULL;
	a->exact = xstrdup("quay");
	a->prefix = xstrdup("");
	a->suffix = xstrdup("");
	a->start = 4;
	a->end = 8;
	return a;
}

static void
add_tag(struct anno *a, const char *tag)
{
	a->tags = xreallocarray(a->tags, a->ntags + 1, sizeof *a->tags);
	a->tags[a->ntags++] = xstrdup(tag);
}

/* What the jansson path writes at depth: json_dumps with depth more
 * spaces after each newline. */
static char *
by_jansson(const struct anno *a, const char *source, int depth)
{
	json_t *o = anno_json_write(a, source);
	char *text = json_dumps(o, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	struct buf b;

	buf_init(&b);
	for (const char *p = text; *p; p++) {
		buf_addc(&b, *p);
		if (*p == '\n')
			buf_printf(&b, "%*s", depth, "");
	}
	free(text);
	json_decref(o);
	return buf_steal(&b);
}

static void
assert_same(const struct anno *a, const char *source)
{
	for (int depth = 0; depth <= 3; depth++) {
		char *want = by_jansson(a, source, depth);
		struct buf b;

		buf_init(&b);
		buf_adds(&b, "<");
		assert_true(anno_emit(&b, a, source, depth));
		buf_addc(&b, '\0');
		assert_string_equal(b.data + 1, want);
		buf_free(&b);
		free(want);
	}
}

static void
test_plain(void **state)
{
	struct anno *a = make("urn:uuid:1", NULL);

	(void)state;
	assert_same(a, "story.txt");
	add_tag(a, "claim");
	add_tag(a, "source");
	a->motivation = ANNO_TAGGING;
	free(a->prefix);
	a->prefix = xstrdup("the new ");
	assert_same(a, "story%20one.txt");
	anno_destroy(a);
}

/* Quotes, backslashes, every control, DEL, slash, U+2028 and characters
 * of two, three and four bytes. */
static void
test_awkward_strings(void **state)
{
	struct anno *a = make("urn:uuid:\"2\"", "a \\ b / c \x7f d \xe2\x80\xa8 "
	    "\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
	char controls[64];
	size_t n = 0;

	(void)state;
	for (int c = 1; c < 0x20; c++) {
		controls[n++] = (char)c;
		controls[n++] = 'x';
	}
	controls[n] = '\0';
	free(a->exact);
	a->exact = xstrdup(controls);
	free(a->suffix);
	a->suffix = xstrdup("\"quoted\"\n\tnext");
	add_tag(a, "t\xc3\xa9");
	assert_same(a, "dir/\xc3\xa9t\xc3\xa9.txt");
	anno_destroy(a);
}

/* A reply, a review, a restored annotation and one with conflicts (each
 * version with its own body). */
static void
test_kinds(void **state)
{
	struct anno *a = make("urn:uuid:3", "first");
	struct anno *r = make("urn:uuid:4", "an answer");
	struct anno *v = make("urn:uuid:5", NULL);

	(void)state;
	r->reply_to = xstrdup("urn:uuid:3");
	r->motivation = ANNO_REPLYING;
	assert_same(r, "story.txt");
	v->reply_to = xstrdup("urn:uuid:3");
	v->verdict = xstrdup("accepted");
	v->motivation = ANNO_ASSESSING;
	assert_same(v, "story.txt");
	a->restored = xstrdup("2026-01-03T00:00:00.000Z");
	a->others = xcalloc(2, sizeof *a->others);
	a->others[a->nothers++] = make("urn:uuid:3", "second");
	a->others[a->nothers++] = make("urn:uuid:3", NULL);
	add_tag(a->others[1], "claim");
	a->end = (size_t)1 << 40;
	assert_same(a, "story.txt");
	anno_destroy(a);
	anno_destroy(r);
	anno_destroy(v);
}

/* jansson's json_string refuses NULL and invalid UTF-8 (the member is
 * then left out): the emitter declines and leaves the buffer alone. */
static void
test_declines(void **state)
{
	struct anno *a = make("urn:uuid:6", "bad \xc3 byte");
	struct anno *b = make("urn:uuid:7", NULL);
	struct anno *c = make("urn:uuid:8", "surrogate \xed\xa0\x80");
	struct buf out;

	(void)state;
	free(b->creator);
	b->creator = NULL;
	buf_init(&out);
	buf_adds(&out, "kept");
	assert_false(anno_emit(&out, a, "story.txt", 2));
	assert_false(anno_emit(&out, b, "story.txt", 2));
	assert_false(anno_emit(&out, c, "story.txt", 2));
	assert_int_equal(out.len, 4);
	assert_memory_equal(out.data, "kept", 4);
	buf_free(&out);
	anno_destroy(a);
	anno_destroy(b);
	anno_destroy(c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_awkward_strings),
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_declines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
