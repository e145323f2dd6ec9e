/* Unit tests for json_text.c: a string written as json_dumps writes it
 * (jansson itself is the reference), and refused where json_string
 * refuses it. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "base/json_text.h"
#include "base/util.h"

/* What jansson writes for s (JSON_ENCODE_ANY, as the list does). */
static char *
jansson_text(const char *s)
{
	json_t *v = json_string(s);
	char *text;

	assert_non_null(v);
	text = json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER |
	    JSON_ENCODE_ANY);
	json_decref(v);
	assert_non_null(text);
	return text;
}

static void
same_as_jansson(const char *s)
{
	struct buf b;
	char *want = jansson_text(s);

	buf_init(&b);
	assert_true(json_text_string(&b, s));
	assert_string_equal(b.data, want);
	free(want);
	buf_free(&b);
}

static void
test_plain_and_escaped(void **state)
{
	(void)state;
	same_as_jansson("");
	same_as_jansson("plain words, 1/2 a slash");
	same_as_jansson("a \"quote\" and a \\ backslash");
	same_as_jansson("tab\there, line\nbreak, cr\r, bs\b, ff\f");
	same_as_jansson("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80 \xE2\x80\xAE");
	same_as_jansson("del \x7F and next-line \xC2\x85 stay");
}

/* Every control below U+0020, alone and between letters. */
static void
test_every_control(void **state)
{
	char s[4];

	(void)state;
	for (int c = 1; c < 0x20; c++) {
		s[0] = 'a';
		s[1] = (char)c;
		s[2] = 'b';
		s[3] = '\0';
		same_as_jansson(s);
		same_as_jansson(s + 1);
	}
}

static void
test_refused_as_jansson_refuses(void **state)
{
	static const char *const bad[] = {
		"\xC3", "a\xFF" "b", "\xED\xA0\x80", "\xC0\xAF", "x\xF4\x90\x80\x80",
	};
	struct buf b;

	(void)state;
	buf_init(&b);
	assert_false(json_text_string(&b, NULL));
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		json_t *v = json_string(bad[i]);

		assert_null(v);	/* the reference refuses it too */
		assert_false(json_text_string(&b, bad[i]));
	}
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_and_escaped),
		cmocka_unit_test(test_every_control),
		cmocka_unit_test(test_refused_as_jansson_refuses),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
