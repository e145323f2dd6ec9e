/* cells.c - how each code point of untrusted text appears on a terminal. */
#include "config.h"

#include "doc/cells.h"

#include <stdio.h>

#include <utf8proc.h>

size_t
cell_next(const char *s, size_t i, size_t end, int32_t *cp)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	if ((unsigned char)s[i] < 0x80) {	/* most text: no decoding */
		*cp = (unsigned char)s[i];
		return 1;
	}
	k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
	    (utf8proc_ssize_t)(end - i), &c);
	if (k < 1) {
		*cp = 0xFFFD;
		return 1;
	}
	*cp = c;
	return (size_t)k;
}

size_t
cell_prev(const char *s, size_t start, size_t i, int32_t *cp)
{
	size_t k = i - 1;

	while (k > start && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	cell_next(s, k, i, cp);
	return k;
}

bool
cell_is_joiner(int32_t cp)
{
	return cp == 0x200C || cp == 0x200D;
}

static bool
is_invisible(int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);

	/* Soft hyphens are harmless and common in scraped text: they get
	 * a placeholder too, so that nothing is hidden from the reader. */
	return c == UTF8PROC_CATEGORY_CF || c == UTF8PROC_CATEGORY_ZL ||
	    c == UTF8PROC_CATEGORY_ZP || c == UTF8PROC_CATEGORY_CS;
}

const char *
cell_ascii_stand_in(int32_t cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
	case 0x2039: case 0x203A:
		return "'";
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
	case 0x00AB: case 0x00BB:
		return "\"";
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212: case 0x00B7: case 0x2022: case 0x2027:
		return "-";
	case 0x2026:
		return "...";
	case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x202F:
		return " ";
	default:
		return NULL;
	}
}

size_t
cell_placeholder(int32_t cp, bool utf8, char buf[CELL_PLACEHOLDER_MAX])
{
	int n;

	if (cp == '\t')
		return 0;
	if (cp < 0x20 || cp == 0x7F) {
		buf[0] = '^';
		buf[1] = (char)(cp == 0x7F ? '?' : cp + 0x40);
		buf[2] = '\0';
		return 2;
	}
	if (cp >= 0x80 && cp < 0xA0) {
		n = snprintf(buf, CELL_PLACEHOLDER_MAX, "<%02X>", (unsigned)cp);
		return (size_t)n;
	}
	if (cp < 0x80 || cell_is_joiner(cp))
		return 0;
	if (is_invisible(cp)) {
		n = snprintf(buf, CELL_PLACEHOLDER_MAX, "<U+%04X>",
		    (unsigned)cp);
		return (size_t)n;
	}
	if (!utf8 && cell_ascii_stand_in(cp) != NULL) {
		n = snprintf(buf, CELL_PLACEHOLDER_MAX, "%s",
		    cell_ascii_stand_in(cp));
		return (size_t)n;
	}
	if (!utf8) {
		buf[0] = '?';
		buf[1] = '\0';
		return 1;
	}
	return 0;
}

int
cell_glyph_width(int32_t cp)
{
	int w;

	if (cp < 0x80)
		return 1;
	if (cell_is_joiner(cp))
		return 0;
	w = utf8proc_charwidth(cp);
	if (w == 0 && utf8proc_category(cp) != UTF8PROC_CATEGORY_MN &&
	    utf8proc_category(cp) != UTF8PROC_CATEGORY_ME &&
	    utf8proc_category(cp) != UTF8PROC_CATEGORY_MC)
		w = 1;	/* unassigned or private use: one cell */
	return w;
}

int
cell_width(int32_t cp, bool utf8)
{
	char buf[CELL_PLACEHOLDER_MAX];
	size_t n;

	if (cp >= 0x20 && cp < 0x7F)	/* printable ASCII: the common case */
		return 1;
	n = cell_placeholder(cp, utf8, buf);
	if (n > 0)
		return (int)n;
	return cell_glyph_width(cp);
}

/* Columns one code point takes in an editor: as a glyph on a terminal
 * (cell_glyph_width: controls one), but zero-width format characters
 * (ZWSP, bidi marks) none. */
size_t
doc_screen_width(int32_t cp)
{
	if (cp >= 0x80 && utf8proc_charwidth(cp) == 0 &&
	    utf8proc_category(cp) == UTF8PROC_CATEGORY_CF)
		return 0;
	return (size_t)cell_glyph_width(cp);
}

int
cell_text_width(const char *s, size_t n, bool utf8)
{
	int w = 0;

	for (size_t i = 0; i < n;) {
		int32_t c;

		i += cell_next(s, i, n, &c);
		w += cell_width(c, utf8);
	}
	return w;
}

size_t
cell_wrap_end(const char *s, size_t b, size_t e, int width, bool utf8)
{
	size_t p = b, brk = b;
	int col = 0;

	while (p < e) {
		int32_t c;
		size_t k = cell_next(s, p, e, &c);
		int w = cell_width(c, utf8);

		/* col > 0: a cell wider than the row still makes progress;
		 * w > 0: a combining mark stays with its base. */
		if (w > 0 && col + w > width && col > 0)
			return brk > b ? brk : p;
		col += w;
		p += k;
		if (c == ' ')
			brk = p;
	}
	return e;
}
