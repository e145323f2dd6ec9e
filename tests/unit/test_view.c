/* Unit tests for what the reader builds on without a terminal: cells
 * (placeholders and widths), layout (word wrap, clean and raw views),
 * search (smart case) and settings (values and file:line messages). */
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

#include "doc/cells.h"
#include "clean/clean.h"
#include "clean/features.h"
#include "view/layout.h"
#include "ingest/load.h"
#include "view/search.h"
#include "base/settings.h"

static void
test_placeholders(void **state)
{
	char ph[CELL_PLACEHOLDER_MAX];

	(void)state;
	assert_int_equal(cell_placeholder(0x1B, true, ph), 2);
	assert_string_equal(ph, "^[");
	assert_int_equal(cell_placeholder(0x07, true, ph), 2);
	assert_string_equal(ph, "^G");
	assert_int_equal(cell_placeholder(0x7F, true, ph), 2);
	assert_string_equal(ph, "^?");
	assert_int_equal(cell_placeholder(0x9B, true, ph), 4);
	assert_string_equal(ph, "<9B>");
	assert_int_equal(cell_placeholder(0x202E, true, ph), 8);
	assert_string_equal(ph, "<U+202E>");
	assert_int_equal(cell_placeholder(0x200B, true, ph), 8);	/* ZWSP */
	assert_int_equal(cell_placeholder(0x2028, true, ph), 8);	/* LS */
	assert_int_equal(cell_placeholder('a', true, ph), 0);
	assert_int_equal(cell_placeholder(0xE9, true, ph), 0);
	/* Not UTF-8: any other non-ASCII is '?'. */
	assert_int_equal(cell_placeholder(0xE9, false, ph), 1);
	assert_string_equal(ph, "?");
}

static void
test_widths(void **state)
{
	(void)state;
	assert_int_equal(cell_width('a', true), 1);
	assert_int_equal(cell_width(0x65E5, true), 2);	/* 日 */
	assert_int_equal(cell_width(0x65E5, false), 1);
	assert_int_equal(cell_width(0x0301, true), 0);	/* combining acute */
	assert_int_equal(cell_width(0x1B, true), 2);
	assert_int_equal(cell_width('\t', true), 1);
}

static struct doc *
cleaned(const char *name, const char *text)
{
	char *cause = NULL;
	struct doc *d = load_bytes(name, (const unsigned char *)text,
	    strlen(text), &cause);
	assert_non_null(d);
	/* One file: no cross-file evidence, as clean_load would find. */
	features_compute(d);
	clean_doc(d);
	return d;
}

static const char article[] =
    "Home\nNews\n"
    "A headline that is long enough\n\nby Ann Example\n\n"
    "The first paragraph of the story is long enough to be kept by the "
    "cleaner, and it has commas, clauses and the usual function words.\n"
    "日本語の文字 wide characters and e\xCC\x81 combining ones are in this "
    "second paragraph, which is also long enough to be kept as prose.\n";

static void
test_layout_clean_wraps_by_width(void **state)
{
	struct doc *d = cleaned("a.txt", article);
	struct layout l = { 0 };

	(void)state;
	layout_build(&l, d, 30, false, true);
	assert_true(l.n > 4);
	for (size_t i = 0; i < l.n; i++) {
		int w = 0;
		for (size_t b = l.v[i].bstart; b < l.v[i].bend;) {
			int32_t c;
			b += cell_next(d->text, b, l.v[i].bend, &c);
			w += cell_width(c, true);
		}
		/* Never wider than the pane; wide characters included. */
		assert_true(w <= 30);
		/* Lines break after spaces, never inside a word here. */
		if (l.v[i].bend < d->text_len && !(l.v[i].flags & LAYOUT_BLANK))
			assert_true(d->text[l.v[i].bend - 1] == ' ' ||
			    d->text[l.v[i].bend] == '\n' ||
			    (unsigned char)d->text[l.v[i].bend] >= 0x80);
	}
	/* The menu is not in the clean view, nor the title (the header
	 * shows it). */
	for (size_t i = 0; i < l.n; i++)
		assert_false(strncmp(d->text + l.v[i].bstart, "Home", 4) == 0 ||
		    strncmp(d->text + l.v[i].bstart, "A headline", 10) == 0);
	/* A blank line separates the two paragraphs. */
	{
		size_t blanks = 0;
		for (size_t i = 0; i < l.n; i++)
			blanks += (l.v[i].flags & LAYOUT_BLANK) != 0;
		assert_int_equal(blanks, 1);
	}
	layout_free(&l);
	doc_free(d);
}

