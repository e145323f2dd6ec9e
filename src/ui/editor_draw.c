/* editor_draw.c - the tag prompt and the note editor on the screen. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ui/editor.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

static void
blank(WINDOW *w, int y, int x, int width, attr_t a)
{
	wattrset(w, a);
	mvwhline(w, y, x, ' ', width);
	wattrset(w, A_NORMAL);
	wmove(w, y, x);
}

static int
candidates_width(const struct editor *e, bool utf8)
{
	int w = 0;

	for (size_t i = 0; i < e->comp.n; i++)
		w += 2 + text_width(e->comp.cands[i],
		    strlen(e->comp.cands[i]), utf8);
	return w;
}

/* The candidates of the last Tab, the one in the text underlined. */
static void
draw_candidates(const struct editor *e, WINDOW *w, int width, attr_t a,
    bool utf8)
{
	for (size_t i = 0; i < e->comp.n && width > 2; i++) {
		const char *c = e->comp.cands[i];
		int cw = text_width(c, strlen(c), utf8);

		waddstr(w, "  ");
		width -= 2;
		draw_text(w, c, strlen(c), width, i == e->comp.current ?
		    a | A_BOLD | A_UNDERLINE : a, utf8);
		width -= cw;
	}
}

void
editor_draw_line(struct editor *e, WINDOW *w, int y, int x, int width,
    bool utf8)
{
	attr_t a = theme_attr(THEME_STATUS);
	const char *s = textedit_text(&e->te);
	size_t len = strlen(s), start;
	int lw, area, caret, total, cands, pad, shown;

	e->utf8 = utf8;
	if (width < 1)
		return;
	blank(w, y, x, width, a);
	/* The label never takes more than half the line. */
	lw = text_width(e->label, strlen(e->label), utf8);
	if (lw > width / 2)
		lw = width / 2;
	draw_text(w, e->label, strlen(e->label), lw, a, utf8);
	area = width - lw;
	cands = candidates_width(e, utf8);
	if (cands > 0)
		area -= cands < area / 3 ? cands : area / 3;
	caret = text_width(s, e->te.caret, utf8);
	total = text_width(s, len, utf8);
	text_hscroll(&e->hscroll, caret, total, area);
	start = text_skip_columns(s, len, e->hscroll, utf8, &pad);
	wmove(w, y, x + lw + pad);
	draw_text(w, s + start, len - start, area - pad, a, utf8);
	if (cands > 0) {
		shown = total - e->hscroll + 1 < area ?
		    total - e->hscroll + 1 : area;
		wmove(w, y, x + lw + shown);
		wattrset(w, a);
		draw_candidates(e, w, width - lw - shown, a, utf8);
		wattrset(w, A_NORMAL);
	}
	wmove(w, y, x + lw + caret - e->hscroll);
}

static void
frame(WINDOW *w, int y, int x, int h, int width, bool utf8)
{
	wattrset(w, theme_attr(THEME_BORDER));
	if (utf8) {
		mvwadd_wch(w, y, x, WACS_ULCORNER);
		mvwhline_set(w, y, x + 1, WACS_HLINE, width - 2);
		mvwadd_wch(w, y, x + width - 1, WACS_URCORNER);
		mvwvline_set(w, y + 1, x, WACS_VLINE, h - 2);
		mvwvline_set(w, y + 1, x + width - 1, WACS_VLINE, h - 2);
		mvwadd_wch(w, y + h - 1, x, WACS_LLCORNER);
		mvwhline_set(w, y + h - 1, x + 1, WACS_HLINE, width - 2);
		mvwadd_wch(w, y + h - 1, x + width - 1, WACS_LRCORNER);
	} else {
		mvwaddch(w, y, x, '+');
		mvwhline(w, y, x + 1, '-', width - 2);
		mvwaddch(w, y, x + width - 1, '+');
		mvwvline(w, y + 1, x, '|', h - 2);
		mvwvline(w, y + 1, x + width - 1, '|', h - 2);
		mvwaddch(w, y + h - 1, x, '+');
		mvwhline(w, y + h - 1, x + 1, '-', width - 2);
		mvwaddch(w, y + h - 1, x + width - 1, '+');
	}
	wattrset(w, A_NORMAL);
}

