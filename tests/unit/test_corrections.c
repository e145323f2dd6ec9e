/* Unit tests for the corrections layer: set, parse, write, read back,
 * match against a changed article, and apply. */
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

#include "base/util.h"
#include "doc/doc.h"
#include "ingest/load.h"
#include "proof/corrections.h"

static struct doc *
text_doc(const char *text)
{
	char *err = NULL;
	struct doc *d = load_bytes("t.txt", (const unsigned char *)text,
	    strlen(text), &err);

	assert_non_null(d);
	return d;
}

static void
test_set_and_apply(void **state)
{
	/* "Le café said teh plan wiht care." */
	struct doc *d = text_doc("Le caf\xc3\xa9 said teh plan wiht care.\n");
	struct corrections c;
	char *out;

	(void)state;
	corrections_init(&c);
	assert_int_equal(corrections_set(&c, 22, 26, "wiht", "with"), 0);
	assert_int_equal(corrections_set(&c, 13, 16, "teh", "ten"), 0);
	/* A new choice for the same word replaces the old one. */
	assert_int_equal(corrections_set(&c, 13, 16, "teh", "the"), 0);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.v[0].start, 13);
	assert_string_equal(corrections_find(&c, 13, 16)->fix, "the");
	assert_null(corrections_find(&c, 13, 15));
	out = corrections_apply(&c, d, 0, d->text_cps);
	assert_string_equal(out, "Le caf\xc3\xa9 said the plan with care.\n");
	free(out);
	/* Only what lies inside the range. */
	out = corrections_apply(&c, d, 8, 20);
	assert_string_equal(out, "said the pla");
	free(out);
	/* Not words: refused. */
	assert_int_equal(corrections_set(&c, 1, 2, "a", "b\tc"), -1);
	assert_int_equal(corrections_set(&c, 2, 2, "a", "b"), -1);
	/* A NULL fix takes the correction away. */
	assert_int_equal(corrections_set(&c, 13, 16, "teh", NULL), 0);
	assert_int_equal(c.n, 1);
	corrections_free(&c);
	doc_free(d);
}

static void
test_file(void **state)
{
	char dir[] = "/tmp/galley-corr-XXXXXX";
	struct corrections c, back;
	struct doc *d = text_doc("He said teh plan wiht care.\n");
	char *path, *cause = NULL;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/a.txt.corrections", dir);
	corrections_init(&c);
	corrections_init(&back);
	/* No file: no corrections, no error. */
	assert_int_equal(corrections_read(path, &back, &cause), 0);
	assert_int_equal(back.n, 0);
	corrections_set(&c, 8, 11, "teh", "the");
	corrections_set(&c, 17, 21, "wiht", "with");
	assert_int_equal(corrections_write(path, &c, &cause), 0);
	assert_int_equal(corrections_read(path, &back, &cause), 0);
	assert_int_equal(back.n, 2);
	assert_string_equal(back.v[1].fix, "with");
	assert_int_equal(corrections_match(&back, d, NULL), 0);
	doc_free(d);
	/* The article changed: a word no longer there is dropped. */
	d = text_doc("He said the plan wiht care.\n");
	assert_int_equal(corrections_match(&back, d, NULL), 1);
	assert_int_equal(back.n, 1);
	assert_string_equal(back.v[0].word, "wiht");
	doc_free(d);
	/* A line added above: the word is still there, further on, and the
	 * correction follows it (it was dropped, and the next save wrote
	 * the file without it).  Only as a whole word: "wihtout" is not. */
	d = text_doc("An update.\nHe said wihtout the plan wiht care.\n");
	assert_int_equal(corrections_match(&back, d, NULL), 0);
	assert_int_equal(back.n, 1);
	assert_int_equal(back.v[0].start, 36);
	assert_int_equal(back.v[0].end, 40);
	doc_free(d);
	/* Beside typographic quotes it is a whole word all the same. */
	d = text_doc("An update.\nHe said \xE2\x80\x9Cwiht\xE2\x80\x9D care.\n");
	assert_int_equal(corrections_match(&back, d, NULL), 0);
	assert_int_equal(back.v[0].start, 20);
	doc_free(d);
	/* In two places: which was corrected cannot be told (one correct
	 * use of a word must never take another's correction): dropped
	 * here, kept in the file (test_update_keeps_stale). */
	corrections_set(&back, 20, 24, "wiht", NULL);
	corrections_set(&back, 20, 23, "teh", "the");
	d = text_doc("A teh b c d e f g h i j k teh\n");
	assert_int_equal(corrections_match(&back, d, NULL), 1);
	assert_int_equal(back.n, 0);
	doc_free(d);
	/* A moved one never takes the place of one that did not move. */
	corrections_set(&back, 3, 7, "form", "from");
	corrections_set(&back, 30, 34, "form", "farm");
	d = text_doc("He form home.\n");
	assert_int_equal(corrections_match(&back, d, NULL), 1);
	assert_int_equal(back.n, 1);
	assert_string_equal(back.v[0].fix, "from");
	doc_free(d);
	corrections_free(&back);
	corrections_free(&c);
	unlink(path);
	free(path);
	path = xasprintf("%s/.a.txt.corrections.lock", dir);
	unlink(path);
	free(path);
	rmdir(dir);
}

