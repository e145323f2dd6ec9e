/* Unit tests for the edit buffer behind the reader's tag prompt and note
 * editor: UTF-8 and grapheme clusters, words, kills, the visual layout
 * and vertical motion, cleaning of pasted text, and Tab completion. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "view/complete.h"
#include "view/textedit.h"

#define E_ACUTE_COMBINING "e\xCC\x81"		/* e + U+0301 */
#define GRIN "\xF0\x9F\x98\x80"			/* U+1F600 */
#define THUMB_MEDIUM "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"	/* U+1F44D U+1F3FD */
#define FLAG_FR "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7"
#define FLAG_DE "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA"
#define NICHI "\xE6\x97\xA5"			/* U+65E5, two columns */
#define HON "\xE6\x9C\xAC"			/* U+672C, two columns */

static void
type(struct textedit *t, const char *s)
{
	assert_int_equal(textedit_insert(t, s, strlen(s)), strlen(s));
}

static void
test_insert_multibyte(void **state)
{
	struct textedit t;

	(void)state;
	textedit_init(&t, false);
	assert_string_equal(textedit_text(&t), "");
	assert_true(textedit_insert_cp(&t, 'a'));
	assert_true(textedit_insert_cp(&t, 0xE9));
	assert_true(textedit_insert_cp(&t, 0x65E5));
	assert_true(textedit_insert_cp(&t, 0x1F600));
	assert_string_equal(textedit_text(&t), "a\xC3\xA9" NICHI GRIN);
	assert_int_equal(t.caret, 1 + 2 + 3 + 4);
	/* In the middle: before the emoji, then before the CJK character. */
	assert_true(textedit_left(&t));
	assert_int_equal(t.caret, 6);
	assert_true(textedit_left(&t));
	assert_int_equal(t.caret, 3);
	assert_true(textedit_insert_cp(&t, 0x3B1));	/* alpha */
	assert_string_equal(textedit_text(&t),
	    "a\xC3\xA9\xCE\xB1" NICHI GRIN);
	assert_int_equal(t.caret, 5);
	textedit_set(&t, "x" NICHI);
	assert_int_equal(t.caret, 4);
	textedit_free(&t);
}

static void
test_controls_rejected(void **state)
{
	struct textedit t;

	(void)state;
	textedit_init(&t, false);
	assert_false(textedit_insert_cp(&t, 0x1B));
	assert_false(textedit_insert_cp(&t, 0x9B));
	assert_false(textedit_insert_cp(&t, 0x7F));
	assert_false(textedit_insert_cp(&t, '\n'));
	assert_false(textedit_insert_cp(&t, 0xD800));
	assert_false(textedit_insert_cp(&t, 0x110000));
	assert_true(textedit_insert_cp(&t, '\t'));
	assert_string_equal(textedit_text(&t), "\t");
	textedit_free(&t);
	textedit_init(&t, true);
	assert_true(textedit_insert_cp(&t, '\n'));
	assert_string_equal(textedit_text(&t), "\n");
	textedit_free(&t);
}

static void
test_paste_cleaned(void **state)
{
	struct textedit t;
	const char bad[] = "a\xFF" "b\r\nc\x1B[31m\rd\xC2\x9B" "e\xE6\x97";

	(void)state;
	/* Invalid bytes become U+FFFD (one each, truncated sequences too);
	 * controls go; CR LF and CR become newlines. */
	textedit_init(&t, true);
	assert_int_equal(textedit_insert(&t, bad, strlen(bad)),
	    strlen("a\xEF\xBF\xBD" "b\nc[31m\nde\xEF\xBF\xBD\xEF\xBF\xBD"));
	assert_string_equal(textedit_text(&t),
	    "a\xEF\xBF\xBD" "b\nc[31m\nde\xEF\xBF\xBD\xEF\xBF\xBD");
	textedit_free(&t);
	/* One line: newlines become spaces. */
	textedit_init(&t, false);
	textedit_set(&t, "war,\npeace\r\n");
	assert_string_equal(textedit_text(&t), "war, peace ");
	textedit_free(&t);
}

