/* nosuggest.h - the words a Hunspell dictionary accepts but never
 * suggests: those its .dic marks with the .aff's NOSUGGEST flag (en_US
 * and en_GB so mark slurs and obscenities).  Hunspell honours the flag in
 * its own suggestions; galley's come mostly from SCOWL's lists
 * (rank.h), which carry no such marking, so they ask here.
 *
 * The .dic is read through once, when the set is loaded: spell.c loads
 * it on the first candidate ranked (a suggestion, or whether a
 * capitalised word is a slip of a word), some 20 million instructions
 * for en_US. */
#ifndef GALLEY_NOSUGGEST_H
#define GALLEY_NOSUGGEST_H

#include <stdbool.h>
#include <stddef.h>

struct nosuggest;

/* The marked words of the dictionary aff/dic, in lower case; an empty
 * set when the .aff names no NOSUGGEST flag or a file cannot be read
 * (the dictionary opened, so Hunspell read them; nothing to report). */
struct nosuggest *nosuggest_load(const char *aff, const char *dic);
void nosuggest_free(struct nosuggest *ns);

/* Whether w, in any case, is a marked word. */
bool nosuggest_has(const struct nosuggest *ns, const char *w);

/* Whether a marked word is a prefix of w (in any case) or w itself: only
 * then can w be a marked word or one of its inflections, whose stem
 * Hunspell then tells. */
bool nosuggest_may_derive(const struct nosuggest *ns, const char *w);

#endif
