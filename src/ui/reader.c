/* reader.c - the interactive reader: events, actions and loading. */
#include "config.h"

#include "ui/reader.h"

#include <curses.h>
#include <langinfo.h>
#include <limits.h>
#include <signal.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "ui/editor.h"
#include "ui/excmd.h"
#include "ui/keys.h"
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
static bool
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

/* Loading ------------------------------------------------------------ */

/* Loads and cleans one file on its own; cross-file evidence comes later,
 * once every file is loaded. */
static void
load_one(struct reader *r, size_t f)
{
	if (r->s.docs[f].loaded)
		return;
	if (session_load_doc(&r->s, f)) {
		r->index_valid = false;
		if (f == r->cur)
			r->cur_problem = SIZE_MAX;
	}
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
	if (s && t && (c = r->cfg.sort == SORT_TITLE ? strcasecmp(s, t) :
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
static void
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
	}
	r->list_top = 0;
	sort_list(r);
}

static void invalidate_layout(struct reader *r);

/* With every file loaded, a line repeated across files is furniture:
 * clean the text dumps again with that evidence. */
static void
apply_cross_file(struct reader *r)
{
	if (!session_cross_file(&r->s))
		return;
	r->index_valid = false;
	r->cur_problem = SIZE_MAX;
	invalidate_layout(r);
}

/* One unit of background work; returns false when nothing is left. */
static bool
background_step(struct reader *r)
{
	/* The open source's problems and entities come first. */
	if (!r->s.analysers_open || (r->cur != SIZE_MAX &&
	    r->s.load.docs[r->cur] != NULL && !r->s.docs[r->cur].analysed))
		return analysis_step(r);
	for (size_t i = 0; i < r->s.load.n; i++) {
		size_t f = r->order[i];
		if (!r->s.docs[f].loaded) {
			load_one(r, f);
			if (r->s.nloaded == r->s.load.n) {
				apply_cross_file(r);
				if (r->cfg.sort != SORT_PATH)
					sort_list(r);
			}
			return true;
		}
	}
	if (!r->s.crossed) {
		apply_cross_file(r);
		return true;
	}
	return analysis_step(r);
}


/* Layout and scrolling ------------------------------------------------ */

static void
invalidate_layout(struct reader *r)
{
	r->lay_valid = false;
}

static int
pane_width(const struct reader *r)
{
	return r->wpane ? getmaxx(r->wpane) : r->cols;
}

static size_t
max_top(const struct reader *r)
{
	size_t h = (size_t)(draw_body_height(r) > 0 ? draw_body_height(r) : 1);
	return r->lay.n > h ? r->lay.n - h : 0;
}

void
set_top(struct reader *r, size_t top)
{
	if (top > max_top(r))
		top = max_top(r);
	r->top = top;
	if (r->lay.n > 0)
		r->anchor = r->lay.v[top].start;
}

/* Lays the current document out again, keeping the passage at the top. */
void
ensure_layout(struct reader *r)
{
	struct doc *d;

	if (r->lay_valid || r->cur == SIZE_MAX || r->wpane == NULL)
		return;
	d = r->s.load.docs[r->cur];
	r->lay_valid = true;
	if (d == NULL) {
		r->lay.n = 0;
		return;
	}
	layout_build(&r->lay, d, pane_width(r), r->raw, r->utf8);
	r->top = layout_find(&r->lay, r->anchor);
	if (r->top > max_top(r))
		r->top = max_top(r);
}

static void
scroll_pane(struct reader *r, long delta)
{
	long top = (long)r->top + delta;

	set_top(r, top < 0 ? 0 : (size_t)top);
}

static void
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

/* Searching ------------------------------------------------------------- */

static void
clear_matches(struct reader *r)
{
	free(r->matches);
	r->matches = NULL;
	r->nmatches = 0;
	r->cur_match = SIZE_MAX;
}

/* Whether a match is on a line of the current layout. */
static bool
match_shown(const struct reader *r, const struct match *m)
{
	size_t li = layout_find(&r->lay, m->start);

	return li < r->lay.n && r->lay.v[li].start <= m->start &&
	    m->start < r->lay.v[li].end + 1 &&
	    !(r->lay.v[li].flags & LAYOUT_BLANK);
}

/* The matches the current view shows (the clean view hides dropped
 * blocks and the title, which the header shows). */
static void
find_matches(struct reader *r)
{
	size_t k = 0;

	clear_matches(r);
	if (!r->pattern || r->cur == SIZE_MAX || !r->s.load.docs[r->cur])
		return;
	ensure_layout(r);
	r->nmatches = search_doc(r->s.load.docs[r->cur], r->pattern,
	    &r->matches);
	for (size_t i = 0; i < r->nmatches; i++)
		if (match_shown(r, &r->matches[i]))
			r->matches[k++] = r->matches[i];
	r->nmatches = k;
}

/* The chosen entity's mentions go on in other sources: n past the last
 * mention of this source opens the next source that has one. */
static bool
next_mention_file(struct reader *r, int dir)
{
	size_t n = r->nent_mentions, pos = SIZE_MAX;

	for (size_t k = 0; k < n && pos == SIZE_MAX; k++) {
		size_t i = dir > 0 ? k : n - 1 - k;
		size_t doc = r->ent_mentions[2 * i];

		/* Mentions are in load order; find the first in a later (or
		 * earlier) source than the open one. */
		if ((dir > 0 && doc > r->cur) || (dir < 0 && doc < r->cur))
			pos = i;
	}
	if (pos == SIZE_MAX)
		return false;
	{
		size_t doc = r->ent_mentions[2 * pos];
		size_t mi = r->ent_mentions[2 * pos + 1];

		if (mi >= r->s.mentions[doc].n)
			return false;
		reader_open_at(r, doc, r->s.mentions[doc].v[mi].start);
		r->cur_match = dir > 0 ? 0 : (r->nmatches ? r->nmatches - 1 : 0);
		if (r->nmatches > 0) {
			char msg[96];
			set_top(r, layout_find(&r->lay,
			    r->matches[r->cur_match].start));
			snprintf(msg, sizeof msg, "match %zu of %zu (next source)",
			    r->cur_match + 1, r->nmatches);
			set_message(r, false, msg);
		}
	}
	return true;
}

/* Where a search starts, as in less: forward from the first line shown,
 * backward from the end of the last. */
static size_t
screen_origin(const struct reader *r, int dir)
{
	size_t h = (size_t)(draw_body_height(r) > 0 ? draw_body_height(r) : 1);
	size_t last = r->top + h < r->lay.n ? r->top + h : r->lay.n;

	if (r->lay.n == 0 || r->top >= r->lay.n)
		return r->anchor;
	return dir > 0 ? r->lay.v[r->top].start : r->lay.v[last - 1].end;
}

/* Whether the current match is on the screen: a repeated search goes on
 * from it then, and from the screen once the reader has paged away. */
static bool
current_match_shown(const struct reader *r)
{
	size_t h = (size_t)(draw_body_height(r) > 0 ? draw_body_height(r) : 1);
	size_t li;

	if (r->cur_match >= r->nmatches)
		return false;
	li = layout_find(&r->lay, r->matches[r->cur_match].start);
	return li >= r->top && li < r->top + h;
}

/* Makes match i the current one, at the top of the screen. */
static void
show_match(struct reader *r, size_t i)
{
	char msg[64];

	r->cur_match = i;
	set_top(r, layout_find(&r->lay, r->matches[i].start));
	snprintf(msg, sizeof msg, "match %zu of %zu", i + 1, r->nmatches);
	set_message(r, false, msg);
}

static void
goto_match(struct reader *r, int dir, bool from_here)
{
	size_t from = screen_origin(r, dir), n = r->nmatches;
	size_t best = SIZE_MAX;

	if (n == 0) {
		set_message(r, true, r->pattern || r->ent_mentions ?
		    "Pattern not found" : "No previous search");
		return;
	}
	if (!from_here && current_match_shown(r))
		from = r->matches[r->cur_match].start + (dir > 0 ? 1 : 0);
	for (size_t k = 0; k < n; k++) {
		size_t i = dir > 0 ? k : n - 1 - k;
		const struct match *m = &r->matches[i];

		if ((dir > 0 && m->start >= from) || (dir < 0 && m->start < from)) {
			best = i;
			break;
		}
	}
	if (best == SIZE_MAX && r->ent_mentions != NULL && r->pattern == NULL &&
	    next_mention_file(r, dir))
		return;
	if (best == SIZE_MAX) {
		set_message(r, true, dir > 0 ? "No more matches below" :
		    "No more matches above");
		return;
	}
	show_match(r, best);
}

/* Goes to the match that starts at cp: a search from the screen could
 * find another one first (on the same line, or above it when the end of
 * the article holds the screen back). */
static void
goto_match_at(struct reader *r, size_t cp)
{
	for (size_t i = 0; i < r->nmatches; i++)
		if (r->matches[i].start == cp) {
			show_match(r, i);
			return;
		}
	goto_match(r, 1, true);
}

/* Opening --------------------------------------------------------------- */

static void
open_file(struct reader *r, size_t f, size_t at)
{
	load_one(r, f);
	if (f != r->cur)
		r->caret_on = r->selecting = false;
	r->cur = f;
	r->cur_problem = SIZE_MAX;
	r->anchor = at;
	r->top = 0;
	invalidate_layout(r);
	ensure_layout(r);
	set_top(r, r->top);	/* the anchor is the passage now at the top */
	find_matches(r);
	if (r->pattern == NULL)
		entities_matches(r);
	if (r->s.load.docs[f] == NULL || r->s.load.docs[f]->warning) {
		char *msg = xasprintf("%s: %s", r->s.load.paths[f],
		    r->s.load.docs[f] ? r->s.load.docs[f]->warning :
		    r->s.load.errors[f] ? r->s.load.errors[f] : "not loaded");
		set_message(r, true, msg);
		free(msg);
	}
}

static void relayout_windows(struct reader *r);

void
reader_load_all(struct reader *r)
{
	while (background_step(r))
		;
}

void
reader_open_at(struct reader *r, size_t f, size_t cp)
{
	for (size_t i = 0; i < r->nrows; i++)
		if (r->order[i] == f)
			r->sel = i;
	r->focus = FOCUS_PANE;
	relayout_windows(r);
	open_file(r, f, cp);
	set_top(r, layout_find(&r->lay, cp));
}

void
reader_grep(struct reader *r, const char *word)
{
	for (size_t i = 0; i < r->nhits; i++)
		free(r->hits[i].context);
	free(r->hits);
	r->hits = NULL;
	r->nhits = 0;
	free(r->grep_word);
	r->grep_word = xstrdup(word);
	reader_load_all(r);	/* every source must be searched */
	for (size_t k = 0; k < r->s.load.n; k++) {
		size_t f = r->order[k];
		struct doc *d = r->s.load.docs[f];
		struct match *m = NULL;
		size_t n = d ? search_doc(d, word, &m) : 0;

		for (size_t i = 0; i < n; i++) {
			struct grep_hit *g;
			size_t line, col, a, b;

			r->hits = xreallocarray(r->hits, r->nhits + 1,
			    sizeof *r->hits);
			g = &r->hits[r->nhits++];
			g->file = f;
			g->start = m[i].start;
			g->end = m[i].end;
			doc_line_col(d, m[i].start, &line, &col);
			g->line = line;
			/* Context: up to 30 code points either side. */
			a = m[i].start > 30 ? m[i].start - 30 : 0;
			b = m[i].end + 30;
			g->context = doc_substr(d, a, b);
			for (char *p = g->context; *p; p++)
				if (*p == '\n')
					*p = ' ';
		}
		free(m);
	}
	r->view = VIEW_GREP;
	r->hits_kind = HITS_GREP;
	r->view_sel = r->view_top = 0;
	if (r->nhits == 0)
		set_message(r, true, "no source contains it");
}

/* Commands -------------------------------------------------------------- */

static void relayout_windows(struct reader *r);

/* Quits, unless annotations could not be saved: then says how to save
 * them, and :q! quits anyway. */
void
reader_quit(struct reader *r, bool force)
{
	size_t n = anno_edit_unsaved(r);

	if (n == 0 || force) {
		r->quit = true;
		return;
	}
	{
		char *msg = xasprintf("annotations of %zu source%s not saved: "
		    ":save retries, :save-to DIR saves elsewhere, :q! quits "
		    "without them", n, n == 1 ? "" : "s");
		set_message(r, true, msg);
		free(msg);
	}
}

/* l and :list.  Under 80 columns the list shows only when it has the
 * focus: showing it means going to it. */
static void
toggle_list(struct reader *r)
{
	r->show_list = !r->show_list;
	r->focus = r->show_list ? FOCUS_LIST : FOCUS_PANE;
	relayout_windows(r);
}

/* :sort path|title|date */
void
reader_sort_by(struct reader *r, const char *key)
{
	if (strcmp(key, "path") == 0)
		r->cfg.sort = SORT_PATH;
	else if (strcmp(key, "title") == 0)
		r->cfg.sort = SORT_TITLE;
	else if (strcmp(key, "date") == 0)
		r->cfg.sort = SORT_DATE;
	else {
		set_message(r, true, ":sort takes path, title or date");
		return;
	}
	sort_list(r);
}

/* Prompt input ------------------------------------------------------------ */

static void
open_prompt(struct reader *r, int prompt)
{
	r->prompt = prompt;
	buf_free(&r->input);
	r->prompt_hscroll = 0;
}

static void
finish_prompt(struct reader *r)
{
	int p = r->prompt;
	char *text = xstrdup(r->input.data ? r->input.data : "");

	r->prompt = 0;
	buf_free(&r->input);
	if (p == ':')
		excmd_run(r, text);
	else if (*text || r->pattern) {
		if (*text) {
			free(r->pattern);
			r->pattern = xstrdup(text);
		}
		find_matches(r);
		r->focus = r->wpane || !r->show_list ? FOCUS_PANE : r->focus;
		r->search_dir = p == '/' ? 1 : -1;
		goto_match(r, r->search_dir, true);
	}
	free(text);
}

static void
prompt_key(struct reader *r, wint_t ch, bool is_key)
{
	if (!is_key && (ch == '\n' || ch == '\r')) {
		finish_prompt(r);
		return;
	}
	if ((!is_key && ch == 27) || (!is_key && ch == 7)) {
		r->prompt = 0;
		buf_free(&r->input);
		return;
	}
	if ((is_key && ch == KEY_BACKSPACE) || (!is_key && (ch == 127 ||
	    ch == 8))) {
		if (r->input.len == 0) {
			r->prompt = 0;
			return;
		}
		do
			r->input.len--;
		while (r->input.len > 0 &&
		    ((unsigned char)r->input.data[r->input.len] & 0xC0) == 0x80);
		r->input.data[r->input.len] = '\0';
		return;
	}
	if (!is_key && ch == 21) {	/* Ctrl-U */
		r->input.len = 0;
		if (r->input.data)
			r->input.data[0] = '\0';
		return;
	}
	if (!is_key && ch >= 0x20 && ch != 0x7F && r->input.len < 1000)
		buf_add_cp(&r->input, (int)ch);
}

/* A character of a paste in the prompt: text, never a key (Enter, Esc,
 * Ctrl-U); line breaks and tabs become spaces, other controls go. */
static void
prompt_paste(struct reader *r, wint_t ch)
{
	if (ch == '\r' || ch == '\n' || ch == '\t')
		ch = ' ';
	if (ch >= 0x20 && ch != 0x7F && r->input.len < 1000)
		buf_add_cp(&r->input, (int)ch);
}

static void
paste_text(struct reader *r, wint_t ch)
{
	if (r->prompt)
		prompt_paste(r, ch);
	else if (r->editor)
		editor_paste(r->editor, (int)ch);
}

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A paste's end marker is lost or came too slowly for curses to see a
 * key in it (ESC, then "[201~" after ESCDELAY on a slow link): after
 * this long without a pasted byte, input is keys again.  Pastes arrive
 * in bursts; a person does not type within half a second of one. */
#define PASTE_QUIET_MS 500

static void
paste_set(struct reader *r, bool on)
{
	r->pasting = on;
	r->paste_matched = 0;
	r->paste_at = now_ms();
	if (on && r->editor)
		editor_paste_begin(r->editor);
}

/* Matches an end marker that came as characters.  True while ch is part
 * of one; characters that turn out not to be are text (Esc aside). */
static bool
paste_end_as_text(struct reader *r, wint_t ch)
{
	static const char marker[] = "\033[201~";

	if (ch == (wint_t)marker[r->paste_matched]) {
		if (marker[++r->paste_matched] == '\0')
			paste_set(r, false);
		return true;
	}
	for (size_t i = 1; i < r->paste_matched; i++)
		paste_text(r, (wint_t)marker[i]);
	r->paste_matched = ch == 033;
	return ch == 033;
}

/* Between the markers of a bracketed paste: text for the prompt or the
 * editor; keys (escape sequences in the pasted text) and anything
 * pasted elsewhere are dropped, never acted on. */
static void
paste_input(struct reader *r, wint_t ch, bool is_key)
{
	r->paste_at = now_ms();
	if (is_key || paste_end_as_text(r, ch))
		return;
	paste_text(r, ch);
}

/* Actions --------------------------------------------------------------- */

static void
relayout_windows(struct reader *r)
{
	draw_create_windows(r);
	invalidate_layout(r);
	ensure_layout(r);
	clearok(curscr, TRUE);
}

static long
page(const struct reader *r)
{
	int h = r->focus == FOCUS_LIST && r->wlist ? getmaxy(r->wlist) - 1 :
	    draw_body_height(r);
	return h > 1 ? h - 1 : 1;
}

/* In the help, scrolls it; in a list view, moves the selection. */
static void
move_in_view(struct reader *r, long delta)
{
	size_t *pos = r->view == VIEW_HELP ? &r->view_top : &r->view_sel;
	long v = (long)*pos + delta;
	size_t limit = r->view == VIEW_GREP ? r->nhits :
	    r->view == VIEW_ENTITIES ? r->nent_rows :
	    r->view == VIEW_ANNOTATIONS ? r->nanno_rows : 200;

	if (v < 0)
		v = 0;
	if (limit > 0 && v >= (long)limit)
		v = (long)limit - 1;
	*pos = (size_t)v;
}

static void
act_move(struct reader *r, enum ui_action a)
{
	long p = page(r);
	long delta = a == ACT_DOWN ? 1 : a == ACT_UP ? -1 :
	    a == ACT_PAGE_DOWN ? p : a == ACT_PAGE_UP ? -p :
	    a == ACT_HALF_DOWN ? (p + 1) / 2 : a == ACT_HALF_UP ? -(p + 1) / 2 :
	    a == ACT_TOP ? -LONG_MAX / 2 : LONG_MAX / 2;

	if (r->view != VIEW_MAIN)
		move_in_view(r, delta);
	else if (r->focus == FOCUS_LIST && r->wlist)
		move_selection(r, delta);
	else
		scroll_pane(r, delta);
}

static void
act_open(struct reader *r)
{
	if (r->view == VIEW_ENTITIES) {
		free(r->pattern);
		r->pattern = NULL;
		r->search_dir = 1;
		entities_choose(r);
		relayout_windows(r);
		return;
	}
	if (r->view == VIEW_ANNOTATIONS) {
		annotations_go(r);
		relayout_windows(r);
		return;
	}
	if (r->view == VIEW_GREP) {
		const struct grep_hit *g;
		if (r->nhits == 0)
			return;
		g = &r->hits[r->view_sel];
		if (r->hits_kind == HITS_PROBLEMS) {
			size_t i = r->view_sel;
			r->view = VIEW_MAIN;
			r->focus = FOCUS_PANE;
			relayout_windows(r);
			ensure_layout(r);
			analysis_goto_problem(r, i);
			return;
		}
		free(r->pattern);
		r->pattern = xstrdup(r->grep_word);
		r->view = VIEW_MAIN;
		for (size_t i = 0; i < r->s.load.n; i++)
			if (r->order[i] == g->file)
				r->sel = i;
		r->focus = FOCUS_PANE;
		relayout_windows(r);
		open_file(r, g->file, g->start);
		/* A hit in a dropped block is only visible in the raw view. */
		{
			struct match m = { g->start, g->end };
			if (!match_shown(r, &m)) {
				r->raw = true;
				invalidate_layout(r);
				ensure_layout(r);
				find_matches(r);
			}
		}
		r->search_dir = 1;
		goto_match_at(r, g->start);
		return;
	}
	if (r->nrows == 0)
		return;
	/* The source already open is only gone to: opening it again
	 * would lose the reading position. */
	if (r->order[r->sel] == r->cur) {
		r->focus = FOCUS_PANE;
		relayout_windows(r);
		return;
	}
	open_file(r, r->order[r->sel], 0);
	if (r->cols < 80) {
		r->focus = FOCUS_PANE;
		relayout_windows(r);
	}
}

static void
act_switch_pane(struct reader *r)
{
	if (!r->show_list) {
		r->show_list = true;
		r->focus = FOCUS_LIST;
	} else
		r->focus = r->focus == FOCUS_LIST ? FOCUS_PANE : FOCUS_LIST;
	relayout_windows(r);
}

static void
act_open_neighbour(struct reader *r, int dir)
{
	move_selection(r, dir);
	/* At either end of the list the open source stays as it is:
	 * opening it again would lose the reading position. */
	if (r->nrows == 0 || r->order[r->sel] == r->cur) {
		set_message(r, true, dir > 0 ? "no next source" :
		    "no previous source");
		return;
	}
	open_file(r, r->order[r->sel], 0);
}

static void
close_view(struct reader *r)
{
	r->view = VIEW_MAIN;
	relayout_windows(r);
}

/* The caret motions of cursor mode. */
static void
caret_action(struct reader *r, enum ui_action a)
{
	static const struct {
		enum ui_action a;
		enum caret_unit unit;
		int dir;
	} motions[] = {
		{ ACT_C_CHAR_PREV, CARET_CHAR, -1 },
		{ ACT_C_CHAR_NEXT, CARET_CHAR, 1 },
		{ ACT_C_WORD_PREV, CARET_WORD, -1 },
		{ ACT_C_WORD_NEXT, CARET_WORD, 1 },
		{ ACT_C_SENT_PREV, CARET_SENTENCE, -1 },
		{ ACT_C_SENT_NEXT, CARET_SENTENCE, 1 },
		{ ACT_C_LINE_UP, CARET_LINE, -1 },
		{ ACT_C_LINE_DOWN, CARET_LINE, 1 },
		{ ACT_C_LINE_START, CARET_LINE_EDGE, -1 },
		{ ACT_C_LINE_END, CARET_LINE_EDGE, 1 },
		{ ACT_C_PARA_PREV, CARET_PARAGRAPH, -1 },
		{ ACT_C_PARA_NEXT, CARET_PARAGRAPH, 1 },
	};

	for (size_t i = 0; i < sizeof motions / sizeof *motions; i++)
		if (motions[i].a == a)
			select_motion(r, motions[i].unit, motions[i].dir);
}

void
reader_do_action(struct reader *r, enum ui_action a)
{
	switch (a) {
	case ACT_DOWN: case ACT_UP: case ACT_PAGE_DOWN: case ACT_PAGE_UP:
	case ACT_HALF_DOWN: case ACT_HALF_UP: case ACT_TOP: case ACT_BOTTOM:
		act_move(r, a);
		break;
	case ACT_OPEN:
		act_open(r);
		break;
	case ACT_SWITCH_PANE:
		act_switch_pane(r);
		break;
	case ACT_SEARCH_FORWARD: case ACT_SEARCH_BACKWARD: case ACT_COMMAND:
		open_prompt(r, a == ACT_SEARCH_FORWARD ? '/' :
		    a == ACT_SEARCH_BACKWARD ? '?' : ':');
		set_message(r, false, NULL);
		break;
	case ACT_NEXT_MATCH: case ACT_PREV_MATCH:
		/* n repeats the search's direction, N reverses it. */
		goto_match(r, a == ACT_NEXT_MATCH ? r->search_dir :
		    -r->search_dir, false);
		break;
	case ACT_QUIT:
		reader_quit(r, false);
		break;
	case ACT_REDRAW:
		relayout_windows(r);
		break;
	case ACT_HELP:
		r->view = VIEW_HELP;
		r->view_top = 0;
		break;
	case ACT_CLOSE:
		close_view(r);
		break;
	case ACT_TOGGLE_RAW:
		r->raw = !r->raw;
		invalidate_layout(r);
		ensure_layout(r);
		find_matches(r);
		set_message(r, false, r->raw ? "raw page: dropped blocks dim" :
		    "clean article");
		break;
	case ACT_TOGGLE_LIST:
		toggle_list(r);
		break;
	case ACT_SORT:
		r->cfg.sort = (r->cfg.sort + 1) % 3;
		sort_list(r);
		break;
	case ACT_NEXT_FILE: case ACT_PREV_FILE:
		act_open_neighbour(r, a == ACT_NEXT_FILE ? 1 : -1);
		break;
	case ACT_NEXT_PROBLEM: case ACT_PREV_PROBLEM:
		analysis_next_problem(r, a == ACT_NEXT_PROBLEM ? 1 : -1);
		break;
	case ACT_ADD_WORD: case ACT_IGNORE_WORD:
		analysis_accept_word(r, a == ACT_ADD_WORD);
		break;
	case ACT_PROBLEM_LIST:
		analysis_problem_list(r);
		break;
	case ACT_ENTITIES:
		entities_open(r, false);
		break;
	case ACT_ENTITY_SCOPE:
		if (r->view == VIEW_ENTITIES)
			entities_toggle_scope(r);
		else if (r->view == VIEW_ANNOTATIONS)
			annotations_open(r, !r->anno_scope_doc);
		break;
	case ACT_ANNOTATIONS:
		annotations_open(r, false);
		break;
	case ACT_DELETE:
		if (r->view == VIEW_MAIN)
			anno_edit_delete_at_caret(r);
		else
			annotations_delete(r);
		break;
	case ACT_UNDO:
		annotations_undo(r);
		break;
	case ACT_ENTITY_WHY:
		if (r->view == VIEW_ENTITIES)
			entities_why(r);
		break;
	case ACT_ENTITY_MERGE:
		if (r->view == VIEW_ENTITIES)
			entities_mark_or_merge(r);
		break;
	case ACT_ENTITY_SPLIT:
		if (r->view == VIEW_ENTITIES && r->view_sel < r->nent_rows) {
			open_prompt(r, ':');
			buf_adds(&r->input, "split ");
			buf_adds(&r->input, r->index.entities[
			    r->ent_rows[2 * r->view_sel]].canonical);
		}
		break;
	case ACT_CLEAR_FILTER:
		reader_set_filter(r, NULL);
		free(r->ent_mentions);
		r->ent_mentions = NULL;
		r->nent_mentions = 0;
		clear_matches(r);
		set_message(r, false, "every source listed");
		break;
	case ACT_CURSOR:
		select_enter(r);
		break;
	case ACT_LEAVE:
		select_leave(r);
		break;
	case ACT_C_CHAR_PREV: case ACT_C_CHAR_NEXT: case ACT_C_WORD_PREV:
	case ACT_C_WORD_NEXT: case ACT_C_SENT_PREV: case ACT_C_SENT_NEXT:
	case ACT_C_LINE_UP: case ACT_C_LINE_DOWN: case ACT_C_LINE_START:
	case ACT_C_LINE_END: case ACT_C_PARA_PREV: case ACT_C_PARA_NEXT:
		caret_action(r, a);
		break;
	case ACT_SELECT:
		select_toggle(r);
		break;
	case ACT_SWAP_ENDS:
		select_swap_ends(r);
		break;
	case ACT_TAG:
		anno_edit_tags(r);
		break;
	case ACT_NOTE:
		anno_edit_note(r);
		break;
	case ACT_REPEAT_TAG:
		anno_edit_repeat_tags(r);
		break;
	case ACT_REPLY:
		anno_edit_reply(r);
		break;
	case ACT_CONFIRM:
		anno_edit_confirm(r);
		break;
	case ACT_KEEP_MINE: case ACT_TAKE_OTHER:
		anno_edit_resolve(r, a == ACT_KEEP_MINE ? -1 : 0);
		break;
	case ACT_NONE:
		break;
	}
}

static void
handle_mouse(struct reader *r)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return;
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		long d = (ev.bstate & BUTTON4_PRESSED) ? -3 : 3;
		if (r->view != VIEW_MAIN)
			move_in_view(r, d);
		else if (r->wlist && ev.x < r->list_w)
			move_selection(r, d);
		else
			scroll_pane(r, d);
		return;
	}
	if (r->view != VIEW_MAIN)
		return;
	if (r->wpane && (!r->wlist || ev.x > r->list_w) &&
	    (ev.bstate & (BUTTON1_PRESSED | BUTTON1_RELEASED |
	    REPORT_MOUSE_POSITION))) {
		r->focus = FOCUS_PANE;
		select_mouse(r, ev.y, ev.x, (ev.bstate & BUTTON1_PRESSED) != 0,
		    (ev.bstate & BUTTON1_RELEASED) != 0);
		return;
	}
	if ((ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) && r->wlist &&
	    ev.x < r->list_w && ev.y >= 1) {
		size_t row = r->list_top + (size_t)ev.y - 1;
		if (row < r->nrows) {
			r->sel = row;
			r->focus = FOCUS_LIST;
			act_open(r);
		}
	}
}

