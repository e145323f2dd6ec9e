/* html_charref.c - numeric character references read as the HTML
 * standard reads them (see html_charref.h). */
#include "config.h"

#include "ingest/html_charref.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/util.h"
#include "ingest/decode.h"

#define CHARREF_MAX 0x110000UL	/* past the last code point */

/* Whether XML (and so libxml2) carries cp in text. */
static bool
xml_char(unsigned long cp)
{
	return cp == 0x9 || cp == 0xA || cp == 0xD ||
	    (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
	    (cp >= 0x10000 && cp < CHARREF_MAX);
}

unsigned long
html_charref_value(unsigned long v)
{
	if (v >= 0x80 && v < 0xA0)
		return (unsigned long)decode_cp1252((unsigned char)v);
	if (v == 0xC)		/* form feed: white space */
		return 0x20;
	return xml_char(v) ? v : 0xFFFD;
}

static int
digit_value(unsigned char c, bool hex)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (hex && c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (hex && c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The reference at s[i] ("&#" seen): its value (saturated), and *end the
 * byte after it (its ';' included); false when no digit follows. */
static bool
read_charref(const char *s, size_t len, size_t i, unsigned long *v,
    size_t *end)
{
	bool hex = false;
	size_t j = i + 2, start;
	int dv;

	if (j < len && (s[j] == 'x' || s[j] == 'X')) {
		hex = true;
		j++;
	}
	start = j;
	*v = 0;
	for (; j < len && (dv = digit_value((unsigned char)s[j], hex)) >= 0;
	    j++)
		if (*v < CHARREF_MAX)
			*v = *v * (hex ? 16 : 10) + (unsigned long)dv;
	if (j == start)
		return false;
	if (*v > CHARREF_MAX)
		*v = CHARREF_MAX;
	if (j < len && s[j] == ';')
		j++;
	*end = j;
	return true;
}

char *
html_charrefs(const char *src, size_t len, size_t *out_len)
{
	struct buf b;
	size_t i = 0, run = 0, end;
	unsigned long v;
	char ref[16];

	buf_init(&b);
	while (i + 1 < len) {
		const char *amp = memchr(src + i, '&', len - 1 - i);

		if (amp == NULL)
			break;
		i = (size_t)(amp - src);
		if (src[i + 1] != '#') {
			i++;
			continue;
		}
		buf_add(&b, src + run, i - run);
		if (read_charref(src, len, i, &v, &end)) {
			snprintf(ref, sizeof ref, "&#x%lX;",
			    html_charref_value(v));
			buf_adds(&b, ref);
			i = end;
		} else {
			buf_adds(&b, "&amp;");	/* "&#" is text here */
			i++;
		}
		run = i;
	}
	if (run == 0) {		/* none: the page as it is */
		buf_free(&b);
		return NULL;
	}
	buf_add(&b, src + run, len - run);
	*out_len = b.len;
	return buf_steal(&b);
}