static void
test_limit(void **state)
{
	struct textedit t;

	(void)state;
	textedit_init(&t, false);
	t.limit = 4;
	assert_int_equal(textedit_insert(&t, "abcdefg", 7), 4);
	assert_string_equal(textedit_text(&t), "abcd");
	assert_false(textedit_insert_cp(&t, 'x'));
	textedit_set(&t, "abc");
	/* A two-byte character does not fit in one byte: not split. */
	assert_false(textedit_insert_cp(&t, 0xE9));
	assert_int_equal(textedit_insert(&t, "\xC3\xA9", 2), 0);
	assert_string_equal(textedit_text(&t), "abc");
	textedit_free(&t);
}

static void
test_clusters(void **state)
{
	struct textedit t;

	(void)state;
	textedit_init(&t, false);
	/* A 4-byte emoji goes in one backspace. */
	textedit_set(&t, "a" GRIN);
	assert_true(textedit_backspace(&t));
	assert_string_equal(textedit_text(&t), "a");
	/* e + combining acute: one step left, one backspace. */
	textedit_set(&t, "x" E_ACUTE_COMBINING);
	assert_true(textedit_left(&t));
	assert_int_equal(t.caret, 1);
	assert_true(textedit_right(&t));
	assert_int_equal(t.caret, 4);
	assert_true(textedit_backspace(&t));
	assert_string_equal(textedit_text(&t), "x");
	/* Emoji with a skin tone modifier. */
	textedit_set(&t, THUMB_MEDIUM);
	assert_true(textedit_backspace(&t));
	assert_string_equal(textedit_text(&t), "");
	assert_false(textedit_backspace(&t));
	/* Flags pair regional indicators from the start of the run. */
	textedit_set(&t, FLAG_FR FLAG_DE);
	assert_true(textedit_backspace(&t));
	assert_string_equal(textedit_text(&t), FLAG_FR);
	textedit_set(&t, "a" FLAG_FR FLAG_DE);
	textedit_move_to(&t, 1);
	assert_true(textedit_delete(&t));
	assert_string_equal(textedit_text(&t), "a" FLAG_DE);
	assert_true(textedit_delete(&t));
	assert_string_equal(textedit_text(&t), "a");
	assert_false(textedit_delete(&t));
	textedit_free(&t);
}

static void
test_words(void **state)
{
	struct textedit t;

	(void)state;
	textedit_init(&t, false);
	textedit_set(&t, "hello, w\xC3\xB6rld  foo_bar");
	assert_true(textedit_word_left(&t));
	assert_int_equal(t.caret, 15);		/* foo_bar */
	assert_true(textedit_word_left(&t));
	assert_int_equal(t.caret, 7);		/* wörld */
	assert_true(textedit_word_left(&t));
	assert_int_equal(t.caret, 0);
	assert_false(textedit_word_left(&t));
	assert_true(textedit_word_right(&t));
	assert_int_equal(t.caret, 5);		/* after hello */
	assert_true(textedit_word_right(&t));
	assert_int_equal(t.caret, 13);		/* after wörld */
	assert_true(textedit_delete_word_forward(&t));
	assert_string_equal(textedit_text(&t), "hello, w\xC3\xB6rld");
	assert_true(textedit_delete_word_back(&t));
	assert_string_equal(textedit_text(&t), "hello, ");
	assert_true(textedit_delete_word_back(&t));
	assert_string_equal(textedit_text(&t), "");
	textedit_free(&t);
}

#define FAMILY "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D" \
    "\xF0\x9F\x91\xA7"		/* man ZWJ woman ZWJ girl, 18 bytes */

/* Left and right step over whole extended clusters, also from inside
 * one (a caret put there by the layout or a paste). */
