/* Unit tests for decode.c: byte-order marks, UTF-16, declared charsets,
 * the per-byte Windows-1252 fallback, line endings, binary refusal. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc/doc.h"
#include "ingest/decode.h"
#include "ingest/html_charref.h"
#include "ingest/load.h"

static void
decode_ok(const char *raw, size_t n, bool html, const char *want_text,
    const char *want_enc)
{
	struct decoded d;
	char *cause = NULL;

	assert_int_equal(decode_bytes((const unsigned char *)raw, n, html, &d,
	    &cause), 0);
	assert_null(cause);
	assert_string_equal(d.text, want_text);
	assert_int_equal(d.len, strlen(want_text));
	assert_string_equal(d.encoding, want_enc);
	decoded_free(&d);
}

static void
test_utf8_plain_and_bom(void **state)
{
	(void)state;
	decode_ok("caf\xC3\xA9", 5, false, "caf\xC3\xA9", "utf-8");
	decode_ok("\xEF\xBB\xBFhi", 5, false, "hi", "utf-8");
}

static void
test_crlf_and_cr_become_lf(void **state)
{
	(void)state;
	decode_ok("a\r\nb\rc\n", 7, false, "a\nb\nc\n", "utf-8");
	/* HTML keeps them: the parser handles white space itself. */
	decode_ok("a\r\nb", 4, true, "a\r\nb", "utf-8");
}

static void
test_stray_bytes_are_cp1252_each(void **state)
{
	(void)state;
	/* Valid UTF-8 é, then a lone 0x92 (’ in Windows-1252). */
	decode_ok("\xC3\xA9 it\x92s", 7, false,
	    "\xC3\xA9 it\xE2\x80\x99s", "utf-8");
	/* Only invalid bytes: the file is Windows-1252. */
	decode_ok("caf\xE9 \x93q\x94", 8, false,
	    "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D", "windows-1252");
}

static void
test_overlong_and_surrogates_are_not_utf8(void **state)
{
	(void)state;
	/* C0 AF is an overlong '/', ED A0 80 an encoded surrogate. */
	decode_ok("\xC0\xAF", 2, false, "\xC3\x80\xC2\xAF", "windows-1252");
	decode_ok("\xED\xA0\x80", 3, false, "\xC3\xAD\xC2\xA0\xE2\x82\xAC",
	    "windows-1252");
}

static void
test_utf16_with_bom(void **state)
{
	(void)state;
	decode_ok("\xFF\xFEh\0i\0\r\0\n\0\xE9\0", 12, false,
	    "hi\n\xC3\xA9", "utf-16le");
	decode_ok("\xFE\xFF\0h\0i", 6, false, "hi", "utf-16be");
	/* A surrogate pair: U+1F600. */
	decode_ok("\xFF\xFE\x3D\xD8\x00\xDE", 6, false, "\xF0\x9F\x98\x80",
	    "utf-16le");
	/* A lone surrogate becomes U+FFFD. */
	decode_ok("\xFF\xFE\x3D\xD8x\0", 6, false, "\xEF\xBF\xBDx",
	    "utf-16le");
}

static void
test_utf16_without_bom(void **state)
{
	(void)state;
	decode_ok("h\0e\0l\0l\0o\0", 10, false, "hello", "utf-16le");
}

static void
test_declared_charset(void **state)
{
	const char page[] = "<meta charset=\"windows-1252\"><p>caf\xE9";
	const char latin[] = "<meta http-equiv=\"Content-Type\" "
	    "content=\"text/html; charset=ISO-8859-1\"><p>\x80";
	const char koi[] = "<meta charset=koi8-r><p>\xC1";

	(void)state;
	decode_ok(page, sizeof page - 1, true,
	    "<meta charset=\"windows-1252\"><p>caf\xC3\xA9", "windows-1252");
	/* ISO-8859-1 is decoded as Windows-1252, as browsers do. */
	decode_ok(latin, sizeof latin - 1, true,
	    "<meta http-equiv=\"Content-Type\" content=\"text/html; "
	    "charset=ISO-8859-1\"><p>\xE2\x82\xAC", "windows-1252");
	decode_ok(koi, sizeof koi - 1, true, "<meta charset=koi8-r><p>\xD0\xB0",
	    "koi8-r");
}

static void
test_declared_legacy_but_utf8(void **state)
{
	const char page[] = "<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9";

	(void)state;
	decode_ok(page, sizeof page - 1, true, page, "utf-8");
}

/* A page whose declaration could be read as ASCII is not UTF-16 or
 * UTF-32, whatever it declares: such a label means UTF-8, as the WHATWG
 * Encoding Standard's sniffing has it (stray bytes still read as
 * Windows-1252). */
