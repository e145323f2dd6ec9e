/* list_view.c - what the full-screen list views share: a header line,
 * one row per item, the selection kept in view and moved by the keys. */
#include "config.h"

#include <string.h>

#include "ui/reader_int.h"
#include "ui/theme.h"

/* The header line of a full-screen view, across the top; cut, it ends
 * in an ellipsis. */
void
draw_view_header(struct reader *r, const char *head)
{
	move(0, 0);
	attrset(theme_attr(THEME_LIST_HEADER));
	hline(' ', r->cols);
	draw_text_cut(stdscr, head, strlen(head), r->cols,
	    theme_attr(THEME_LIST_HEADER), r->utf8);
	attrset(A_NORMAL);
}

/* A list view over the whole screen: a header line, then one row per
 * item, the selected one highlighted, scrolled to keep it in view.
 * draw_row draws item i from the cursor with attribute a. */
void
draw_list_view(struct reader *r, const char *head, size_t n,
    void (*draw_row)(struct reader *, size_t, attr_t))
{
	int h = r->rows - 1;

	werase(stdscr);
	if (r->view_sel < r->view_top)
		r->view_top = r->view_sel;
	if (r->view_sel >= r->view_top + (size_t)(h - 1))
		r->view_top = r->view_sel - (size_t)(h - 2);
	draw_view_header(r, head);
	for (int row = 1; row < h; row++) {
		size_t i = r->view_top + (size_t)row - 1;
		attr_t a;

		if (i >= n)
			break;
		a = i == r->view_sel ? theme_attr(THEME_LIST_SELECTED) : 0;
		move(row, 0);
		attrset(a);
		hline(' ', r->cols);
		draw_row(r, i, a);
		attrset(A_NORMAL);
	}
	wnoutrefresh(stdscr);
}

/* Moves the selection of a list of n rows by delta, within the list. */
void
list_view_move(struct reader *r, long delta, size_t n)
{
	long v = (long)r->view_sel + delta;

	if (v < 0)
		v = 0;
	if (n > 0 && v >= (long)n)
		v = (long)n - 1;
	r->view_sel = (size_t)v;
}

/* Shows list view v from its first row. */
void
list_view_show(struct reader *r, enum view v)
{
	r->view = v;
	r->view_sel = r->view_top = 0;
}
