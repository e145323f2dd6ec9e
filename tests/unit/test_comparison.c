/* Unit tests for the comparison the compare view draws
 * (src/session/comparison.h): aligned rows with their word differences,
 * and the problems only one version has. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/util.h"
#include "doc/doc.h"
#include "proof/problem.h"
#include "session/comparison.h"

/* A document of one kept paragraph per line. */
static struct doc *
doc_of_lines(const char *text)
{
	struct doc *d = doc_new("t.txt", DOC_TEXT);
	size_t start = 0;

	d->text = xstrdup(text);
	d->text_len = strlen(text);
	for (size_t i = 0; i <= d->text_len; i++)
		if (i == d->text_len || text[i] == '\n') {
			if (i > start)
				doc_add_block(d, start, i, BLOCK_PARAGRAPH)->keep = true;
			start = i + 1;
		}
	doc_index_blocks(d);
	return d;
}

/* A spelling problem on the first occurrence of word in d. */
static void
add_problem(struct problem_list *l, const struct doc *d, const char *word)
{
	const char *at = strstr(d->text, word);

	assert_non_null(at);
	problems_add(l, (size_t)(at - d->text),
	    (size_t)(at - d->text) + strlen(word), PROBLEM_SPELLING, NULL);
}

static void
test_rows_and_words(void **state)
{
	struct doc *a = doc_of_lines(
	    "the council met on monday to talk about the pier and the port\n"
	    "the mayor said work would start in spring and end in two years\n"
	    "a meeting is planned for next month to explain it to residents");
	struct doc *b = doc_of_lines(
	    "the mayor said work would start in spring and end in three years\n"
	    "the council met on monday to talk about the pier and the port");
	struct comparison c;
	size_t changed = SIZE_MAX, cut = 0;

	(void)state;
	comparison_build(&c, a, b, NULL, NULL, false);
	assert_int_equal(c.nrows, 3);
	assert_null(c.a_only);
	for (size_t i = 0; i < c.nrows; i++) {
		if (c.rows[i].al.op == ALIGN_CUT)
			cut++;
		if (c.rows[i].al.a != NULL && c.rows[i].al.b != NULL &&
		    c.rows[i].nruns > 1)
			changed = i;
	}
	assert_int_equal(cut, 1);
	assert_int_not_equal(changed, SIZE_MAX);
	/* "two" deleted, "three" inserted, the rest equal. */
	{
		const struct cmp_row *row = &c.rows[changed];
		const struct wd_run *runs = c.runs.v + row->run;
		const struct word *aw = c.aw.v + row->aw, *bw = c.bw.v + row->bw;
		size_t del = 0, ins = 0;

		for (size_t k = 0; k < row->nruns; k++)
			if (runs[k].kind == WD_DELETE) {
				assert_int_equal(runs[k].a1 - runs[k].a0, 1);
				assert_memory_equal(a->text +
				    aw[runs[k].a0].bstart, "two", 3);
				del++;
			} else if (runs[k].kind == WD_INSERT) {
				assert_memory_equal(b->text +
				    bw[runs[k].b0].bstart, "three", 5);
				ins++;
			}
		assert_int_equal(del, 1);
		assert_int_equal(ins, 1);
	}
	for (size_t i = 0; i < c.nrows; i++)
		assert_int_equal(comparison_differs(&c, i),
		    c.rows[i].al.op != ALIGN_SAME);
	comparison_free(&c);
	doc_free(a);
	doc_free(b);
}

static void
test_introduced(void **state)
{
	struct doc *a = doc_of_lines(
	    "teh council met on monday to talk about the goverment pier");
	struct doc *b = doc_of_lines(
	    "teh council met on monday to talk about the govermint pier");
	struct problem_list pa = { NULL, 0, 0 }, pb = { NULL, 0, 0 };
	struct comparison c;

	(void)state;
	add_problem(&pa, a, "teh");
	add_problem(&pa, a, "goverment");
	add_problem(&pb, b, "teh");
	add_problem(&pb, b, "govermint");
	comparison_build(&c, a, b, &pa, &pb, false);
	/* teh is in both; each version's own misspelling is its own. */
	assert_false(c.a_only[0]);
	assert_true(c.a_only[1]);
	assert_false(c.b_only[0]);
	assert_true(c.b_only[1]);
	comparison_free(&c);
	/* Against a version without problems, every problem is new. */
	problems_clear(&pa);
	comparison_build(&c, a, b, &pa, &pb, false);
	assert_true(c.b_only[0]);
	assert_true(c.b_only[1]);
	comparison_free(&c);
	problems_clear(&pb);
	doc_free(a);
	doc_free(b);
}

