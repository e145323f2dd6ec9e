/* caret.h - moving a caret through the text a layout shows.
 *
 * The caret sits on a boundary between code points (an offset, as
 * everywhere in galley) and only ever on text the layout shows: the clean
 * view skips dropped blocks and hides markup debris (debris.h), so
 * motions do too.  Units are characters (extended grapheme clusters: a
 * combining mark stays with its base, a
 * flag, an emoji with a skin tone or a ZWJ sequence is one), words
 * (segment.h), sentences, screen lines and paragraphs (a block in the
 * clean view, a line of the page in the raw view).  Selections are built on top: a
 * motion that extends a selection forward goes to the end of the next
 * unit, one that extends it backward to the start of the previous one.
 * No curses here. */
#ifndef GALLEY_CARET_H
#define GALLEY_CARET_H

#include <stdbool.h>
#include <stddef.h>

#include "view/layout.h"

enum caret_unit {
	CARET_CHAR,
	CARET_WORD,
	CARET_SENTENCE,
	CARET_LINE,		/* the next screen line, same column */
	CARET_LINE_EDGE,	/* start (dir < 0) or end of this line */
	CARET_PARAGRAPH
};

/* The position dir (+1 or -1) units away from cp: the start of the next
 * (or previous) unit, or with to_end its end.  Stays at the first or last
 * shown position when there is no further unit. */
size_t caret_move(const struct layout *l, const char *text, size_t cp,
    enum caret_unit unit, int dir, bool to_end);

/* The start of the grapheme cluster cp is in (cp itself when one starts
 * there): a position taken from a screen cell, which may be the second
 * half of a flag or an emoji of a ZWJ sequence, made one a caret may
 * hold. */
size_t caret_cluster_start(const struct layout *l, const char *text,
    size_t cp);

/* The nearest shown position at or after cp (before it when nothing is
 * shown after). */
size_t caret_clamp(const struct layout *l, size_t cp);

/* The word at or just before cp as [*start, *end); false when there is
 * none (cp between punctuation or spaces). */
bool caret_word_at(const struct layout *l, const char *text, size_t cp,
    size_t *start, size_t *end);

/* The stream elements (code points and line breaks) motions have read
 * so far: tests compare a motion's work with the distance it moves. */
extern unsigned long caret_reads;

/* The layout line the caret is drawn on. */
size_t caret_line(const struct layout *l, size_t cp);

#endif