/* A correction whose word is not at its place (in two places now) is
 * not applied, but the next change leaves it in the file: it was
 * dropped there, and the user's choice lost, at the next z=. */
static void
test_update_keeps_stale(void **state)
{
	char dir[] = "/tmp/galley-corr-XXXXXX";
	struct corrections c;
	struct doc *d = text_doc("teh one and teh two, wiht care.\n");
	char *path, *cause = NULL, *lock;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/a.txt.corrections", dir);
	corrections_init(&c);
	corrections_set(&c, 5, 8, "teh", "the");
	assert_int_equal(corrections_write(path, &c, &cause), 0);
	/* teh is at 0 and 12 now, not at 5: it is not applied. */
	assert_int_equal(corrections_update(path, d, 21, 25, "wiht", "with",
	    &c, &cause), 0);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.v[0].word, "wiht");
	corrections_free(&c);
	assert_int_equal(corrections_read(path, &c, &cause), 0);
	assert_int_equal(c.n, 2);
	assert_string_equal(c.v[0].word, "teh");
	assert_int_equal(c.v[0].start, 5);
	assert_string_equal(c.v[1].word, "wiht");
	corrections_free(&c);
	doc_free(d);
	unlink(path);
	free(path);
	lock = xasprintf("%s/.a.txt.corrections.lock", dir);
	unlink(lock);
	free(lock);
	rmdir(dir);
}

static void
test_parse_errors(void **state)
{
	static const char *const bad[] = {
		"1\t2\tteh\n",			/* three fields */
		"1\t2\tteh\tthe\textra\n",	/* five */
		"x\t2\tteh\tthe\n",		/* not a number */
		"3\t2\tteh\tthe\n",		/* end before start */
		"99999999999999999999999\t2\tteh\tthe\n",	/* overflow */
		"5\t8\tteh\tthe\n1\t3\tab\tcd\n",	/* out of order */
		"1\t2\t\tthe\n",		/* empty word */
	};
	struct corrections c;
	char *cause;

	(void)state;
	corrections_init(&c);
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		cause = NULL;
		assert_int_equal(corrections_parse(bad[i], strlen(bad[i]),
		    "F", &c, &cause), -1);
		assert_non_null(cause);
		assert_memory_equal(cause, "F:", 2);
		free(cause);
	}
	cause = NULL;
	assert_int_equal(corrections_parse("# c\n\n1\t2\ta\tb\r\n", 14, "F",
	    &c, &cause), 0);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.v[0].fix, "b");
	corrections_free(&c);
}

/* c holds n corrections, starting at want[0..n). */
static void
expect_starts(const struct corrections *c, const size_t *want, size_t n)
{
	assert_int_equal(c->n, n);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(c->v[i].start, want[i]);
}

/* "The cuncil met wiht them. They left wiht him.": its three words. */
static void
set_three(struct corrections *c)
{
	corrections_free(c);
	corrections_set(c, 4, 10, "cuncil", "council");
	corrections_set(c, 15, 19, "wiht", "with");
	corrections_set(c, 36, 40, "wiht", "with");
}

/* A line added above a word that is in several places: the corrections
 * move by the shift they share, and only where their word is. */
static void
test_shared_shift(void **state)
{
	const char *text = "Council story\n\nThe council met wiht the mayor "
	    "on Monday.\n\nThe mayor left wiht the papers on Friday.\n";
	struct doc *d = text_doc(text);
	struct corrections c, stale;
	char *msg;

	(void)state;
	corrections_init(&c);
	corrections_init(&stale);
	corrections_set(&c, 31, 35, "wiht", "with");
	corrections_set(&c, 73, 77, "wiht", "with");
	assert_int_equal(corrections_match(&c, d, NULL), 0);
	doc_free(d);
	/* "UPDATE: adds detail.\n" (21 code points) after the first line. */
	d = text_doc("Council story\nUPDATE: adds detail.\n\nThe council met "
	    "wiht the mayor on Monday.\n\nThe mayor left wiht the papers on "
	    "Friday.\n");
	assert_int_equal(corrections_match(&c, d, &stale), 0);
	expect_starts(&c, (size_t[]){ 52, 94 }, 2);
	assert_int_equal(stale.n, 0);
	doc_free(d);
	/* With one that moved alone (its word once in the text) giving the
	 * shift, the others take it where their word is. */
	set_three(&c);
	d = text_doc("An update.\nThe cuncil met wiht them. They left wiht "
	    "him.\nAnd wiht.\n");
	assert_int_equal(corrections_match(&c, d, &stale), 0);
	expect_starts(&c, (size_t[]){ 15, 26, 47 }, 3);
	doc_free(d);
	/* Never beyond the shift: a word not at its shifted place is not
	 * applied, and said. */
	set_three(&c);
	d = text_doc("An update.\nThe cuncil met wiht them. They left with "
	    "him.\nAnd wiht.\n");
	assert_int_equal(corrections_match(&c, d, &stale), 1);
	expect_starts(&c, (size_t[]){ 15, 26 }, 2);
	expect_starts(&stale, (size_t[]){ 36 }, 1);
	msg = corrections_unmatched_message("a.txt", &stale);
	assert_string_equal(msg, "a.txt: 1 correction no longer matches the "
	    "text: wiht -> with");
	free(msg);
	corrections_free(&stale);
	assert_null(corrections_unmatched_message("a.txt", &stale));
	doc_free(d);
	corrections_free(&c);
	corrections_free(&stale);
}

