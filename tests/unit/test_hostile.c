/* Unit tests for the bugs the fuzzers and the hostile corpus found: each
 * failed before its fix (the first under AddressSanitizer). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/decode.h"
#include "ingest/html_attr_cap.h"
#include "ingest/load.h"
#include "ner/ner.h"
#include "base/escape.h"

/* A charset value that runs to the end of the page: the sniffer read past
 * the copy of the head (strchr finds the terminator). */
static void
test_charset_at_end(void **state)
{
	const char *pages[] = { "<meta charset=utf-8", "<meta charset=a-b.c:",
	    "charset=-", "<?xml encoding=\"iso-8859-1" };
	const char *want[] = { "utf-8", "a-b.c:", "-", "iso-8859-1" };

	(void)state;
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		size_t n = strlen(pages[i]);
		/* Exactly n bytes on the heap, as a file read gives them. */
		unsigned char *raw = malloc(n);
		char *got;

		memcpy(raw, pages[i], n);
		got = decode_sniff_html_charset(raw, n);
		assert_non_null(got);
		assert_string_equal(got, want[i]);
		free(got);
		free(raw);
	}
}

/* libxml2 drops everything below 256 levels without a word: the page is
 * read to the parser's limit, and the loss reported. */
static void
test_nesting_reported(void **state)
{
	size_t depth = 300, n = depth * 11 + 20;
	char *page = malloc(n), *p = page, *cause = NULL;
	struct doc *d;

	(void)state;
	for (size_t i = 0; i < depth; i++)
		p += sprintf(p, "<div>");
	p += sprintf(p, "<p>deep</p>");
	d = load_bytes("deep.html", (unsigned char *)page,
	    (size_t)(p - page), &cause);
	assert_non_null(d);
	assert_non_null(d->warning);
	assert_non_null(strstr(d->warning, "nested deeper than 256"));
	doc_free(d);
	/* 200 levels are fine, and the text is there. */
	p = page;
	for (size_t i = 0; i < 200; i++)
		p += sprintf(p, "<div>");
	p += sprintf(p, "<p>deep</p>");
	d = load_bytes("deep.html", (unsigned char *)page,
	    (size_t)(p - page), &cause);
	assert_non_null(d);
	assert_null(d->warning);
	assert_non_null(strstr(d->text, "deep"));
	doc_free(d);
	free(page);
}

/* Past the cap, a tag's attributes are blanked: same length, the line
 * breaks kept, the text after the tag untouched; a script's "<" starts no
 * tag, and a page under the cap is not copied. */
static void
test_attr_cap_blanks(void **state)
{
	const char *page = "<p a=1 b='x>y'\nc=\"2\" d>t</p>";
	const char *script = "<script>for(i=0;i<n a b c d;)</script><p a>";
	char *out;

	(void)state;
	out = html_attr_cap(page, strlen(page), 2);
	assert_non_null(out);
	assert_string_equal(out, "<p a=1 b='x>y'\n       >t</p>");
	free(out);
	assert_null(html_attr_cap(page, strlen(page), 4));
	assert_null(html_attr_cap(script, strlen(script), 2));
}

/* A tag with a million attributes: libxml2 compares each with all the
 * ones before it (hours); read in a moment, with a warning. */
static void
test_attr_cap_huge(void **state)
{
	size_t nattr = 1000000, n = nattr * 20 + 64;
	char *page = malloc(n), *p = page, *cause = NULL;
	struct doc *d;

	(void)state;
	p += sprintf(p, "<html><body><p");
	for (size_t i = 0; i < nattr; i++)
		p += sprintf(p, " a%zu=\"%zu\"", i, i);
	p += sprintf(p, ">many attributes</p>");
	d = load_bytes("attrs.html", (unsigned char *)page,
	    (size_t)(p - page), &cause);
	assert_non_null(d);
	assert_non_null(strstr(d->text, "many attributes"));
	assert_non_null(d->warning);
	assert_non_null(strstr(d->warning, "more than 256 attributes"));
	doc_free(d);
	free(page);
}

/* Thousands of lines, each with a date and names from the rules: every
 * line's mentions are found and typed as on one line alone (the model's
 * spans are matched with the rules' mentions by binary search since
 * that was quadratic; tests/cli/hostile-scale.sh times it). */
static void
test_ner_many_mentions(void **state)
{
	const char *line = "On 5 May 2020 troops left Mali for Niger. "
	    "The United Nations met in Paris on Tuesday.\n";
	size_t nlines = 3000, len = strlen(line), count[ENTITY_TYPE_COUNT] = { 0 };
	char *text = malloc(nlines * len + 1), *cause = NULL;
	struct ner *n = ner_create(NULL);
	struct mention_list ml = { NULL, 0, 0 };
	struct doc *d;

	(void)state;
	for (size_t i = 0; i < nlines; i++)
		memcpy(text + i * len, line, len);
	d = load_bytes("many.txt", (const unsigned char *)text, nlines * len,
	    &cause);
	assert_non_null(d);
	ner_doc(n, d, true, &ml);
	for (size_t i = 0; i < ml.n; i++) {
		count[ml.v[i].type]++;
		if (i > 0)
			assert_true(ml.v[i - 1].bend <= ml.v[i].bstart);
	}
	assert_int_equal(ml.n, 6 * nlines);
	assert_int_equal(count[ENTITY_DATE], 2 * nlines);
	assert_int_equal(count[ENTITY_GPE], 3 * nlines);
	assert_int_equal(count[ENTITY_ORG], nlines);
	mentions_free(&ml);
	doc_free(d);
	ner_destroy(n);
	free(text);
}

/* JSON output: DEL and C1 controls (U+009B is CSI) as \u escapes; other
 * characters untouched. */
static void
test_json_controls_escaped(void **state)
{
	char out[256] = "";
	FILE *f = fmemopen(out, sizeof out - 1, "w");

	(void)state;
	assert_non_null(f);
	output_json_safe(f, "{\"t\":\"a\x7f" "b\xc2\x9b" "c\xc2\xa0\xc2\"}");
	fclose(f);
	assert_string_equal(out,
	    "{\"t\":\"a\\u007Fb\\u009Bc\xc2\xa0\xc2\"}");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_charset_at_end),
		cmocka_unit_test(test_nesting_reported),
		cmocka_unit_test(test_attr_cap_blanks),
		cmocka_unit_test(test_attr_cap_huge),
		cmocka_unit_test(test_ner_many_mentions),
		cmocka_unit_test(test_json_controls_escaped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
