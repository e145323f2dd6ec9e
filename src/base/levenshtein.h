/* levenshtein.h - edit distance of two sequences of 32-bit values (code
 * points, word hashes). */
#ifndef GALLEY_LEVENSHTEIN_H
#define GALLEY_LEVENSHTEIN_H

#include <stddef.h>
#include <stdint.h>

/* The Levenshtein distance of a[0..na) and b[0..nb): insertions,
 * deletions and substitutions, each costing 1.  O(na * nb) time,
 * O(nb) space. */
size_t levenshtein_u32(const uint32_t *a, size_t na, const uint32_t *b,
    size_t nb);

#endif
