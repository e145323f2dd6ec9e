/* names.h - the pieces of the rule that tells a proper name from a
 * misspelling (proof_word.c applies it).
 *
 * A capitalised word no dictionary knows (Tchiani, Niamey, Kehinde), or an
 * acronym (ECOWAS, AFP), is a name: proofreading leaves it alone.  One
 * exception wins over that rule: a
 * capitalised word that differs from a name the dictionary knows only by
 * accents or by one stray letter (Nigér, Nigers beside Niger) is a
 * misspelling of that name.  The proofreader's rule: the entity
 * recogniser asks the dictionary another question (whether a word's
 * lower-case form is a common word, ner.c) and has no use for the
 * exception (a misspelt name still names something). */
#ifndef GALLEY_NAMES_H
#define GALLEY_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "proof/spell.h"

/* Whether word is written like a name: a capital first letter, or all
 * capitals (two or more letters). */
bool names_is_capitalised(const char *word);

/* Whether the dictionary knows word only with its capital: a proper noun
 * (Niger, Russia), as opposed to a common word at a sentence start. */
bool names_is_proper_noun(struct speller *sp, const char *word);

/* word without its accents (Sangaré -> Sangare), as a new string, or
 * NULL if it is not valid UTF-8. */
char *names_fold_accents(const char *word);

/* For a capitalised word the dictionary does not know: the known proper
 * noun it writes with accents added (Nigér -> Niger), as a new string, or
 * NULL.  Like a stray letter, accents make a misspelling only beside the
 * name (Tomás and Chloé are names of their own). */
char *names_accent_variant(struct speller *sp, const char *word);

/* The known proper nouns that word becomes when one letter after the
 * first is dropped (Nigers -> Niger).  Such a word is only a misspelling
 * beside the name it resembles: Adama is a name of its own unless the
 * text also says Adam.  Returns how many; free *out with
 * speller_free_list. */
size_t names_stray_letter_variants(struct speller *sp, const char *word,
    char ***out);

/* Whether word[0, n) is a title that stands before a name (President,
 * General, Mr). */
bool names_is_title(const char *word, size_t n);

/* Whether word is a lower-case particle of names in other languages (de,
 * des, van, von, al, bin): Société des Mines, Ludwig van Beethoven. */
bool names_is_particle(const char *word);

/* Whether a and b have the same vowels (y among them) in the same order,
 * a doubled letter counting once (Theese, These; Tje, The), in any
 * places: names that look like words differ from them in a vowel (Boby,
 * baby), where slips of the fingers seldom do. */
bool names_same_vowels(const char *a, const char *b);

#endif
