/* main_view.c - the main screen: the source list and the reading pane
 * side by side (or one of them), with the border between them. */
#include "config.h"

#include <stdlib.h>

#include "ui/reader_int.h"
#include "ui/theme.h"

/* stdscr sits under the panes: it is blank but for the border.  Redrawn
 * every frame, because get_wch() refreshes stdscr itself and would put a
 * stale border back after a resize.  Only differences reach the
 * terminal, so this costs no output. */
static void
draw_border(struct reader *r)
{
	werase(stdscr);
	if (r->wlist == NULL || r->wpane == NULL) {
		wnoutrefresh(stdscr);
		return;
	}
	attrset(theme_attr(THEME_BORDER));
	if (r->utf8)
		mvvline_set(0, r->list_w, WACS_VLINE, r->rows - 1);
	else
		mvvline(0, r->list_w, '|', r->rows - 1);
	attrset(A_NORMAL);
	wnoutrefresh(stdscr);
}

static void
main_draw(struct reader *r)
{
	draw_border(r);
	if (r->wlist)
		draw_list(r);
	if (r->wpane)
		draw_pane(r);
}

/* The keys move the list's selection or scroll the pane, by focus. */
static void
main_move(struct reader *r, long delta)
{
	if (r->focus == FOCUS_LIST && r->wlist)
		move_selection(r, delta);
	else
		scroll_pane(r, delta);
}

/* Enter: opens the selected source. */
static void
main_open(struct reader *r)
{
	if (r->nrows == 0)
		return;
	story_list_unfold_selected(r);
	/* The source already open is only gone to: opening it again
	 * would lose the reading position. */
	if (r->order[r->sel] == r->cur) {
		r->focus = FOCUS_PANE;
		relayout_windows(r);
		/* Unless it could not be read: then it is tried again. */
		if (r->s.load.docs[r->cur] == NULL)
			open_file(r, r->cur, 0);
		else
			reader_say_changed(r, r->cur);
		return;
	}
	resume_open(r, r->order[r->sel]);
	if (r->cols < 80) {
		r->focus = FOCUS_PANE;
		relayout_windows(r);
	}
}

/* The wheel scrolls what is under it; a click in the list opens that
 * source, a press and drag in the pane selects. */
static void
main_mouse(struct reader *r, const MEVENT *ev)
{
	if (ev->bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		long d = (ev->bstate & BUTTON4_PRESSED) ? -3 : 3;
		if (r->wlist && ev->x < r->list_w)
			move_selection(r, d);
		else
			scroll_pane(r, d);
		return;
	}
	/* A press and a release read together (a slow link, or keys
	 * waiting while galley was busy) come merged into one click. */
	if (r->wpane && (!r->wlist || ev->x > r->list_w) &&
	    (ev->bstate & BUTTON1_CLICKED)) {
		r->focus = FOCUS_PANE;
		select_mouse(r, ev->y, ev->x, true, false);
		select_mouse(r, ev->y, ev->x, false, true);
		return;
	}
	if (r->wpane && (!r->wlist || ev->x > r->list_w) &&
	    (ev->bstate & (BUTTON1_PRESSED | BUTTON1_RELEASED |
	    REPORT_MOUSE_POSITION))) {
		r->focus = FOCUS_PANE;
		select_mouse(r, ev->y, ev->x, (ev->bstate & BUTTON1_PRESSED) != 0,
		    (ev->bstate & BUTTON1_RELEASED) != 0);
		return;
	}
	if ((ev->bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) && r->wlist &&
	    ev->x < r->list_w && ev->y >= 1) {
		size_t row = r->list_top + (size_t)ev->y - 1;
		if (row < r->nrows) {
			r->sel = row;
			r->focus = FOCUS_LIST;
			main_open(r);
		}
	}
}

static bool
main_action(struct reader *r, enum ui_action a)
{
	switch (a) {
	case ACT_OPEN:
		main_open(r);
		return true;
	case ACT_DELETE:
		anno_edit_delete_at_caret(r);
		return true;
	default:
		return false;
	}
}

static size_t
main_nrows(struct reader *r)
{
	return r->nrows;
}

static const char *
main_label(const struct reader *r)
{
	return r->raw ? "RAW" : "CLEAN";
}

const struct view_ops main_view_ops = {
	.draw = main_draw,
	.move_by = main_move,
	.action = main_action,
	.mouse = main_mouse,
	.nrows = main_nrows,
	.row_text = source_row_text,
	.label = main_label,
};
