/* editor.h - text entry for the reader: a one-line prompt with Tab
 * completion (tags, comma-separated) and a boxed multi-line note editor.
 *
 * Non-modal, like the rest of the reader: the reader keeps its event
 * loop, passes each key it reads to editor_key and calls a draw function
 * in its draw pass.  The draw functions leave the window's cursor on the
 * caret: refresh that window last (wnoutrefresh, then doupdate) with
 * curs_set(1) so the terminal cursor shows there.  Nothing is refreshed
 * here.  All text goes through draw_text, so controls and format
 * characters are placeholders and, outside a UTF-8 locale, non-ASCII
 * characters are '?', as in the rest of the reader.
 *
 * Keys (both kinds): arrows, Home/End and Ctrl-A/Ctrl-E (the row, then
 * the line), Ctrl-B/Ctrl-F, Ctrl-Left/Right and Alt-b/Alt-f (words),
 * Backspace (KEY_BACKSPACE, DEL, Ctrl-H), Delete and Ctrl-D, Ctrl-W and
 * Alt-Backspace (word back), Alt-d (word forward), Ctrl-K and Ctrl-U
 * (kill to the end / start of the line), Ctrl-Y (yank), Ctrl-G (cancel),
 * Esc and Ctrl-C (cancel, as in vim; in the note editor, when the text
 * has changed, only a second of the same key in a row: the first asks,
 * in the box's title; a vim user presses Esc to stop typing, not to
 * throw the text away).  The terminal sends Ctrl-C as SIGINT: the reader passes
 * it on as the key 0x03 while an editor is open.  Line: Enter accepts, Tab completes.  Note: Enter is a new
 * line, Tab is a tab, Up/Down/Ctrl-P/Ctrl-N by row, PgUp/PgDn by page,
 * F2 or Ctrl-X saves (not Ctrl-S: flow control on some terminals).
 *
 * Pasted text comes to editor_paste instead when the terminal brackets
 * it (paste.c): there Esc is not a key.
 *
 * Esc cannot be told from Alt-x without looking at what follows it, so
 * on Esc editor_key reads stdscr once without waiting (get_wch with
 * timeout 0, the previous delay restored): nothing there is a lone Esc.
 * An escape sequence curses did not recognise (Ctrl-Left as ESC [1;5D
 * under a terminfo that lacks it) is read to its end and decoded, never
 * typed as text. */
#ifndef GALLEY_UI_EDITOR_H
#define GALLEY_UI_EDITOR_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "view/complete.h"
#include "view/textedit.h"

enum editor_result { EDITOR_CONTINUE, EDITOR_DONE, EDITOR_CANCEL };

struct editor {
	struct textedit te;
	char *label;		/* the prompt ("tags: ") or the box title */
	bool box;		/* the note editor, else the line prompt */
	struct completion comp;	/* line: Tab completes when comp.fn set */
	int hscroll;		/* line: the first text column shown */
	size_t top;		/* box: the first row shown */
	int width, height;	/* box: its text area at the last draw, for
				   up/down and paging; 0 before it */
	bool utf8;		/* the locale at the last draw */
	bool paste_cr;		/* the last pasted character was a CR */
	char *initial;		/* the text as it was opened */
	int asked;		/* the last key asked before discarding
				   changes: 27 (Esc), 3 (Ctrl-C), 0 none */
};

/* A line prompt showing label, then text to edit (copied); complete
 * (may be NULL) gives the candidates for the tag before the caret. */
void editor_init_line(struct editor *e, const char *label, const char *text,
    complete_fn complete, void *ctx);
/* A note editor titled title, editing text (copied). */
void editor_init_box(struct editor *e, const char *title, const char *text);
void editor_free(struct editor *e);
/* The text being edited: valid until the next key or editor_free. */
const char *editor_text(const struct editor *e);

/* ch is what get_wch returned: a character when is_keycode is false
 * (OK), a KEY_* code when it is true (KEY_CODE_YES).  KEY_RESIZE is the
 * reader's to handle; here it does nothing. */
enum editor_result editor_key(struct editor *e, int ch, bool is_keycode);

/* A character of a paste (between the bracketed-paste markers): text,
 * never a key.  A line break (CR, LF, CR LF) is a new line in the note
 * editor and a space in the prompt, as is a tab there; Esc and other
 * control characters are dropped. */
void editor_paste(struct editor *e, int ch);
/* A paste starts: a CR that ended the previous one is forgotten. */
void editor_paste_begin(struct editor *e);

/* Draws the prompt on row y from column x, width columns, scrolled
 * sideways to keep the caret in view, with the candidates of the last
 * Tab after the text. */
void editor_draw_line(struct editor *e, WINDOW *w, int y, int x, int width,
    bool utf8);
/* Draws the note editor as a bordered box of h rows by width columns at
 * (y, x) of w: the title and the keys that end it in the top border, the
 * text word-wrapped inside, scrolled to keep the caret in view. */
void editor_draw_box(struct editor *e, WINDOW *w, int y, int x, int h,
    int width, bool utf8);

#endif
