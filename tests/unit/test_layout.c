/* Unit tests for the the layout: word wrap of the clean and the raw view. */
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

#include "clean/clean.h"
#include "doc/cells.h"
#include "clean/features.h"
#include "ingest/load.h"
#include "view/caret.h"
#include "view/layout.h"
#include "base/util.h"

static struct doc *
cleaned(const char *name, const char *text)
{
	char *cause = NULL;
	struct doc *d = load_bytes(name, (const unsigned char *)text,
	    strlen(text), &cause);
	assert_non_null(d);
	/* One file: no cross-file evidence, as clean_load would find. */
	features_compute(d);
	clean_doc(d);
	return d;
}

static const char article[] =
    "Home\nNews\n"
    "A headline that is long enough\n\nby Ann Example\n\n"
    "The first paragraph of the story is long enough to be kept by the "
    "cleaner, and it has commas, clauses and the usual function words.\n"
    "日本語の文字 wide characters and e\xCC\x81 combining ones are in this "
    "second paragraph, which is also long enough to be kept as prose.\n";

static void
test_layout_clean_wraps_by_width(void **state)
{
	struct doc *d = cleaned("a.txt", article);
	struct layout l = { 0 };

	(void)state;
	layout_build(&l, d, 30, false, true);
	assert_true(l.n > 4);
	for (size_t i = 0; i < l.n; i++) {
		int w = 0;
		for (size_t b = l.v[i].bstart; b < l.v[i].bend;) {
			int32_t c;
			b += cell_next(d->text, b, l.v[i].bend, &c);
			w += cell_width(c, true);
		}
		/* Never wider than the pane; wide characters included. */
		assert_true(w <= 30);
		/* Lines break after spaces, never inside a word here. */
		if (l.v[i].bend < d->text_len && !(l.v[i].flags & LAYOUT_BLANK))
			assert_true(d->text[l.v[i].bend - 1] == ' ' ||
			    d->text[l.v[i].bend] == '\n' ||
			    (unsigned char)d->text[l.v[i].bend] >= 0x80);
	}
	/* The menu is not in the clean view, nor the title (the header
	 * shows it). */
	for (size_t i = 0; i < l.n; i++)
		assert_false(strncmp(d->text + l.v[i].bstart, "Home", 4) == 0 ||
		    strncmp(d->text + l.v[i].bstart, "A headline", 10) == 0);
	/* A blank line separates the two paragraphs. */
	{
		size_t blanks = 0;
		for (size_t i = 0; i < l.n; i++)
			blanks += (l.v[i].flags & LAYOUT_BLANK) != 0;
		assert_int_equal(blanks, 1);
	}
	layout_free(&l);
	doc_free(d);
}

static void
test_layout_raw_dims_dropped_lines(void **state)
{
	struct doc *d = cleaned("a.txt", article);
	struct layout l = { 0 };
	size_t home;

	(void)state;
	layout_build(&l, d, 200, true, true);
	/* Every line of the text, blank ones included; the final newline
	 * opens no line. */
	assert_int_equal(l.n, 8);
	home = layout_find(&l, 0);
	assert_int_equal(home, 0);
	assert_true(l.v[0].flags & LAYOUT_DIM);
	assert_false(l.v[6].flags & LAYOUT_DIM);
	/* layout_find: the line showing a code point in the paragraph. */
	assert_int_equal(layout_find(&l, l.v[6].start + 5), 6);
	layout_free(&l);
	doc_free(d);
}

static void
test_layout_hard_break_long_word(void **state)
{
	struct doc *d = cleaned("b.txt", "Supercalifragilisticexpialidocious\n");
	struct layout l = { 0 };

	(void)state;
	layout_build(&l, d, 10, true, true);
	assert_int_equal(l.n, 4);
	assert_int_equal(l.v[0].end - l.v[0].start, 10);
	layout_free(&l);
	doc_free(d);
}

static const char debris_page[] =
    "<html><head><title>Harbour report</title></head><body><article>\n"
    "<h1>Harbour report</h1>\n"
    "<p>The port authority said on Monday that the new pier would be "
    "ready by spring, after a long and cold winter of work. < / li ></p>\n"
    "<p>< strong >></p>\n"
    "<p>Engineers said tdstyle;textalign:left that the cranes and the old "
    "pier would need work until the end of the summer, AT&amp;T said.</p>\n"
    "</article></body></html>\n";

