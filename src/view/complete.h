/* complete.h - Tab completion of the word before the caret, for the tag
 * prompt: the text is a list separated by commas ("war, europe, un") and
 * the word is the item the caret is in, trimmed of spaces.
 *
 * Tab with one candidate puts it in place of the word and adds ", " (or
 * steps over the comma that follows).  With several it extends the word
 * to their longest common prefix and keeps them for the prompt to show;
 * Tab again puts in each candidate in turn.  Any other key ends the
 * cycle (complete_reset).  No curses here. */
#ifndef GALLEY_COMPLETE_H
#define GALLEY_COMPLETE_H

#include <stdbool.h>
#include <stddef.h>

#include "view/textedit.h"

#define COMPLETE_MAX 64

/* Fills out with at most max candidates for word and returns how many.
 * The strings need only stay valid until the call returns to Tab
 * handling: they are copied at once. */
typedef size_t (*complete_fn)(void *ctx, const char *word, const char **out,
    size_t max);

struct completion {
	complete_fn fn;		/* NULL: Tab does not complete */
	void *ctx;
	char **cands;		/* the candidates shown, n of them */
	size_t n;
	size_t current;		/* the one in the text, SIZE_MAX: none yet */
	size_t start;		/* where the word being cycled starts */
};

void complete_init(struct completion *c, complete_fn fn, void *ctx);
void complete_free(struct completion *c);
/* Forgets the candidates: the key after them was not Tab. */
void complete_reset(struct completion *c);
/* Handles Tab; returns the number of candidates (0: no completion). */
size_t complete_tab(struct completion *c, struct textedit *t);
/* The word around the caret: its trimmed bytes [*start, *end). */
void complete_word(const struct textedit *t, size_t *start, size_t *end);

#endif