static void
test_cluster_motion(void **state)
{
	struct textedit t;

	(void)state;
	textedit_init(&t, false);
	textedit_set(&t, "a" FLAG_FR FLAG_DE "b");
	textedit_move_to(&t, 1);
	assert_true(textedit_right(&t));
	assert_int_equal(t.caret, 9);
	assert_true(textedit_right(&t));
	assert_int_equal(t.caret, 17);
	assert_true(textedit_left(&t));
	assert_int_equal(t.caret, 9);
	textedit_move_to(&t, 13);	/* between DE's two indicators */
	assert_true(textedit_left(&t));
	assert_int_equal(t.caret, 9);
	textedit_move_to(&t, 13);
	assert_true(textedit_right(&t));
	assert_int_equal(t.caret, 17);
	textedit_set(&t, "x" FAMILY "y");
	textedit_move_to(&t, 1);
	assert_true(textedit_right(&t));
	assert_int_equal(t.caret, 19);
	assert_true(textedit_left(&t));
	assert_int_equal(t.caret, 1);
	textedit_move_to(&t, 8);	/* after the first joiner */
	assert_true(textedit_right(&t));
	assert_int_equal(t.caret, 19);
	textedit_move_to(&t, 19);
	assert_true(textedit_backspace(&t));
	assert_string_equal(textedit_text(&t), "xy");
	textedit_set(&t, THUMB_MEDIUM "z");
	textedit_move_to(&t, 0);
	assert_true(textedit_right(&t));
	assert_int_equal(t.caret, 8);
	textedit_free(&t);
}

/* The reader's word rule (segment.h): apostrophes and '_' inside a word
 * join it, quote marks and underscores around it do not, numbers keep
 * their separators. */
static void
test_word_characters(void **state)
{
	struct textedit t;

	(void)state;
	textedit_init(&t, false);
	textedit_set(&t, "don't l'\xC3\x89tat O\xE2\x80\x99Neill");
	assert_true(textedit_word_left(&t));
	assert_int_equal(t.caret, 14);		/* O’Neill */
	assert_true(textedit_word_left(&t));
	assert_int_equal(t.caret, 6);		/* l'État */
	assert_true(textedit_delete_word_back(&t));
	assert_string_equal(textedit_text(&t), "l'\xC3\x89tat O\xE2\x80\x99Neill");
	textedit_set(&t, "say 'quoted' now");
	textedit_move_to(&t, 4);
	assert_true(textedit_word_right(&t));
	assert_int_equal(t.caret, 11);		/* before the closing ' */
	assert_true(textedit_word_left(&t));
	assert_int_equal(t.caret, 5);		/* after the opening ' */
	textedit_set(&t, "see snake_case and _this_");
	assert_true(textedit_delete_word_back(&t));
	assert_string_equal(textedit_text(&t), "see snake_case and _");
	assert_true(textedit_delete_word_back(&t));
	assert_string_equal(textedit_text(&t), "see snake_case ");
	assert_true(textedit_delete_word_back(&t));
	assert_string_equal(textedit_text(&t), "see ");
	textedit_set(&t, "pi 3.14, 1,000 in 2019, so");
	textedit_move_to(&t, 0);
	assert_true(textedit_word_right(&t));
	assert_true(textedit_word_right(&t));
	assert_int_equal(t.caret, 7);		/* after 3.14 */
	assert_true(textedit_word_right(&t));
	assert_int_equal(t.caret, 14);		/* after 1,000 */
	assert_true(textedit_word_right(&t));
	assert_true(textedit_word_right(&t));
	assert_int_equal(t.caret, 22);		/* after 2019 */
	textedit_free(&t);
}

static void
test_kill_and_yank(void **state)
{
	struct textedit t;

	(void)state;
	textedit_init(&t, true);
	textedit_set(&t, "first line\nsecond");
	textedit_move_to(&t, 5);
	assert_true(textedit_kill_to_end(&t));
	assert_string_equal(textedit_text(&t), "first\nsecond");
	assert_int_equal(t.caret, 5);
	/* At the end of a line the newline goes: the lines join. */
	assert_true(textedit_kill_to_end(&t));
	assert_string_equal(textedit_text(&t), "firstsecond");
	assert_true(textedit_kill_to_start(&t));
	assert_string_equal(textedit_text(&t), "second");
	assert_int_equal(t.caret, 0);
	textedit_move_to(&t, 6);
	assert_true(textedit_yank(&t));
	assert_string_equal(textedit_text(&t), "secondfirst");
	/* Home and end of the logical line. */
	textedit_set(&t, "ab\ncd\nef");
	textedit_move_to(&t, 4);
	assert_true(textedit_home(&t));
	assert_int_equal(t.caret, 3);
	assert_true(textedit_end(&t));
	assert_int_equal(t.caret, 5);
	textedit_move_to(&t, 3);
	assert_true(textedit_kill_to_start(&t));
	assert_string_equal(textedit_text(&t), "abcd\nef");
	textedit_free(&t);
}

