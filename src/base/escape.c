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

void
buf_add_printable(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, run = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
			buf_add(b, s + run, i - run);
			buf_add_cp(b, c == 0x7F ? 0x2421 : 0x2400 + c);
			run = ++i;
		} else if (c == 0xC2 && i + 1 < n &&
		    (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] < 0xA0) {
			buf_add(b, s + run, i - run);
			buf_add_cp(b, 0xFFFD);
			i += 2;
			run = i;
		} else
			i++;
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
		} else if (c == 0xE2 && (unsigned char)s[1] == 0x80 &&
		    ((unsigned char)s[2] == 0xA8 ||
		    (unsigned char)s[2] == 0xA9)) {
			buf_add(b, run, (size_t)(s - run));
			buf_printf(b, "\\u%04X",
			    0x2000u + (unsigned char)s[2] - 0x80u);
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
