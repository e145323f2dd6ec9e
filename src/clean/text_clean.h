/* text_clean.h - tell article from boilerplate in a plain-text dump.
 *
 * A dump has no markup, so the evidence is what the text carries: length,
 * stopword density (jusText's measure, in the page's own language), sentence
 * punctuation, menu- and button-like lines, lines repeated within the page
 * and across the other files of the load.  Context then smooths the result:
 * short lines between article paragraphs join the article, while runs of
 * headline-like lines wedged into it (related posts) stay out. */
#ifndef GALLEY_TEXT_CLEAN_H
#define GALLEY_TEXT_CLEAN_H

#include "doc/doc.h"

/* Sets keep on every block; features_compute must have run. */
void text_clean_classify(struct doc *d);

#endif
