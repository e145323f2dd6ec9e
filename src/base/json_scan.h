/* json_scan.h - reading a big JSON document one value at a time.
 *
 * jansson builds a tree of the whole document, about ten times the size
 * of its text.  A scanner walks the outer structure itself (the braces,
 * brackets, keys, colons and commas of the levels it is told to enter)
 * and has jansson decode each value it does not enter on its own
 * (json_loadb with JSON_DISABLE_EOF_CHECK), so that a caller can convert
 * and drop the elements of a big array one by one.  Whatever it reads is
 * checked as strictly as jansson checks a whole document (duplicate keys
 * included).  A failure is "LINE:COLUMN: reason" of the whole text
 * (columns in code points, as jansson counts them) and never quotes the
 * text: jansson's "near 'TOKEN'" is left out. */
#ifndef GALLEY_JSON_SCAN_H
#define GALLEY_JSON_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

struct json_scan {
	const char *text;
	size_t len, pos;	/* pos: the next byte to read */
	char *cause;		/* set by the first failure; the caller frees */
};

void json_scan_init(struct json_scan *sc, const char *text, size_t len);

/* Skips white space; returns the next byte, or 0 at the end. */
char json_scan_peek(struct json_scan *sc);

/* Skips white space and consumes c when it is next: true, else false. */
bool json_scan_accept(struct json_scan *sc, char c);

/* Consumes c after white space, or fails saying "WHAT expected".
 * Returns 0 or -1. */
int json_scan_expect(struct json_scan *sc, char c, const char *what);

/* Decodes the next value whole; *start is where it begins.  Returns a
 * new reference, or NULL after failing. */
json_t *json_scan_value(struct json_scan *sc, size_t *start);

/* A member's key and its colon: the key as a new string, or NULL after
 * failing. */
char *json_scan_key(struct json_scan *sc);

/* Only white space is left, or fails.  Returns 0 or -1. */
int json_scan_end(struct json_scan *sc);

/* Fails at byte offset at (the first failure is kept).  Returns -1. */
int json_scan_fail(struct json_scan *sc, size_t at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
