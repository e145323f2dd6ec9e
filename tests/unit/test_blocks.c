/* Unit tests for block building: text lines and HTML DOM blocks, with
 * code point offsets and lines into the decoded text. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc/doc.h"
#include "ingest/load.h"

static struct doc *
load_str(const char *name, const char *s)
{
	char *cause = NULL;
	struct doc *d = load_bytes(name, (const unsigned char *)s, strlen(s),
	    &cause);

	assert_non_null(d);
	assert_null(cause);
	return d;
}

static void
assert_block(const struct doc *d, size_t i, const char *text, size_t line,
    enum block_kind kind)
{
	char *t;

	assert_true(i < d->nblocks);
	t = block_text(d, &d->blocks[i]);
	assert_string_equal(t, text);
	free(t);
	assert_int_equal(d->blocks[i].line, line);
	assert_int_equal(d->blocks[i].kind, kind);
}

static void
test_text_lines(void **state)
{
	struct doc *d = load_str("a.txt", "  Héllo wörld  \n\n\t\xE2\x80\xA2 item\nlast");

	(void)state;
	assert_int_equal(d->nblocks, 3);
	assert_block(d, 0, "Héllo wörld", 1, BLOCK_PARAGRAPH);
	assert_block(d, 1, "\xE2\x80\xA2 item", 3, BLOCK_LIST_ITEM);
	assert_block(d, 2, "last", 4, BLOCK_PARAGRAPH);
	/* Code points, not bytes: "  Héllo wörld" is 2+11. */
	assert_int_equal(d->blocks[0].start, 2);
	assert_int_equal(d->blocks[0].end, 13);
	assert_int_equal(d->blocks[1].start, 18);
	assert_int_equal(d->text_cps, 29);
	doc_free(d);
}

static void
test_html_blocks(void **state)
{
	struct doc *d = load_str("p.html",
	    "<html><head><title>T</title><script>x()</script></head><body>"
	    "<h2>Sub  head</h2><p>One\n two <b>bold</b> <a href=#>link</a></p>"
	    "<ul><li>item</li></ul><table><tr><td>cell</td></tr></table>"
	    "<div>loose<br>after break</div><style>.a{}</style>"
	    "<form><p>form text</p></form><p>caf&eacute; &amp; co</p>"
	    "</body></html>");

	(void)state;
	assert_string_equal(d->text, "Sub head\nOne two bold link\nitem\ncell\n"
	    "loose\nafter break\ncafé & co");
	assert_int_equal(d->nblocks, 7);
	assert_block(d, 0, "Sub head", 1, BLOCK_HEADING);
	assert_block(d, 1, "One two bold link", 2, BLOCK_PARAGRAPH);
	assert_int_equal(d->blocks[1].f.link_chars, 5);	/* " link" */
	assert_int_equal(d->blocks[1].f.links, 1);
	assert_block(d, 2, "item", 3, BLOCK_LIST_ITEM);
	assert_block(d, 3, "cell", 4, BLOCK_TABLE_CELL);
	assert_block(d, 4, "loose", 5, BLOCK_TEXT);
	assert_block(d, 5, "after break", 6, BLOCK_TEXT);
	assert_block(d, 6, "café & co", 7, BLOCK_PARAGRAPH);
	assert_int_equal(d->blocks[6].end - d->blocks[6].start, 9);
	doc_free(d);
}

/* A form that holds the page's layout (half its elements or more) is a
 * wrapper, though its text is too short to say so (a page of headline
 * links, ASP.NET style); a small form beside the story is still dropped. */
static void
test_html_form_layout(void **state)
{
	struct doc *d = load_str("f.html",
	    "<html><body><form><div><h1>News</h1><ul>"
	    "<li><a href=/a>Port reopens</a></li>"
	    "<li><a href=/b>Road closed</a></li></ul>"
	    "<p>The pier is open again.</p></div></form>"
	    "<p>Footer</p></body></html>");

	(void)state;
	assert_non_null(strstr(d->text, "The pier is open again."));
	assert_non_null(strstr(d->text, "Port reopens"));
	doc_free(d);
	d = load_str("g.html",
	    "<html><body><div><h1>News</h1><p>The pier is open again.</p>"
	    "<p>Ships came in.</p><p>More tomorrow.</p></div>"
	    "<form><p>Search the site</p></form></body></html>");
	assert_null(strstr(d->text, "Search the site"));
	doc_free(d);
}

/* <a name> without href is a target the table of contents points to,
 * its text the page's own (a section heading); an <a> with an address,
 * or with neither (a script's button), is a link. */
