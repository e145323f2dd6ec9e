/* Unit tests for caret motions (src/caret.c): characters, words,
 * sentences, screen lines and paragraphs, over the text a layout shows. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "caret.h"
#include "clean.h"
#include "features.h"
#include "layout.h"
#include "load.h"

static struct doc *
cleaned(const char *text)
{
	char *cause = NULL;
	struct doc *d = load_bytes("t.txt", (const unsigned char *)text,
	    strlen(text), &cause);

	assert_non_null(d);
	/* One file: no cross-file evidence, as clean_load would find. */
	features_compute(d);
	clean_doc(d);
	return d;
}

/* The code point where the nth (1-based) occurrence of s starts. */
static size_t
at(struct doc *d, const char *s, int nth)
{
	const char *p = d->text;

	for (;;) {
		p = strstr(p, s);
		assert_non_null(p);
		if (--nth == 0)
			return doc_byte_to_cp(d, (size_t)(p - d->text));
		p++;
	}
}

/* The code point just after the first occurrence of s. */
static size_t
end_of(struct doc *d, const char *s)
{
	size_t n = 0;

	for (const char *p = s; *p; p++)
		n += ((unsigned char)*p & 0xC0) != 0x80;
	return at(d, s, 1) + n;
}

static const char text[] =
    "Mr. Smith met Dr. Jones in Niamey. They talked \xE2\x80\x9C" "for hours."
    "\xE2\x80\x9D Then they left!\n"
    "A second line of the page, caf\xC3\xA9 and e\xCC\x81t\xC3\xA9.\n";

static void
test_words(void **state)
{
	struct doc *d = cleaned(text);
	struct layout l = { 0 };
	size_t cp;

	(void)state;
	layout_build(&l, d, 200, true, true);
	cp = caret_move(&l, d->text, 0, CARET_WORD, 1, false);
	assert_int_equal(cp, at(d, "Smith", 1));
	cp = caret_move(&l, d->text, cp, CARET_WORD, 1, true);
	assert_int_equal(cp, end_of(d, "Mr. Smith"));
	/* Backward to the start of the word, then of the one before. */
	cp = caret_move(&l, d->text, cp - 2, CARET_WORD, -1, false);
	assert_int_equal(cp, at(d, "Smith", 1));
	cp = caret_move(&l, d->text, cp, CARET_WORD, -1, false);
	assert_int_equal(cp, 0);
	/* Across the line break: the last word of line 1, then line 2. */
	cp = caret_move(&l, d->text, at(d, "left", 1), CARET_WORD, 1, false);
	assert_int_equal(cp, at(d, "A second", 1));
	/* Accented and combining letters are inside words. */
	cp = caret_move(&l, d->text, at(d, "caf", 1), CARET_WORD, 1, true);
	assert_int_equal(cp, at(d, "caf", 1) + 4);
	cp = caret_move(&l, d->text, at(d, "e\xCC\x81t", 1), CARET_WORD, 1,
	    true);
	assert_int_equal(cp, at(d, "e\xCC\x81t", 1) + 4);
	/* The last word's end is the furthest a forward motion goes. */
	cp = caret_move(&l, d->text, d->text_cps - 2, CARET_WORD, 1, false);
	assert_true(cp <= d->text_cps);
	layout_free(&l);
	doc_free(d);
}

static void
test_sentences(void **state)
{
	struct doc *d = cleaned(text);
	struct layout l = { 0 };
	size_t cp;

	(void)state;
	layout_build(&l, d, 200, true, true);
	/* "Mr." and "Dr." do not end sentences. */
	cp = caret_move(&l, d->text, 0, CARET_SENTENCE, 1, false);
	assert_int_equal(cp, at(d, "They", 1));
	cp = caret_move(&l, d->text, 0, CARET_SENTENCE, 1, true);
	assert_int_equal(cp, end_of(d, "in Niamey."));
	/* A closing quote belongs to the sentence it closes. */
	cp = caret_move(&l, d->text, at(d, "They", 1), CARET_SENTENCE, 1,
	    true);
	assert_int_equal(cp, end_of(d, "for hours.\xE2\x80\x9D"));
	/* Backward from inside a sentence: its start; again: the one
	 * before. */
	cp = caret_move(&l, d->text, at(d, "left", 1), CARET_SENTENCE, -1,
	    false);
	assert_int_equal(cp, at(d, "Then", 1));
	cp = caret_move(&l, d->text, cp, CARET_SENTENCE, -1, false);
	assert_int_equal(cp, at(d, "They", 1));
	/* The end of a line ends its sentence; the next starts on the
	 * next line. */
	cp = caret_move(&l, d->text, at(d, "Then", 1), CARET_SENTENCE, 1,
	    false);
	assert_int_equal(cp, at(d, "A second", 1));
	layout_free(&l);
	doc_free(d);
}

