/* draw.c - the reader's screen: source list, reading pane, status line,
 * help and search results.  Every string from a file goes through
 * draw_text, which shows control and format characters as placeholders. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <utf8proc.h>

#include "doc/cells.h"
#include "ui/excmd.h"
#include "ui/keys.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

int
text_width(const char *s, size_t n, bool utf8)
{
	return cell_text_width(s, n, utf8);
}

/* The first byte of s[0..n) drawn at or after column col; *pad gets the
 * columns before it that a wide character cut at col leaves blank.
 * Combining marks of a character left out are left out too. */
size_t
text_skip_columns(const char *s, size_t n, int col, bool utf8, int *pad)
{
	size_t i = 0;
	int x = 0;

	while (i < n) {
		int32_t c;
		size_t k = cell_next(s, i, n, &c);
		int cw = cell_width(c, utf8);

		if (x >= col && cw > 0)
			break;
		x += cw;
		i += k;
	}
	*pad = x > col ? x - col : 0;
	return i;
}

/* Keeps the caret column of a one-line input total columns wide in
 * [*hscroll, *hscroll + area), moving by a third of the area so that
 * typing does not scroll at every key. */
void
text_hscroll(int *hscroll, int caret, int total, int area)
{
	if (total < area)
		*hscroll = 0;
	else if (caret < *hscroll)
		*hscroll = caret - area / 3 > 0 ? caret - area / 3 : 0;
	else if (caret >= *hscroll + area)
		*hscroll = caret - area + 1 + area / 3;
	if (*hscroll > caret)
		*hscroll = caret;
}

/* Draws one character cell (a base plus following combining marks).  An
 * ASCII base with marks (decomposed text: e + U+0301) goes through the
 * wide-character path too, or the marks would be lost. */
static void
put_cell(WINDOW *w, int32_t base, const int32_t *marks, int nmarks,
    attr_t attr, bool utf8)
{
	if (!utf8 || (base < 0x80 && nmarks == 0)) {
		waddch(w, (chtype)(base < 0x80 ? base : '?') | attr);
		return;
	}
	{
		wchar_t wc[CCHARW_MAX];
		cchar_t cc;
		int k = 0;

		wc[k++] = (wchar_t)base;
		for (int i = 0; i < nmarks && k < CCHARW_MAX - 1; i++)
			wc[k++] = (wchar_t)marks[i];
		wc[k] = L'\0';
		/* setcchar takes the colour pair apart from the
		 * attributes; a pair left in attr is overwritten. */
		setcchar(&cc, wc, attr & ~A_COLOR, (short)PAIR_NUMBER(attr),
		    NULL);
		wadd_wch(w, &cc);
	}
}

/* Draws s[0..n) from the cursor, at most maxw columns.  Placeholders get
 * the placeholder attribute.  hl, if given, returns an extra attribute
 * for the byte offset of each character. */
void
draw_text_hl(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr,
    bool utf8, attr_t (*hl)(void *, size_t), void *arg)
{
	int col = 0;
	size_t i = 0;

	while (i < n) {
		int32_t c, marks[CCHARW_MAX];
		int nmarks = 0, cw;
		size_t at = i;
		char ph[CELL_PLACEHOLDER_MAX];
		attr_t a = attr;

		i += cell_next(s, i, n, &c);
		if (hl) {
			attr_t x = hl(arg, at);
			/* A colour pair replaces the base colour; attributes
			 * add up. */
			a = (x & A_COLOR) ? ((a & ~A_COLOR) | x) : (a | x);
		}
		if (cell_is_joiner(c))
			continue;	/* takes no column, not drawn */
		cw = cell_width(c, utf8);
		if (col + (cw ? cw : 1) > maxw)
			break;
		if (cell_placeholder(c, utf8, ph) > 0) {
			/* An ASCII stand-in ("...", '-') is text, not a
			 * placeholder: drawn as the text around it. */
			attr_t pa = !utf8 && cell_ascii_stand_in(c) ? a :
			    theme_attr(THEME_PLACEHOLDER) | (a & ~A_COLOR);
			for (char *p = ph; *p; p++)
				waddch(w, (chtype)(unsigned char)*p | pa);
			col += cw;
			continue;
		}
		if (c == '\t')
			c = ' ';
		if (cw == 0) {
			/* A combining mark with no base: show it on a space. */
			marks[nmarks++] = c;
			put_cell(w, ' ', marks, nmarks, a, utf8);
			col++;
			continue;
		}
		/* Gather the combining marks that follow. */
		while (i < n && utf8) {
			int32_t d;
			size_t k = cell_next(s, i, n, &d);
			char ph2[CELL_PLACEHOLDER_MAX];

			if (cell_width(d, utf8) != 0 || cell_is_joiner(d) ||
			    cell_placeholder(d, utf8, ph2) > 0 ||
			    nmarks >= CCHARW_MAX - 2)
				break;
			marks[nmarks++] = d;
			i += k;
		}
		put_cell(w, c, marks, nmarks, a, utf8);
		col += cw;
	}
}

