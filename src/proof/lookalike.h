/* lookalike.h - the strings one slip from a word, tried in turn.
 *
 * A capitalised word used once beside a word the same document uses
 * again and again, one slip apart (Weild beside Wild Rose, Ukranian
 * beside Ukrainian), is a slip of it: names recur as themselves, so the
 * document is the evidence (proof.c).  The slips: a letter dropped,
 * added or changed, two neighbours swapped; never the first letter
 * (names differ from words there, rank.h) and never the ending but by a
 * swap (Italia beside Italian, Ukraina beside Ukraine are words of their
 * own). */
#ifndef GALLEY_LOOKALIKE_H
#define GALLEY_LOOKALIKE_H

#include <stdbool.h>
#include <stddef.h>

/* Whether word[0, n) is what the caller looks for. */
typedef bool lookalike_fn(void *arg, const char *word, size_t n);

/* The first string one slip after the first letter and before the
 * last from word[0, n) (a swap may move the last letter)
 * (ASCII letters only; words with other bytes get none) for which fn
 * says yes, as a new string; NULL when there is none.  Added and changed
 * letters are lower-case. */
char *lookalike_find(const char *word, size_t n, lookalike_fn *fn,
    void *arg);

#endif
