/* Unit tests for path_short_names: the shortest trailing components
 * that tell each path from the others. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "base/path_names.h"

static void
test_unique_base_names_stay_short(void **state)
{
	const char *paths[] = { "news/a.txt", "/tmp/x/b.html", "c.txt" };
	const char *names[3];

	(void)state;
	path_short_names(paths, 3, names);
	assert_string_equal(names[0], "a.txt");
	assert_string_equal(names[1], "b.html");
	assert_string_equal(names[2], "c.txt");
}

static void
test_same_base_names_told_apart(void **state)
{
	const char *paths[] = {
		"site/one/index.html", "site/two/index.html", "other.html",
		"/srv/x/one/index.html", "notes/index.html",
	};
	const char *names[5];

	(void)state;
	path_short_names(paths, 5, names);
	assert_string_equal(names[0], "site/one/index.html");
	assert_string_equal(names[1], "two/index.html");
	assert_string_equal(names[2], "other.html");
	assert_string_equal(names[3], "x/one/index.html");
	assert_string_equal(names[4], "notes/index.html");
}

/* The same path twice has no suffix of its own: both show it whole;
 * a path that is another's tail shows itself whole. */
static void
test_no_unique_suffix(void **state)
{
	const char *paths[] = { "a/b.txt", "a/b.txt", "b.txt", "x/a/b.txt" };
	const char *names[4];

	(void)state;
	path_short_names(paths, 4, names);
	assert_string_equal(names[0], "a/b.txt");
	assert_string_equal(names[1], "a/b.txt");
	assert_string_equal(names[2], "b.txt");
	assert_string_equal(names[3], "x/a/b.txt");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unique_base_names_stay_short),
		cmocka_unit_test(test_same_base_names_told_apart),
		cmocka_unit_test(test_no_unique_suffix),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
