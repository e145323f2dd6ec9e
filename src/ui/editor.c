/* editor.c - the tag prompt and the note editor: keys to edits.  The
 * drawing is in editor_draw.c. */
#include "config.h"

#include "ui/editor.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>

#include "base/util.h"

enum edit_op {
	OP_NONE, OP_LEFT, OP_RIGHT, OP_WORD_LEFT, OP_WORD_RIGHT, OP_UP,
	OP_DOWN, OP_PAGE_UP, OP_PAGE_DOWN, OP_HOME, OP_END, OP_BACKSPACE,
	OP_DELETE, OP_DEL_WORD_BACK, OP_DEL_WORD_FORWARD, OP_KILL_END,
	OP_KILL_START, OP_YANK, OP_ENTER, OP_SAVE, OP_CANCEL,
	OP_INTERRUPT,
};

struct binding {
	int key;
	enum edit_op op;
};

#define CTL_KEY(c) ((c) & 0x1F)

static const struct binding control_keys[] = {
	{ CTL_KEY('A'), OP_HOME }, { CTL_KEY('B'), OP_LEFT },
	{ CTL_KEY('D'), OP_DELETE }, { CTL_KEY('E'), OP_END },
	{ CTL_KEY('F'), OP_RIGHT }, { CTL_KEY('G'), OP_CANCEL },
	{ CTL_KEY('H'), OP_BACKSPACE }, { 0x7F, OP_BACKSPACE },
	{ '\n', OP_ENTER }, { '\r', OP_ENTER },
	{ CTL_KEY('K'), OP_KILL_END }, { CTL_KEY('N'), OP_DOWN },
	{ CTL_KEY('P'), OP_UP }, { CTL_KEY('U'), OP_KILL_START },
	{ CTL_KEY('W'), OP_DEL_WORD_BACK }, { CTL_KEY('X'), OP_SAVE },
	{ CTL_KEY('Y'), OP_YANK }, { CTL_KEY('C'), OP_INTERRUPT },
};

static const struct binding function_keys[] = {
	{ KEY_LEFT, OP_LEFT }, { KEY_RIGHT, OP_RIGHT }, { KEY_UP, OP_UP },
	{ KEY_DOWN, OP_DOWN }, { KEY_HOME, OP_HOME }, { KEY_END, OP_END },
	{ KEY_PPAGE, OP_PAGE_UP }, { KEY_NPAGE, OP_PAGE_DOWN },
	{ KEY_BACKSPACE, OP_BACKSPACE }, { KEY_DC, OP_DELETE },
	{ KEY_ENTER, OP_ENTER }, { KEY_F(2), OP_SAVE },
};

/* After Esc: Alt-x. */
static const struct binding alt_keys[] = {
	{ 'b', OP_WORD_LEFT }, { 'f', OP_WORD_RIGHT },
	{ 'd', OP_DEL_WORD_FORWARD }, { 0x7F, OP_DEL_WORD_BACK },
	{ CTL_KEY('H'), OP_DEL_WORD_BACK },
};

/* Keys with modifiers have no fixed KEY_* code: terminfo names them
 * (xterm's kLFT5 is Ctrl-Left, kLFT3 Alt-Left). */
static const struct { const char *name; enum edit_op op; } named_keys[] = {
	{ "kLFT5", OP_WORD_LEFT }, { "kRIT5", OP_WORD_RIGHT },
	{ "kLFT3", OP_WORD_LEFT }, { "kRIT3", OP_WORD_RIGHT },
	{ "kDC5", OP_DEL_WORD_FORWARD }, { "kDC3", OP_DEL_WORD_FORWARD },
};

static enum edit_op
lookup(const struct binding *b, size_t n, int key)
{
	for (size_t i = 0; i < n; i++)
		if (b[i].key == key)
			return b[i].op;
	return OP_NONE;
}

#define LOOKUP(table, key) lookup(table, sizeof table / sizeof *table, key)

static enum edit_op
function_op(int key)
{
	enum edit_op op = LOOKUP(function_keys, key);

	for (size_t i = 0; op == OP_NONE && i < sizeof named_keys /
	    sizeof *named_keys; i++) {
		const char *seq = tigetstr(named_keys[i].name);

		if (seq != NULL && seq != (char *)-1 && key_defined(seq) == key)
			op = named_keys[i].op;
	}
	return op;
}

