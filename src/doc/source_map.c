/* source_map.c - decoded text offsets to source lines and columns (see
 * source_map.h). */
#include "config.h"

#include "doc/source_map.h"

#include <stdbool.h>
#include <stdlib.h>

#include <utf8proc.h>

#include "base/util.h"
#include "doc/cells.h"

void
source_map_add(struct source_map *m, size_t byte, size_t line, size_t col)
{
	if (m->n > 0 && m->v[m->n - 1].byte == byte)
		m->n--;
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 64;
		m->v = xreallocarray(m->v, m->cap, sizeof *m->v);
	}
	m->v[m->n].byte = byte;
	m->v[m->n].line = line;
	m->v[m->n++].col = col;
}

void
source_map_free(struct source_map *m)
{
	free(m->v);
	m->v = NULL;
	m->n = m->cap = 0;
}

size_t
source_width(const char *s, size_t from, size_t to, size_t width)
{
	size_t start = width;

	while (from < to) {
		utf8proc_int32_t c;
		utf8proc_ssize_t n;

		/* ASCII, most of a page: a cell each (doc_screen_width),
		 * without decoding. */
		if ((unsigned char)s[from] < 0x80 && s[from] != '\t') {
			from++;
			width++;
			continue;
		}
		n = utf8proc_iterate((const utf8proc_uint8_t *)s + from,
		    (utf8proc_ssize_t)(to - from), &c);

		if (n <= 0) {
			n = 1;
			c = 0xFFFD;
		}
		from += (size_t)n;
		width = c == '\t' ? (width / 8 + 1) * 8 :
		    width + doc_screen_width(c);
	}
	return width - start;
}

bool
source_map_find(const struct source_map *m, const char *text, size_t byte,
    size_t *line, size_t *col)
{
	size_t lo = 0, hi = m->n;
	const struct source_mark *k;

	/* The last mark at or before byte. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (m->v[mid].byte <= byte)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return false;
	k = &m->v[lo - 1];
	*line = k->line;
	*col = k->col;
	*col += source_width(text, k->byte, byte, 0);
	return true;
}
