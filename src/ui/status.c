/* status.c - the status line: messages, notices waiting their turn, and
 * the / ? : prompt. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc/cells.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

void
set_message(struct reader *r, bool error, const char *msg)
{
	free(r->message);
	r->message = msg ? xstrdup(msg) : NULL;
	r->message_error = error;
}

/* Shows the next waiting notice; false when none waits. */
bool
next_notice(struct reader *r)
{
	if (r->nnotices == 0)
		return false;
	set_message(r, true, r->notices[0]);
	free(r->notices[0]);
	memmove(r->notices, r->notices + 1, --r->nnotices *
	    sizeof *r->notices);
	return true;
}

/* A problem found without a key being pressed (a bad settings line, a
 * missing dictionary): each waits its turn on the status line, shown
 * until the next key, instead of replacing a message not yet read.  The
 * status line says how many wait. */
void
queue_notice(struct reader *r, const char *msg)
{
	r->notices = xreallocarray(r->notices, r->nnotices + 1,
	    sizeof *r->notices);
	r->notices[r->nnotices++] = xstrdup(msg);
	if (r->message == NULL)
		next_notice(r);
}

/* Every search that finds nothing (/ ? n N in the pane or a list, the
 * list's filter, :grep) says so in vim's words: "Pattern not found: X",
 * then the hint, if any. */
void
say_not_found(struct reader *r, const char *pattern, const char *hint)
{
	char *msg = xasprintf("Pattern not found%s%s%s%s",
	    pattern ? ": " : "", pattern ? pattern : "", hint ? " " : "",
	    hint ? hint : "");

	set_message(r, true, msg);
	free(msg);
}

/* Every motion to the next or previous thing (n N, ]s [s, ]c [c, ]q [q)
 * that finds none further says "No more THINGS below" (dir > 0) or
 * "above". */
void
say_none_further(struct reader *r, const char *what, int dir)
{
	char *msg = xasprintf("No more %s %s", what, dir > 0 ? "below" :
	    "above");

	set_message(r, true, msg);
	free(msg);
}

void
open_prompt(struct reader *r, int prompt)
{
	r->prompt = prompt;
	buf_free(&r->input);
	r->prompt_hscroll = 0;
}

/* The prompt character, then what is typed, scrolled sideways to keep
 * its end (where the next character goes) in view. */
static void
draw_prompt(struct reader *r)
{
	WINDOW *w = r->wstatus;
	const char *s = r->input.data ? r->input.data : "";
	int area = getmaxx(w) - 1, total, pad;
	size_t start;
	bool leave;

	total = text_width(s, r->input.len, r->utf8);
	text_hscroll(&r->prompt_hscroll, total, total, area);
	start = text_skip_columns(s, r->input.len, r->prompt_hscroll, r->utf8,
	    &pad);
	waddch(w, (chtype)r->prompt | theme_attr(THEME_STATUS));
	wmove(w, 0, 1 + pad);
	draw_text(w, s + start, r->input.len - start, area - pad,
	    theme_attr(THEME_STATUS), r->utf8);
	/* The terminal's cursor goes where the next character will. */
	leave = is_leaveok(w);
	leaveok(w, FALSE);
	wmove(w, 0, 1 + total - r->prompt_hscroll);
	wnoutrefresh(w);
	leaveok(w, leave);
}