static void
test_layout_raw_dims_dropped_lines(void **state)
{
	struct doc *d = cleaned("a.txt", article);
	struct layout l = { 0 };
	size_t home;

	(void)state;
	layout_build(&l, d, 200, true, true);
	/* Every line of the text, blank ones included; the final newline
	 * opens no line. */
	assert_int_equal(l.n, 8);
	home = layout_find(&l, 0);
	assert_int_equal(home, 0);
	assert_true(l.v[0].flags & LAYOUT_DIM);
	assert_false(l.v[6].flags & LAYOUT_DIM);
	/* layout_find: the line showing a code point in the paragraph. */
	assert_int_equal(layout_find(&l, l.v[6].start + 5), 6);
	layout_free(&l);
	doc_free(d);
}

static void
test_layout_hard_break_long_word(void **state)
{
	struct doc *d = cleaned("b.txt", "Supercalifragilisticexpialidocious\n");
	struct layout l = { 0 };

	(void)state;
	layout_build(&l, d, 10, true, true);
	assert_int_equal(l.n, 4);
	assert_int_equal(l.v[0].end - l.v[0].start, 10);
	layout_free(&l);
	doc_free(d);
}

static void
test_search_smart_case(void **state)
{
	struct doc *d = cleaned("s.txt", "Niger and niger and NIGER and Nigér\n");
	struct match *m;
	size_t n;

	(void)state;
	n = search_doc(d, "niger", &m);
	assert_int_equal(n, 3);
	assert_int_equal(m[0].start, 0);
	assert_int_equal(m[1].start, 10);
	free(m);
	n = search_doc(d, "Niger", &m);
	assert_int_equal(n, 1);
	free(m);
	n = search_doc(d, "nigér", &m);
	assert_int_equal(n, 1);
	assert_int_equal(m[0].start, 30);
	assert_int_equal(m[0].end, 35);
	free(m);
	assert_int_equal(search_doc(d, "", &m), 0);
	doc_free(d);
}

static void
test_settings(void **state)
{
	char path[] = "/tmp/galley-settings-XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	struct config c;

	(void)state;
	fputs("# comment\n sort = title \nlist-width = 40%\nuser = Ann B\n"
	    "color.match = black,bright-yellow,bold\nnonsense\n"
	    "sort = sideways\ncolor.match = mauve\nlist-width = 3\n", f);
	fclose(f);
	config_load(&c, path);
	assert_int_equal(c.sort, SORT_TITLE);
	assert_int_equal(c.list_width, 40);
	assert_true(c.list_percent);
	assert_string_equal(c.user, "Ann B");
	assert_int_equal(c.ncolors, 1);
	assert_int_equal(c.colors[0].fg, 0);
	assert_int_equal(c.colors[0].bg, 11);
	assert_int_equal(c.colors[0].attrs, CONFIG_ATTR_BOLD);
	assert_int_equal(c.nmessages, 4);
	assert_non_null(strstr(c.messages[0], ":6: expected 'key = value'"));
	assert_non_null(strstr(c.messages[1], ":7: sort must be"));
	assert_non_null(strstr(c.messages[2], ":8: bad colour 'mauve'"));
	assert_non_null(strstr(c.messages[3], ":9: list-width"));
	assert_int_equal(strncmp(c.messages[0], path, strlen(path)), 0);
	config_free(&c);
	unlink(path);

	/* A missing file is not an error. */
	config_load(&c, "/nonexistent/galley/config");
	assert_int_equal(c.nmessages, 0);
	assert_int_equal(c.sort, SORT_PATH);
	config_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_placeholders),
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_layout_clean_wraps_by_width),
		cmocka_unit_test(test_layout_raw_dims_dropped_lines),
		cmocka_unit_test(test_layout_hard_break_long_word),
		cmocka_unit_test(test_search_smart_case),
		cmocka_unit_test(test_settings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