static unsigned
context_of(const struct reader *r)
{
	if (r->view != VIEW_MAIN)
		return CTX_VIEW;
	if (r->caret_on && r->wpane && (r->focus == FOCUS_PANE || !r->wlist))
		return CTX_CARET;
	return r->focus == FOCUS_LIST && r->wlist ? CTX_LIST : CTX_PANE;
}

static void
handle_input(struct reader *r, int kind, wint_t ch)
{
	bool is_key = kind == KEY_CODE_YES;

	if (is_key && ch == KEY_RESIZE) {
		relayout_windows(r);
		return;
	}
	if (is_key && paste_marker(ch) != 0) {
		paste_set(r, paste_marker(ch) > 0);
		return;
	}
	if (r->pasting && now_ms() - r->paste_at >= PASTE_QUIET_MS)
		paste_set(r, false);
	if (r->pasting) {
		paste_input(r, ch, is_key);
		return;
	}
	if (r->prompt) {
		prompt_key(r, ch, is_key);
		return;
	}
	if (r->editor) {
		anno_edit_key(r, ch, is_key);
		return;
	}
	if (is_key && ch == KEY_MOUSE) {
		handle_mouse(r);
		return;
	}
	if (r->message && !next_notice(r))
		set_message(r, false, NULL);
	if (!is_key && ch == '\r')
		ch = '\n';
	{
		unsigned ctx = context_of(r);
		enum ui_action a = keys_lookup((int)ch, ctx);

		if (a == ACT_NONE && ctx == CTX_CARET)
			a = keys_lookup((int)ch, CTX_PANE);
		reader_do_action(r, a);
		if (a != ACT_DELETE && a != ACT_REPEAT_TAG)
			anno_edit_disarm(r);
		/* A scroll takes the caret along; a view that hides text
		 * (r: the clean article) moves it to shown text. */
		if (ctx == CTX_CARET && r->caret_on) {
			ensure_layout(r);
			/* n, N, p and P take the caret to what they found. */
			if ((a == ACT_NEXT_MATCH || a == ACT_PREV_MATCH) &&
			    r->cur_match < r->nmatches)
				r->caret = r->matches[r->cur_match].start;
			if ((a == ACT_NEXT_PROBLEM || a == ACT_PREV_PROBLEM) &&
			    r->cur != SIZE_MAX &&
			    r->cur_problem < r->s.docs[r->cur].problems.n)
				r->caret = r->s.docs[r->cur].problems.v[r->cur_problem].start;
			r->caret = caret_clamp(&r->lay, r->caret);
			if (a >= ACT_DOWN && a <= ACT_BOTTOM)
				select_follow_view(r);
		}
	}
}