/* Row i's words of a (which 0) or b (1) as one string, and its runs as
 * letters: = equal, - deleted, + inserted. */
static void
row_text(const struct comparison *c, size_t i, int which, char *out,
    size_t size)
{
	const struct cmp_row *row = &c->rows[i];
	const struct word *w = which ? c->bw.v + row->bw : c->aw.v + row->aw;
	const char *text = which ? c->b->text : c->a->text;
	size_t n = which ? row->nbw : row->naw, len = 0;

	out[0] = '\0';
	for (size_t k = 0; k < n; k++)
		len += (size_t)snprintf(out + len, size - len, "%s%.*s",
		    k ? " " : "", (int)(w[k].bend - w[k].bstart),
		    text + w[k].bstart);
}

static void
row_runs(const struct comparison *c, size_t i, char *out)
{
	const struct cmp_row *row = &c->rows[i];

	for (size_t k = 0; k < row->nruns; k++)
		out[k] = "=-+"[c->runs.v[row->run + k].kind];
	out[row->nruns] = '\0';
}

/* A split with a word changed in its second part: each part's row has
 * the stretch of the paragraph it came from, and only the changed word
 * as a difference; a join the other way round. */
static void
test_split_words(void **state)
{
	struct doc *a = doc_of_lines(
	    "the council met on monday to talk about the pier and the port "
	    "the mayor said work would start in spring and end in two years");
	struct doc *b = doc_of_lines(
	    "the council met on monday to talk about the pier and the port\n"
	    "the mayor said work would start in spring and end in three years");
	struct comparison c;
	char text[256], runs[16];

	(void)state;
	comparison_build(&c, a, b, NULL, NULL, false);
	assert_int_equal(c.nrows, 2);
	assert_int_equal(c.rows[0].al.op, ALIGN_SPLIT);
	assert_true(c.rows[1].al.changed);
	row_text(&c, 0, 0, text, sizeof text);
	assert_string_equal(text,
	    "the council met on monday to talk about the pier and the port");
	row_runs(&c, 0, runs);
	assert_string_equal(runs, "=");
	row_text(&c, 1, 0, text, sizeof text);
	assert_string_equal(text,
	    "the mayor said work would start in spring and end in two years");
	row_runs(&c, 1, runs);
	assert_string_equal(runs, "=-+=");
	comparison_free(&c);
	comparison_build(&c, b, a, NULL, NULL, false);
	assert_int_equal(c.nrows, 2);
	assert_int_equal(c.rows[1].al.op, ALIGN_JOINED);
	row_text(&c, 1, 1, text, sizeof text);
	assert_string_equal(text,
	    "the mayor said work would start in spring and end in two years");
	row_runs(&c, 1, runs);
	assert_string_equal(runs, "=-+=");
	assert_true(comparison_differs(&c, 0));
	comparison_free(&c);
	doc_free(a);
	doc_free(b);
}

/* Versions that differ only in their spacing (a no-break, thin or
 * ideographic space for a space, two spaces for one, a tab) are the
 * same, row by row: QA saw "changed" rows with no word marked.  A
 * changed word among such spacing is still a change. */
static void
test_spacing_only(void **state)
{
	static const char spaced[] =
	    "the council met on monday\xc2\xa0to talk about the pier\n"
	    "the mayor said\xe2\x80\x89work would  start\tin\xe3\x80\x80spring\n"
	    "a meeting is planned for next month to explain it";
	static const char plain[] =
	    "the council met on monday to talk about the pier\n"
	    "the mayor said work would start in spring\n"
	    "a meeting is planned\xc2\xa0" "for next week to explain it";
	struct doc *a = doc_of_lines(spaced), *b = doc_of_lines(plain);
	struct comparison c;

	(void)state;
	comparison_build(&c, a, b, NULL, NULL, false);
	assert_int_equal(c.nrows, 3);
	assert_int_equal(c.rows[0].al.op, ALIGN_SAME);
	assert_false(c.rows[0].al.changed);
	assert_false(comparison_differs(&c, 0));
	assert_int_equal(c.rows[1].al.op, ALIGN_SAME);
	assert_false(comparison_differs(&c, 1));
	assert_int_equal(c.rows[2].al.op, ALIGN_CHANGED);
	assert_true(comparison_differs(&c, 2));
	comparison_free(&c);
	doc_free(a);
	doc_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_and_words),
		cmocka_unit_test(test_introduced),
		cmocka_unit_test(test_split_words),
		cmocka_unit_test(test_spacing_only),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