static void
assert_rows(const struct textedit *t, const struct textedit_layout *l,
    const char *const *want, size_t n)
{
	assert_int_equal(l->n, n);
	for (size_t i = 0; i < n; i++) {
		const struct textedit_row *r = &l->rows[i];
		assert_int_equal(r->end - r->start, strlen(want[i]));
		assert_memory_equal(t->text.data + r->start, want[i],
		    strlen(want[i]));
	}
}

static const char fox[] = "the quick brown fox jumps over the lazy dog";

static void
test_wrap_paragraph(void **state)
{
	static const char *const rows[] = {
		"the quick ", "brown fox ", "jumps ", "over the ", "lazy dog",
	};
	struct textedit t;
	struct textedit_layout l = { 0 };

	(void)state;
	textedit_init(&t, true);
	textedit_set(&t, fox);
	textedit_layout(&t, 10, true, &l);
	assert_rows(&t, &l, rows, 5);
	assert_int_equal(l.caret_row, 4);
	assert_int_equal(l.caret_col, 8);
	/* A caret at a wrap point is at the start of the next row. */
	textedit_move_to(&t, 20);		/* jumps */
	textedit_layout(&t, 10, true, &l);
	assert_int_equal(l.caret_row, 2);
	assert_int_equal(l.caret_col, 0);
	textedit_move_to(&t, 18);		/* the x of fox */
	textedit_layout(&t, 10, true, &l);
	assert_int_equal(l.caret_row, 1);
	assert_int_equal(l.caret_col, 8);
	textedit_layout_free(&l);
	textedit_free(&t);
}

static void
test_wrap_wide_and_long(void **state)
{
	static const char *const cjk[] = { "abcdefghi", NICHI HON };
	static const char *const word[] = { "abcdefghij", "klmnopqrst",
	    "uvwxy" };
	static const char *const exact[] = { "abcdefghij", "" };
	static const char *const mark[] = { E_ACUTE_COMBINING, "x", "" };
	static const char *const rlo[] = { "ab", "\xE2\x80\xAE" };
	struct textedit t;
	struct textedit_layout l = { 0 };

	(void)state;
	textedit_init(&t, true);
	/* A wide character that would cross the edge starts the next row. */
	textedit_set(&t, "abcdefghi" NICHI HON);
	textedit_layout(&t, 10, true, &l);
	assert_rows(&t, &l, cjk, 2);
	assert_int_equal(l.caret_row, 1);
	assert_int_equal(l.caret_col, 4);
	textedit_move_to(&t, 12);		/* after NICHI */
	textedit_layout(&t, 10, true, &l);
	assert_int_equal(l.caret_col, 2);
	/* In the C locale each is one "?" cell: 11 columns, one row. */
	textedit_layout(&t, 12, false, &l);
	assert_int_equal(l.n, 1);
	/* A word longer than the width is broken. */
	textedit_set(&t, "abcdefghijklmnopqrstuvwxy");
	textedit_layout(&t, 10, true, &l);
	assert_rows(&t, &l, word, 3);
	/* A line filling the width exactly: the caret gets a row. */
	textedit_set(&t, "abcdefghij");
	textedit_layout(&t, 10, true, &l);
	assert_rows(&t, &l, exact, 2);
	assert_int_equal(l.caret_row, 1);
	assert_int_equal(l.caret_col, 0);
	/* A combining mark stays with its base even at width 1. */
	textedit_set(&t, E_ACUTE_COMBINING "x");
	textedit_layout(&t, 1, true, &l);
	assert_rows(&t, &l, mark, 3);
	/* A placeholder is as wide as its text: U+202E is drawn as
	 * <U+202E>, eight cells, and is not split. */
	textedit_set(&t, "ab\xE2\x80\xAE");
	textedit_layout(&t, 9, true, &l);
	assert_rows(&t, &l, rlo, 2);
	assert_int_equal(l.caret_col, 8);
	textedit_layout_free(&l);
	textedit_free(&t);
}