/* Setup ----------------------------------------------------------------- */

static struct sigaction curses_winch;

/* ncurses installs its SIGWINCH handler with SA_RESTART, so a blocking
 * read is not interrupted and KEY_RESIZE waits for the next key.  This
 * handler runs ncurses' own and interrupts the read. */
static void
on_winch(int sig)
{
	if (curses_winch.sa_handler != SIG_DFL &&
	    curses_winch.sa_handler != SIG_IGN &&
	    curses_winch.sa_handler != NULL)
		curses_winch.sa_handler(sig);
}

/* SIGHUP (the SSH connection dropped), SIGTERM and SIGINT end the reader
 * through its normal exit: the terminal restored, everything freed.
 * Every annotation is saved when it is made, so nothing waits. */
static volatile sig_atomic_t stop_signal;

static void
on_stop(int sig)
{
	stop_signal = sig;
}

/* Installs fn for sig without SA_RESTART, so that a blocking read is
 * interrupted; the previous action goes to old when not NULL. */
static void
catch_signal(int sig, void (*fn)(int), struct sigaction *old)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;
	sigaction(sig, &sa, old);
}

static void
stop_on_signals(void)
{
	catch_signal(SIGHUP, on_stop, NULL);
	catch_signal(SIGTERM, on_stop, NULL);
	catch_signal(SIGINT, on_stop, NULL);
}

