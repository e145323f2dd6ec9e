/* context.h - the sentence around a problem, for lists that show each
 * problem in its place (the reader's problem list). */
#ifndef GALLEY_CONTEXT_H
#define GALLEY_CONTEXT_H

#include <stddef.h>

/* The sentence of text[0, len) (UTF-8) around the bytes [start, end): from
 * the end of the previous sentence (". ", "! ", "? ") or paragraph (a
 * blank line) to the end of its own, line breaks and tabs as spaces.
 * Each side is cut to at most side code points, at a space where there
 * is one, the cut marked "...".  A new string. */
char *problem_context(const char *text, size_t len, size_t start,
    size_t end, size_t side);

#endif
