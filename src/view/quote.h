/* quote.h - text taken out of an article (the reader's y and Y, o): a
 * paragraph, a quote with its citation, the article's own URL.  The
 * text is the decoded text without control characters, never escape
 * sequences; no terminal here (src/ui writes it out). */
#ifndef GALLEY_VIEW_QUOTE_H
#define GALLEY_VIEW_QUOTE_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"

/* The paragraph at code point cp, as [*start, *end): the block that
 * holds it, or the first after it; the clean article's blocks only
 * (kept ones) unless raw; never the title block, which a citation
 * names.  False when there is none. */
bool quote_paragraph(const struct doc *d, size_t cp, bool raw, size_t *start,
    size_t *end);

/* Code points [start, end) of d without control characters other than
 * newline and tab, as a new string. */
char *quote_text(struct doc *d, size_t start, size_t end);

/* The source's URL as a new string, or NULL: the page's canonical link
 * or og:url (HTML); for a text dump, the first http(s) address in its
 * first lines (a scraper's header).  Without control characters. */
char *quote_source_url(const struct doc *d);

/* text (as quote_text gives it) as a quote with its citation, a new
 * string: every line after "> ", then "-- " and what is known of
 * title, site, date and URL (the path when no URL is known). */
char *quote_cite(const struct doc *d, const char *text);

/* The lines of text: 1 for text without a newline, 0 for "". */
size_t quote_lines(const char *text);

#endif