static void
interrupt_on_resize(void)
{
	struct sigaction tstp;

	catch_signal(SIGWINCH, on_winch, &curses_winch);
	/* The same for Ctrl-Z: a resize while stopped is seen (SIGWINCH)
	 * inside ncurses' SIGTSTP handler, and with SA_RESTART the read it
	 * interrupted would go on waiting, the screen drawn for the old
	 * size until a key.  The handler stays (ncurses', wrapped by
	 * paste.c); only the restart goes. */
	if (sigaction(SIGTSTP, NULL, &tstp) == 0 &&
	    tstp.sa_handler != SIG_DFL && tstp.sa_handler != SIG_IGN &&
	    (tstp.sa_flags & SA_RESTART)) {
		tstp.sa_flags &= ~SA_RESTART;
		sigaction(SIGTSTP, &tstp, NULL);
	}
}

static void
init_curses(struct reader *r, bool no_color)
{
	/* Escape sequences typed by the user are keys, not text: a short
	 * ESCDELAY keeps Esc responsive over SSH without splitting keys.
	 * $ESCDELAY, as everywhere in ncurses, overrides it (for a slow
	 * link that splits sequences). */
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(50);
	initscr();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED |
	    BUTTON4_PRESSED | BUTTON5_PRESSED | REPORT_MOUSE_POSITION, NULL);
	mouseinterval(0);
	/* ncurses asks xterm-like terminals for presses and releases only;
	 * button-motion reports (mode 1002) let a drag show the selection
	 * as it grows.  endwin's reset of mode 1000 turns it off again. */
	if (has_mouse())
		putp("\033[?1002h");
	theme_init(no_color, &r->cfg);
	paste_init();
	interrupt_on_resize();
	stop_on_signals();
}

