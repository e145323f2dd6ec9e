/* Unit tests for travelling annotations: a stretch of one version's
 * paragraph found in another (src/copies/travel_map.c), and the
 * annotations of the other sources of a load shown on a document
 * (src/session/session_travel.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "anno/anno.h"
#include "anno/anno_store.h"
#include "base/util.h"
#include "copies/travel_map.h"
#include "ingest/load.h"
#include "session/session.h"
#include "session/travel.h"

/* A document of one kept paragraph, the whole text (ASCII). */
static struct doc *
doc_of(const char *text)
{
	struct doc *d = doc_new("t.txt", DOC_TEXT);

	d->text = xstrdup(text);
	d->text_len = strlen(text);
	doc_add_block(d, 0, d->text_len, BLOCK_PARAGRAPH)->keep = true;
	doc_index_blocks(d);
	return d;
}

static const char para[] =
    "Shipping agents said three vessels were waiting offshore for the "
    "pilots to return to work on Monday.";

/* Maps the first occurrence of quote in para onto text; the result in
 * *got (a new string), or NULL when it is not found there. */
static char *
mapped(const char *quote, const char *text)
{
	struct doc *a = doc_of(para), *b = doc_of(text);
	size_t start = (size_t)(strstr(para, quote) - para), s, e;
	char *got = NULL;

	if (travel_map(a, &a->blocks[0], start, start + strlen(quote), b,
	    &b->blocks[0], &s, &e))
		got = xstrndup(text + s, e - s);
	doc_free(a);
	doc_free(b);
	return got;
}

static void
test_map_exact_copy(void **state)
{
	char *got = mapped("three vessels were waiting", para);

	(void)state;
	assert_string_equal(got, "three vessels were waiting");
	free(got);
	/* Inside a word too: the stretch's own offsets are kept. */
	got = mapped("hree vessel", para);
	assert_string_equal(got, "hree vessel");
	free(got);
}

static void
test_map_edited_around(void **state)
{
	char *got = mapped("waiting offshore for the pilots",
	    "Shipping agents said on Sunday that four ships were waiting "
	    "offshore for the pilots to come back to work.");

	(void)state;
	assert_string_equal(got, "waiting offshore for the pilots");
	free(got);
}

static void
test_map_edited_inside(void **state)
{
	char *got = mapped("pilots to return to work",
	    "Shipping agents said three vessels were waiting offshore for the "
	    "pilots to come back to work on Monday.");

	(void)state;
	assert_string_equal(got, "pilots to come back to work");
	free(got);
	/* The quote's first word replaced: the word that replaced it. */
	got = mapped("three vessels were waiting",
	    "Shipping agents said four vessels were waiting offshore for the "
	    "pilots to return to work on Monday.");
	assert_string_equal(got, "four vessels were waiting");
	free(got);
}

static void
test_map_cut(void **state)
{
	char *got = mapped("to return to work on Monday",
	    "Shipping agents said three vessels were waiting offshore.");

	(void)state;
	assert_null(got);
	/* Rewritten beyond half its words: not the same text any more. */
	got = mapped("three vessels were waiting",
	    "Shipping agents said four ships are waiting offshore for the "
	    "pilots to return to work on Monday.");
	assert_null(got);
}

/* The session: a.txt and c.txt annotate a paragraph b.txt carries in
 * an edited version; a.txt also annotates a sentence b.txt cut. */
static const char head[] =
    "Harbour plans approved\n\n"
    "The harbour authority said on Tuesday that the new quay would open "
    "in the spring, after two years of delays.\n\n";
static const char tail_a[] =
    "Dockworkers said they were satisfied with the agreement reached with "
    "the port operators last week. The union will vote on it in May.\n\n"
    "The mayor called the quay the first step of a larger plan for the "
    "old docks and the river front.\n";
static const char tail_b[] =
    "Dockworkers said they were pleased with the agreement reached with "
    "the port operators last week.\n\n"
    "The mayor called the quay the first step of a larger plan for the "
    "old docks and the river front.\n";

struct fixture {
	char dir[32];
	char *paths[4];
};

static void
write_text(const char *path, const char *a, const char *b)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(a, f);
	fputs(b, f);
	assert_int_equal(fclose(f), 0);
}