static void
test_html_named_anchor_not_link(void **state)
{
	struct doc *d = load_str("a.html",
	    "<html><body><p><a name=\"s2\">Second part</a></p>"
	    "<p><a href=\"/x\">Elsewhere</a></p><p><a>Button</a></p>"
	    "</body></html>");

	(void)state;
	assert_int_equal(d->nblocks, 3);
	assert_int_equal(d->blocks[0].f.link_chars, 0);
	assert_int_equal(d->blocks[0].f.links, 0);
	assert_true(d->blocks[1].f.link_chars > 0);
	assert_int_equal(d->blocks[1].f.links, 1);
	assert_true(d->blocks[2].f.link_chars > 0);
	doc_free(d);
}

static void
test_html_metadata(void **state)
{
	struct doc *d = load_str("m.html",
	    "<html><head><title>Head title | Site</title>"
	    "<meta property=\"og:site_name\" content=\"The Site\">"
	    "<meta name=\"author\" content=\"Ann Smith\">"
	    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
	    "\"datePublished\":\"2021-02-03T04:05:06Z\",\"headline\":\"LD\"}"
	    "</script></head><body><p>x</p></body></html>");

	(void)state;
	assert_string_equal(d->site, "The Site");
	assert_string_equal(d->author, "Ann Smith");
	assert_string_equal(d->date, "2021-02-03");
	assert_string_equal(d->title, "LD");
	doc_free(d);
}

static void
test_html_deep_nesting(void **state)
{
	size_t depth = 100000;
	char *s = malloc(depth * 11 + 32), *p = s, *cause = NULL;
	struct doc *d;

	(void)state;
	for (size_t i = 0; i < depth; i++)
		p += sprintf(p, "<div>");
	p += sprintf(p, "<p>deep</p>");
	for (size_t i = 0; i < depth; i++)
		p += sprintf(p, "</div>");
	/* libxml2 stops at its depth limit (256) and drops the rest: what
	 * it read is loaded and the loss is reported.  The walk itself is
	 * iterative (test_hostile checks that 200 levels load whole). */
	d = load_bytes("deep.html", (const unsigned char *)s, strlen(s), &cause);
	assert_non_null(d);
	assert_null(cause);
	assert_non_null(d->warning);
	assert_non_null(strstr(d->warning, "nested deeper than 256"));
	doc_free(d);
	free(s);
}

static void
test_html_declared_charset(void **state)
{
	struct doc *d = load_str("c.html",
	    "<meta charset=\"windows-1252\"><p>\x93quoted\x94 caf\xE9</p>");

	(void)state;
	assert_string_equal(d->encoding, "windows-1252");
	assert_string_equal(d->text, "\xE2\x80\x9Cquoted\xE2\x80\x9D caf\xC3\xA9");
	doc_free(d);
}

/* GNU columns: tab stops every 8 columns, combining marks take none. */
static void
test_screen_columns(void **state)
{
	struct doc *d = load_str("t.txt",
	    "x\n\tab\n12345678\tz\ne\xCC\x81t\xC3\xA9 w");
	struct screen_pos pos = { 0 };
	size_t line, col;

	(void)state;
	doc_line_screen_col(d, &pos, 3, &line, &col);		/* 'a' after a tab */
	assert_int_equal(line, 2);
	assert_int_equal(col, 9);
	doc_line_screen_col(d, &pos, 15, &line, &col);	/* 'z': tab at col 9 */
	assert_int_equal(line, 3);
	assert_int_equal(col, 17);
	doc_line_col(d, 15, &line, &col);
	assert_int_equal(col, 10);
	doc_line_screen_col(d, &pos, 22, &line, &col);	/* 'w' after e+U+0301 */
	assert_int_equal(line, 4);
	assert_int_equal(col, 5);
	doc_line_col(d, 22, &line, &col);
	assert_int_equal(col, 6);
	doc_line_screen_col(d, &pos, 19, &line, &col);	/* back: 't' */
	assert_int_equal(col, 2);
	doc_free(d);
}

/* The source line and column of the first s in an HTML page's text. */
static void
assert_source(struct doc *d, const char *s, size_t line, size_t col)
{
	struct screen_pos pos = { 0 };
	const char *at = strstr(d->text, s);
	size_t l, c;

	assert_non_null(at);
	doc_file_line_col(d, &pos, doc_byte_to_cp(d, (size_t)(at - d->text)),
	    &l, &c);
	assert_int_equal(l, line);
	assert_int_equal(c, col);
}

/* QA 40, F5: text that starts with an entity or a character reference,
 * at a paragraph's start or after another (where the source map waits
 * for plain text to find its place), is placed at its own source line
 * and column, not at the end of what came before. */