/* A key, as get_wch returns it.  Outside a UTF-8 locale get_wch takes a
 * byte above 127 for the start of a character that never completes and
 * swallows the keys after it; there, bytes are read one by one.  The
 * terminal most likely sends UTF-8 all the same: a complete sequence is
 * one character (shown as '?' like all non-ASCII here, kept as typed),
 * anything else is dropped. */
static int
read_key(const struct reader *r, wint_t *ch)
{
	int c, delay, need;
	uint32_t cp;

	if (r->utf8)
		return get_wch(ch);
	if ((c = getch()) == ERR)
		return ERR;
	*ch = (wint_t)c;
	if (c >= KEY_MIN)
		return KEY_CODE_YES;
	if (c < 0x80)
		return OK;
	need = c >= 0xF0 && c < 0xF5 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
	if (need < 0 || c >= 0xF5)
		return ERR;
	cp = (uint32_t)c & (0x3F >> need);
	delay = wgetdelay(stdscr);
	timeout(0);
	while (need-- > 0) {
		c = getch();
		if (c == ERR || (c & 0xC0) != 0x80) {
			if (c != ERR)
				ungetch(c);
			timeout(delay);
			return ERR;
		}
		cp = cp << 6 | ((uint32_t)c & 0x3F);
	}
	timeout(delay);
	if (cp < 0x80 || (cp >= 0xD800 && cp < 0xE000) || cp > 0x10FFFF)
		return ERR;
	*ch = (wint_t)cp;
	return OK;
}

