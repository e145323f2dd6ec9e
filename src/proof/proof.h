/* proof.h - proofreading: the problems of a document, by kind, with
 * their spans, for `galley check` and the reader.
 *
 * A proofreader holds the dictionaries, the word lists and a cache of
 * verdicts per word form, so it is made once per session and used for
 * every document.  Checking never asks Hunspell for suggestions (20-40 ms
 * a word); proof_suggest does, for one problem, on demand.
 *
 * The reader's cycle: proof_doc for each open document; when the user adds
 * or ignores a word, proof_add_word or proof_ignore_word, then proof_doc
 * again for every open document (the cache was reset; re-checking is
 * cheap). */
#ifndef GALLEY_PROOF_H
#define GALLEY_PROOF_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"
#include "proof/problem.h"
#include "proof/spell.h"

struct proof;
struct buf;

/* Opens the dictionaries (comma-separated, NULL for the default) and, when
 * user_words is true, the personal word list.  Returns NULL with *cause
 * set when a named dictionary is missing or the personal list unreadable.
 * A missing default dictionary is no error: the proofreader runs every
 * check but spelling, casing and split, and proof_warning says why. */
struct proof *proof_create(const char *dicts, bool user_words, char **cause);
void proof_destroy(struct proof *p);

/* The dictionaries; NULL when there are none (see spell.h). */
struct speller *proof_speller(struct proof *p);

/* "spelling not checked: " and the missing dictionary, where it was looked
 * for and what to install; NULL when the dictionaries are open. */
const char *proof_warning(const struct proof *p);

/* Whether word[0, n) is a name the caller knows: the entity recogniser's
 * gazetteer, above the proofreader in the pipeline. */
typedef bool proof_name_fn(const char *word, size_t n);
/* Sets it (NULL: none): a long capitalised word it knows is no slip of a
 * common word in mid-sentence (Figueres: figures). */
void proof_set_known_names(struct proof *p, proof_name_fn *fn);

/* Reads the project word list (.galley-words) beside doc_path, once per
 * directory.  Its words are accepted in every document of the session. */
int proof_add_project_words(struct proof *p, const char *doc_path,
    char **cause);

/* Accepts word from now on and appends it to the personal list.
 * Returns -1 with *cause set when the list cannot be written, user
 * words are off or there is no list (no HOME); the word is accepted
 * anyway. */
int proof_add_word(struct proof *p, const char *word, char **cause);
/* Accepts word for this session only. */
void proof_ignore_word(struct proof *p, const char *word);
/* Undoes proof_add_word: word is no longer accepted (unless a dictionary
 * or a project list has it) and leaves the personal list.  Returns how
 * many lines of the list went (0: it was not there), or -1 with *cause
 * set when the list cannot be rewritten, user words are off or there is
 * no list (no HOME). */
int proof_remove_word(struct proof *p, const char *word, char **cause);
/* Marks word wrong from now on, although a dictionary has it: appended
 * to the bad-words list (wordlist_bad_path), and a spelling problem
 * wherever it occurs.  Returns -1 with *cause set when the list cannot
 * be written, user words are off or there is no list (no HOME); the mark
 * holds anyway. */
int proof_bad_word(struct proof *p, const char *word, char **cause);
/* Undoes proof_bad_word (vim's zuw): word is no longer marked wrong
 * and leaves the bad-words list.  Returns how many lines of the list
 * went (0: it was not there), or -1 with *cause as proof_remove_word. */
int proof_unbad_word(struct proof *p, const char *word, char **cause);
/* Whether word is marked wrong. */
bool proof_is_bad_word(const struct proof *p, const char *word);

/* Checks d: the title and kept blocks, or every block when all is true.
 * The word checks (spelling, casing, split, repeat) run only when the
 * dictionaries cover the page's language (d->lang) or it is unknown, and
 * of them only repeat without a dictionary.
 * Fills out (emptied first) with problems in text order and replaces d's
 * SPAN_PROBLEM spans with one span per problem (sub: the kind, ref: the
 * index in out). */
void proof_doc(struct proof *p, struct doc *d, bool all,
    struct problem_list *out);

/* Corrections for one problem, best first: its known fix, then for a
 * misspelt word Hunspell's suggestions.  The caller frees the list with
 * speller_free_list. */
size_t proof_suggest(struct proof *p, struct doc *d, const struct problem *pr,
    char ***out);

/* The corrections to show for pr: its known fix, or with suggest all of
 * proof_suggest's; chosen (the user's, z= in the reader), when not NULL,
 * comes first and stands for the known fix.  Free with
 * speller_free_list. */
size_t proof_corrections(struct proof *p, struct doc *d,
    const struct problem *pr, bool suggest, const char *chosen,
    char ***out);

/* Appends "KIND: TEXT" for pr to out, then " -> " and its corrections
 * (proof_corrections), comma-separated, when there are some: `galley
 * check`'s line after FILE:LINE:COL (doc_file_line_col), and the
 * reader's problem list's.  Line breaks in the text are spaces, and
 * every part is printable (escape.h). */
void proof_problem_line(struct proof *p, struct doc *d,
    const struct problem *pr, bool suggest, const char *chosen,
    struct buf *out);

#endif