/* Annotates the first occurrence of quote in path's text. */
static void
annotate(const char *path, const char *quote, const char *creator,
    const char *note)
{
	char *cause = NULL;
	struct doc *d = load_file(path, &cause);
	struct anno_set *s;
	const char *at;
	char *tag = "wire";

	assert_non_null(d);
	at = strstr(d->text, quote);
	assert_non_null(at);
	s = anno_set_create(path);
	assert_non_null(anno_add(s, d, (size_t)(at - d->text),
	    (size_t)(at - d->text) + strlen(quote), creator, &tag, 1, note,
	    &cause));
	assert_int_equal(anno_store_save(s, d, &cause), 0);
	anno_set_destroy(s);
	doc_free(d);
}

static int
setup(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof *fx);

	strcpy(fx->dir, "/tmp/galley-travel-XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	for (int i = 0; i < 4; i++)
		fx->paths[i] = xasprintf("%s/%c.txt", fx->dir, 'a' + i);
	write_text(fx->paths[0], head, tail_a);
	write_text(fx->paths[1], head, tail_b);
	write_text(fx->paths[2], head, tail_a);
	write_text(fx->paths[3], "Unrelated\n\n",
	    "A meteorite fell on a farm near the river and was found by two "
	    "children playing in the satisfied fields last week.\n");
	annotate(fx->paths[0], "satisfied with the agreement", "Ann",
	    "check the verb");
	annotate(fx->paths[0], "The union will vote", "Ann", "cut by some");
	annotate(fx->paths[2], "first step of a larger plan", "Carl", NULL);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;
	char *cmd = xasprintf("rm -rf '%s'", fx->dir);

	assert_int_equal(system(cmd), 0);
	free(cmd);
	for (int i = 0; i < 4; i++)
		free(fx->paths[i]);
	free(fx);
	return 0;
}

static char *
text_of(struct session *s, size_t f, const struct travelled *t)
{
	return doc_substr(s->load.docs[f], t->start, t->end);
}

static void
test_session_travelled(void **state)
{
	struct fixture *fx = *state;
	struct session s;
	struct session_options o = { .annotations = true };
	struct travelled *t;
	size_t n;
	char *text, *side;

	session_init(&s, fx->paths, 4);
	session_set_options(&s, &o);
	for (size_t i = 0; i < 4; i++)
		assert_true(session_load_doc(&s, i));
	t = session_travelled(&s, 1, &n);
	/* a's edited-copy annotation and c's; a's cut sentence is not. */
	assert_int_equal(n, 2);
	text = text_of(&s, 1, &t[0]);
	assert_string_equal(text, "pleased with the agreement");
	free(text);
	assert_int_equal(t[0].source, 0);
	assert_string_equal(t[0].anno->creator, "Ann");
	assert_string_equal(t[0].anno->note, "check the verb");
	text = text_of(&s, 1, &t[1]);
	assert_string_equal(text, "first step of a larger plan");
	free(text);
	assert_int_equal(t[1].source, 2);
	free(t);
	/* Travelled annotations are never written to b's sidecar. */
	assert_int_equal(session_anno_count(&s, 1), 0);
	side = xasprintf("%s.anno.json", fx->paths[1]);
	assert_int_equal(access(side, F_OK), -1);
	free(side);
	/* a and c carry the same paragraphs: each gets the other's. */
	t = session_travelled(&s, 2, &n);
	assert_int_equal(n, 2);
	assert_int_equal(t[0].source, 0);
	assert_int_equal(t[1].source, 0);
	free(t);
	t = session_travelled(&s, 0, &n);
	assert_int_equal(n, 1);
	assert_int_equal(t[0].source, 2);
	free(t);
	/* An unrelated story gets nothing. */
	t = session_travelled(&s, 3, &n);
	assert_int_equal(n, 0);
	assert_null(t);
	session_free(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_map_exact_copy),
		cmocka_unit_test(test_map_edited_around),
		cmocka_unit_test(test_map_edited_inside),
		cmocka_unit_test(test_map_cut),
		cmocka_unit_test_setup_teardown(test_session_travelled, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