static void
test_up_down(void **state)
{
	struct textedit t;
	struct textedit_layout l = { 0 };

	(void)state;
	textedit_init(&t, true);
	textedit_set(&t, fox);
	textedit_move_to(&t, 8);		/* the k of quick */
	textedit_layout(&t, 10, true, &l);
	assert_true(textedit_vertical(&t, &l, 1));
	assert_int_equal(t.caret, 18);		/* the x of fox, column 8 */
	textedit_layout(&t, 10, true, &l);
	/* "jumps " is short: the caret stops before its space, not on the
	 * next row's start... */
	assert_true(textedit_vertical(&t, &l, 1));
	assert_int_equal(t.caret, 25);
	textedit_layout(&t, 10, true, &l);
	assert_int_equal(l.caret_row, 2);
	/* ...and the next row gets column 8 again. */
	assert_true(textedit_vertical(&t, &l, 1));
	assert_int_equal(t.caret, 34);
	textedit_layout(&t, 10, true, &l);
	assert_true(textedit_vertical(&t, &l, -3));
	assert_int_equal(t.caret, 8);
	/* Past the first row: the start of the text. */
	textedit_layout(&t, 10, true, &l);
	assert_true(textedit_vertical(&t, &l, -1));
	assert_int_equal(t.caret, 0);
	/* Any other motion forgets the column. */
	textedit_move_to(&t, 3);
	assert_int_equal(t.goal_col, -1);

	/* Logical lines: the end of a shorter line is a caret position. */
	textedit_set(&t, "ab\ncdef");
	textedit_layout(&t, 10, true, &l);
	assert_true(textedit_vertical(&t, &l, -1));
	assert_int_equal(t.caret, 2);
	/* Across wide characters the column is never passed. */
	textedit_set(&t, NICHI HON "\nabc");
	textedit_move_to(&t, 8);		/* before the b: column 1 */
	textedit_layout(&t, 10, true, &l);
	assert_true(textedit_vertical(&t, &l, -1));
	assert_int_equal(t.caret, 0);
	textedit_move_to(&t, 9);		/* before the c: column 2 */
	textedit_layout(&t, 10, true, &l);
	assert_true(textedit_vertical(&t, &l, -1));
	assert_int_equal(t.caret, 3);
	textedit_layout_free(&l);
	textedit_free(&t);
}

static void
test_row_home_end(void **state)
{
	struct textedit t;
	struct textedit_layout l = { 0 };

	(void)state;
	textedit_init(&t, true);
	textedit_set(&t, fox);
	textedit_move_to(&t, 13);		/* in brown */
	textedit_layout(&t, 10, true, &l);
	assert_true(textedit_row_home(&t, &l));
	assert_int_equal(t.caret, 10);
	textedit_layout(&t, 10, true, &l);
	assert_true(textedit_row_home(&t, &l));	/* again: the line */
	assert_int_equal(t.caret, 0);
	textedit_move_to(&t, 13);
	textedit_layout(&t, 10, true, &l);
	assert_true(textedit_row_end(&t, &l));
	assert_int_equal(t.caret, 19);		/* before the space */
	textedit_layout(&t, 10, true, &l);
	assert_int_equal(l.caret_row, 1);
	assert_true(textedit_row_end(&t, &l));	/* again: the line */
	assert_int_equal(t.caret, strlen(fox));
	textedit_layout_free(&l);
	textedit_free(&t);
}

/* Not a timing test: 100 KB typed a character at a time, then edited in
 * the middle, must finish at once with a linear design (a quadratic one
 * would do about 10^10 steps here and time out the suite). */