void
draw_text(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr,
    bool utf8)
{
	draw_text_hl(w, s, n, maxw, attr, utf8, NULL, NULL);
}

/* draw_text, but text wider than maxw ends in an ellipsis ("..." outside
 * UTF-8) at the last column it may take, so that a cut shows. */
void
draw_text_cut(WINDOW *w, const char *s, size_t n, int maxw, attr_t attr,
    bool utf8)
{
	const char *dots = utf8 ? "\xE2\x80\xA6" : "...";
	int dw = utf8 ? 1 : 3, pad;
	size_t keep;

	if (text_width(s, n, utf8) <= maxw || maxw <= dw) {
		draw_text(w, s, n, maxw, attr, utf8);
		return;
	}
	/* A wide character across the cut is in keep: draw_text stops
	 * before it. */
	keep = text_skip_columns(s, n, maxw - dw, utf8, &pad);
	while (keep > 0 && s[keep - 1] == ' ')
		keep--;
	draw_text(w, s, keep, maxw - dw, attr, utf8);
	draw_text(w, dots, strlen(dots), dw, attr, utf8);
}

void
fill_line(WINDOW *w, int row, attr_t attr)
{
	int width = getmaxx(w);

	wattrset(w, attr);
	mvwhline(w, row, 0, ' ', width);
	wattrset(w, A_NORMAL);
	wmove(w, row, 0);
}

int
draw_body_height(const struct reader *r)
{
	return r->pane_h - r->header_h;
}

void
draw_create_windows(struct reader *r)
{
	int main_h;
	bool both, hidden;

	if (r->wlist)
		delwin(r->wlist);
	if (r->wpane)
		delwin(r->wpane);
	if (r->wstatus)
		delwin(r->wstatus);
	r->wlist = r->wpane = r->wstatus = NULL;
	getmaxyx(stdscr, r->rows, r->cols);
	r->too_small = r->cols < 20 || r->rows < 4;
	if (r->too_small)
		return;
	main_h = r->rows - 1;
	r->wstatus = newwin(1, r->cols, r->rows - 1, 0);
	both = r->show_list && r->cols >= 80;
	if (both) {
		int lw = r->cfg.list_percent ?
		    r->cols * r->cfg.list_width / 100 : r->cfg.list_width;
		if (lw > r->cols - 40)
			lw = r->cols - 40;
		if (lw < 16)
			lw = 16;
		r->list_w = lw;
		r->wlist = newwin(main_h, lw, 0, 0);
		r->wpane = newwin(main_h, r->cols - lw - 1, 0, lw + 1);
	} else if (r->show_list && r->focus == FOCUS_LIST) {
		r->list_w = r->cols;
		r->wlist = newwin(main_h, r->cols, 0, 0);
	} else {
		r->list_w = 0;
		r->wpane = newwin(main_h, r->cols, 0, 0);
	}
	/* With the cursor hidden, parking it after every update would cost
	 * a cursor-addressing sequence per key (curs_set returns the old
	 * state, ERR where the terminal cannot hide it). */
	hidden = curs_set(0) != ERR;
	leaveok(stdscr, hidden);
	leaveok(r->wstatus, hidden);
	if (r->wlist)
		leaveok(r->wlist, hidden);
	if (r->wpane) {
		leaveok(r->wpane, hidden);
		/* Lets curses scroll the terminal instead of repainting. */
		idlok(r->wpane, TRUE);
		r->pane_h = main_h;
		r->header_h = main_h >= 10 ? 3 : 0;
	} else {
		r->pane_h = main_h;
		r->header_h = 0;
	}
}
