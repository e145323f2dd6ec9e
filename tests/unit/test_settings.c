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

	/* A missing file is not an error. */
	config_load(&c, "/nonexistent/galley/config");
	assert_int_equal(c.nmessages, 0);
	assert_int_equal(c.sort, SORT_PATH);
	assert_true(c.entity_confidence == CONFIG_ENTITY_CONFIDENCE);
	config_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_settings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