static void
test_large_text(void **state)
{
	struct textedit t;
	struct textedit_layout l = { 0 };
	const size_t n = 100 * 1024;

	(void)state;
	textedit_init(&t, true);
	for (size_t i = 0; i < n; i++)
		assert_true(textedit_insert_cp(&t, i % 7 == 6 ? ' ' :
		    i % 50 == 49 ? '\n' : 'a' + (int32_t)(i % 26)));
	assert_int_equal(t.text.len, n);
	textedit_move_to(&t, n / 2);
	for (int i = 0; i < 1000; i++)
		assert_true(textedit_left(&t));
	for (int i = 0; i < 1000; i++)
		assert_true(textedit_insert_cp(&t, 0xE9));
	for (int i = 0; i < 500; i++)
		assert_true(textedit_backspace(&t));
	textedit_layout(&t, 80, true, &l);
	assert_true(l.n >= n / 50);
	assert_true(textedit_vertical(&t, &l, 10));
	assert_int_equal(t.text.len, n + 500 * 2);
	textedit_layout_free(&l);
	textedit_free(&t);
}

static const char *const tags[] = {
	"europe", "london", "londonderry", "war", "Washington",
};

static size_t
complete_tags(void *ctx, const char *word, const char **out, size_t max)
{
	size_t n = 0;

	(void)ctx;
	for (size_t i = 0; i < sizeof tags / sizeof *tags && n < max; i++)
		if (strncasecmp(tags[i], word, strlen(word)) == 0)
			out[n++] = tags[i];
	return n;
}

static void
test_complete(void **state)
{
	struct textedit t;
	struct completion c;
	size_t s, e;

	(void)state;
	textedit_init(&t, false);
	complete_init(&c, complete_tags, NULL);
	textedit_set(&t, "war,  eu ");
	complete_word(&t, &s, &e);
	assert_int_equal(s, 6);
	assert_int_equal(e, 8);
	/* A unique candidate replaces the word and adds a separator. */
	assert_int_equal(complete_tab(&c, &t), 1);
	assert_string_equal(textedit_text(&t), "war,  europe, ");
	assert_int_equal(c.n, 0);
	/* Several: the common prefix, then Tab cycles. */
	type(&t, "LO");
	assert_int_equal(complete_tab(&c, &t), 2);
	assert_string_equal(textedit_text(&t), "war,  europe, london");
	assert_int_equal(c.n, 2);
	assert_int_equal(c.current, SIZE_MAX);
	complete_tab(&c, &t);
	assert_string_equal(textedit_text(&t), "war,  europe, london");
	assert_int_equal(c.current, 0);
	complete_tab(&c, &t);
	assert_string_equal(textedit_text(&t), "war,  europe, londonderry");
	complete_tab(&c, &t);
	assert_string_equal(textedit_text(&t), "war,  europe, london");
	complete_reset(&c);
	/* No common prefix longer than the word: the word stays. */
	textedit_set(&t, "w");
	assert_int_equal(complete_tab(&c, &t), 2);
	assert_string_equal(textedit_text(&t), "w");
	complete_tab(&c, &t);
	assert_string_equal(textedit_text(&t), "war");
	complete_reset(&c);
	/* Before an existing comma the caret steps over it. */
	textedit_set(&t, "eur, war");
	textedit_move_to(&t, 3);
	assert_int_equal(complete_tab(&c, &t), 1);
	assert_string_equal(textedit_text(&t), "europe, war");
	assert_int_equal(t.caret, 8);
	/* Nothing matches: nothing changes. */
	textedit_set(&t, "zzz");
	assert_int_equal(complete_tab(&c, &t), 0);
	assert_string_equal(textedit_text(&t), "zzz");
	complete_free(&c);
	textedit_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_insert_multibyte),
		cmocka_unit_test(test_controls_rejected),
		cmocka_unit_test(test_paste_cleaned),
		cmocka_unit_test(test_limit),
		cmocka_unit_test(test_clusters),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_cluster_motion),
		cmocka_unit_test(test_word_characters),
		cmocka_unit_test(test_kill_and_yank),
		cmocka_unit_test(test_wrap_paragraph),
		cmocka_unit_test(test_wrap_wide_and_long),
		cmocka_unit_test(test_up_down),
		cmocka_unit_test(test_row_home_end),
		cmocka_unit_test(test_large_text),
		cmocka_unit_test(test_complete),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