/* The shown text of line i: its bytes but the hidden spans. */
static void
shown(const struct doc *d, const struct layout *l, size_t i, char *out,
    size_t cap)
{
	size_t n = 0;

	for (size_t b = l->v[i].bstart; b < l->v[i].bend && n + 1 < cap;) {
		size_t k = hidden_from_byte(&l->hide, b);

		if (k < l->hide.n && l->hide.v[k].bstart <= b) {
			b = l->hide.v[k].bend;
			continue;
		}
		out[n++] = d->text[b++];
	}
	out[n] = '\0';
}

/* Markup debris is not shown in the clean view, and a block of nothing
 * else leaves no line; the text and its offsets do not change, and the
 * raw view still shows it. */
static void
test_layout_clean_hides_debris(void **state)
{
	struct doc *d = cleaned("a.html", debris_page);
	struct layout l = { 0 };
	char line[256], all[2048] = "";
	size_t blanks = 0, raw_debris = 0;
	const char *debris[] = { "< / li >", "< strong >>", "tdstyle" };

	(void)state;
	assert_non_null(strstr(d->text, "< / li >"));
	layout_build(&l, d, 200, false, true);
	for (size_t i = 0; i < l.n; i++) {
		shown(d, &l, i, line, sizeof line);
		strncat(all, line, sizeof all - strlen(all) - 2);
		strcat(all, "|");
		blanks += (l.v[i].flags & LAYOUT_BLANK) != 0;
	}
	for (size_t k = 0; k < 3; k++)
		assert_null(strstr(all, debris[k]));
	/* No double space where debris was, no space left at the end. */
	assert_non_null(strstr(all, "Engineers said that the cranes"));
	assert_non_null(strstr(all, "winter of work.|"));
	/* An entity that stands for a character stays. */
	assert_non_null(strstr(all, "AT&T said"));
	/* Two paragraphs: the block of debris alone leaves no blank line. */
	assert_int_equal(blanks, 1);
	/* Hidden spans point at the debris in the unchanged text. */
	assert_int_equal(l.hide.n, 2);	/* the lone block left none */
	/* At the block's end, with the space before it. */
	assert_memory_equal(d->text + l.hide.v[0].bstart, " < / li >", 9);
	assert_int_equal(l.hide.v[0].bend - l.hide.v[0].bstart, 9);
	assert_int_equal(l.hide.v[0].end - l.hide.v[0].start, 9);
	assert_int_equal(doc_cp_to_byte(d, l.hide.v[0].start),
	    l.hide.v[0].bstart);
	layout_build(&l, d, 200, true, true);
	assert_int_equal(l.hide.n, 0);
	for (size_t i = 0; i < l.n; i++)
		for (size_t k = 0; k < 3; k++)
			raw_debris += l.v[i].bend - l.v[i].bstart >=
			    strlen(debris[k]) && memmem(d->text + l.v[i].bstart,
			    l.v[i].bend - l.v[i].bstart, debris[k],
			    strlen(debris[k])) != NULL;
	assert_int_equal(raw_debris, 3);
	layout_free(&l);
	doc_free(d);
}

/* Debris glued to the words either side, as scraped lists leave it:
 * a tag with a blank inside leaves one blank between the words, a lone
 * '>' opening a word or after a colon goes, and a lone '>' closing a
 * word (half of a title in angle brackets) stays. */
static const char glued_page[] =
    "<html><head><title>Harbour report</title></head><body><article>\n"
    "<h1>Harbour report</h1>\n"
    "<p>The council met on Monday to discuss the budget and the plans "
    "for the new year in the city and the harbour.</p>\n"
    "<p>Regional Alliances:&lt; strong &gt;&gt;establish stronger ties "
    "with the neighbouring towns this year and the next.</p>\n"
    "<p>&gt;Engagement With Partners :&gt;seek collaborations with "
    "partners across the region, said the mayor of Riverside&gt;.</p>\n"
    "</article></body></html>\n";