static void
test_source_after_entities(void **state)
{
	struct doc *d = load_str("t.html", "<html><body>\n"
	    "  <p>One paragraph of plain text comes first.</p>\n"
	    "  <p>&lt;b&gt;Diplomats said so.</p>\n"
	    "  <p>\t&#8216;&#x2019; Quoted then, &amp; &amp;&amp; X.</p>\n"
	    "  <p>The port\xE2\x80\x99s teh quay.</p>\n"
	    "</body></html>\n");

	(void)state;
	assert_source(d, "<b>", 3, 6);
	assert_source(d, "Diplomats", 3, 15);
	assert_source(d, "\xE2\x80\x98", 4, 9);
	assert_source(d, "Quoted", 4, 25);
	assert_source(d, "& &&", 4, 38);
	assert_source(d, "&& X", 4, 44);
	assert_source(d, "X.", 4, 55);
	assert_source(d, "teh", 5, 17);
	doc_free(d);
}

/* The same for offsets in any order, as annotations come. */
static void
test_screen_columns_unsorted(void **state)
{
	struct doc *d = load_str("t.txt",
	    "x\n\tab\n12345678\tz\ne\xCC\x81t\xC3\xA9 w");
	size_t cps[] = { 22, 3, 15, 19, 3 }, ln[5], cl[5];
	size_t want_ln[] = { 4, 2, 3, 4, 2 }, want_cl[] = { 5, 9, 17, 2, 9 };

	(void)state;
	doc_screen_cols(d, cps, 5, ln, cl);
	for (size_t i = 0; i < 5; i++) {
		assert_int_equal(ln[i], want_ln[i]);
		assert_int_equal(cl[i], want_cl[i]);
	}
	doc_free(d);
}

static void
test_offsets_and_lines(void **state)
{
	struct doc *d = load_str("o.txt", "añb\n日本\n\nz");
	struct screen_pos pos = { 0 };
	size_t line, col;
	char *sub;

	(void)state;
	assert_int_equal(d->text_cps, 9);
	assert_int_equal(doc_cp_to_byte(d, 2), 3);	/* 'b' after ñ */
	assert_int_equal(doc_cp_to_byte(d, 5), 8);	/* '本' */
	assert_int_equal(doc_cp_to_byte(d, 99), d->text_len);
	assert_int_equal(doc_byte_to_cp(d, 8), 5);
	assert_int_equal(doc_byte_to_cp(d, 3), 2);
	doc_line_col(d, 5, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	doc_line_col(d, 8, &line, &col);
	assert_int_equal(line, 4);
	assert_int_equal(col, 1);
	doc_line_screen_col(d, &pos, 5, &line, &col);	/* after a wide 日 */
	assert_int_equal(line, 2);
	assert_int_equal(col, 3);
	doc_line_screen_col(d, &pos, 2, &line, &col);	/* after ñ: one column */
	assert_int_equal(col, 3);
	sub = doc_substr(d, 1, 6);
	assert_string_equal(sub, "ñb\n日本");
	free(sub);
	doc_add_span(d, 4, 6, SPAN_ENTITY, 1, 0);
	doc_add_span(d, 0, 3, SPAN_PROBLEM, 2, 7);
	doc_add_span(d, 0, 1, SPAN_MATCH, 0, 0);
	doc_sort_spans(d);
	assert_int_equal(d->spans[0].end, 3);
	assert_int_equal(d->spans[1].kind, SPAN_MATCH);
	assert_int_equal(d->spans[2].start, 4);
	doc_clear_spans(d, SPAN_PROBLEM);
	assert_int_equal(d->nspans, 2);
	doc_free(d);
}

static void
test_offsets_long_text(void **state)
{
	/* Past several index checkpoints, with multibyte characters. */
	char *s = malloc(3 * 1000 + 1);
	struct doc *d;

	(void)state;
	for (int i = 0; i < 1000; i++)
		memcpy(s + 3 * i, "\xE2\x82\xAC", 3);	/* € */
	s[3000] = '\0';
	d = load_str("e.txt", s);
	for (size_t cp = 0; cp <= 1000; cp += 37) {
		assert_int_equal(doc_cp_to_byte(d, cp), 3 * cp);
		assert_int_equal(doc_byte_to_cp(d, 3 * cp), cp);
	}
	doc_free(d);
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_lines),
		cmocka_unit_test(test_html_blocks),
		cmocka_unit_test(test_html_form_layout),
		cmocka_unit_test(test_html_named_anchor_not_link),
		cmocka_unit_test(test_html_metadata),
		cmocka_unit_test(test_html_deep_nesting),
		cmocka_unit_test(test_html_declared_charset),
		cmocka_unit_test(test_offsets_and_lines),
		cmocka_unit_test(test_screen_columns),
		cmocka_unit_test(test_screen_columns_unsorted),
		cmocka_unit_test(test_source_after_entities),
		cmocka_unit_test(test_offsets_long_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
