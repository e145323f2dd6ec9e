/* dialect.h - American or British spelling: the spellings of one variety
 * that have a counterpart in the other (color and colour, organize and
 * organise, defense and defence, traveled and travelled).  A document is
 * judged by the variety most of its marked words are in; those of the
 * other are a `consistency` problem (proof.c). */
#ifndef GALLEY_DIALECT_H
#define GALLEY_DIALECT_H

#include "proof/wordfreq.h"

/* The variety a lower-case word is a marked spelling of, with its
 * counterpart in the other as a new string in *other; VARIANT_BOTH (and
 * *other NULL) for words both write alike or that have no counterpart
 * (amongst is British usage, but American copy may use it too). */
enum word_variant dialect_mark(const char *word, char **other);

/* The variety of comma-separated dictionaries: en_GB, en_AU ... are
 * British, others American; VARIANT_BOTH when they are of both (-d
 * en_US,en_GB accepts either spelling). */
enum word_variant dialect_of_dictionary(const char *dicts);

#endif
