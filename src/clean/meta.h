/* meta.h - the article's title, author, date and site.
 *
 * HTML pages state most of it in their head (html_meta.c); text dumps only
 * in their lines.  The date printed at the top of many pages is the site's
 * "today", so a date counts only near the headline or the byline; "by NAME"
 * gives the author; a copyright line or the title's " - Site" suffix gives
 * the site.  The block holding the headline becomes the title block. */
#ifndef GALLEY_META_H
#define GALLEY_META_H

#include "doc/doc.h"

/* Completes d->title, d->author, d->date and d->site and marks the title
 * block; runs after the classifier, whose kept blocks locate the article. */
void meta_extract(struct doc *d);

/* The block whose text is the page's stated headline (d->title, with or
 * without its " - Site" part), or -1. */
long meta_title_block(const struct doc *d);

/* The block that quotes the page's stated description, or -1. */
long meta_description_block(const struct doc *d);

/* The name in a byline ("By Jane Doe and John Roe" -> "Jane Doe and John
 * Roe"), as a new string, or NULL when s is not a byline. */
char *meta_byline(const char *s, size_t n);

#endif
