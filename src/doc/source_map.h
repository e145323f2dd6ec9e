/* source_map.h - where the decoded text of an HTML page stands in the
 * page's source, for tools that open the source (vim -q on `galley check
 * --format=gnu`).
 *
 * The HTML loader notes, for each text node and each source line inside
 * one, the byte of the decoded text where it starts and the source line
 * and screen column there (libxml2 knows each node's line; the column is found
 * by looking for the node's first characters on that line).  A position
 * between two marks is the last mark's plus the code points since it:
 * exact unless an entity (&amp;) or a run of spaces the decoded text
 * collapsed comes before it on the same source line.  Text that starts
 * with an entity where a mark is due (a paragraph's &lt;) is marked from
 * the text found after it, looking back over the source. */
#ifndef GALLEY_SOURCE_MAP_H
#define GALLEY_SOURCE_MAP_H

#include <stdbool.h>
#include <stddef.h>

struct source_mark {
	size_t byte;		/* in the decoded text */
	size_t line, col;	/* 1-based, in the source; col in screen
				   columns, as doc_line_screen_col counts */
};

struct source_map {
	struct source_mark *v;
	size_t n, cap;
};

/* Appends a mark; marks come in increasing byte order (a mark at the
 * same byte as the last replaces it). */
void source_map_add(struct source_map *m, size_t byte, size_t line,
    size_t col);
void source_map_free(struct source_map *m);

/* The screen columns s[from, to) takes when it starts at column width
 * (from 0): tab stops every 8 columns, wide characters 2. */
size_t source_width(const char *s, size_t from, size_t to, size_t width);

/* The source line and column of byte offset byte of text (the decoded
 * text the map was made for); false when the map has no mark at or
 * before it. */
bool source_map_find(const struct source_map *m, const char *text,
    size_t byte, size_t *line, size_t *col);

#endif
