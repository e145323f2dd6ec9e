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
	int w = 0;

	for (size_t i = 0; i < n;) {
		int32_t c;
		i += cell_next(s, i, n, &c);
		w += cell_width(c, utf8);
	}
	return w;
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
static void
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
		cw = cell_width(c, utf8);
		if (col + (cw ? cw : 1) > maxw)
			break;
		if (cell_placeholder(c, utf8, ph) > 0) {
			attr_t pa = theme_attr(THEME_PLACEHOLDER) | (a & ~A_COLOR);
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

			if (cell_width(d, utf8) != 0 ||
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
static void
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

static void
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

static const char *
file_label(const struct reader *r, size_t f)
{
	const struct doc *d = r->s.load.docs[f];
	const char *p = r->s.load.paths[f], *slash;

	if (d != NULL && d->title != NULL && *d->title)
		return d->title;
	slash = strrchr(p, '/');
	return slash ? slash + 1 : p;
}

/* The list's annotation count: "?" when the sidecar could not be read
 * (how many it holds is unknown, not 0). */
static const char *
anno_count_text(const struct reader *r, size_t f, char *buf, size_t size)
{
	const struct anno_set *s = r->s.docs[f].annos;

	if (s != NULL && s->damage != NULL)
		return "?";
	snprintf(buf, size, "%zu", session_anno_count(&r->s, f));
	return buf;
}

static const char *
sort_name(enum config_sort s)
{
	return s == SORT_TITLE ? "title" : s == SORT_DATE ? "date" : "path";
}

static void
draw_list(struct reader *r)
{
	WINDOW *w = r->wlist;
	int h = getmaxy(w), width = getmaxx(w);
	/* The header text stops a column before the column heads (at
	 * width - 23, over the counts). */
	int headw = width >= 50 ? width - 24 : width;
	struct buf hb;

	werase(w);
	fill_line(w, 0, theme_attr(THEME_LIST_HEADER));
	buf_init(&hb);
	if (r->filter_name != NULL) {
		buf_printf(&hb, " %zu of %zu source%s mention%s ", r->nrows,
		    r->s.load.n, r->s.load.n == 1 ? "" : "s",
		    r->nrows == 1 ? "s" : "");
		buf_adds(&hb, r->filter_name);
	} else
		buf_printf(&hb, " %zu source%s, by %s", r->s.load.n,
		    r->s.load.n == 1 ? "" : "s", sort_name(r->cfg.sort));
	draw_text_cut(w, hb.data, hb.len, headw,
	    theme_attr(THEME_LIST_HEADER), r->utf8);
	buf_free(&hb);
	if (width >= 50) {
		/* Column heads: problems, entities, annotations. */
		const char *cols = "err ent ann";
		wmove(w, 0, width - (width >= 40 ? 11 : 0) - 12);
		draw_text(w, cols, strlen(cols), 11,
		    theme_attr(THEME_LIST_HEADER), r->utf8);
	}
	if (r->sel < r->list_top)
		r->list_top = r->sel;
	if (r->sel >= r->list_top + (size_t)(h - 1))
		r->list_top = r->sel - (size_t)(h - 2);
	for (int row = 1; row < h; row++) {
		size_t i = r->list_top + (size_t)row - 1, f;
		const struct doc *d;
		attr_t a;
		int datew = width >= 40 ? 11 : 0, sitew = width >= 64 ? 16 : 0;
		int countw = width >= 50 ? 12 : 0;
		const char *label;

		if (i >= r->nrows)
			break;
		f = r->order[i];
		d = r->s.load.docs[f];
		a = i == r->sel ? theme_attr(r->focus == FOCUS_LIST ?
		    THEME_LIST_SELECTED : THEME_LIST_CURRENT) :
		    f == r->cur ? theme_attr(THEME_LIST_CURRENT) :
		    theme_attr(THEME_LIST);
		if (!r->s.docs[f].loaded || (d == NULL && r->s.load.errors[f]))
			a |= A_DIM;
		fill_line(w, row, a);
		label = file_label(r, f);
		waddch(w, ' ' | a);
		draw_text(w, label, strlen(label),
		    width - 2 - datew - sitew - countw, a, r->utf8);
		if (countw && d) {
			char counts[40], ann[24];
			snprintf(counts, sizeof counts, "%3zu %3zu %3s",
			    r->s.docs[f].problems.n, r->s.mentions[f].n,
			    anno_count_text(r, f, ann, sizeof ann));
			wmove(w, row, width - datew - countw);
			draw_text(w, counts, strlen(counts), countw - 1, a,
			    r->utf8);
		}
		if (sitew && d && d->site) {
			wmove(w, row, width - datew - sitew - countw);
			draw_text(w, d->site, strlen(d->site), sitew - 1,
			    a | A_DIM, r->utf8);
		}
		if (datew && d && d->date) {
			wmove(w, row, width - datew);
			draw_text(w, d->date, strlen(d->date), 10, a, r->utf8);
		}
	}
	wnoutrefresh(w);
}

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
draw_header(struct reader *r, const struct doc *d)
{
	WINDOW *w = r->wpane;
	int width = getmaxx(w);
	struct buf meta;
	const char *title = d->title ? d->title : "(no title)";

	wmove(w, 0, 0);
	wclrtoeol(w);
	draw_text(w, title, strlen(title), width, theme_attr(THEME_TITLE),
	    r->utf8);
	buf_init(&meta);
	if (d->author)
		buf_printf(&meta, "%s \xC2\xB7 ", d->author);
	if (d->date)
		buf_printf(&meta, "%s \xC2\xB7 ", d->date);
	if (d->site)
		buf_printf(&meta, "%s \xC2\xB7 ", d->site);
	buf_adds(&meta, d->path);
	wmove(w, 1, 0);
	wclrtoeol(w);
	draw_text(w, meta.data, meta.len, width, theme_attr(THEME_META),
	    r->utf8);
	buf_free(&meta);
	wmove(w, 2, 0);
	wclrtoeol(w);
}

/* Extra attributes for each code point of a layout line, from the
 * document's spans (entities, problems, annotations: later kinds win the
 * colour, attributes add up) and the search matches on top. */
struct hl_ctx {
	const char *text;
	size_t b, cp;		/* incremental byte -> code point */
	size_t start;		/* first code point of the line */
	attr_t *attrs;		/* one per code point of the line */
	size_t n;
};

static attr_t
line_attr(void *arg, size_t byte)
{
	struct hl_ctx *h = arg;

	while (h->b < byte) {
		if (((unsigned char)h->text[h->b] & 0xC0) != 0x80)
			h->cp++;
		h->b++;
	}
	return h->cp - h->start < h->n ? h->attrs[h->cp - h->start] : 0;
}

static void
paint(attr_t *attrs, size_t n, size_t line_start, size_t start, size_t end,
    attr_t a)
{
	size_t from = start > line_start ? start - line_start : 0;
	size_t to = end - line_start < n ? end - line_start : n;

	for (size_t i = from; i < to; i++)
		attrs[i] = (attrs[i] & ~A_COLOR & ~a) | a |
		    ((a & A_COLOR) ? 0 : (attrs[i] & A_COLOR));
}

/* Span kinds from lowest to highest priority for the colour. */
static const unsigned span_order[] = { SPAN_ENTITY, SPAN_PROBLEM,
    SPAN_ANNOTATION };

static bool
line_attrs(const struct reader *r, const struct doc *d,
    const struct layout_line *l, struct hl_ctx *h)
{
	size_t n = l->end - l->start;
	bool any = false;

	h->text = d->text + l->bstart;	/* draw_text_hl counts from here */
	h->b = 0;
	h->cp = l->start;
	h->start = l->start;
	h->n = n;
	h->attrs = n ? calloc(n, sizeof *h->attrs) : NULL;
	if (h->attrs == NULL)
		return false;
	for (size_t k = 0; k < sizeof span_order / sizeof span_order[0]; k++)
		for (size_t i = 0; i < d->nspans; i++) {
			const struct span *s = &d->spans[i];

			if (s->kind != span_order[k] || s->end <= l->start ||
			    s->start >= l->end)
				continue;
			paint(h->attrs, n, l->start, s->start, s->end,
			    s->kind == SPAN_ANNOTATION && s->sub > 0 &&
			    s->sub <= r->vocab.n ?
			    theme_tag_attr(r->vocab.tags[s->sub - 1].colour) :
			    theme_attr(theme_for_span(s->kind, s->sub)));
			any = true;
		}
	for (size_t i = 0; i < r->nmatches; i++) {
		const struct match *m = &r->matches[i];

		if (m->end <= l->start || m->start >= l->end)
			continue;
		paint(h->attrs, n, l->start, m->start, m->end,
		    theme_attr(i == r->cur_match ? THEME_CURRENT_MATCH :
		    THEME_MATCH));
		any = true;
	}
	if (r->caret_on && r->selecting && r->sel_anchor != r->caret) {
		size_t s = r->sel_anchor < r->caret ? r->sel_anchor : r->caret;
		size_t e = r->sel_anchor < r->caret ? r->caret : r->sel_anchor;

		if (s < l->end && e > l->start) {
			paint(h->attrs, n, l->start, s, e,
			    theme_attr(THEME_SELECTION));
			any = true;
		}
	}
	if (r->caret_on && r->caret >= l->start && r->caret < l->end) {
		/* The caret: a colour of its own, replacing every other. */
		h->attrs[r->caret - l->start] = theme_attr(THEME_CARET);
		any = true;
	}
	return any;
}

static void
draw_pane(struct reader *r)
{
	WINDOW *w = r->wpane;
	struct doc *d = r->cur != SIZE_MAX ? r->s.load.docs[r->cur] : NULL;
	int h = getmaxy(w), width = getmaxx(w);

	if (d == NULL) {
		const char *msg = r->cur != SIZE_MAX && r->s.load.errors[r->cur] ?
		    r->s.load.errors[r->cur] : "No source open.";
		werase(w);
		wmove(w, 0, 0);
		draw_text(w, msg, strlen(msg), width,
		    theme_attr(THEME_STATUS_ERROR), r->utf8);
		wnoutrefresh(w);
		return;
	}
	if (r->header_h > 0)
		draw_header(r, d);
	for (int row = r->header_h; row < h; row++) {
		size_t li = r->top + (size_t)(row - r->header_h);
		const struct layout_line *l;
		attr_t a;
		struct hl_ctx hc;
		bool hl;

		wmove(w, row, 0);
		wclrtoeol(w);
		if (li >= r->lay.n)
			continue;
		l = &r->lay.v[li];
		a = (l->flags & LAYOUT_DIM) ? theme_attr(THEME_DIM) :
		    (l->flags & LAYOUT_HEADING) ? theme_attr(THEME_HEADING) :
		    theme_attr(THEME_NORMAL);
		hl = line_attrs(r, d, l, &hc);
		draw_text_hl(w, d->text + l->bstart, l->bend - l->bstart,
		    width, a, r->utf8, hl ? line_attr : NULL, &hc);
		free(hc.attrs);
		/* A caret after the line's last character. */
		if (r->caret_on && r->caret == l->end && getcury(w) == row &&
		    getcurx(w) < width && caret_line(&r->lay, r->caret) == li)
			waddch(w, ' ' | theme_attr(THEME_CARET));
	}
	wnoutrefresh(w);
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

static void
draw_status(struct reader *r)
{
	WINDOW *w = r->wstatus;
	int width = getmaxx(w);
	char right[160];
	struct doc *d = r->cur != SIZE_MAX ? r->s.load.docs[r->cur] : NULL;
	int rw;

	fill_line(w, 0, theme_attr(THEME_STATUS));
	right[0] = '\0';
	if (d != NULL && r->lay.n > 0) {
		int bh = draw_body_height(r);
		size_t last = r->top + (size_t)bh;
		int pct = last >= r->lay.n ? 100 :
		    (int)(100 * last / r->lay.n);
		snprintf(right, sizeof right, "%s%s%s %zu/%zu  %d%% ",
		    r->s.nloaded < r->s.load.n ? "loading  " : "",
		    !r->caret_on ? "" : r->selecting ? "SELECT " : "CURSOR ",
		    r->raw ? "RAW" : "CLEAN", r->cur + 1, r->s.load.n, pct);
		if (r->s.nloaded < r->s.load.n)
			snprintf(right, sizeof right, "loading %zu/%zu  %s ",
			    r->s.nloaded, r->s.load.n, r->raw ? "RAW" : "CLEAN");
	} else if (r->s.nloaded < r->s.load.n)
		snprintf(right, sizeof right, "loading %zu/%zu ", r->s.nloaded,
		    r->s.load.n);
	rw = (int)strlen(right);
	if (r->prompt) {
		draw_prompt(r);
		return;
	}
	if (r->message != NULL) {
		attr_t a = theme_attr(r->message_error ? THEME_STATUS_ERROR :
		    THEME_STATUS);
		struct buf m;

		buf_init(&m);
		buf_adds(&m, r->message);
		/* Notices waiting for the next key. */
		if (r->nnotices > 0)
			buf_printf(&m, " (+%zu more)", r->nnotices);
		waddch(w, ' ' | a);
		draw_text(w, m.data, m.len, width - rw - 2, a, r->utf8);
		buf_free(&m);
	} else {
		const char *hint = " F1 help";
		draw_text(w, hint, strlen(hint), width - rw - 1,
		    theme_attr(THEME_STATUS), r->utf8);
	}
	if (rw < width) {
		wmove(w, 0, width - rw);
		draw_text(w, right, (size_t)rw, rw, theme_attr(THEME_STATUS),
		    r->utf8);
	}
	wnoutrefresh(w);
}

/* One row of the help screen: a key column (on a key's first row) and a
 * piece of its description from column col. */
struct help_row {
	const char *key, *desc;
	size_t klen, dlen;
	int col;
};

#define HELP_KEY_COLS 23

static void
help_push(struct help_row **rows, size_t *n, const char *key, size_t klen,
    const char *desc, size_t dlen, int col)
{
	*rows = xreallocarray(*rows, *n + 1, sizeof **rows);
	(*rows)[*n] = (struct help_row){ key, desc, klen, dlen, col };
	(*n)++;
}

/* The help lines, descriptions word-wrapped beside the key column, or,
 * in a narrow window, under the key, indented (the help text is ASCII:
 * bytes are columns). */
static struct help_row *
help_rows(int width, size_t *nrows)
{
	const char *const *keys = keys_help_lines();
	const char *const *cmds = excmd_help_lines();
	bool beside = width - HELP_KEY_COLS >= 30;
	int col = beside ? HELP_KEY_COLS : 2, dw = width - col;
	struct help_row *rows = NULL;
	size_t n = 0;

	for (size_t k = 0; keys[k] || *cmds; k++) {
		const char *l = keys[k] ? keys[k] : *cmds++, *d;
		size_t len = strlen(l), klen = len < 22 ? len : 22;
		bool first = beside;

		while (klen > 0 && l[klen - 1] == ' ')
			klen--;
		if (!beside)
			help_push(&rows, &n, l, klen, "", 0, col);
		d = len > HELP_KEY_COLS ? l + HELP_KEY_COLS : l + len;
		while (*d) {
			size_t dl = strlen(d), cut = dl;

			if (dw > 0 && dl > (size_t)dw) {
				cut = (size_t)dw;
				while (cut > 0 && d[cut] != ' ')
					cut--;
				if (cut == 0)
					cut = (size_t)dw;
			}
			help_push(&rows, &n, first ? l : "", first ? klen : 0, d,
			    cut, col);
			first = false;
			d += cut;
			while (*d == ' ')
				d++;
		}
	}
	*nrows = n;
	return rows;
}

static void
draw_help(struct reader *r)
{
	size_t n;
	struct help_row *rows = help_rows(r->cols, &n);
	int h = r->rows - 1;

	if (r->view_top + (size_t)h > n + 3)
		r->view_top = n + 3 > (size_t)h ? n + 3 - (size_t)h : 0;
	werase(stdscr);
	for (int row = 0; row < h; row++) {
		size_t i = r->view_top + (size_t)row;
		move(row, 0);
		if (i == 0) {
			const char *t = "galley keys (q or Esc closes, "
			    "j/k scroll)";
			draw_text(stdscr, t, strlen(t), r->cols,
			    theme_attr(THEME_TITLE), r->utf8);
		} else if (i >= 2 && i - 2 < n) {
			const struct help_row *hr = &rows[i - 2];
			draw_text(stdscr, hr->key, hr->klen, r->cols,
			    theme_attr(THEME_HELP_KEY), r->utf8);
			if (hr->dlen == 0 || hr->col >= r->cols)
				continue;
			move(row, hr->col);
			draw_text(stdscr, hr->desc, hr->dlen,
			    r->cols - hr->col, A_NORMAL, r->utf8);
		}
	}
	free(rows);
	wnoutrefresh(stdscr);
}

/* A list view over the whole screen: a header line, then one row per
 * item, the selected one highlighted, scrolled to keep it in view.
 * draw_row draws item i from the cursor with attribute a. */
static void
draw_list_view(struct reader *r, const char *head, size_t n,
    void (*draw_row)(struct reader *, size_t, attr_t))
{
	int h = r->rows - 1;

	werase(stdscr);
	if (r->view_sel < r->view_top)
		r->view_top = r->view_sel;
	if (r->view_sel >= r->view_top + (size_t)(h - 1))
		r->view_top = r->view_sel - (size_t)(h - 2);
	move(0, 0);
	attrset(theme_attr(THEME_LIST_HEADER));
	hline(' ', r->cols);
	draw_text(stdscr, head, strlen(head), r->cols,
	    theme_attr(THEME_LIST_HEADER), r->utf8);
	attrset(A_NORMAL);
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

static void
grep_row(struct reader *r, size_t i, attr_t a)
{
	const struct grep_hit *g = &r->hits[i];
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s:%zu: ", r->s.load.paths[g->file], g->line);
	draw_text(stdscr, b.data, b.len, r->cols, a | theme_attr(THEME_META),
	    r->utf8);
	draw_text(stdscr, g->context, strlen(g->context),
	    r->cols - text_width(b.data, b.len, r->utf8), a, r->utf8);
	buf_free(&b);
}

static void
draw_grep(struct reader *r)
{
	struct buf head;

	buf_init(&head);
	buf_printf(&head, " %zu %s%s ", r->nhits, r->hits_kind == HITS_GREP ?
	    "hit" : "problem", r->nhits == 1 ? "" : "s");
	if (r->hits_kind == HITS_GREP)
		buf_adds(&head, "for ");
	buf_adds(&head, r->grep_word);
	draw_list_view(r, head.data, r->nhits, grep_row);
	buf_free(&head);
}

static void
entity_row(struct reader *r, size_t i, attr_t a)
{
	const struct entity *e = &r->index.entities[r->ent_rows[2 * i]];
	struct buf b;

	buf_init(&b);
	buf_printf(&b, " %-7s %4zu  ", entity_type_name(e->type),
	    r->ent_rows[2 * i + 1]);
	draw_text(stdscr, b.data, b.len, r->cols, a |
	    theme_attr(theme_for_span(SPAN_ENTITY, e->type)), r->utf8);
	b.len = 0;
	buf_adds(&b, e->canonical);
	buf_printf(&b, "  (%zu source%s", e->nfiles, e->nfiles == 1 ? "" : "s");
	for (size_t v = 0, shown = 0; v < e->nvariants; v++) {
		const char *t = r->index.variants[e->variants[v]].text;
		if (strcmp(t, e->canonical) != 0)
			buf_printf(&b, "%s%s", shown++ ? ", " : "; also ", t);
	}
	buf_adds(&b, ")");
	draw_text(stdscr, b.data, b.len, r->cols - 15, a, r->utf8);
	buf_free(&b);
}

static void
draw_entities(struct reader *r)
{
	char head[200];

	snprintf(head, sizeof head, " %zu %s in %s   Enter: sources and "
	    "mentions  d: %s  w: why  m: merge  x: split  q: close",
	    r->nent_rows, r->nent_rows == 1 ? "entity" : "entities",
	    r->ent_scope_doc ? "this source" : "all sources",
	    r->ent_scope_doc ? "all sources" : "this source");
	draw_list_view(r, head, r->nent_rows, entity_row);
}

static void
annotation_row(struct reader *r, size_t i, attr_t a)
{
	char *t = annotations_row_text(r, i);

	draw_text(stdscr, t, strlen(t), r->cols - 1, a, r->utf8);
	free(t);
}

static void
draw_annotations(struct reader *r)
{
	char head[240];

	size_t bad = r->nanno_unreadable, n = r->nanno_rows - bad;
	char unread[64] = "";

	if (bad)
		snprintf(unread, sizeof unread, ", %zu sidecar%s unreadable",
		    bad, bad == 1 ? "" : "s");
	snprintf(head, sizeof head, " %zu annotation%s in %s%s   Enter: go to "
	    "it  d: %s  t: tags  c: note  R: reply  D: delete  u: undo  q: "
	    "close", n, n == 1 ? "" : "s", r->anno_scope_doc ? "this source" :
	    "all sources", unread, r->anno_scope_doc ? "all sources" :
	    "this source");
	draw_list_view(r, head, r->nanno_rows, annotation_row);
}

void
draw_screen(struct reader *r)
{
	/* The terminal's cursor shows only where text is typed: at the
	 * / ? : prompts and in the tag and note editors.  Set at every
	 * draw, as a resize hides it (draw_create_windows); curses sends
	 * nothing when it does not change. */
	curs_set(!r->too_small && (r->prompt || r->editor) ? 1 : 0);
	if (r->too_small) {
		const char *msg = getmaxx(stdscr) >= 16 ? "window too small" :
		    getmaxx(stdscr) >= 9 ? "too small" : "!";
		werase(stdscr);
		mvaddnstr(0, 0, msg, getmaxx(stdscr));
		wnoutrefresh(stdscr);
		doupdate();
		return;
	}
	if (r->view == VIEW_HELP)
		draw_help(r);
	else if (r->view == VIEW_GREP)
		draw_grep(r);
	else if (r->view == VIEW_ENTITIES)
		draw_entities(r);
	else if (r->view == VIEW_ANNOTATIONS)
		draw_annotations(r);
	else {
		draw_border(r);
		if (r->wlist)
			draw_list(r);
		if (r->wpane)
			draw_pane(r);
	}
	draw_status(r);
	anno_edit_draw(r);
	doupdate();
}
