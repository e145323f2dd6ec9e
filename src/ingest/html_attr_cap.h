/* html_attr_cap.h - a cap on the attributes of one tag, before libxml2
 * parses the page.
 *
 * libxml2 checks each new attribute of a tag against all the ones before
 * it: a tag with n attributes costs n*n/2 comparisons, and a crafted page
 * with a million attributes on one <p> froze galley for hours.  No real
 * page comes near HTML_ATTR_CAP attributes on a tag; past that many, the
 * rest of the tag's attributes are blanked with spaces.  The page keeps its
 * byte length and every line break, so source lines and offsets are the
 * page's. */
#ifndef GALLEY_HTML_ATTR_CAP_H
#define GALLEY_HTML_ATTR_CAP_H

#include <stddef.h>

#define HTML_ATTR_CAP 256

/* The page src[0, len) with the attributes past the first max of each tag
 * blanked, as a new string of the same length, or NULL when no tag has
 * more than max. */
char *html_attr_cap(const char *src, size_t len, size_t max);

#endif
