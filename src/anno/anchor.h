/* anchor.h - placing annotations in a text that may have changed since.
 *
 * Each annotation remembers its quote, up to ANNO_CONTEXT code points on
 * either side, and its code point position.  In the current text it is
 * anchored (the position still holds the quote), moved (the exact quote
 * is elsewhere; with several, the one whose context matches best, then
 * the nearest; not when its context is less intact than around another
 * stretch, apart from it, between the whole prefix and suffix: that is
 * the passage, its words edited, and fuzzy), fuzzy (the stretch between its intact prefix and suffix
 * when both are strong evidence, else an approximate match, else such a
 * stretch between weaker context: shown for confirmation; a short
 * context found at the text's edge is strong, the edge alone weak) or
 * an orphan.  A
 * fuzzy match never cuts a word that the quote did not cut: it is
 * widened to the word's edge, and is no match when that doubles it. */
#ifndef GALLEY_ANCHOR_H
#define GALLEY_ANCHOR_H

#include "anno/anno.h"
#include "doc/doc.h"

/* Sets state, cur_start and cur_end of every annotation of s; a reply
 * takes the place of the annotation it answers (orphan if that is
 * gone).  An orphan's cur_start and cur_end are 0; its saved target is
 * left as it was. */
void anchor_set(struct anno_set *s, struct doc *d);

/* The same for one annotation, the text given as code points. */
void anchor_one(struct anno *a, struct doc *d, const uint32_t *cps,
    size_t ncps);

/* d's text as an array of code points (the caller frees it). */
uint32_t *anchor_codepoints(struct doc *d, size_t *n);

#endif
