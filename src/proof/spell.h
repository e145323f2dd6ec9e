/* spell.h - Hunspell dictionaries, one or several at once.
 *
 * Dictionaries are named as Hunspell names them (en_US, en_GB) and found
 * the way hunspell(1) finds them: in $DICPATH (colon-separated), then in
 * the system's hunspell and myspell directories ($GALLEY_DICT_DIRS, when
 * set, replaces those).  With several dictionaries a word is correct when
 * any of them accepts it, so that "-d en_US,en_GB" takes both spellings.
 *
 * A NULL speller stands for no dictionary at all: it knows no word,
 * suggests nothing and ignores added words, so callers that can work
 * without a dictionary need no special case to call these functions. */
#ifndef GALLEY_SPELL_H
#define GALLEY_SPELL_H

#include <stdbool.h>
#include <stddef.h>

struct speller;

/* Opens the comma-separated dictionaries (NULL: speller_default()).
 * Returns NULL with *cause set (naming the dictionary, where it was
 * looked for and the Debian package to install) when one cannot be
 * found. */
struct speller *speller_open(const char *names, char **cause);
void speller_close(struct speller *sp);

/* The default dictionary: from LC_ALL, LC_MESSAGES or LANG (en_GB.UTF-8
 * -> en_GB) when such a dictionary exists, else en_US. */
const char *speller_default(void);

/* Whether a UTF-8 word is correct in any dictionary. */
bool speller_check(struct speller *sp, const char *word);

/* Suggestions, best first, from every dictionary without duplicates;
 * returns how many and sets *out to a list the caller frees with
 * speller_free_list. */
size_t speller_suggest(struct speller *sp, const char *word, char ***out);
void speller_free_list(char **list, size_t n);

/* Whether word may be offered as a suggestion: not when a dictionary
 * marks it, or its stem, NOSUGGEST (slurs, obscenities; nosuggest.h),
 * whatever its case.  Such words are still correct when written. */
bool speller_may_suggest(struct speller *sp, const char *word);

/* Accepts a word from now on (personal and project word lists). */
void speller_add(struct speller *sp, const char *word);
/* Takes back a word speller_add accepted (the dictionary's own words
 * stay). */
void speller_remove(struct speller *sp, const char *word);

#endif