static void
test_declared_utf16_on_ascii_page(void **state)
{
	const char u16[] = "<meta charset=\"UTF-16\"><p>caf\xC3\xA9";
	const char u16le[] = "<meta charset=utf-16le><p>caf\xE9";
	const char u32[] = "<?xml version=\"1.0\" encoding=\"UTF-32\"?><p>ok";

	(void)state;
	decode_ok(u16, sizeof u16 - 1, true, u16, "utf-8");
	decode_ok(u16le, sizeof u16le - 1, true,
	    "<meta charset=utf-16le><p>caf\xC3\xA9", "windows-1252");
	decode_ok(u32, sizeof u32 - 1, true, u32, "utf-8");
}

static void
test_binary_refused(void **state)
{
	struct decoded d;
	char *cause = NULL;
	unsigned char png[64] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
	    0, 0, 0, 13 };

	(void)state;
	assert_int_equal(decode_bytes(png, sizeof png, false, &d, &cause), -1);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "NUL"));
	free(cause);
	memset(png, 0x01, sizeof png);
	assert_int_equal(decode_bytes(png, sizeof png, false, &d, &cause), -1);
	assert_non_null(strstr(cause, "control"));
	free(cause);
}

static void
test_empty(void **state)
{
	struct decoded d;
	char *cause = NULL;

	(void)state;
	decode_ok("", 0, false, "", "utf-8");
	/* No buffer at all (train-ner's empty document): memchr(NULL, 0,
	 * 0) was undefined, fatal under UBSan. */
	assert_int_equal(decode_bytes(NULL, 0, false, &d, &cause), 0);
	decoded_free(&d);
}

/* Numeric character references as the HTML standard reads them: none
 * is lost, none puts a raw control into the text. */
static void
test_html_charref_values(void **state)
{
	(void)state;
	assert_int_equal(html_charref_value(0), 0xFFFD);
	assert_int_equal(html_charref_value(0xD800), 0xFFFD);
	assert_int_equal(html_charref_value(0xDFFF), 0xFFFD);
	assert_int_equal(html_charref_value(0x110000), 0xFFFD);
	assert_int_equal(html_charref_value(27), 0xFFFD);
	assert_int_equal(html_charref_value(1), 0xFFFD);
	assert_int_equal(html_charref_value(0xFFFE), 0xFFFD);
	assert_int_equal(html_charref_value(0x80), 0x20AC);
	assert_int_equal(html_charref_value(0x96), 0x2013);
	assert_int_equal(html_charref_value(0x81), 0x81);
	assert_int_equal(html_charref_value(0xC), 0x20);
	assert_int_equal(html_charref_value(9), 9);
	assert_int_equal(html_charref_value(65), 65);
	assert_int_equal(html_charref_value(0x1F600), 0x1F600);
}

static void
test_html_charrefs_rewrite(void **state)
{
	size_t n;
	char *s;

	(void)state;
	assert_null(html_charrefs("no references &amp; here", 24, &n));
	s = html_charrefs("a&#0;b&#X41z&#99999999999999999999;&#x;&", 40, &n);
	assert_non_null(s);
	assert_string_equal(s, "a&#xFFFD;b&#x41;z&#xFFFD;&amp;#x;&");
	assert_int_equal(n, strlen(s));
	free(s);
}

static void
test_html_charrefs_reach_the_text(void **state)
{
	static const char page[] = "<html><body><p>A&#0;B&#xD800;C&#1114112;"
	    "D&#27;E&#150;F&#65;G&#x;H</p>\n<p>x</p></body></html>";
	char *cause = NULL;
	struct doc *d = load_bytes("p.html", (const unsigned char *)page,
	    strlen(page), &cause);

	(void)state;
	assert_non_null(d);
	assert_null(cause);
	assert_non_null(strstr(d->text, "A\xef\xbf\xbd" "B\xef\xbf\xbd"
	    "C\xef\xbf\xbd" "D\xef\xbf\xbd" "E\xe2\x80\x93" "FAG&#x;H"));
	for (size_t i = 0; i < d->text_len; i++)
		assert_false((unsigned char)d->text[i] < 0x20 &&
		    d->text[i] != '\n' && d->text[i] != '\t');
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_plain_and_bom),
		cmocka_unit_test(test_crlf_and_cr_become_lf),
		cmocka_unit_test(test_stray_bytes_are_cp1252_each),
		cmocka_unit_test(test_overlong_and_surrogates_are_not_utf8),
		cmocka_unit_test(test_utf16_with_bom),
		cmocka_unit_test(test_utf16_without_bom),
		cmocka_unit_test(test_declared_charset),
		cmocka_unit_test(test_declared_utf16_on_ascii_page),
		cmocka_unit_test(test_declared_legacy_but_utf8),
		cmocka_unit_test(test_binary_refused),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_html_charref_values),
		cmocka_unit_test(test_html_charrefs_rewrite),
		cmocka_unit_test(test_html_charrefs_reach_the_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
