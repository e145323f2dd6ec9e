/* Unit tests for dates.c. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "base/dates.h"

static void
expect_date(const char *s, const char *want)
{
	char iso[11];
	bool found = date_find(s, strlen(s), iso, NULL, NULL);

	if (want == NULL) {
		assert_false(found);
		return;
	}
	assert_true(found);
	assert_string_equal(iso, want);
}

static void
test_forms(void **state)
{
	(void)state;
	expect_date("2025-05-10T08:00:00+01:00", "2025-05-10");
	expect_date("May 10, 2025", "2025-05-10");
	expect_date("Published Sept. 3rd, 2024 at noon", "2024-09-03");
	expect_date("Wednesday, December 17, 2025", "2025-12-17");
	expect_date("10 May 2025", "2025-05-10");
	expect_date("3rd February 2025", "2025-02-03");
	expect_date("2019/11/20", "2019-11-20");
	expect_date("20.11.2019", "2019-11-20");
	expect_date("Nov 20 2019", "2019-11-20");
}

static void
test_not_dates(void **state)
{
	(void)state;
	expect_date("May the force be with you, 2025 times", NULL);
	expect_date("2025-13-40", NULL);
	expect_date("February 30, 2024", NULL);
	expect_date("version 12025-01-01", NULL);
	expect_date("the year 2025", NULL);
	expect_date("", NULL);
}

static void
test_span(void **state)
{
	char iso[11];
	size_t at, len;
	const char *s = "by Jane, March 3, 2025 12:00";

	(void)state;
	assert_true(date_find(s, strlen(s), iso, &at, &len));
	assert_int_equal(at, 9);
	assert_int_equal(len, strlen("March 3, 2025"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_not_dates),
		cmocka_unit_test(test_span),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