static void
test_layout_clean_hides_glued_debris(void **state)
{
	struct doc *d = cleaned("g.html", glued_page);
	struct layout l = { 0 };
	char line[256], all[2048] = "";

	(void)state;
	layout_build(&l, d, 200, false, true);
	for (size_t i = 0; i < l.n; i++) {
		shown(d, &l, i, line, sizeof line);
		strncat(all, line, sizeof all - strlen(all) - 2);
		strcat(all, "|");
	}
	assert_non_null(strstr(all, "Regional Alliances: establish stronger"));
	assert_non_null(strstr(all, "|Engagement With Partners :seek"));
	assert_non_null(strstr(all, "of Riverside>."));
	/* The text is unchanged: the raw view shows every piece. */
	assert_non_null(strstr(d->text, "Alliances:< strong >>establish"));
	assert_non_null(strstr(d->text, ":>seek"));
	layout_free(&l);
	doc_free(d);
}

static const char cut_page[] =
    "<html><head><title>Harbour report</title></head><body>\n"
    "<nav><p>Home</p><p>News</p></nav><article>\n"
    "<h1>Harbour report</h1>\n"
    "<p>The port authority said on Monday that the new pier would be "
    "ready by spring, after a long and cold winter of work on the quay.</p>\n"
    "<div class=\"newsletter-signup\"><p>Sign up for our newsletter</p>"
    "<p>&nbsp;</p><p>Subscribe now</p></div>\n"
    "<p>Engineers said that the cranes and the old pier would need work "
    "until the end of the summer, and that the budget would hold.</p>\n"
    "</article><footer><p>Copyright 2024 Harbour Times</p></footer>\n"
    "</body></html>\n";

/* One marker where blocks inside the article were dropped, counting
 * neither white space nor the page before and after the article; an
 * open run shows its blocks, dim, in text order. */
static void
test_layout_marks_dropped_runs(void **state)
{
	struct doc *d = cleaned("a.html", cut_page);
	struct layout l = { 0 };
	unsigned char *open = xcalloc(d->nblocks, 1);
	size_t markers = 0, m = 0, dim = 0;

	(void)state;
	layout_build(&l, d, 200, false, true);
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].flags & LAYOUT_MARKER) {
			markers++;
			m = i;
		}
	assert_int_equal(markers, 1);
	assert_int_equal(l.v[m].nrun, 2);
	assert_memory_equal(d->text + d->blocks[l.v[m].run].bstart,
	    "Sign up", 7);
	assert_true(m > 0 && m + 1 < l.n);
	assert_int_equal(l.v[m].bstart, l.v[m].bend);
	/* The caret steps over the marker: it has no text to stand on. */
	{
		size_t above = m - 1, cp;

		while (above > 0 && (l.v[above].flags & LAYOUT_BLANK))
			above--;
		cp = caret_move(&l, d->text, l.v[above].start, CARET_LINE, 1,
		    false);
		assert_true(caret_line(&l, cp) > m);
		assert_true(caret_line(&l, caret_move(&l, d->text, cp,
		    CARET_LINE, -1, false)) < m);
	}
	open[l.v[m].run] = 1;
	l.open = open;
	layout_build(&l, d, 200, false, true);
	for (size_t i = 1; i < l.n; i++) {
		assert_true(l.v[i].start >= l.v[i - 1].start);
		if ((l.v[i].flags & LAYOUT_DIM) &&
		    !(l.v[i].flags & LAYOUT_MARKER))
			dim++;
	}
	assert_int_equal(dim, 2);
	/* A point inside the shown run is found on its line. */
	assert_memory_equal(d->text + l.v[layout_find(&l,
	    d->blocks[l.v[m].run].start + 2)].bstart, "Sign up", 7);
	free(open);
	layout_free(&l);
	doc_free(d);
}


/* Whether lines [0, n) of a and b are the same. */
static bool
same_lines(const struct layout *a, const struct layout *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct layout_line *x = &a->v[i], *y = &b->v[i];

		if (x->bstart != y->bstart || x->bend != y->bend ||
		    x->start != y->start || x->end != y->end ||
		    x->flags != y->flags || x->run != y->run ||
		    x->nrun != y->nrun)
			return false;
	}
	return true;
}

