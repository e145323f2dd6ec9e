/* keys.h - the reader's key table.  One table drives key handling, the
 * help screen and the manual's KEYS section (galley --keys prints it). */
#ifndef GALLEY_UI_KEYS_H
#define GALLEY_UI_KEYS_H

#include <stdbool.h>
#include <stdio.h>

enum ui_action {
	ACT_NONE, ACT_DOWN, ACT_UP, ACT_PAGE_DOWN, ACT_PAGE_UP,
	ACT_HALF_DOWN, ACT_HALF_UP, ACT_TOP, ACT_BOTTOM, ACT_OPEN,
	ACT_SWITCH_PANE, ACT_SEARCH_FORWARD, ACT_SEARCH_BACKWARD,
	ACT_NEXT_MATCH, ACT_PREV_MATCH, ACT_COMMAND, ACT_QUIT, ACT_SAVE_QUIT, ACT_REDRAW,
	ACT_HELP, ACT_TOGGLE_RAW, ACT_TOGGLE_LIST, ACT_SORT, ACT_NEXT_FILE,
	ACT_PREV_FILE, ACT_CLOSE, ACT_NEXT_PROBLEM, ACT_PREV_PROBLEM,
	ACT_ADD_WORD, ACT_IGNORE_WORD, ACT_PROBLEM_LIST, ACT_ENTITIES,
	ACT_ENTITY_SCOPE, ACT_ENTITY_WHY, ACT_ENTITY_MERGE, ACT_ENTITY_SPLIT,
	ACT_CLEAR_FILTER, ACT_ANNOTATIONS, ACT_DELETE, ACT_UNDO,
	/* Cursor mode and annotating. */
	ACT_CURSOR, ACT_LEAVE, ACT_C_CHAR_PREV, ACT_C_CHAR_NEXT,
	ACT_C_WORD_PREV, ACT_C_WORD_NEXT, ACT_C_SENT_PREV, ACT_C_SENT_NEXT,
	ACT_C_LINE_UP, ACT_C_LINE_DOWN, ACT_C_LINE_START, ACT_C_LINE_END,
	ACT_C_PARA_PREV, ACT_C_PARA_NEXT, ACT_SELECT, ACT_SWAP_ENDS,
	ACT_TAG, ACT_NOTE, ACT_REPLY, ACT_CONFIRM, ACT_KEEP_MINE,
	ACT_TAKE_OTHER, ACT_REPEAT_TAG,
	/* The editor's spelling keys (z sequences). */
	ACT_SUGGEST, ACT_GOOD_WORD, ACT_UNDO_GOOD_WORD, ACT_BAD_WORD,
	ACT_UNDO_BAD_WORD,
	ACT_ACCEPT, ACT_REJECT,
	ACT_TOGGLE_READ,
	/* The lists' filter (F). */
	ACT_FILTER,
	/* The :grep hits as a quickfix list (]q, [q). */
	ACT_QF_NEXT, ACT_QF_PREV,
	/* Text out: yank, yank a quote, open the source's URL. */
	ACT_YANK, ACT_YANK_QUOTE, ACT_OPEN_URL,
	/* The compare view: open it (=), step through differences. */
	ACT_COMPARE, ACT_NEXT_DIFF, ACT_PREV_DIFF,
	/* The gutter's marks of shared paragraphs (#). */
	ACT_SHARED_MARKS,
	/* Other versions' annotations in the pane (T). */
	ACT_TRAVEL,
	/* The source list grouped by story (S), its groups folded. */
	ACT_GROUP_STORIES, ACT_FOLD, ACT_FOLD_ALL, ACT_UNFOLD_ALL,
	/* The clean view's markers of dropped blocks (za). */
	ACT_TOGGLE_DROPPED,
	/* Keep or drop the block at the caret against the cleaner (zk). */
	ACT_KEEP_BLOCK,
};

/* A sequence of two or three ASCII keys, as vim's ]s and zug, is one
 * row of the table with this code for its key: above every curses key
 * and character.  keyseq.c reads the keys of a sequence one by one. */
#define KEY_SEQ_BASE 0x40000000
#define KEY_SEQ3(a, b, c) (KEY_SEQ_BASE | (a) << 14 | (b) << 7 | (c))
#define KEY_SEQ(a, b) KEY_SEQ3(a, b, 0)

/* Where a binding applies. */
enum ui_context {
	CTX_LIST = 1 << 0,	/* the source list has the focus */
	CTX_PANE = 1 << 1,	/* the reading pane has the focus */
	CTX_VIEW = 1 << 2,	/* help and grep results */
	CTX_ALL = CTX_LIST | CTX_PANE | CTX_VIEW,
	/* Cursor mode in the reading pane: looked up before CTX_PANE, whose
	 * keys work there too unless cursor mode binds them. */
	CTX_CARET = 1 << 3,
};

struct ui_key {
	int key;		/* curses key code or character */
	const char *label;	/* as shown to users: "j", "Down", "Ctrl-D" */
	unsigned contexts;
	enum ui_action action;
	const char *help;
};

extern const struct ui_key ui_keys[];
extern const size_t ui_nkeys;

/* The action for key in context, ACT_NONE when unbound. */
enum ui_action keys_lookup(int key, unsigned context);

/* What a count typed before the key of action a does (5j, 3]s, 12G): the
 * action repeated, taken to the Nth line from the top (g, G), or
 * nothing. */
enum keys_count { COUNT_NONE, COUNT_REPEAT, COUNT_LINE };
enum keys_count keys_count_of(enum ui_action a);

/* The keys typed so far of a sequence (a NUL-terminated string of one or
 * two characters) against the table in context: KEYS_DONE with *a set
 * when they end a sequence, KEYS_MORE when one starts with them,
 * KEYS_UNKNOWN when none does. */
enum keys_match { KEYS_UNKNOWN, KEYS_MORE, KEYS_DONE };
enum keys_match keys_lookup_seq(const char *typed, unsigned context,
    enum ui_action *a);

/* One line per action: "j, Down  <TAB> scroll down one line", with the
 * context noted where a key differs between panes, after a line on
 * counts (5j).  For the help screen (format 0) and the manual (format 1:
 * roff .TP entries). */
void keys_print(FILE *f, int format);

/* The help screen's lines, as a NULL-terminated array (static): the
 * same lines as keys_print's. */
const char *const *keys_help_lines(void);

#endif
