/* Unit tests for the search: smart case, straight and curly quotes. */
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

#include "ingest/load.h"
#include "view/search.h"

/* An apostrophe typed straight finds the curly one, and back. */
static void
test_search_apostrophes(void **state)
{
	static const char text[] = "Niger\342\200\231s army and Niger's port\n";
	char *cause = NULL;
	struct doc *d = load_bytes("s.txt", (const unsigned char *)text,
	    strlen(text), &cause);
	struct match *m;

	(void)state;
	assert_non_null(d);
	assert_int_equal(search_doc(d, "niger's", &m), 2);
	assert_int_equal(m[0].start, 0);
	assert_int_equal(m[1].start, 17);
	free(m);
	assert_int_equal(search_doc(d, "Niger\342\200\231s", &m), 2);
	free(m);
	doc_free(d);
}

/* So do a left single quote and the other quotation marks: a quote
 * typed with straight marks finds it in curly ones, and back. */
static void
test_search_quotes(void **state)
{
	const char *row = "\342\200\230He died,\342\200\231 and "
	    "\342\200\234no\342\200\235 vote";
	struct match *m;

	(void)state;
	assert_int_equal(search_text(row, strlen(row), "'he died,'", &m), 1);
	assert_int_equal(m[0].start, 0);
	assert_int_equal(m[0].end, 10);
	free(m);
	assert_true(search_has(row, "\"no\""));
	assert_true(search_has("'He' and \"no\"",
	    "\342\200\230He\342\200\231 and \342\200\234no"));
	/* The kinds stay apart: a single quote is no double one. */
	assert_false(search_has(row, "'no'"));
	assert_int_equal(search_plain_quote(0x201E), '"');
	assert_int_equal(search_plain_quote('x'), 'x');
}

static void
test_search_smart_case(void **state)
{
	static const char text[] = "Niger and niger and NIGER and Nigér\n";
	char *cause = NULL;
	struct doc *d = load_bytes("s.txt", (const unsigned char *)text,
	    strlen(text), &cause);
	struct match *m;
	size_t n;

	(void)state;
	assert_non_null(d);
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

/* A list's row (a string, not a document) by the same rule. */
static void
test_search_text(void **state)
{
	struct match *m;
	const char *row = "Nigér votes · Coast Herald";

	(void)state;
	assert_int_equal(search_text(row, strlen(row), "herald", &m), 1);
	assert_int_equal(m[0].start, 20);	/* code points, not bytes */
	free(m);
	assert_true(search_has(row, "nigér"));
	assert_true(search_has(row, "Coast"));
	assert_false(search_has(row, "COAST"));
	assert_false(search_has(row, ""));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_search_smart_case),
		cmocka_unit_test(test_search_apostrophes),
		cmocka_unit_test(test_search_quotes),
		cmocka_unit_test(test_search_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
