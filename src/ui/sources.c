/* sources.c - the source list: its order (sort and filter), the
 * selection in it, and how it is drawn. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/file_io.h"
#include "doc/cells.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

/* Where a title's words start: after its leading quotation marks. */
static size_t
skip_quotes(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		int32_t c;
		size_t k = cell_next(s, i, n, &c);

		if (search_plain_quote(c) != '\'' && search_plain_quote(c) != '"')
			break;
		i += k;
	}
	return i;
}

/* Title order: leading quotation marks left out ('We had and ‘He died
 * sort by W and H), case ignored, and a curly quote the straight one, as
 * the search finds it. */
static int
compare_titles(const char *s, const char *t)
{
	size_t n = strlen(s), m = strlen(t);
	size_t i = skip_quotes(s, n), j = skip_quotes(t, m);

	while (i < n && j < m) {
		int32_t c, d;

		i += cell_next(s, i, n, &c);
		j += cell_next(t, j, m, &d);
		c = utf8proc_tolower(search_plain_quote(c));
		d = utf8proc_tolower(search_plain_quote(d));
		if (c != d)
			return c < d ? -1 : 1;
	}
	return (i < n) - (j < m);
}

static int
compare_files(const struct reader *r, size_t a, size_t b)
{
	const struct doc *x = r->s.load.docs[a], *y = r->s.load.docs[b];
	const char *s = NULL, *t = NULL;
	int c;

	if (r->cfg.sort == SORT_TITLE) {
		s = x && x->title ? x->title : NULL;
		t = y && y->title ? y->title : NULL;
	} else if (r->cfg.sort == SORT_DATE) {
		s = x && x->date ? x->date : NULL;
		t = y && y->date ? y->date : NULL;
	}
	/* Files without the key sort last, then by path. */
	if (s && t && (c = r->cfg.sort == SORT_TITLE ? compare_titles(s, t) :
	    -strcmp(s, t)) != 0)
		return c;
	if (s && !t)
		return -1;
	if (!s && t)
		return 1;
	return strcmp(r->s.load.paths[a], r->s.load.paths[b]);
}

static int
compare_rows(const void *a, const void *b, void *arg)
{
	return compare_files(arg, *(const size_t *)a, *(const size_t *)b);
}

/* Sorts the list, keeping the selection on the same file.  Ties end on
 * the path, so the order is total and stable across runs. */
void
sort_list(struct reader *r)
{
	size_t keep = r->s.load.n ? r->order[r->sel] : 0;

	qsort_r(r->order, r->s.load.n, sizeof *r->order, compare_rows, r);
	/* Rows the filter hides go after the shown ones, order kept. */
	if (r->hidden != NULL) {
		size_t *tmp = xcalloc(r->s.load.n, sizeof *tmp), k = 0;
		for (size_t i = 0; i < r->s.load.n; i++)
			if (!r->hidden[r->order[i]])
				tmp[k++] = r->order[i];
		r->nrows = k;
		for (size_t i = 0; i < r->s.load.n; i++)
			if (r->hidden[r->order[i]])
				tmp[k++] = r->order[i];
		memcpy(r->order, tmp, r->s.load.n * sizeof *tmp);
		free(tmp);
	} else
		r->nrows = r->s.load.n;
	keep = story_list_group(r, keep);
	r->sel = 0;
	for (size_t i = 0; i < r->nrows; i++)
		if (r->order[i] == keep)
			r->sel = i;
}

/* Shows only the files in[] marks (NULL: all of them). */
void
reader_set_filter(struct reader *r, const bool *in)
{
	free(r->hidden);
	r->hidden = NULL;
	if (in != NULL) {
		r->hidden = xcalloc(r->s.load.n ? r->s.load.n : 1, sizeof *r->hidden);
		for (size_t i = 0; i < r->s.load.n; i++)
			r->hidden[i] = !in[i];
	} else {
		free(r->filter_name);
		r->filter_name = NULL;
		free(r->list_filter);
		r->list_filter = NULL;
	}
	r->list_top = 0;
	sort_list(r);
}

/* The row that shows file f, or SIZE_MAX when the list does not show
 * it (a filter hides it, or its story is folded). */
size_t
list_row(const struct reader *r, size_t f)
{
	for (size_t i = 0; i < r->nrows; i++)
		if (r->order[i] == f)
			return i;
	return SIZE_MAX;
}