static void
editor_init(struct editor *e, const char *label, const char *text, bool box)
{
	memset(e, 0, sizeof *e);
	textedit_init(&e->te, box);
	textedit_set(&e->te, text ? text : "");
	e->label = xstrdup(label ? label : "");
	/* What it holds at the start, not what it was given: controls it
	 * dropped are no change of the user's (Esc would ask). */
	e->initial = xstrdup(editor_text(e));
	e->box = box;
	e->utf8 = true;
	complete_init(&e->comp, NULL, NULL);
}

void
editor_init_line(struct editor *e, const char *label, const char *text,
    complete_fn complete, void *ctx)
{
	editor_init(e, label, text, false);
	complete_init(&e->comp, complete, ctx);
}

void
editor_init_box(struct editor *e, const char *title, const char *text)
{
	editor_init(e, title, text, true);
}

void
editor_free(struct editor *e)
{
	textedit_free(&e->te);
	complete_free(&e->comp);
	free(e->label);
	e->label = NULL;
	free(e->initial);
	e->initial = NULL;
}

const char *
editor_text(const struct editor *e)
{
	return textedit_text(&e->te);
}

/* Motions by row need the layout of the last draw (or, before one, of
 * logical lines). */
static void
row_motion(struct editor *e, enum edit_op op)
{
	struct textedit_layout l = { 0 };
	long page = e->height > 1 ? e->height - 1 : 1;

	textedit_layout(&e->te, e->width > 0 ? e->width : INT_MAX / 2,
	    e->utf8, &l);
	if (op == OP_UP || op == OP_DOWN)
		textedit_vertical(&e->te, &l, op == OP_UP ? -1 : 1);
	else if (op == OP_PAGE_UP || op == OP_PAGE_DOWN)
		textedit_vertical(&e->te, &l, op == OP_PAGE_UP ? -page : page);
	else if (op == OP_HOME)
		textedit_row_home(&e->te, &l);
	else
		textedit_row_end(&e->te, &l);
	textedit_layout_free(&l);
}

static enum editor_result
apply(struct editor *e, enum edit_op op)
{
	struct textedit *t = &e->te;

	switch (op) {
	case OP_NONE: break;
	case OP_LEFT: textedit_left(t); break;
	case OP_RIGHT: textedit_right(t); break;
	case OP_WORD_LEFT: textedit_word_left(t); break;
	case OP_WORD_RIGHT: textedit_word_right(t); break;
	case OP_UP: case OP_DOWN: case OP_PAGE_UP: case OP_PAGE_DOWN:
		if (e->box)
			row_motion(e, op);
		break;
	case OP_HOME: case OP_END:
		if (e->box)
			row_motion(e, op);
		else if (op == OP_HOME)
			textedit_home(t);
		else
			textedit_end(t);
		break;
	case OP_BACKSPACE: textedit_backspace(t); break;
	case OP_DELETE: textedit_delete(t); break;
	case OP_DEL_WORD_BACK: textedit_delete_word_back(t); break;
	case OP_DEL_WORD_FORWARD: textedit_delete_word_forward(t); break;
	case OP_KILL_END: textedit_kill_to_end(t); break;
	case OP_KILL_START: textedit_kill_to_start(t); break;
	case OP_YANK: textedit_yank(t); break;
	case OP_ENTER:
		if (!e->box)
			return EDITOR_DONE;
		textedit_insert_cp(t, '\n');
		break;
	case OP_SAVE: return EDITOR_DONE;
	case OP_CANCEL: case OP_INTERRUPT: return EDITOR_CANCEL;
	}
	return EDITOR_CONTINUE;
}

/* The rest of ESC [ or ESC O that curses passed on as characters:
 * parameters, then a final byte.  Cursor keys with a modifier parameter
 * of 3 (Alt) or 5 (Ctrl) move by words. */
