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

/* t as galley writes times, or "" when date_parse_utc refuses it. */
static const char *
utc(const char *t)
{
	static char out[25];
	time_t secs;
	int ms;

	if (!date_parse_utc(t, &secs, &ms))
		return "";
	date_utc_stamp(secs, ms, out);
	return out;
}

static void
test_utc_times(void **state)
{
	(void)state;
	assert_string_equal(utc("2026-12-06T02:34:41.263Z"),
	    "2026-12-06T02:34:41.263Z");
	/* An offset east of UTC is earlier in UTC, across midnight too. */
	assert_string_equal(utc("2026-12-06T01:30:00+02:00"),
	    "2026-12-05T23:30:00.000Z");
	assert_string_equal(utc("2026-12-31T22:00:00-0300"),
	    "2027-01-01T01:00:00.000Z");
	assert_string_equal(utc("2026-12-06t02:34z"),
	    "2026-12-06T02:34:00.000Z");
	assert_string_equal(utc("2026-12-06T02:34:41.5Z"),
	    "2026-12-06T02:34:41.500Z");
	assert_string_equal(utc("2026-12-06T02:34:41.123456Z"),
	    "2026-12-06T02:34:41.123Z");
	assert_string_equal(utc("2026-12-06"), "2026-12-06T00:00:00.000Z");
	assert_string_equal(utc("2024-02-29T12:00:00Z"),
	    "2024-02-29T12:00:00.000Z");
}

/* The RFC 3339 date-time of the W3C model's created and modified: full
 * time and a zone, a day and time that exist. */
static void
test_rfc3339(void **state)
{
	static const char *const good[] = { "2026-12-07T14:47:25.739Z",
	    "2026-12-07T14:47:25Z", "2026-12-07t14:47:25z",
	    "2026-12-07T14:47:25+02:00", "2026-12-07T14:47:25.5-05:30",
	    "2016-12-31T23:59:60Z" };
	static const char *const bad[] = { "", "not a date",
	    "2099-99-99T99:99:99Z", "2026-12-07", "2026-12-07T14:47Z",
	    "2026-12-07T14:47:25", "2026-12-07 14:47:25Z",
	    "2026-12-07T14:47:25+0200", "2026-12-07T14:47:25.Z",
	    "2026-02-30T00:00:00Z", "2026-12-07T24:00:00Z",
	    "2026-12-07T14:47:25Z ", "2026-12-07T14:47:25+02:00x" };

	(void)state;
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
		if (!date_is_rfc3339(good[i]))
			fail_msg("refused: %s", good[i]);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (date_is_rfc3339(bad[i]))
			fail_msg("taken: %s", bad[i]);
}

static void
test_not_utc_times(void **state)
{
	static const char *const bad[] = { "", "yesterday", "2026-13-01",
	    "2025-02-29", "2026-12-06T24:00Z", "2026-12-06T02:60Z",
	    "2026-12-06T02:34:41.Z", "2026-12-06T02:34:41+2", "2026-12-06T2:34",
	    "2026-12-06T02:34:41Z junk", "2026-12-06T02:34:41+02:00x" };

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_string_equal(utc(bad[i]), "");
}

static void
test_time_order(void **state)
{
	(void)state;
	/* 01:30 two hours east is 23:30 the day before in UTC. */
	assert_true(date_time_cmp("2026-12-06T01:30:00+02:00",
	    "2026-12-06T00:00:00.000Z") < 0);
	assert_true(date_time_cmp("2026-12-05T23:30:00-02:00",
	    "2026-12-06T00:00:00.000Z") > 0);
	assert_int_equal(date_time_cmp("2026-12-06T02:00:00+02:00",
	    "2026-12-06T00:00:00.000Z"), 0);
	assert_true(date_time_cmp("2026-12-06T00:00:00.001Z",
	    "2026-12-06T00:00:00Z") > 0);
	/* A cut time is the start of its part. */
	assert_true(date_time_cmp("2026-12-06T00:00:00.000Z",
	    "2026-12-06") >= 0);
	/* Not times: as strings. */
	assert_true(date_time_cmp("b", "a") > 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_not_dates),
		cmocka_unit_test(test_span),
		cmocka_unit_test(test_utc_times),
		cmocka_unit_test(test_not_utc_times),
		cmocka_unit_test(test_rfc3339),
		cmocka_unit_test(test_time_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