/* The right-hand part: keys typed so far, the position, loading. */
static void
status_right(struct reader *r, char *right, size_t size)
{
	struct doc *d = r->cur != SIZE_MAX ? r->s.load.docs[r->cur] : NULL;
	const char *label = view_ops_of(r)->label(r);

	right[0] = '\0';
	if (r->view != VIEW_MAIN) {	/* the position is the article's */
		if (r->s.nloaded < r->s.load.n)
			snprintf(right, size, "loading %zu/%zu  %s ",
			    r->s.nloaded, r->s.load.n, label);
		else
			snprintf(right, size, "%s ", label);
	} else if (d != NULL && r->lay.n > 0) {
		int bh = draw_body_height(r);
		size_t last = r->top + (size_t)bh;
		size_t row = list_row(r, r->cur);
		char pct[16] = "", num[24] = "-";

		/* No percentage until the whole source is laid out (a
		 * step or two after the first screen of a long one). */
		if (!layout_pending(r))
			snprintf(pct, sizeof pct, "  %d%%", last >= r->lay.n ?
			    100 : (int)(100 * last / r->lay.n));
		/* The source's row in the list as shown, as mutt numbers a
		 * message by its place in the index. */
		if (row != SIZE_MAX)
			snprintf(num, sizeof num, "%zu", row + 1);
		snprintf(right, size, "%s%s%s %s/%zu%s ",
		    r->s.nloaded < r->s.load.n ? "loading  " : "",
		    !r->caret_on ? "" : r->selecting ? "SELECT " : "CURSOR ",
		    label, num, r->s.load.n, pct);
		if (r->s.nloaded < r->s.load.n)
			snprintf(right, size, "loading %zu/%zu  %s ",
			    r->s.nloaded, r->s.load.n, label);
	} else if (r->s.nloaded < r->s.load.n)
		snprintf(right, size, "loading %zu/%zu ", r->s.nloaded,
		    r->s.load.n);
	if (r->keyseq[0] != '\0' || r->count > 0) {	/* showcmd */
		char n[16] = "";
		char *keys;

		if (r->count > 0)
			snprintf(n, sizeof n, "%u", r->count);
		keys = xasprintf("%s%s   %s", n, r->keyseq, right);

		snprintf(right, size, "%s", keys);
		free(keys);
	}
}

/* The message, with how many notices wait for the next key. */
static void
message_text(const struct reader *r, struct buf *m)
{
	buf_init(m);
	buf_adds(m, r->message);
	if (r->nnotices > 0)
		buf_printf(m, " (+%zu more)", r->nnotices);
}

/* Columns a message has on the row that ends with the position. */
static int
room_beside(int width, int rw)
{
	return rw + 3 <= width ? width - rw - 2 : 0;
}

/* Breaks the message from byte at into rows of width - 1 columns
 * (after the blank each row begins with) broken at spaces, until the
 * rest fits in last columns or `most` rows are taken.  ends[i], when
 * ends is given, is where row i ends.  Returns how many rows; *fits says
 * whether the rest fitted. */
static int
break_rows(const struct buf *m, int width, int last, bool utf8, int most,
    size_t *ends, bool *fits)
{
	size_t at = 0;
	int n = 0;

	while (n + 1 < most &&
	    text_width(m->data + at, m->len - at, utf8) > last) {
		at = cell_wrap_end(m->data, at, m->len, width - 1, utf8);
		if (ends)
			ends[n] = at;
		n++;
	}
	if (ends)
		ends[n] = m->len;
	*fits = text_width(m->data + at, m->len - at, utf8) <= last;
	return n + 1;
}

/* Breaks the message into rows: whole rows, then the last beside the
 * position (room columns); a rest that fits a whole row but not beside
 * the position takes a row of its own above it.  When that takes more
 * than `most` rows the position is dropped (until the next key) before
 * the message is cut: the rows are filled, and a message longer still
 * ends in an ellipsis (draw_message).  *beside says whether the
 * position is shown.  Returns how many rows. */
static int
message_rows(const struct buf *m, int width, int room, bool utf8, int most,
    size_t *ends, bool *beside)
{
	bool fits;
	int n = break_rows(m, width, room, utf8, most, ends, &fits);

	*beside = fits;
	if (fits)
		return n;
	return break_rows(m, width, width - 1, utf8, most, ends, &fits);
}

