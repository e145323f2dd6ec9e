/* html_clean.h - tell article from boilerplate in an HTML page.
 *
 * Readability's idea on galley's block model: paragraphs score the elements
 * that contain them (by length and commas), scores are weighed by class and
 * id names and by link density, and the best container with its worthy
 * siblings is the article.  Inside it, blocks that are page furniture (share
 * bars, link lists, bylines, notices) are dropped. */
#ifndef GALLEY_HTML_CLEAN_H
#define GALLEY_HTML_CLEAN_H

#include "doc/doc.h"

/* Sets keep on every block; features_compute must have run. */
void html_clean_classify(struct doc *d);

#endif
