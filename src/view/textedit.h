/* textedit.h - a UTF-8 edit buffer with a caret, for prompts and notes.
 *
 * The text is always valid UTF-8 without C0/C1 controls: what comes in
 * (typed keys, a paste, a text to edit) is cleaned on the way in.
 *   - Invalid UTF-8 becomes U+FFFD, one per bad byte (as cells.h reads it).
 *   - C0 and C1 controls and DEL are dropped, except '\t', kept as is (the
 *     renderer shows it as one blank cell), and '\n' in a multi-line text.
 *     CR LF and a lone CR become '\n'; in a one-line text a newline
 *     becomes a space, so a pasted paragraph stays one line.
 * The caret is a byte offset on a code point boundary.  Left, right,
 * backspace and delete move over whole grapheme clusters (utf8proc), so
 * "e" and a combining acute go together, as does an emoji with its
 * modifiers.  Words are runs of letters, digits and marks, with
 * apostrophes, '_' and digit separators inside them (segment.h).
 *
 * Every operation costs time linear in the text at most (a move within a
 * line usually much less), so a 100 KB note stays responsive.  No curses
 * here: the visual layout is computed for a width, with cells.h widths,
 * and src/ui/editor.c draws it. */
#ifndef GALLEY_TEXTEDIT_H
#define GALLEY_TEXTEDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/util.h"

struct textedit {
	struct buf text;	/* valid UTF-8, never NULL after init */
	size_t caret;		/* byte offset, on a code point boundary */
	bool multiline;
	size_t limit;		/* the most bytes the text may hold, 0: any */
	int goal_col;		/* up/down keep this column; -1: the caret's */
	struct buf kill;	/* the text last killed, for yank */
};

void textedit_init(struct textedit *t, bool multiline);
void textedit_free(struct textedit *t);
/* Replaces the contents (cleaned as above); the caret goes to the end. */
void textedit_set(struct textedit *t, const char *s);
const char *textedit_text(const struct textedit *t);

/* Inserts at the caret and moves the caret past the insertion.  Returns
 * false (and changes nothing) for a code point that is not allowed or
 * does not fit the limit. */
bool textedit_insert_cp(struct textedit *t, int32_t cp);
/* Inserts s[0..n) cleaned; stops before the code point that would pass
 * the limit.  Returns the number of bytes inserted. */
size_t textedit_insert(struct textedit *t, const char *s, size_t n);
/* Replaces the bytes [start, end) with s (cleaned); the caret ends after
 * the new text.  start and end must be code point boundaries. */
void textedit_replace(struct textedit *t, size_t start, size_t end,
    const char *s);

/* Editing and motion.  Each returns false when there was nothing to do
 * (at the start or end of the text), so a caller may beep. */
bool textedit_backspace(struct textedit *t);
bool textedit_delete(struct textedit *t);
bool textedit_left(struct textedit *t);
bool textedit_right(struct textedit *t);
bool textedit_word_left(struct textedit *t);	/* to a word's start */
bool textedit_word_right(struct textedit *t);	/* to a word's end */
bool textedit_delete_word_back(struct textedit *t);	/* Ctrl-W */
bool textedit_delete_word_forward(struct textedit *t);	/* Alt-d */
/* Kill to the end / start of the logical line; at its end (start) the
 * newline itself goes, so repeated kills join lines.  Killed text is kept
 * for textedit_yank. */
bool textedit_kill_to_end(struct textedit *t);
bool textedit_kill_to_start(struct textedit *t);
bool textedit_yank(struct textedit *t);
bool textedit_home(struct textedit *t);		/* logical line */
bool textedit_end(struct textedit *t);
bool textedit_move_to(struct textedit *t, size_t pos);

/* The grapheme cluster boundaries around byte offset pos. */
size_t textedit_next_boundary(const struct textedit *t, size_t pos);
size_t textedit_prev_boundary(const struct textedit *t, size_t pos);

/* The text broken into rows of a width: each logical line is word-wrapped
 * after spaces, a word longer than the width is broken between
 * characters (a wide character is never split, a combining mark stays
 * with its base).  A row is the bytes [start, end) without the newline.
 * The caret is on the last row that starts at or before it; a line that
 * fills the width exactly gets an empty row after it, so the caret at
 * its end has a cell.  The caret column is thus always < width (unless a
 * single placeholder is wider than the whole row). */
struct textedit_row {
	size_t start, end;
};

struct textedit_layout {
	struct textedit_row *rows;
	size_t n, cap;
	int width;
	bool utf8;
	size_t caret_row;
	int caret_col;
};

void textedit_layout(const struct textedit *t, int width, bool utf8,
    struct textedit_layout *l);
void textedit_layout_free(struct textedit_layout *l);

/* Moves the caret rows up (< 0) or down (> 0) in the layout l (which
 * must be current), keeping the column of the first vertical move.
 * Past the first or last row the caret goes to the start or end of the
 * text. */
bool textedit_vertical(struct textedit *t, const struct textedit_layout *l,
    long rows);
/* Start / end of the caret's row; pressed again at the start (end) of a
 * wrapped row, they go on to the start (end) of the logical line. */
bool textedit_row_home(struct textedit *t, const struct textedit_layout *l);
bool textedit_row_end(struct textedit *t, const struct textedit_layout *l);

#endif