/* Rows the status line needs: one, or, for a message wider than the
 * room beside the position (a URL to copy, z='s suggestions, a settings
 * error and how many more wait), as many as it takes, up to half the
 * window, broken at spaces: whole rows first, the last beside the
 * position.  The extra rows cover the bottom of the panes until the
 * next key. */
static int
status_rows_wanted(struct reader *r)
{
	char right[160];
	struct buf m;
	int width = r->cols, rows, most = r->rows / 2;
	bool beside;

	if (r->prompt || r->message == NULL || r->editor || width < 2)
		return 1;
	status_right(r, right, sizeof right);
	message_text(r, &m);
	rows = message_rows(&m, width, room_beside(width, (int)strlen(right)),
	    r->utf8, most < 1 ? 1 : most, NULL, &beside);
	buf_free(&m);
	return rows;
}

void
status_fit(struct reader *r)
{
	WINDOW *w = r->wstatus;
	int want, have;

	if (w == NULL)
		return;
	want = status_rows_wanted(r);
	have = getmaxy(w);
	if (want > have) {
		mvwin(w, r->rows - want, 0);
		wresize(w, want, r->cols);
	} else if (want < have) {
		/* The panes draw again over the rows it gives back. */
		wresize(w, want, r->cols);
		mvwin(w, r->rows - want, 0);
		touchwin(stdscr);
		if (r->wlist)
			touchwin(r->wlist);
		if (r->wpane)
			touchwin(r->wpane);
	}
}

/* The message over the status window's rows, each begun with a blank
 * as on one row; the last row keeps room for the position when the rest
 * fits beside it.  True when it does: the position is to be drawn. */
static bool
draw_message(struct reader *r, const struct buf *m, attr_t a, int rw)
{
	WINDOW *w = r->wstatus;
	int rows = getmaxy(w), width = getmaxx(w), room = room_beside(width, rw);
	size_t *ends = xcalloc((size_t)rows, sizeof *ends), at = 0;
	bool beside = true;
	int n = width < 2 ? 1 : message_rows(m, width, room, r->utf8, rows,
	    ends, &beside);

	if (width < 2)
		ends[0] = m->len;
	for (int row = 0; row < rows; row++) {
		bool last = row == rows - 1;
		size_t next = row < n ? ends[row] : m->len;

		fill_line(w, row, last ? theme_attr(THEME_STATUS) : a);
		wmove(w, row, 0);
		waddch(w, ' ' | a);
		draw_text_cut(w, m->data + at, next - at, last && beside ?
		    room : width - 1, a, r->utf8);
		at = next;
	}
	free(ends);
	return beside;
}

void
draw_status(struct reader *r)
{
	WINDOW *w = r->wstatus;
	int width = getmaxx(w);
	char right[160];
	int rw;

	if (r->prompt) {
		fill_line(w, 0, theme_attr(THEME_STATUS));
		draw_prompt(r);
		return;
	}
	status_right(r, right, sizeof right);
	rw = (int)strlen(right);
	if (r->message != NULL) {
		attr_t a = theme_attr(r->message_error ? THEME_STATUS_ERROR :
		    THEME_STATUS);
		struct buf m;

		message_text(r, &m);
		if (!draw_message(r, &m, a, rw))
			rw = width;	/* no room for the position */
		buf_free(&m);
	} else {
		/* A narrow list's selected site and date, else the hint. */
		char *sum = list_selected_summary(r);
		char *hint = xasprintf(" %s%sF1 help", sum ? sum : "",
		    sum ? "   " : "");

		fill_line(w, 0, theme_attr(THEME_STATUS));
		draw_text(w, hint, strlen(hint), width - rw - 1,
		    theme_attr(THEME_STATUS), r->utf8);
		free(hint);
		free(sum);
	}
	if (rw < width) {
		wmove(w, getmaxy(w) - 1, width - rw);
		draw_text(w, right, (size_t)rw, rw, theme_attr(THEME_STATUS),
		    r->utf8);
	}
	wnoutrefresh(w);
}