void
move_selection(struct reader *r, long delta)
{
	long sel = (long)r->sel + delta;

	if (r->nrows == 0)
		return;
	if (sel < 0)
		sel = 0;
	if (sel >= (long)r->nrows)
		sel = (long)r->nrows - 1;
	r->sel = (size_t)sel;
}

/* l and :list.  Under 80 columns the list shows only when it has the
 * focus: showing it means going to it. */
void
toggle_list(struct reader *r)
{
	r->show_list = !r->show_list;
	r->focus = r->show_list ? FOCUS_LIST : FOCUS_PANE;
	relayout_windows(r);
}

static const char *
sort_name(enum config_sort s)
{
	return s == SORT_TITLE ? "title" : s == SORT_DATE ? "date" : "path";
}

/* s and :sort: the list sorted by "by", said on the status line too
 * (the header that names the order is cut short at 80 columns). */
void
reader_set_sort(struct reader *r, enum config_sort by)
{
	char msg[64];

	r->cfg.sort = by;
	sort_list(r);
	snprintf(msg, sizeof msg, "sorted by %s%s", sort_name(by),
	    story_list_on(r) ? " (grouped by story)" : "");
	set_message(r, false, msg);
}

/* :sort path|title|date */
void
reader_sort_by(struct reader *r, const char *key)
{
	if (strcmp(key, "path") == 0)
		reader_set_sort(r, SORT_PATH);
	else if (strcmp(key, "title") == 0)
		reader_set_sort(r, SORT_TITLE);
	else if (strcmp(key, "date") == 0)
		reader_set_sort(r, SORT_DATE);
	else
		set_message(r, true, ":sort takes path, title or date");
}

/* Whether another loaded source has f's title (the versions of one
 * wire story often do). */
static bool
title_shared(const struct reader *r, size_t f, const char *title)
{
	for (size_t g = 0; g < r->s.load.n; g++) {
		const struct doc *o = r->s.load.docs[g];

		if (g != f && o != NULL && o->title != NULL &&
		    strcmp(o->title, title) == 0)
			return true;
	}
	return false;
}

/* The title, or the file name when there is none or another source has
 * the same title (as the :grep list names them): rows that said the
 * same told the versions apart by nothing. */
static const char *
file_label(const struct reader *r, size_t f)
{
	const struct doc *d = r->s.load.docs[f];
	if (d != NULL && d->title != NULL && *d->title &&
	    !title_shared(r, f, d->title))
		return d->title;
	return session_file_name(&r->s, f);
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

/* The list's columns at width: the counts first (they are what the list
 * tells that the pane does not), then the site, then the date when the
 * title keeps 20 columns; the title takes what is left. */
static void
list_columns(int width, int *sitew, int *countw, int *datew)
{
	*countw = width >= 28 ? 12 : 0;
	*sitew = width >= 64 ? 16 : width >= 34 ? width / 4 : 0;
	*datew = width - 2 - *countw - *sitew - 11 >= 20 ? 11 : 0;
}

/* A count in at most three columns: 1234 is "1k". */
static const char *
count_cell(size_t n, char *buf, size_t size)
{
	if (n < 1000)
		snprintf(buf, size, "%zu", n);
	else if (n < 100000)
		snprintf(buf, size, "%zuk", n / 1000);
	else
		snprintf(buf, size, "++");
	return buf;
}

/* The site without a leading "https://" or "www.", which narrow columns
 * cannot spare. */
const char *
site_label(const char *site)
{
	static const char *const prefixes[] = { "https://", "http://", "www." };

	for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(site, prefixes[i], n) == 0 && site[n])
			site += n;
	}
	return site;
}