static void
reader_free(struct reader *r)
{
	layout_free(&r->lay);
	clear_matches(r);
	free(r->pattern);
	for (size_t i = 0; i < r->nhits; i++)
		free(r->hits[i].context);
	free(r->hits);
	free(r->grep_word);
	free(r->message);
	for (size_t i = 0; i < r->nnotices; i++)
		free(r->notices[i]);
	free(r->notices);
	buf_free(&r->input);
	free(r->order);
	entities_view_free(r);
	free(r->anno_rows);
	anno_edit_free(r);
	free(r->hidden);
	session_free(&r->s);
	config_free(&r->cfg);
}

int
reader_run(char **paths, size_t npaths, const struct reader_options *o)
{
	struct reader r;
	unsigned ahead = 0;	/* keys handled since the last draw */
	bool no_color = o->no_color;

	memset(&r, 0, sizeof r);
	r.cur = SIZE_MAX;
	r.cur_match = SIZE_MAX;
	r.search_dir = 1;
	config_load(&r.cfg, o->config_path);
	r.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	session_init(&r.s, paths, npaths);
	r.order = xcalloc(npaths ? npaths : 1, sizeof *r.order);
	for (size_t i = 0; i < npaths; i++)
		r.order[i] = i;
	r.nrows = npaths;
	r.last_deleted_file = SIZE_MAX;
	r.show_list = npaths > 1;
	r.focus = npaths > 1 ? FOCUS_LIST : FOCUS_PANE;

	init_curses(&r, no_color);
	analysis_init(&r);
	draw_create_windows(&r);
	if (npaths > 0)
		open_file(&r, r.order[0], 0);
	/* Every bad line of the settings, the colours' too (theme_init). */
	for (size_t i = 0; i < r.cfg.nmessages; i++)
		queue_notice(&r, r.cfg.messages[i]);
	while (!r.quit && !stop_signal) {
		wint_t ch;
		int kind;
		bool busy = r.s.nloaded < r.s.load.n || !r.s.crossed ||
		    !r.s.analysers_open || session_pending(&r.s);

		/* Keys typed ahead (a paste into the note editor) are
		 * handled before the next draw: a draw per key made a
		 * paste quadratic in the note's length. */
		if (ahead == 0) {
			ensure_layout(&r);
			draw_screen(&r);
		}
		/* Pastes are bracketed only where they are text. */
		paste_mode(r.prompt || r.editor);
		if (r.pasting && !r.prompt && !r.editor)
			paste_set(&r, false);
		/* Background loading runs between keys: never block while
		 * there is work, never spin when there is none. */
		timeout(busy || ahead ? 0 : -1);
		kind = read_key(&r, &ch);
		if (kind == ERR) {
			if (busy && ahead == 0)
				background_step(&r);
			ahead = 0;
			continue;
		}
		handle_input(&r, kind, ch);
		/* Still a draw now and then in a long paste. */
		ahead = ahead < 4096 ? ahead + 1 : 0;
	}
	paste_mode(false);
	endwin();
	reader_free(&r);
	return stop_signal ? 128 + stop_signal : 0;
}
