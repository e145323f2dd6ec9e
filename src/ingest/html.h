/* html.h - build a document's text and blocks from an HTML page.
 *
 * The page goes through libxml2's HTML parser (recovering from broken
 * markup, no network, no entity substitution).  Each block-level element and
 * each line break starts a block; the decoded text is the blocks' text in
 * document order, one block a line, white space inside a block collapsed.
 * Script, style, noscript, template, svg, iframe, form and head content is
 * not part of it.  Metadata the page states in its head (title, author,
 * date, site) is read at the same time. */
#ifndef GALLEY_HTML_H
#define GALLEY_HTML_H

#include <stddef.h>

#include "doc/doc.h"

/* Fills d->text, d->blocks, d->elems and the raw metadata fields from the
 * UTF-8 page.  Returns 0, or -1 with *cause set. */
int html_load(struct doc *d, const char *utf8, size_t len, char **cause);

#endif
