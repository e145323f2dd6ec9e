/* Unit tests for the keys of the tag prompt and the note editor: what
 * ends them, what edits, that Ctrl-S does not save, and pasted text.
 * No terminal: Esc (which peeks at the next key) is left to the TUI
 * tests. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ui/editor.h"

static enum editor_result
chars(struct editor *e, const char *s)
{
	enum editor_result r = EDITOR_CONTINUE;

	while (*s && r == EDITOR_CONTINUE)
		r = editor_key(e, (unsigned char)*s++, false);
	return r;
}

static size_t
complete_one(void *ctx, const char *word, const char **out, size_t max)
{
	(void)ctx;
	(void)max;
	if (strncmp("europe", word, strlen(word)) != 0)
		return 0;
	out[0] = "europe";
	return 1;
}

static void
test_line_keys(void **state)
{
	struct editor e;

	(void)state;
	editor_init_line(&e, "tags: ", "war", NULL, NULL);
	assert_int_equal(chars(&e, ", un"), EDITOR_CONTINUE);
	assert_string_equal(editor_text(&e), "war, un");
	/* The three backspaces. */
	assert_int_equal(editor_key(&e, 127, false), EDITOR_CONTINUE);
	assert_int_equal(editor_key(&e, 8, false), EDITOR_CONTINUE);
	assert_int_equal(editor_key(&e, KEY_BACKSPACE, true), EDITOR_CONTINUE);
	assert_string_equal(editor_text(&e), "war,");
	editor_key(&e, KEY_HOME, true);
	editor_key(&e, KEY_DC, true);
	assert_string_equal(editor_text(&e), "ar,");
	editor_key(&e, 0x05, false);		/* Ctrl-E */
	editor_key(&e, 0x17, false);		/* Ctrl-W */
	assert_string_equal(editor_text(&e), "");
	/* No completion: Tab is a tab.  Controls are not text. */
	editor_key(&e, '\t', false);
	editor_key(&e, 0x1D, false);
	assert_string_equal(editor_text(&e), "\t");
	assert_int_equal(editor_key(&e, '\r', false), EDITOR_DONE);
	assert_int_equal(editor_key(&e, KEY_ENTER, true), EDITOR_DONE);
	assert_int_equal(editor_key(&e, 0x07, false), EDITOR_CANCEL);
	editor_free(&e);

	editor_init_line(&e, "tags: ", "war, eu", complete_one, NULL);
	assert_int_equal(editor_key(&e, '\t', false), EDITOR_CONTINUE);
	assert_string_equal(editor_text(&e), "war, europe, ");
	editor_key(&e, 0xE9, false);		/* é, as get_wch gives it */
	assert_string_equal(editor_text(&e), "war, europe, \xC3\xA9");
	editor_free(&e);
}

static void
test_box_keys(void **state)
{
	struct editor e;

	(void)state;
	editor_init_box(&e, "note", "first");
	assert_int_equal(editor_key(&e, '\r', false), EDITOR_CONTINUE);
	assert_int_equal(chars(&e, "second\tline"), EDITOR_CONTINUE);
	assert_string_equal(editor_text(&e), "first\nsecond\tline");
	/* Before a draw, up and down go by logical lines. */
	editor_key(&e, KEY_UP, true);
	editor_key(&e, 'X', false);
	assert_string_equal(editor_text(&e), "firstX\nsecond\tline");
	editor_key(&e, 0x0E, false);		/* Ctrl-N */
	editor_key(&e, 0x01, false);		/* Ctrl-A */
	editor_key(&e, 0x0B, false);		/* Ctrl-K */
	assert_string_equal(editor_text(&e), "firstX\n");
	/* Ctrl-S is flow control on some terminals: it does not save. */
	assert_int_equal(editor_key(&e, 0x13, false), EDITOR_CONTINUE);
	assert_int_equal(editor_key(&e, KEY_RESIZE, true), EDITOR_CONTINUE);
	assert_int_equal(editor_key(&e, KEY_F(2), true), EDITOR_DONE);
	assert_int_equal(editor_key(&e, 0x18, false), EDITOR_DONE);
	assert_int_equal(editor_key(&e, 0x07, false), EDITOR_CANCEL);
	assert_string_equal(editor_text(&e), "firstX\n");
	editor_free(&e);
}

/* Ctrl-C (0x03: the reader passes SIGINT on as it) cancels as Esc
 * does, but a changed note only at the second Ctrl-C in a row. */
static void
test_ctrl_c(void **state)
{
	struct editor e;

	(void)state;
	/* Nothing changed: nothing to lose. */
	editor_init_box(&e, "note", "kept");
	assert_int_equal(editor_key(&e, 0x03, false), EDITOR_CANCEL);
	editor_free(&e);
	/* Changed: the first asks, another key withdraws the question,
	 * two in a row cancel. */
	editor_init_box(&e, "note", "kept");
	chars(&e, " and more");
	assert_int_equal(editor_key(&e, 0x03, false), EDITOR_CONTINUE);
	assert_true(e.asked);
	assert_string_equal(editor_text(&e), "kept and more");
	assert_int_equal(editor_key(&e, '!', false), EDITOR_CONTINUE);
	assert_false(e.asked);
	assert_int_equal(editor_key(&e, 0x03, false), EDITOR_CONTINUE);
	assert_int_equal(editor_key(&e, KEY_F(2), true), EDITOR_DONE);
	assert_string_equal(editor_text(&e), "kept and more!");
	assert_int_equal(editor_key(&e, 0x03, false), EDITOR_CONTINUE);
	assert_int_equal(editor_key(&e, 0x03, false), EDITOR_CANCEL);
	editor_free(&e);
	/* Edited back to what it was: nothing to lose either. */
	editor_init_box(&e, "note", "kept");
	chars(&e, "x");
	editor_key(&e, 127, false);
	assert_int_equal(editor_key(&e, 0x03, false), EDITOR_CANCEL);
	editor_free(&e);
	/* The tag prompt: one line, cancelled at once, as by Esc. */
	editor_init_line(&e, "tags: ", NULL, NULL, NULL);
	chars(&e, "claim");
	assert_int_equal(editor_key(&e, 0x03, false), EDITOR_CANCEL);
	editor_free(&e);
}

static void
pasted(struct editor *e, const char *s)
{
	while (*s)
		editor_paste(e, (unsigned char)*s++);
}

/* Pasted text is text: Esc, Ctrl-G, Ctrl-X and Enter do nothing but
 * line breaks (CR, LF, CR LF) are new lines in a note, spaces in a
 * prompt, as tabs are there. */
static void
test_paste(void **state)
{
	struct editor e;

	(void)state;
	editor_init_box(&e, "note", NULL);
	pasted(&e, "a\033b\007c\030d\r\ne\nf\rg\th\001");
	assert_string_equal(editor_text(&e), "abcd\ne\nf\ng\th");
	editor_free(&e);
	editor_init_line(&e, "tags: ", NULL, complete_one, NULL);
	pasted(&e, "eu\033\r\nx\ty");
	assert_string_equal(editor_text(&e), "eu x y");
	editor_free(&e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_line_keys),
		cmocka_unit_test(test_box_keys),
		cmocka_unit_test(test_paste),
		cmocka_unit_test(test_ctrl_c),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