static void
draw_list_header(struct reader *r, int width, int countw, int datew)
{
	WINDOW *w = r->wlist;
	/* The header text stops a column before the column heads. */
	int headw = countw ? width - datew - countw - 1 : width;
	struct buf hb;

	fill_line(w, 0, theme_attr(THEME_LIST_HEADER));
	buf_init(&hb);
	if (r->filter_name != NULL) {
		buf_printf(&hb, " %zu of %zu source%s mention%s ",
		    story_list_kept(r), r->s.load.n,
		    r->s.load.n == 1 ? "" : "s",
		    story_list_kept(r) == 1 ? "s" : "");
		buf_adds(&hb, r->filter_name);
	} else if (r->list_filter != NULL) {
		buf_printf(&hb, " %zu of %zu: F ", story_list_kept(r),
		    r->s.load.n);
		buf_adds(&hb, r->list_filter);
	} else
		buf_printf(&hb, " %zu source%s, by %s", r->s.load.n,
		    r->s.load.n == 1 ? "" : "s", story_list_on(r) ? "story" :
		    sort_name(r->cfg.sort));
	draw_text_cut(w, hb.data, hb.len, headw,
	    theme_attr(THEME_LIST_HEADER), r->utf8);
	buf_free(&hb);
	if (countw) {
		/* Column heads: problems, entities, annotations. */
		const char *cols = "err ent ann";
		wmove(w, 0, width - datew - countw);
		draw_text(w, cols, strlen(cols), 11,
		    theme_attr(THEME_LIST_HEADER), r->utf8);
	}
}

static void
draw_list_counts(struct reader *r, size_t f, int row, int x, attr_t a)
{
	char counts[80], c1[24], c2[24], c3[24];
	/* A source too big to analyse: its counts are unknown, not 0. */
	bool unknown = session_too_big(&r->s, f);

	snprintf(counts, sizeof counts, "%3s %3s %3s",
	    unknown ? "-" : count_cell(r->s.docs[f].problems.n, c1, sizeof c1),
	    unknown ? "-" : count_cell(r->s.mentions[f].n, c2, sizeof c2),
	    anno_count_text(r, f, c3, sizeof c3));
	wmove(r->wlist, row, x);
	draw_text(r->wlist, counts, strlen(counts), 11, a, r->utf8);
}

/* The selected source's site and date for the status line when the
 * list has the focus and is too narrow for their columns (80 columns
 * and less), as a new string; NULL when the columns show them or there
 * is nothing to say. */
char *
list_selected_summary(const struct reader *r)
{
	int sitew, countw, datew;
	const struct doc *d;
	struct buf b;
	char *sum;

	if (r->view != VIEW_MAIN || r->wlist == NULL ||
	    r->focus != FOCUS_LIST || r->sel >= r->nrows)
		return NULL;
	if ((sum = story_list_sites((struct reader *)r,
	    r->order[r->sel])) != NULL)
		return sum;
	list_columns(getmaxx(r->wlist), &sitew, &countw, &datew);
	d = r->s.load.docs[r->order[r->sel]];
	if (sitew > 0 || d == NULL || (d->site == NULL &&
	    (datew > 0 || d->date == NULL)))
		return NULL;
	buf_init(&b);
	if (d->site != NULL)
		buf_adds(&b, site_label(d->site));
	if (datew == 0 && d->date != NULL)
		buf_printf(&b, "%s%s", b.len ? " \xC2\xB7 " : "", d->date);
	return buf_steal(&b);
}

void
draw_list(struct reader *r)
{
	WINDOW *w = r->wlist;
	int h = getmaxy(w), width = getmaxx(w);
	int sitew, countw, datew;

	list_columns(width, &sitew, &countw, &datew);
	werase(w);
	draw_list_header(r, width, countw, datew);
	if (r->sel < r->list_top)
		r->list_top = r->sel;
	if (r->sel >= r->list_top + (size_t)(h - 1))
		r->list_top = r->sel - (size_t)(h - 2);
	for (int row = 1; row < h; row++) {
		size_t i = r->list_top + (size_t)row - 1, f;
		const struct doc *d;
		attr_t a;
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
		label = story_list_label(r, i, file_label(r, f));
		/* Unread: a mark that needs no colour, and bold. */
		if (resume_unread(r, f))
			a |= A_BOLD;
		waddch(w, (resume_unread(r, f) ? '*' : ' ') | a);
		/* A source without a site gives its column to the title. */
		draw_text(w, label, strlen(label), width - 2 - datew - countw -
		    (d && d->site ? sitew : 0), a, r->utf8);
		if (sitew && d && d->site) {
			const char *site = site_label(d->site);
			wmove(w, row, width - datew - sitew - countw);
			draw_text(w, site, strlen(site), sitew - 1,
			    a | A_DIM, r->utf8);
		}
		if (countw && d)
			draw_list_counts(r, f, row, width - datew - countw, a);
		if (datew && d && d->date) {
			wmove(w, row, width - datew);
			draw_text(w, d->date, strlen(d->date), 10, a, r->utf8);
		}
	}
	wnoutrefresh(w);
}
