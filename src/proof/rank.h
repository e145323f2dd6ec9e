/* rank.h - corrections ranked by a noisy channel: how likely the slip
 * that turns a word into the misspelling (a transposition, a doubled or
 * dropped letter, a vowel for another, a neighbouring key, a sound-alike
 * letter) times how common the word is (its SCOWL level, wordfreq.h).
 *
 * Candidates are the words one slip away, those two slips away when the
 * second is a common kind (a dropped or doubled letter, a transposition,
 * a vowel), and any extra ones the caller brings (Hunspell's); the
 * misspelling's case is kept (Recieve -> Receive, NIGERA -> NIGERIA).
 * No word a dictionary marks NOSUGGEST is ever returned
 * (speller_may_suggest): sp, or veto below, tells (NULL: no veto). */
#ifndef GALLEY_RANK_H
#define GALLEY_RANK_H

#include <stdbool.h>
#include <stddef.h>

#include "proof/wordfreq.h"
#include "proof/spell.h"

/* Up to max corrections of word, best first, into *out (free with
 * speller_free_list); returns how many.  sp (may be NULL) vouches for
 * words one slip away that SCOWL's lists lack; words of the other
 * variety than dialect (VARIANT_BOTH: no preference) rank lower. */
size_t rank_corrections(struct speller *sp, const char *word,
    enum word_variant dialect, char *const *extra, size_t nextra,
    size_t max, char ***out);

/* The likeliest word of level max_level or commoner one slip after the
 * first letter away from word (the first letter is seldom the slip, and
 * names differ from words there: Iger, Kombat), in word's case, as a
 * new string, with its score in *cost (lower is likelier); NULL when
 * there is none. */
char *rank_near_common(struct speller *veto, const char *word,
    int max_level, double *cost);

/* The commonest word of the very commonest (counted 100,000 times or
 * more, wordfreq.h; not May for Mya) that word is
 * with two neighbouring letters swapped, the first two included (Teh,
 * Hte -> The), or from four letters on twice so (Tath -> That), in
 * word's case, as a new string, with its score in *cost; NULL when there
 * is none. */
char *rank_top_transposed(struct speller *veto, const char *word,
    double *cost);

/* The commonest word (en-common.txt's, wordfreq.h) that word, of four
 * letters or more, is with its first two letters swapped (Hwile, Omre ->
 * While, More), in word's case, as a new string, with its cost in *cost;
 * NULL when there is none.  For sentence starts, where a capital says
 * nothing. */
char *rank_common_slip(struct speller *veto, const char *word,
    double *cost);

/* Whether word, in lower case, is one of those commonest words. */
bool rank_is_commonest(const char *word);
/* Whether word, in lower case, is one of the very commonest, counted
 * 100,000 times or more (the 82 of rank_top_transposed: the, of, in). */
bool rank_is_very_common(const char *word);

/* The optimal string alignment distance of a and b (a transposition
 * is one edit), case counting; words past 40 bytes: the longer length. */
size_t rank_distance(const char *a, const char *b);

#endif