static void
test_chars_and_lines(void **state)
{
	struct doc *d = cleaned(text);
	struct layout l = { 0 };
	size_t cp, e = at(d, "e\xCC\x81t", 1);

	(void)state;
	layout_build(&l, d, 200, true, true);
	/* e + combining acute: one step over both. */
	assert_int_equal(caret_move(&l, d->text, e, CARET_CHAR, 1, false),
	    e + 2);
	assert_int_equal(caret_move(&l, d->text, e + 2, CARET_CHAR, -1,
	    false), e);
	/* Down a line keeps the column; the end of line 1 goes to the start
	 * of line 2. */
	cp = caret_move(&l, d->text, 3, CARET_LINE, 1, false);
	assert_int_equal(cp, at(d, "A second", 1) + 3);
	assert_int_equal(caret_move(&l, d->text, cp, CARET_LINE, -1, false),
	    3);
	cp = caret_move(&l, d->text, 3, CARET_LINE_EDGE, 1, false);
	assert_int_equal(cp, end_of(d, "left!"));
	assert_int_equal(caret_move(&l, d->text, cp, CARET_CHAR, 1, false),
	    at(d, "A second", 1));
	assert_int_equal(caret_move(&l, d->text, 9, CARET_LINE_EDGE, -1,
	    false), 0);
	/* Wrapped at 20 columns: down moves one screen line, within the
	 * same text line. */
	layout_build(&l, d, 20, true, true);
	cp = caret_move(&l, d->text, 0, CARET_LINE, 1, false);
	assert_int_equal(cp, l.v[1].start);
	assert_true(cp < at(d, "A second", 1));
	/* The end of a wrapped line is before the next line's start. */
	cp = caret_move(&l, d->text, 0, CARET_LINE_EDGE, 1, false);
	assert_int_equal(cp, l.v[0].end - 1);
	assert_int_equal(caret_line(&l, cp), 0);
	layout_free(&l);
	doc_free(d);
}

static const char article[] =
    "Home\nNews\nShare this\n"
    "The first paragraph of the story is long enough to be kept by the "
    "cleaner. It has commas, clauses and the usual function words.\n"
    "Subscribe now\n"
    "The second paragraph is also long enough to be kept as prose by the "
    "cleaner, and it says so in more than a few words.\n";

static void
test_paragraphs_skip_dropped_text(void **state)
{
	struct doc *d = cleaned(article);
	struct layout l = { 0 };
	size_t p1 = at(d, "The first", 1), p2 = at(d, "The second", 1), cp;

	(void)state;
	layout_build(&l, d, 30, false, true);
	/* Nothing before the first kept paragraph is reachable. */
	assert_int_equal(caret_clamp(&l, 0), p1);
	cp = caret_move(&l, d->text, p1, CARET_PARAGRAPH, 1, false);
	assert_int_equal(cp, p2);
	cp = caret_move(&l, d->text, p1, CARET_PARAGRAPH, 1, true);
	assert_int_equal(cp, end_of(d, "function words."));
	assert_int_equal(caret_move(&l, d->text, p2 + 5, CARET_PARAGRAPH, -1,
	    false), p2);
	assert_int_equal(caret_move(&l, d->text, p2, CARET_PARAGRAPH, -1,
	    false), p1);
	/* Words go from one paragraph to the next over the dropped line. */
	cp = caret_move(&l, d->text, at(d, "words.", 1), CARET_WORD, 1, false);
	assert_int_equal(cp, p2);
	cp = caret_move(&l, d->text, p2, CARET_WORD, -1, true);
	assert_int_equal(cp, end_of(d, "function words"));
	/* Sentences, paragraph by paragraph. */
	cp = caret_move(&l, d->text, p1, CARET_SENTENCE, 1, false);
	assert_int_equal(cp, at(d, "It has", 1));
	layout_free(&l);
	doc_free(d);
}

