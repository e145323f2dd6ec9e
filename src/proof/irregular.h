/* irregular.h - English irregular verbs, and the misspellings that give
 * them a regular ending (maked, buyed, teached -> made, bought, taught).
 * The table is compiled in from data/proof/en-irregular.txt
 * (tools/gen-wordfreq irregular). */
#ifndef GALLEY_IRREGULAR_H
#define GALLEY_IRREGULAR_H

#include <stddef.h>

struct irregular_verb {
	const char *base, *past, *participle;
};

extern const struct irregular_verb irregular_verbs[];
extern const size_t irregular_count;

/* The verb whose base with a regular past ending is w (lower case):
 * make+d, buy+ed, run+n+ed, fly -> flied; NULL when there is none. */
const struct irregular_verb *irregular_regularised(const char *w);

#endif
