/* contraction.h - the standard English contractions of a pronoun, a
 * wh-word or there, here, that, this, these, those with will, would or
 * had, have, are or am: there'll, what'll, where'd, how'd, who've,
 * these're, i'm.  Hunspell's en_US and SCOWL's commoner sizes lack many
 * (there'll, here'll, what're), which are correct English all the same.
 * The possessive or is's 's is taken off before (proof_word.c). */
#ifndef GALLEY_CONTRACTION_H
#define GALLEY_CONTRACTION_H

#include <stdbool.h>

/* Whether w (apostrophes straight) is such a contraction, in any case. */
bool contraction_is_standard(const char *w);

/* Whether contraction w is one of the pronoun I written in lower case
 * (i'm, i'll): a casing slip. */
bool contraction_lower_i(const char *w);

#endif
