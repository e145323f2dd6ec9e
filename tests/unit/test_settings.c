/* Unit tests for the settings: values and file:line messages. */
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

#include "base/settings.h"

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

	/* entity-confidence: 0 to 1 with a dot; the default otherwise. */
	f = fopen(path, "w");
	fputs("entity-confidence = 0.25\nentity-confidence = 1.5\n"
	    "entity-confidence = 0,4\nentity-confidence = .\n", f);
	fclose(f);
	config_load(&c, path);
	assert_true(c.entity_confidence > 0.249 && c.entity_confidence < 0.251);
	assert_int_equal(c.nmessages, 3);
	assert_non_null(strstr(c.messages[0], ":2: entity-confidence"));
	config_free(&c);
	unlink(path);

	/* A comment may follow a setting after a blank, as the man page
	 * says; a '#' inside a word is part of the value. */
	f = fopen(path, "w");
	fputs("sort = date   # newest first\ntext-width = 72\t#measure\n"
	    "user = Ann#2 # who\nclipboard = off#\n", f);
	fclose(f);
	config_load(&c, path);
	assert_int_equal(c.sort, SORT_DATE);
	assert_int_equal(c.text_width, 72);
	assert_string_equal(c.user, "Ann#2");
	assert_int_equal(c.nmessages, 1);
	assert_non_null(strstr(c.messages[0], ":4: clipboard must be"));
	config_free(&c);
	unlink(path);

	/* A missing default file is not an error. */
	setenv("XDG_CONFIG_HOME", "/nonexistent", 1);
	assert_int_equal(config_load(&c, NULL), 0);
	assert_int_equal(c.nmessages, 0);
	assert_int_equal(c.sort, SORT_PATH);
	assert_true(c.entity_confidence == CONFIG_ENTITY_CONFIDENCE);
	config_free(&c);

	/* One named (--config) is meant to be read: an error naming it. */
	assert_int_equal(config_load(&c, "/nonexistent/galley/config"), -1);
	assert_int_equal(c.nmessages, 1);
	assert_string_equal(c.messages[0], "/nonexistent/galley/config: "
	    "No such file or directory");
	assert_int_equal(c.sort, SORT_PATH);
	config_free(&c);
}

/* Why there is no place for galley's files names each variable and what
 * is wrong with it: unset, empty or relative are three mistakes. */
static void
test_xdg_missing_names_the_problem(void **state)
{
	const char *was = getenv("HOME");
	char *home = was ? strdup(was) : NULL, *msg;

	(void)state;
	unsetenv("XDG_STATE_HOME");
	unsetenv("HOME");
	msg = config_xdg_missing("XDG_STATE_HOME");
	assert_string_equal(msg, "HOME and XDG_STATE_HOME are not set");
	free(msg);
	setenv("HOME", "", 1);
	msg = config_xdg_missing("XDG_STATE_HOME");
	assert_string_equal(msg, "HOME is empty and XDG_STATE_HOME is not set");
	free(msg);
	setenv("HOME", "work", 1);
	setenv("XDG_STATE_HOME", "", 1);
	msg = config_xdg_missing("XDG_STATE_HOME");
	assert_string_equal(msg, "HOME (work) is not an absolute path and "
	    "XDG_STATE_HOME is empty");
	free(msg);
	unsetenv("XDG_STATE_HOME");
	if (home != NULL)
		setenv("HOME", home, 1);
	free(home);
}

/* Messages come in the order of their lines, also those added after the
 * file is read (the colours', by theme_init), CRLF lines or not. */
static void
test_message_order(void **state)
{
	char path[] = "/tmp/galley-settings-XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	struct config c;

	(void)state;
	for (int i = 1; i <= 9; i++)
		fprintf(f, "bogus%d = 1\r\n", i);
	fputs("color.nosuch = red\r\nsort = sideways\r\n", f);
	fclose(f);
	assert_int_equal(config_load(&c, path), 0);
	assert_int_equal(c.nmessages, 10);
	config_message(&c, c.colors[0].line, "unknown colour element");
	assert_int_equal(c.nmessages, 11);
	for (size_t i = 0; i < 11; i++) {
		char *want = NULL;

		assert_true(asprintf(&want, "%s:%zu: ", path, i + 1) > 0);
		assert_int_equal(strncmp(c.messages[i], want, strlen(want)), 0);
		free(want);
	}
	assert_non_null(strstr(c.messages[9], "colour element"));
	assert_non_null(strstr(c.messages[10], "sort must be"));
	config_free(&c);
	unlink(path);
}

/* An unknown key within two edits of a known one gets a suggestion. */
static void
test_did_you_mean(void **state)
{
	char path[] = "/tmp/galley-settings-XXXXXX";
	int fd = mkstemp(path);
	FILE *f = fdopen(fd, "w");
	struct config c;

	(void)state;
	fputs("list-widht = 40\nsrot = date\nthemes = dark\n"
	    "frobnicate = 1\nx = 1\n", f);
	fclose(f);
	config_load(&c, path);
	assert_int_equal(c.nmessages, 5);
	assert_non_null(strstr(c.messages[0], ":1: unknown setting "
	    "'list-widht'; did you mean list-width?"));
	assert_non_null(strstr(c.messages[1], "did you mean sort?"));
	assert_non_null(strstr(c.messages[2], "did you mean theme?"));
	assert_null(strstr(c.messages[3], "did you mean"));
	assert_null(strstr(c.messages[4], "did you mean"));
	config_free(&c);
	unlink(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_xdg_missing_names_the_problem),
		cmocka_unit_test(test_settings),
		cmocka_unit_test(test_message_order),
		cmocka_unit_test(test_did_you_mean),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
