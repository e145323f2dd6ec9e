/* ner_dates.h - dates written out in text ("May 10, 2025", "10 May
 * 2025", "Tuesday"), and the token tests the recogniser shares with them.
 * Only written dates: a bare number is not a date. */
#ifndef GALLEY_NER_DATES_H
#define GALLEY_NER_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/tokens.h"

/* Whether token t of text is one of the words of a NULL-ended list
 * (exactly, case included). */
bool ner_tok_is(const char *text, const struct token *t,
    const char *const *list);

/* Whether only spaces lie between tokens a and b (and at most one comma
 * when comma is set). */
bool ner_gap_ok(const char *text, const struct token *a,
    const struct token *b, bool comma);

/* Whether t is a month or weekday name (never the start of a name). */
bool ner_date_word(const char *text, const struct token *t);

/* The index of the last token of a date starting at token i of toks, or
 * (size_t)-1 when none starts there. */
size_t ner_date_at(const char *text, const struct token_list *toks,
    size_t i);

#endif
