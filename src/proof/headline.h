/* headline.h - misspellings in lines of capitals (GOVERMENT ANNOUNCES
 * NEW BUDGET).  Elsewhere a word in capitals is an acronym (NATO,
 * ECOWAS) and left alone; in a line whose every word is in capitals the
 * capitals say nothing, so a word no dictionary knows in any case is a
 * misspelling when:
 * - the document's other text has it flagged with a correction
 *   (Goverment -> Government in the body): the same finding;
 * - else, the other text writes it with a capital (a name, an acronym):
 *   it is left alone;
 * - else, it is a near miss of a month or day name (FEBUARY), or, from
 *   HEADLINE_SLIP_MIN letters on, a likely slip after its first letter
 *   of a common word (the rule for capitalised words, proof_word.c).
 * The fix is in capitals. */
#ifndef GALLEY_HEADLINE_H
#define GALLEY_HEADLINE_H

#include <stdbool.h>

#include "doc/tokens.h"
#include "proof/problem.h"
#include "proof/proof_int.h"

#define HEADLINE_MIN_WORDS 3
#define HEADLINE_SLIP_MIN 7

/* Whether the words of list (a block's) are a line of capitals: at least
 * HEADLINE_MIN_WORDS words, every one in capitals (a lone capital
 * letter counts: A, I). */
bool headline_is_caps_line(const struct token_list *list);

/* For a word in capitals w (normalised) of token t in a line of
 * capitals (p->caps_line): whether it is taken aside to be judged once
 * the document is read (it is unknown in every case). */
bool headline_take(struct proof *p, const struct token *t, const char *w);

/* Judges the words taken aside (the document's problems so far in out),
 * adding their problems to out. */
void headline_resolve(struct proof *p, const char *text,
    struct problem_list *out);

#endif
