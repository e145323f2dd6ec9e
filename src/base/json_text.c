/* json_text.c - JSON text as json_dumps writes it (see json_text.h). */
#include "config.h"

#include "base/json_text.h"

#include <stdio.h>

#include <utf8proc.h>

static const char *
escape_of(utf8proc_int32_t c, char seq[7])
{
	switch (c) {
	case '"': return "\\\"";
	case '\\': return "\\\\";
	case '\b': return "\\b";
	case '\f': return "\\f";
	case '\n': return "\\n";
	case '\r': return "\\r";
	case '\t': return "\\t";
	default:
		snprintf(seq, 7, "\\u%04X", (unsigned)c);
		return seq;
	}
}

bool
json_text_string(struct buf *b, const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	const char *run = s;

	if (s == NULL)
		return false;
	buf_addc(b, '"');
	while (*p) {
		utf8proc_int32_t c;
		utf8proc_ssize_t n;
		char seq[7];

		if (*p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') {
			p++;	/* the common case, one byte at a time */
			continue;
		}
		if ((n = utf8proc_iterate(p, -1, &c)) <= 0)
			return false;
		if (c >= 0x20 && c != '"' && c != '\\') {
			p += n;
			continue;
		}
		buf_add(b, run, (size_t)((const char *)p - run));
		buf_adds(b, escape_of(c, seq));
		p += n;
		run = (const char *)p;
	}
	buf_add(b, run, (size_t)((const char *)p - run));
	buf_addc(b, '"');
	return true;
}
