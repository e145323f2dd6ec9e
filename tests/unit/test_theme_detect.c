/* test_theme_detect.c - a late answer to the background question (OSC
 * 11, then DA1) is dropped key by key, and the keys around it are not;
 * a setting decides without asking. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ui/theme_detect.h"

/* Feeds s as keys; returns how many were swallowed. */
static size_t
feed(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += theme_swallow_reply(OK, (wint_t)(unsigned char)*s);
	return n;
}

static void
test_late_answer_swallowed(void **state)
{
	const char *osc = "\033]11;rgb:ffff/ffff/ffff\033\\";
	const char *bel = "\033]11;rgb:00/00/00\007";
	const char *da1 = "\033[?62;22c";

	(void)state;
	assert_false(theme_swallow_reply(OK, 'q'));	/* nothing awaited */
	theme_expect_late_reply();
	assert_false(theme_swallow_reply(OK, 'j'));	/* the user's key */
	assert_false(theme_swallow_reply(KEY_CODE_YES, KEY_DOWN));
	assert_int_equal(feed(osc), strlen(osc));
	assert_false(theme_swallow_reply(OK, 'k'));
	assert_int_equal(feed(da1), strlen(da1));
	/* DA1 ends the wait: an Esc now is the user's. */
	assert_false(theme_swallow_reply(OK, 033));
	theme_expect_late_reply();
	assert_int_equal(feed(bel), strlen(bel));
	assert_int_equal(feed(da1), strlen(da1));
	assert_false(theme_swallow_reply(OK, ']'));
}

static void
test_setting_decides(void **state)
{
	const char *why = NULL;

	(void)state;
	assert_int_equal(theme_detect(CONFIG_THEME_LIGHT, &why), THEME_LIGHT);
	assert_string_equal(why, "the settings");
	assert_int_equal(theme_detect(CONFIG_THEME_DARK, &why), THEME_DARK);
	/* A terminal not worth asking (TERM=dumb): COLORFGBG, then dark. */
	setenv("TERM", "dumb", 1);
	setenv("COLORFGBG", "0;15", 1);
	assert_int_equal(theme_detect(CONFIG_THEME_AUTO, &why), THEME_LIGHT);
	assert_string_equal(why, "COLORFGBG");
	setenv("COLORFGBG", "15;0", 1);
	assert_int_equal(theme_detect(CONFIG_THEME_AUTO, &why), THEME_DARK);
	unsetenv("COLORFGBG");
	assert_int_equal(theme_detect(CONFIG_THEME_AUTO, &why), THEME_DARK);
	assert_string_equal(why, "no answer");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_late_answer_swallowed),
		cmocka_unit_test(test_setting_decides),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
