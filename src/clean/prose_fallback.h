/* prose_fallback.h - a page that holds prose never comes out empty.
 *
 * When a classifier kept no block (the page's only article is a short
 * one among link lists, or its structure misled the scoring), the best
 * block of prose is kept, with the prose blocks right next to it. */
#ifndef GALLEY_PROSE_FALLBACK_H
#define GALLEY_PROSE_FALLBACK_H

#include <stdbool.h>

#include "doc/doc.h"

/* Whether a block reads as a paragraph of prose: enough words, ending
 * like a sentence, little of it link text, no notice or button. */
bool prose_block(const struct doc *d, const struct block *b);

/* If no block but the title is kept, keeps the best prose block and its
 * neighbouring prose; returns whether it kept anything.  Runs after a
 * classifier and before the title is chosen. */
bool prose_fallback(struct doc *d);

#endif
