/* html_meta.h - metadata an HTML page states about itself: <title>, <meta>
 * tags (Open Graph, Dublin Core, article:*), JSON-LD and <time>. */
#ifndef GALLEY_HTML_META_H
#define GALLEY_HTML_META_H

#include <libxml/HTMLparser.h>

#include "doc/doc.h"

/* Sets d->title, d->author, d->date (YYYY-MM-DD) and d->site from what the
 * page declares; fields it does not declare stay NULL. */
void html_meta_read(struct doc *d, htmlDocPtr page);

#endif
