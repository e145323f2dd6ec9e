/* json_pos.h - where a value sits in JSON text.
 *
 * jansson reports positions of syntax errors only; a sidecar that parses
 * but has the wrong shape must still be reported as FILE:LINE:COLUMN.  This
 * scanner walks the text of a document jansson already accepted and finds
 * the value at a path of object keys and array indexes. */
#ifndef GALLEY_JSON_POS_H
#define GALLEY_JSON_POS_H

#include <stddef.h>

#define JPATH_MAX 8

/* A path from the root: key[i] for an object member, or index[i] for an
 * array element when key[i] is NULL. */
struct jpath {
	const char *key[JPATH_MAX];
	size_t index[JPATH_MAX];
	int n;
};

void jpath_push_key(struct jpath *p, const char *key);
void jpath_push_index(struct jpath *p, size_t index);
void jpath_pop(struct jpath *p);

/* Finds the 1-based line and column (in code points) of the value at p,
 * or of the deepest part of p that exists. */
void json_pos_locate(const char *text, size_t len, const struct jpath *p,
    size_t *line, size_t *col);

/* The 1-based line and column (in code points) of byte at of text. */
void json_pos_of(const char *text, size_t at, size_t *line, size_t *col);

#endif
