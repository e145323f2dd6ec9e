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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_placeholders),
		cmocka_unit_test(test_widths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