/* Lays d out in steps of `step` lines and checks every step against the
 * whole layout: the same first lines, and layout_find the same for the
 * code points before the last line laid out.  Returns the steps that
 * left some of d to lay out. */
static size_t
check_steps(struct doc *d, const unsigned char *open, int width, bool raw,
    size_t step)
{
	struct layout whole = { 0 }, part = { 0 };
	size_t steps = 0;

	whole.open = part.open = open;
	layout_build(&whole, d, width, raw, true);
	layout_start(&part, width, raw, true);
	while (!layout_extend(&part, d, 0, part.n + step)) {
		size_t last = part.v[part.n - 1].start;

		steps++;
		assert_true(part.n >= step && part.n <= whole.n);
		assert_true(same_lines(&part, &whole, part.n));
		for (size_t cp = 0; cp < last; cp += 7)
			assert_int_equal(layout_find(&part, cp),
			    layout_find(&whole, cp));
	}
	assert_int_equal(part.n, whole.n);
	assert_true(same_lines(&part, &whole, part.n));
	assert_int_equal(part.hide.n, whole.hide.n);
	layout_free(&part);
	layout_free(&whole);
	return steps;
}

/* A long article: paragraphs of prose, a heading now and then. */
static struct doc *
long_article(size_t paragraphs)
{
	struct buf b;
	struct doc *d;

	buf_init(&b);
	buf_adds(&b, "<html><head><title>A long report</title></head><body>"
	    "<article><h1>A long report</h1>\n");
	for (size_t i = 0; i < paragraphs; i++) {
		if (i % 9 == 4)
			buf_printf(&b, "<h2>Part %zu of the report</h2>\n", i);
		buf_printf(&b, "<p>Paragraph %zu says that the harbour, the "
		    "old pier and the new cranes will need work until the end "
		    "of the summer, and that the budget of the port authority "
		    "will hold for another year at least.</p>\n", i);
	}
	buf_adds(&b, "</article></body></html>\n");
	d = cleaned("long.html", b.data);
	buf_free(&b);
	return d;
}

/* Laid out in steps, a document comes out as it does at once, in both
 * views, and a step stops early: the first screen need not wait for the
 * rest. */
static void
test_layout_in_steps_matches_whole(void **state)
{
	struct doc *d = long_article(120);
	struct doc *cut = cleaned("a.html", cut_page);
	struct doc *deb = cleaned("a.html", debris_page);
	struct doc *art = cleaned("a.txt", article);
	unsigned char *open = xcalloc(cut->nblocks, 1);
	struct layout l = { 0 };
	const int widths[] = { 7, 30, 80 };
	const size_t steps[] = { 1, 3, 50 };

	(void)state;
	for (size_t w = 0; w < 3; w++)
		for (size_t s = 0; s < 3; s++)
			for (int raw = 0; raw < 2; raw++) {
				/* The long one takes many steps. */
				assert_true(check_steps(d, NULL, widths[w],
				    raw, steps[s]) > 4);
				check_steps(cut, NULL, widths[w], raw, steps[s]);
				check_steps(deb, NULL, widths[w], raw, steps[s]);
				check_steps(art, NULL, widths[w], raw, steps[s]);
			}
	/* An open run of dropped blocks, shown dim. */
	layout_build(&l, cut, 200, false, true);
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].flags & LAYOUT_MARKER)
			open[l.v[i].run] = 1;
	check_steps(cut, open, 30, false, 2);
	/* The first screen of the long article: its first blocks only. */
	layout_start(&l, 80, false, true);
	assert_false(layout_extend(&l, d, 0, 40));
	assert_true(l.n >= 40 && l.n < 60);
	/* Up to a code point: a line starts after it, so layout_find
	 * finds it as in the whole layout. */
	{
		struct layout whole = { 0 };
		size_t cp = doc_byte_to_cp(d, d->text_len / 2);

		layout_build(&whole, d, 80, false, true);
		layout_start(&l, 80, false, true);
		assert_false(layout_extend(&l, d, cp, 0));
		assert_true(l.v[l.n - 1].start > cp && l.n < whole.n);
		assert_int_equal(layout_find(&l, cp), layout_find(&whole, cp));
		layout_free(&whole);
	}
	free(open);
	layout_free(&l);
	doc_free(art);
	doc_free(deb);
	doc_free(cut);
	doc_free(d);
}