static void
test_diff(void **state)
{
	struct doc *d = text_doc("First line.\nHe said teh plan wiht care.\n"
	    "Third line.\nAnd teh end.\n");
	struct corrections c;
	char *out, *cause;

	(void)state;
	corrections_init(&c);
	out = corrections_diff(&c, d, "a.txt", NULL, 0, &cause);
	assert_string_equal(out, "");
	free(out);
	corrections_set(&c, 20, 23, "teh", "the");
	corrections_set(&c, 29, 33, "wiht", "with");
	corrections_set(&c, 56, 59, "teh", "the");
	out = corrections_diff(&c, d, "a.txt", NULL, 0, &cause);
	assert_string_equal(out, "--- a/a.txt\n+++ b/a.txt\n"
	    "@@ -2 +2 @@\n-He said teh plan wiht care.\n"
	    "+He said the plan with care.\n"
	    "@@ -4 +4 @@\n-And teh end.\n+And the end.\n");
	free(out);
	/* A name with a space ends at a tab, as patch(1) reads it. */
	out = corrections_diff(&c, d, "a b.txt", NULL, 0, &cause);
	assert_non_null(strstr(out, "--- a/a b.txt\t\n+++ b/a b.txt\t\n"));
	free(out);
	corrections_free(&c);
	doc_free(d);
}

/* The diff of a file's own bytes: its line ends and encoding kept, the
 * last line without a newline marked; refused when it cannot apply. */
static void
test_diff_raw(void **state)
{
	static const char crlf[] = "T\r\n\r\nThe caf\xe9 said teh.";
	static const char u16[] = "\xff\xfeT\0\n\0\n\0t\0e\0h\0";
	struct doc *d = load_bytes("w.txt", (const unsigned char *)crlf,
	    sizeof crlf - 1, &(char *){ NULL });
	struct corrections c;
	char *out, *cause;

	(void)state;
	corrections_init(&c);
	corrections_set(&c, 17, 20, "teh", "th\xc3\xa9");
	out = corrections_diff(&c, d, "w.txt", crlf, sizeof crlf - 1, &cause);
	assert_string_equal(out, "--- a/w.txt\n+++ b/w.txt\n@@ -3 +3 @@\n"
	    "-The caf\xe9 said teh.\n\\ No newline at end of file\n"
	    "+The caf\xe9 said th\xe9.\n\\ No newline at end of file\n");
	free(out);
	/* A fix Windows-1252 has no byte for. */
	corrections_set(&c, 17, 20, "teh", "th\xe2\x84\x96");
	assert_null(corrections_diff(&c, d, "w.txt", crlf, sizeof crlf - 1,
	    &cause));
	assert_string_equal(cause, "w.txt: line 3: a correction windows-1252 "
	    "cannot hold; --corrected prints the corrected text instead");
	free(cause);
	doc_free(d);
	/* UTF-16: refused. */
	d = load_bytes("u.txt", (const unsigned char *)u16, sizeof u16 - 1,
	    &(char *){ NULL });
	corrections_free(&c);
	out = corrections_diff(&c, d, "u.txt", u16, sizeof u16 - 1, &cause);
	assert_string_equal(out, "");	/* nothing to refuse */
	free(out);
	corrections_set(&c, 3, 6, "teh", "the");
	assert_null(corrections_diff(&c, d, "u.txt", u16, sizeof u16 - 1,
	    &cause));
	assert_non_null(strstr(cause, "u.txt: a UTF-16 file"));
	free(cause);
	corrections_free(&c);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_set_and_apply),
		cmocka_unit_test(test_file),
		cmocka_unit_test(test_update_keeps_stale),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_shared_shift),
		cmocka_unit_test(test_diff),
		cmocka_unit_test(test_diff_raw),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
