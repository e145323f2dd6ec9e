/* Unit tests for the text the reader's y, Y and o take out of an
 * article (src/view/quote.c): the paragraph, control characters
 * dropped, the citation, the source's URL. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "clean/clean.h"
#include "ingest/load.h"
#include "view/quote.h"

static struct doc *
load(const char *name, const char *text)
{
	char *cause = NULL;
	struct doc *d = load_bytes(name, (const unsigned char *)text,
	    strlen(text), &cause);

	assert_non_null(d);
	clean_doc(d);
	return d;
}

static const char page[] =
    "<html><head><title>Harbour talks resume</title>"
    "<meta property=\"og:site_name\" content=\"Example News\">"
    "<meta property=\"article:published_time\" content=\"2024-03-05\">"
    "<meta property=\"og:url\" content=\"https://example.com/og\">"
    "<link rel=\"canonical\" href=\"https://example.com/a;b?q=$(x)\">"
    "</head><body><article><h1>Harbour talks resume</h1>"
    "<p>The council met again on the matter of the harbour and the new "
    "pier, and the mayor said talks would resume on Monday.</p>"
    "<p>The fishermen were not convinced by the plan and said they "
    "would wait for the final report before agreeing.</p>"
    "</article></body></html>";

static void
test_paragraph(void **state)
{
	struct doc *d = load("a.html", page);
	size_t s, e, s2, e2;
	char *t;

	(void)state;
	/* From the top (the headline, which the reader's cleaning marks
	 * the title) the first paragraph, not the title. */
	assert_true(d->nblocks >= 3);
	d->blocks[0].kind = BLOCK_TITLE;
	assert_true(quote_paragraph(d, 0, false, &s, &e));
	t = quote_text(d, s, e);
	assert_true(strncmp(t, "The council met", 15) == 0);
	assert_non_null(strstr(t, "on Monday."));
	free(t);
	/* Inside the second paragraph: that one. */
	assert_true(quote_paragraph(d, e + 5, false, &s2, &e2));
	assert_true(s2 >= e);
	t = quote_text(d, s2, e2);
	assert_true(strncmp(t, "The fishermen", 13) == 0);
	free(t);
	/* Past the end: none. */
	assert_false(quote_paragraph(d, d->text_cps, false, &s, &e));
	doc_free(d);
}

static void
test_cite_and_url(void **state)
{
	struct doc *d = load("a.html", page);
	char *url = quote_source_url(d), *q;

	(void)state;
	/* The canonical link before og:url. */
	assert_string_equal(url, "https://example.com/a;b?q=$(x)");
	q = quote_cite(d, "first line\nsecond line");
	assert_string_equal(q, "> first line\n> second line\n"
	    "-- Harbour talks resume, Example News, 2024-03-05, "
	    "https://example.com/a;b?q=$(x)\n");
	free(q);
	free(url);
	doc_free(d);
}

static void
test_controls_dropped(void **state)
{
	struct doc *d = load("b.txt", "A title line\n\n"
	    "Bell\a here, escape \033[31mred\033[0m, C1 \xC2\x9B" "2J and "
	    "caf\xC3\xA9\tok.\n");
	size_t s, e;
	char *t;

	(void)state;
	assert_true(quote_paragraph(d, 0, true, &s, &e));
	while (quote_paragraph(d, s, true, &s, &e) && strncmp(d->text +
	    doc_cp_to_byte(d, s), "Bell", 4) != 0)
		s = e;
	t = quote_text(d, s, e);
	assert_string_equal(t, "Bell here, escape [31mred[0m, C1 2J and "
	    "caf\xC3\xA9\tok.");
	free(t);
	doc_free(d);
}

static void
test_text_dump_url(void **state)
{
	struct doc *d = load("c.txt", "Title: A story\n"
	    "URL: <https://example.org/story?id=7>.\n\n"
	    "Body text of the story, which goes on for a while.\n");
	struct doc *none = load("d.txt", "A story\n\nNo address here at all, "
	    "only text.\n");
	char *url = quote_source_url(d);

	(void)state;
	assert_string_equal(url, "https://example.org/story?id=7");
	free(url);
	assert_null(quote_source_url(none));
	/* A page without canonical link or og:url: none, even with an
	 * address in its text. */
	doc_free(d);
	doc_free(none);
	d = load("e.html", "<html><body><p>See https://example.net/x for "
	    "more.</p></body></html>");
	assert_null(quote_source_url(d));
	doc_free(d);
}

static void
test_lines(void **state)
{
	(void)state;
	assert_int_equal(quote_lines(""), 0);
	assert_int_equal(quote_lines("one"), 1);
	assert_int_equal(quote_lines("one\n"), 1);
	assert_int_equal(quote_lines("one\ntwo\nthree"), 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paragraph),
		cmocka_unit_test(test_cite_and_url),
		cmocka_unit_test(test_controls_dropped),
		cmocka_unit_test(test_text_dump_url),
		cmocka_unit_test(test_lines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