/* A <pre> block keeps its line breaks, and the layout ends a line at
 * each: never a newline shown, the offsets of every line right, those
 * of what follows too; the raw view does not dim its later lines. */
static const char pre_page[] =
    "<html><body><h1>A headline that is long enough</h1>"
    "<p>The first paragraph of the story is long enough to be kept by the "
    "cleaner, and it has commas, clauses and the usual function words.</p>"
    "<pre>line one\n  line two\n\tline three</pre>"
    "<p>The last paragraph of the story is also long enough to be kept, "
    "with the usual words of prose in it and a full stop.</p>"
    "</body></html>";

/* The line of l that starts with text, or l->n. */
static size_t
line_starting(const struct layout *l, const struct doc *d, const char *text)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->v[i].bend - l->v[i].bstart >= strlen(text) &&
		    strncmp(d->text + l->v[i].bstart, text, strlen(text)) == 0)
			return i;
	return l->n;
}

/* The code point of byte b of d's text. */
static size_t
cp_of(const struct doc *d, size_t b)
{
	size_t cp = 0;

	for (size_t i = 0; i < b; i++)
		cp += ((unsigned char)d->text[i] & 0xC0) != 0x80;
	return cp;
}

static void
test_layout_pre_line_breaks(void **state)
{
	struct doc *d = cleaned("a.html", pre_page);
	const char *pre = strstr(d->text, "line one");
	const struct block *after = NULL;
	struct layout l = { 0 };
	size_t one, i;

	(void)state;
	assert_non_null(pre);
	assert_true(strncmp(pre, "line one\n  line two\n    line three",
	    strlen("line one\n  line two\n    line three")) == 0);
	for (i = 0; i < d->nblocks; i++)
		if (d->blocks[i].kind == BLOCK_PREFORMATTED)
			after = &d->blocks[i + 1];
	assert_non_null(after);
	assert_true(after->keep);
	for (int width = 80; width >= 12; width -= 68) {
		layout_build(&l, d, width, false, true);
		one = line_starting(&l, d, "line one");
		assert_true(one + 2 < l.n);
		for (i = 0; i < l.n; i++)
			assert_null(memchr(d->text + l.v[i].bstart, '\n',
			    l.v[i].bend - l.v[i].bstart));
		assert_int_equal(l.v[one].bend - l.v[one].bstart, 8);
		assert_int_equal(line_starting(&l, d, "  line two"), one + 1);
		/* At 12 columns the third line wraps before "three". */
		assert_int_equal(line_starting(&l, d, "    line"), one + 2);
		for (i = one; i < one + 3; i++)
			assert_int_equal(l.v[i].start, cp_of(d, l.v[i].bstart));
		/* The newline's code point is between two lines. */
		assert_int_equal(l.v[one + 1].start, l.v[one].end + 1);
		assert_int_equal(layout_find(&l, cp_of(d, (size_t)(strstr(
		    d->text, "three") - d->text))), width > 12 ? one + 2 :
		    one + 3);
		/* What follows starts where its block does. */
		i = line_starting(&l, d, "The last");
		assert_true(i < l.n);
		assert_int_equal(l.v[i].start, after->start);
		assert_int_equal(l.v[i].bstart, after->bstart);
		layout_free(&l);
	}
	layout_build(&l, d, 80, true, true);
	one = line_starting(&l, d, "line one");
	for (i = one; i < one + 3; i++)
		assert_false(l.v[i].flags & LAYOUT_DIM);
	layout_free(&l);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_clean_wraps_by_width),
		cmocka_unit_test(test_layout_raw_dims_dropped_lines),
		cmocka_unit_test(test_layout_hard_break_long_word),
		cmocka_unit_test(test_layout_clean_hides_debris),
		cmocka_unit_test(test_layout_clean_hides_glued_debris),
		cmocka_unit_test(test_layout_marks_dropped_runs),
		cmocka_unit_test(test_layout_in_steps_matches_whole),
		cmocka_unit_test(test_layout_pre_line_breaks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
