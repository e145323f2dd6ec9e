/* escape.c - untrusted text made safe for a terminal, a one-line record
 * or JSON that a terminal may show. */
#include "config.h"

#include "base/escape.h"

#include <stdio.h>
#include <string.h>

static void
add_printable_unbroken(struct buf *b, const char *s, const char *breaks)
{
	size_t n;

	while (s[n = strcspn(s, breaks)] != '\0') {
		buf_add_printable(b, s, n);
		/* SYMBOL FOR NEWLINE, or the control picture (␉) */
		buf_add_cp(b, s[n] == '\n' ? 0x2424 :
		    0x2400 + (unsigned char)s[n]);
		s += n + 1;
	}
	buf_add_printable(b, s, n);
}

void
buf_add_printable_line(struct buf *b, const char *s)
{
	add_printable_unbroken(b, s, "\n");
}

void
buf_add_tsv_field(struct buf *b, const char *s)
{
	add_printable_unbroken(b, s, "\n\t");
}

/* Whether byte c must be escaped in a C-quoted name. */
static bool
c_special(unsigned char c)
{
	return c < 0x20 || c == 0x7f || c == '"' || c == '\\';
}

bool
name_needs_c_quotes(const char *s)
{
	for (; *s; s++)
		if (c_special((unsigned char)*s))
			return true;
	return false;
}

void
buf_add_c_quoted(struct buf *b, const char *prefix, const char *s)
{
	static const char from[] = "\a\b\t\n\v\f\r\"\\", to[] = "abtnvfr\"\\";

	buf_adds(b, "\"");
	buf_adds(b, prefix);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		const char *e = c != 0 ? strchr(from, c) : NULL;

		if (e != NULL)
			buf_printf(b, "\\%c", to[e - from]);
		else if (c_special(c))
			buf_printf(b, "\\%03o", c);
		else
			buf_add(b, s, 1);
	}
	buf_adds(b, "\"");
}

/* Whether s[0..n) starts with a bidirectional embedding, override or
 * isolate (U+202A-U+202E, U+2066-U+2069): a terminal shows the text
 * after it in another order than it is read ("Trojan Source"). */
static bool
bidi_control_at(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	return n >= 3 && u[0] == 0xE2 && ((u[1] == 0x80 && u[2] >= 0xAA &&
	    u[2] <= 0xAE) || (u[1] == 0x81 && u[2] >= 0xA6 && u[2] <= 0xA9));
}

/* The code point of the bidi control at s (bidi_control_at). */
static unsigned
bidi_cp(const char *s)
{
	return 0x2000u + ((unsigned char)s[1] - 0x80u) * 0x40u +
	    ((unsigned char)s[2] - 0x80u);
}

/* The length of the control character at s[i] (of n bytes): 1 for C0
 * other than newline and tab, and DEL; 2 for a C1 (U+0080-U+009F); 3
 * for a bidi control; 0 for anything else. */
static size_t
control_at(const char *s, size_t i, size_t n)
{
	unsigned char c = (unsigned char)s[i];

	if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
		return 1;
	if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
	    (unsigned char)s[i + 1] < 0xA0)
		return 2;
	if (c == 0xE2 && bidi_control_at(s + i, n - i))
		return 3;
	return 0;
}

void
buf_add_printable(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, run = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t k = control_at(s, i, n);

		if (k == 0) {
			i++;
			continue;
		}
		buf_add(b, s + run, i - run);
		/* One code point for one: offsets printed beside the text
		 * (a CSV export) still cut it where they say. */
		buf_add_cp(b, k >= 2 ? 0xFFFD : c == 0x7F ? 0x2421 :
		    0x2400 + c);
		i += k;
		run = i;
	}
	buf_add(b, s + run, n - run);
}

void
buf_add_without_controls(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, run = 0;

	while (i < n) {
		size_t k = control_at(s, i, n);

		if (k == 0) {
			i++;
			continue;
		}
		buf_add(b, s + run, i - run);
		i += k;
		run = i;
	}
	buf_add(b, s + run, n - run);
}

void
buf_add_json_safe(struct buf *b, const char *s)
{
	const char *run = s;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == 0x7F) {
			buf_add(b, run, (size_t)(s - run));
			buf_adds(b, "\\u007F");
			run = s + 1;
		} else if (c == 0xC2 && (unsigned char)s[1] >= 0x80 &&
		    (unsigned char)s[1] < 0xA0) {
			buf_add(b, run, (size_t)(s - run));
			buf_printf(b, "\\u%04X", (unsigned)(unsigned char)s[1]);
			run = ++s + 1;
		} else if (c == 0xE2 && (((unsigned char)s[1] == 0x80 &&
		    ((unsigned char)s[2] == 0xA8 ||
		    (unsigned char)s[2] == 0xA9)) ||
		    bidi_control_at(s, strnlen(s, 3)))) {
			buf_add(b, run, (size_t)(s - run));
			buf_printf(b, "\\u%04X", bidi_cp(s));
			s += 2;
			run = s + 1;
		}
	}
	buf_add(b, run, (size_t)(s - run));
}

void
output_json_safe(FILE *f, const char *s)
{
	struct buf b;

	buf_init(&b);
	buf_add_json_safe(&b, s);
	fwrite(b.data ? b.data : "", 1, b.len, f);
	buf_free(&b);
}