static void
test_word_at(void **state)
{
	struct doc *d = cleaned(text);
	struct layout l = { 0 };
	size_t s, e;

	(void)state;
	layout_build(&l, d, 200, true, true);
	assert_true(caret_word_at(&l, d->text, at(d, "Niamey", 1) + 2, &s,
	    &e));
	assert_int_equal(s, at(d, "Niamey", 1));
	assert_int_equal(e, at(d, "Niamey", 1) + 6);
	/* Just after a word: that word. */
	assert_true(caret_word_at(&l, d->text, at(d, "Niamey", 1) + 6, &s,
	    &e));
	assert_int_equal(s, at(d, "Niamey", 1));
	/* Between a full stop and a space: none. */
	assert_false(caret_word_at(&l, d->text, at(d, ". They", 1) + 1, &s,
	    &e));
	layout_free(&l);
	doc_free(d);
}

/* w and b at the end of a paragraph of megabytes: each used to rescan
 * the paragraph from its start (a second a key on 20 MB). */
static void
test_words_in_a_huge_paragraph(void **state)
{
	size_t n = 200000, len = strlen("Headline here\n\n") + 5 * n + 1;
	char *big = malloc(len + 1), *p = big;
	struct doc *d;
	struct layout l = { 0 };
	size_t cp, start;

	(void)state;
	assert_non_null(big);
	p += sprintf(p, "Headline here\n\n");
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, "word ");
	p[-1] = '.';
	*p++ = '\n';
	*p = '\0';
	d = cleaned(big);
	layout_build(&l, d, 80, true, true);
	start = cp = at(d, "word.", 1);
	for (int i = 0; i < 200; i++)
		cp = caret_move(&l, d->text, cp, CARET_WORD, -1, false);
	assert_int_equal(cp, start - 5 * 200);
	for (int i = 0; i < 200; i++)
		cp = caret_move(&l, d->text, cp, CARET_WORD, 1, false);
	assert_int_equal(cp, start);
	cp = caret_move(&l, d->text, cp - 5, CARET_WORD, 1, true);
	assert_int_equal(cp, start - 1);
	layout_free(&l);
	doc_free(d);
	free(big);
}

/* A word longer than a line is cut by the wrap: b from inside its
 * second line goes to the word's start, not the line's. */
static void
test_word_cut_by_the_wrap(void **state)
{
	char big[400];
	struct doc *d;
	struct layout l = { 0 };
	size_t cp;

	(void)state;
	memset(big, 0, sizeof big);
	strcpy(big, "Headline here\n\nSome ");
	memset(big + strlen(big), 'x', 150);
	strcat(big, " end of it.\n");
	d = cleaned(big);
	layout_build(&l, d, 60, true, true);
	cp = caret_move(&l, d->text, at(d, "xxx", 1) + 100, CARET_WORD, -1,
	    false);
	assert_int_equal(cp, at(d, "xxx", 1));
	cp = caret_move(&l, d->text, at(d, "xxx", 1) + 100, CARET_WORD, 1,
	    true);
	assert_int_equal(cp, at(d, "xxx", 1) + 150);
	layout_free(&l);
	doc_free(d);
}

static void
test_empty_document(void **state)
{
	struct doc *d = cleaned("");
	struct layout l = { 0 };
	size_t s, e;

	(void)state;
	layout_build(&l, d, 20, false, true);
	assert_int_equal(caret_move(&l, d->text, 0, CARET_WORD, 1, false), 0);
	assert_int_equal(caret_move(&l, d->text, 0, CARET_PARAGRAPH, -1,
	    false), 0);
	assert_int_equal(caret_move(&l, d->text, 0, CARET_LINE, 1, false), 0);
	assert_false(caret_word_at(&l, d->text, 0, &s, &e));
	layout_free(&l);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_chars_and_lines),
		cmocka_unit_test(test_paragraphs_skip_dropped_text),
		cmocka_unit_test(test_word_at),
		cmocka_unit_test(test_empty_document),
		cmocka_unit_test(test_words_in_a_huge_paragraph),
		cmocka_unit_test(test_word_cut_by_the_wrap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
