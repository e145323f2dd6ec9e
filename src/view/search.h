/* search.h - find a literal pattern in a document's decoded text.  Case is
 * ignored unless the pattern has an upper-case letter ("smart case", as
 * less -i and vim's smartcase do); straight and curly quotes are alike. */
#ifndef GALLEY_SEARCH_H
#define GALLEY_SEARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"

struct match {
	size_t start, end;	/* code points */
};

/* All non-overlapping matches, in text order; returns how many and sets
 * *out (freed by the caller).  An empty pattern matches nothing. */
size_t search_doc(const struct doc *d, const char *pattern, struct match **out);
/* The same in len bytes of UTF-8 text (offsets in code points). */
size_t search_text(const char *text, size_t len, const char *pattern,
    struct match **out);
/* Whether text contains pattern, by the same rule. */
bool search_has(const char *text, const char *pattern);
/* search_doc with case kept, whatever the pattern: only quotation marks
 * match either way (galley annotate --quote). */
size_t search_doc_cased(const struct doc *d, const char *pattern,
    struct match **out);
/* c as the search compares it: a typographic quotation mark or
 * apostrophe (‘ ’ “ ” „ « », as cell_ascii_stand_in knows them) as the
 * straight one, ' or ", so that either finds the other. */
int32_t search_plain_quote(int32_t c);

#endif
