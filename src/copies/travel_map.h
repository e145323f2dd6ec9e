/* travel_map.h - a stretch of one version's paragraph, found in another
 * version of that paragraph.
 *
 * An annotation made on a shared paragraph is about the same text in
 * the other versions (issue #19, item 4).  The two paragraphs' words
 * are aligned (copies/worddiff.h, as the compare view aligns them): the
 * stretch begins at its first word's counterpart and ends at its last
 * word's, where a word replaced by others maps onto the words that
 * replaced it, and one deleted outright onto the nearest word kept
 * inside the stretch.  A stretch whose words are mostly gone from the
 * other version (cut, or rewritten) is not found there. */
#ifndef GALLEY_TRAVEL_MAP_H
#define GALLEY_TRAVEL_MAP_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"

/* Maps code points [start, end) of a, inside a's paragraph pa, onto b's
 * paragraph pb: sets [*out_start, *out_end) (code points of b) and
 * returns true, or returns false when fewer than half of the stretch's
 * words are still in pb. */
bool travel_map(const struct doc *a, const struct block *pa, size_t start,
    size_t end, const struct doc *b, const struct block *pb, size_t *out_start,
    size_t *out_end);

#endif