/* After an Esc or a Ctrl-C that did not cancel (editor.c), the title
 * says first what will: it must show even when the title is too long
 * for it. */
static void
asked_caption(struct buf *t, const char *key, const char *label, int width,
    bool utf8)
{
	static const char *const asked[] = {
		"%s again discards the changes, F2 saves",
		"%s again discards, F2 saves", "%s again discards",
	};

	size_t n = sizeof asked / sizeof *asked;

	/* With the title, then without it; at worst the shortest, cut. */
	for (size_t i = 0; i < 2 * n; i++) {
		t->len = 0;
		buf_adds(t, " ");
		buf_printf(t, asked[i % n], key);
		buf_adds(t, " ");
		if (i < n)
			buf_printf(t, "%s %s ", utf8 ? "\xE2\x80\x94" : "-",
			    label);
		if (text_width(t->data, t->len, utf8) <= width - 4)
			return;
	}
}

/* The title and how to leave in the top border (shorter when the box is
 * narrow), and where the caret is in the bottom one when the text is
 * taller than the box. */
static void
captions(const struct editor *e, WINDOW *w, int y, int x, int h, int width,
    const struct textedit_layout *l, bool utf8)
{
	static const char *const hints[] = {
		"F2 or Ctrl-X saves, Esc cancels", "F2 saves, Esc cancels", NULL,
	};
	char pos[48];
	struct buf t;

	buf_init(&t);
	for (size_t i = 0; i < sizeof hints / sizeof *hints; i++) {
		t.len = 0;
		buf_printf(&t, " %s ", e->label);
		if (hints[i] != NULL)
			buf_printf(&t, "%s %s ", utf8 ? "\xE2\x80\x94" : "-",
			    hints[i]);
		if (text_width(t.data, t.len, utf8) <= width - 4)
			break;
	}
	if (e->asked)
		asked_caption(&t, e->asked == 27 ? "Esc" : "Ctrl-C", e->label,
		    width, utf8);
	wmove(w, y, x + 2);
	draw_text(w, t.data, t.len, width - 4, theme_attr(THEME_TITLE), utf8);
	buf_free(&t);
	if (l->n <= (size_t)(h - 2))
		return;
	snprintf(pos, sizeof pos, " %zu/%zu ", l->caret_row + 1, l->n);
	if ((int)strlen(pos) <= width - 4) {
		wmove(w, y + h - 1, x + width - 2 - (int)strlen(pos));
		draw_text(w, pos, strlen(pos), (int)strlen(pos),
		    theme_attr(THEME_BORDER), utf8);
	}
}

void
editor_draw_box(struct editor *e, WINDOW *w, int y, int x, int h, int width,
    bool utf8)
{
	struct textedit_layout l = { 0 };
	const char *s = textedit_text(&e->te);
	attr_t a = theme_attr(THEME_NORMAL);
	size_t ih = h > 2 ? (size_t)(h - 2) : 0;

	e->utf8 = utf8;
	if (h < 3 || width < 3)
		return;
	e->width = width - 2;
	e->height = h - 2;
	textedit_layout(&e->te, e->width, utf8, &l);
	/* The caret in view, and no blank rows below the text that a
	 * taller text could fill. */
	if (l.caret_row < e->top)
		e->top = l.caret_row;
	if (l.caret_row >= e->top + ih)
		e->top = l.caret_row - ih + 1;
	if (e->top + ih > l.n)
		e->top = l.n > ih ? l.n - ih : 0;
	frame(w, y, x, h, width, utf8);
	captions(e, w, y, x, h, width, &l, utf8);
	for (size_t i = 0; i < ih; i++) {
		const struct textedit_row *r;

		blank(w, y + 1 + (int)i, x + 1, e->width, a);
		if (e->top + i >= l.n)
			continue;
		r = &l.rows[e->top + i];
		draw_text(w, s + r->start, r->end - r->start, e->width, a,
		    utf8);
	}
	/* Only a placeholder wider than the box puts the caret past it. */
	wmove(w, y + 1 + (int)(l.caret_row - e->top), x + 1 +
	    (l.caret_col < e->width ? l.caret_col : e->width - 1));
	textedit_layout_free(&l);
}