static enum edit_op
sequence(wint_t intro)
{
	int p[2] = { 0, 0 }, np = 0;
	wint_t c = 0;
	bool word;

	while (get_wch(&c) == OK) {
		if (c >= '0' && c <= '9') {
			p[np] = p[np] * 10 + (int)(c - '0');
			if (p[np] > 999)
				p[np] = 999;
		} else if (c == ';' && np == 0)
			np = 1;
		else if (intro == 'O' || (c >= 0x40 && c <= 0x7E))
			break;
		c = 0;
	}
	word = p[1] == 3 || p[1] == 5;
	switch (c) {
	case 'C': return word ? OP_WORD_RIGHT : OP_RIGHT;
	case 'D': return word ? OP_WORD_LEFT : OP_LEFT;
	case 'A': return OP_UP;
	case 'B': return OP_DOWN;
	case 'H': return OP_HOME;
	case 'F': return OP_END;
	case '~':
		switch (p[0]) {
		case 1: case 7: return OP_HOME;
		case 4: case 8: return OP_END;
		case 3: return word ? OP_DEL_WORD_FORWARD : OP_DELETE;
		case 5: return OP_PAGE_UP;
		case 6: return OP_PAGE_DOWN;
		}
	}
	return OP_NONE;
}

/* Esc and Ctrl-C cancel, but one key does not throw away a note being
 * written: when its text has changed, the first asks (the box's title
 * says so) and only a second of the same key in a row cancels.  asked:
 * the key that asked just before (editor.h). */
static enum editor_result
cancel_or_ask(struct editor *e, int key, int asked)
{
	if (e->box && asked != key && strcmp(editor_text(e), e->initial) != 0) {
		e->asked = key;
		return EDITOR_CONTINUE;
	}
	return EDITOR_CANCEL;
}

/* Esc: a lone one cancels (or asks, cancel_or_ask); one that starts a
 * sequence is the sequence's key. */
static enum editor_result
escape(struct editor *e, int asked)
{
	int delay = wgetdelay(stdscr), kind;
	wint_t c;
	enum edit_op op;

	timeout(0);
	kind = get_wch(&c);
	if (kind == OK && (c == '[' || c == 'O')) {
		op = sequence(c);
		timeout(delay);
		return apply(e, op);
	}
	timeout(delay);
	if (kind == ERR)
		return cancel_or_ask(e, 27, asked);
	if (kind == KEY_CODE_YES) {
		/* Alt with a function key: words where that means something. */
		op = function_op((int)c);
		op = op == OP_LEFT ? OP_WORD_LEFT : op == OP_RIGHT ?
		    OP_WORD_RIGHT : op == OP_BACKSPACE ? OP_DEL_WORD_BACK : op;
		if (op != OP_NONE)
			return apply(e, op);
		ungetch((int)c);	/* KEY_RESIZE, say: the reader's */
		return cancel_or_ask(e, 27, asked);
	}
	op = LOOKUP(alt_keys, (int)c);
	if (op != OP_NONE)
		return apply(e, op);
	/* Esc, then a key typed within ESCDELAY ("Esc :" in one packet over
	 * SSH): the key is the reader's when the editor closes; while a
	 * changed note asks first, it is dropped, never typed into it. */
	if (cancel_or_ask(e, 27, asked) == EDITOR_CONTINUE)
		return EDITOR_CONTINUE;
	unget_wch((wchar_t)c);
	return EDITOR_CANCEL;
}


enum editor_result
editor_key(struct editor *e, int ch, bool is_keycode)
{
	enum edit_op op;
	int asked = e->asked;

	e->asked = 0;	/* any other key withdraws the question */
	e->paste_cr = false;
	if (!is_keycode && ch == '\t' && e->comp.fn != NULL) {
		complete_tab(&e->comp, &e->te);
		return EDITOR_CONTINUE;
	}
	complete_reset(&e->comp);
	if (is_keycode)
		return apply(e, function_op(ch));
	if (ch == 27)
		return escape(e, asked);
	op = LOOKUP(control_keys, ch);
	if (op == OP_INTERRUPT)
		return cancel_or_ask(e, 3, asked);
	if (op != OP_NONE)
		return apply(e, op);
	textedit_insert_cp(&e->te, ch);
	return EDITOR_CONTINUE;
}

void
editor_paste_begin(struct editor *e)
{
	e->paste_cr = false;
}

void
editor_paste(struct editor *e, int ch)
{
	bool after_cr = e->paste_cr;

	e->asked = 0;
	e->paste_cr = ch == '\r';
	if (ch == '\n' && after_cr)
		return;
	if (ch == '\r')
		ch = '\n';
	if (!e->box && (ch == '\n' || ch == '\t'))
		ch = ' ';
	complete_reset(&e->comp);
	textedit_insert_cp(&e->te, ch);	/* drops the other controls */
}
