/* Unit tests for the cells: placeholders for what a terminal cannot show, and column widths. */
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

/* Not UTF-8: typographic punctuation becomes ASCII, not '?', and takes
 * the columns of its stand-in; in UTF-8 it is drawn as itself. */
static void
test_ascii_stand_ins(void **state)
{
	static const struct {
		int32_t cp;
		const char *want;
	} cases[] = {
		{ 0x2018, "'" }, { 0x2019, "'" }, { 0x201C, "\"" },
		{ 0x201D, "\"" }, { 0x2013, "-" }, { 0x2014, "-" },
		{ 0x00B7, "-" }, { 0x2026, "..." },
	};
	char ph[CELL_PLACEHOLDER_MAX];

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		size_t n = strlen(cases[i].want);

		assert_int_equal(cell_placeholder(cases[i].cp, false, ph), n);
		assert_string_equal(ph, cases[i].want);
		assert_int_equal(cell_width(cases[i].cp, false), (int)n);
		assert_int_equal(cell_placeholder(cases[i].cp, true, ph), 0);
		assert_int_equal(cell_width(cases[i].cp, true), 1);
	}
	/* Other non-ASCII stays a visible '?'. */
	assert_int_equal(cell_placeholder(0x65E5, false, ph), 1);
	assert_string_equal(ph, "?");
	assert_null(cell_ascii_stand_in(0xE9));
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

/* The joiners (ZWNJ, ZWJ) take no column and get no placeholder in
 * either locale, so that an emoji sequence or a Persian word is not cut
 * by <U+200D>; other invisible format characters keep theirs. */
static void
test_joiners(void **state)
{
	/* WOMAN ZWJ WOMAN ZWJ GIRL; Persian mi-khaham with a ZWNJ. */
	const char *family = "\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa9"
	    "\xe2\x80\x8d\xf0\x9f\x91\xa7";
	const char *persian = "\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xae\xd9\x88";
	char ph[CELL_PLACEHOLDER_MAX];

	(void)state;
	for (int utf8 = 0; utf8 <= 1; utf8++) {
		assert_true(cell_is_joiner(0x200C));
		assert_true(cell_is_joiner(0x200D));
		assert_int_equal(cell_placeholder(0x200D, utf8, ph), 0);
		assert_int_equal(cell_placeholder(0x200C, utf8, ph), 0);
		assert_int_equal(cell_width(0x200D, utf8), 0);
		assert_int_equal(cell_width(0x200C, utf8), 0);
		/* Still placeholders: bidi controls and ZWSP. */
		assert_int_equal(cell_placeholder(0x202E, utf8, ph), 8);
		assert_int_equal(cell_placeholder(0x200F, utf8, ph), 8);
		assert_int_equal(cell_placeholder(0x2066, utf8, ph), 8);
		assert_int_equal(cell_placeholder(0x200B, utf8, ph), 8);
		assert_false(cell_is_joiner(0x200B));
	}
	assert_int_equal(cell_glyph_width(0x200D), 0);
	assert_int_equal(doc_screen_width(0x200D), 0);
	/* Three wide emoji; '?' each outside UTF-8. */
	assert_int_equal(cell_text_width(family, strlen(family), true), 6);
	assert_int_equal(cell_text_width(family, strlen(family), false), 3);
	/* Four letters. */
	assert_int_equal(cell_text_width(persian, strlen(persian), true), 4);
	assert_int_equal(cell_text_width(persian, strlen(persian), false), 4);
}

/* cell_prev goes back one code point, as cell_next goes forward, and
 * never before its start. */
static void
test_prev(void **state)
{
	const char *s = "a\xc3\xa9\xe2\x80\xa6\xf0\x9f\x99\x82";
	size_t n = strlen(s), i = n;
	int32_t want[] = { 0x1F642, 0x2026, 0xE9, 'a' }, c;

	(void)state;
	for (size_t k = 0; k < 4; k++) {
		size_t j = cell_prev(s, 0, i, &c);

		assert_int_equal(c, want[k]);
		assert_int_equal(cell_next(s, j, n, &c), i - j);
		i = j;
	}
	assert_int_equal(i, 0);
	/* Continuation bytes only: back to start, one bad byte. */
	assert_int_equal(cell_prev("\x80\x80\x80", 1, 3, &c), 1);
	assert_int_equal(c, 0xFFFD);
}

/* Rows break after a space; a word wider than the row alone is cut
 * between characters, never inside a wide character or before a
 * combining mark. */
static void
test_wrap_end(void **state)
{
	const char *s = "read marks and positions will";
	const char *wide = "\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97";	/* 3 x 2 cols */
	const char *mark = "abe\xCC\x81" "cd";	/* e + U+0301 */

	(void)state;
	assert_int_equal(cell_wrap_end(s, 0, strlen(s), 100, true),
	    strlen(s));
	/* "read marks and posi" fits 19: the row ends after "and ". */
	assert_int_equal(cell_wrap_end(s, 0, strlen(s), 19, true), 15);
	/* From there, "positions " is one word of 9 plus a space. */
	assert_int_equal(cell_wrap_end(s, 15, strlen(s), 9, true), 24);
	/* A word wider than the row is cut at the width. */
	assert_int_equal(cell_wrap_end(s, 15, strlen(s), 4, true), 19);
	/* 5 columns: two wide characters, the third not split. */
	assert_int_equal(cell_wrap_end(wide, 0, strlen(wide), 5, true), 6);
	/* One cell wider than the row still makes progress. */
	assert_int_equal(cell_wrap_end(wide, 0, strlen(wide), 1, true), 3);
	/* The accent stays with its e: 3 columns end after it. */
	assert_int_equal(cell_wrap_end(mark, 0, strlen(mark), 3, true), 5);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_placeholders),
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_joiners),
		cmocka_unit_test(test_prev),
		cmocka_unit_test(test_ascii_stand_ins),
		cmocka_unit_test(test_wrap_end),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
