/* nearscan.h - every word of the SCOWL table within a few edits of a
 * word, by one pass over the table with a bounded edit distance.
 *
 * The ranker's own search (rank.c) builds the words one or two likely
 * slips away and looks each up; words two unlikely slips or three slips
 * away (rebranded -> remanded, econobox -> economy) are out of its reach,
 * and Hunspell's suggestion search that found them costs tens of
 * milliseconds a word.  This pass costs a few: no index to build, only
 * the words whose length is near enough are compared, and each
 * comparison stops as soon as the distance is past the bound. */
#ifndef GALLEY_NEARSCAN_H
#define GALLEY_NEARSCAN_H

#include <stddef.h>

#include "proof/wordfreq.h"

/* Calls found(entry, distance, arg) for every table word within maxd
 * edits (optimal string alignment: a transposition is one edit) of
 * word, ASCII case ignored; word longer than 40 bytes finds nothing. */
void nearscan(const char *word, size_t maxd,
    void (*found)(const struct wordfreq_entry *, size_t, void *),
    void *arg);

/* Frees what the first pass built (for leak checkers; a pass builds it
 * again). */
void nearscan_free(void);

#endif
