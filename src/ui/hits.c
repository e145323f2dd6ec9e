/* hits.c - the hit list view: the lines :grep found in every source, or
 * the open source's problems (P); Enter goes to one.  :grep's hits stay
 * as a quickfix list that :cn and :cp step through and :cl reopens. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/file_io.h"
#include "base/hash.h"
#include "proof/context.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

/* Code points of context kept either side of a hit: enough to fill the
 * widest screen's row. */
#define HIT_CONTEXT 160

static void
free_hit_list(struct grep_hit *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].context);
	free(v);
}

/* Frees the hits of the problem list, and with grep too :grep's. */
void
hits_free(struct reader *r)
{
	free_hit_list(r->hits, r->nhits);
	r->hits = NULL;
	r->nhits = 0;
}

void
hits_grep_free(struct reader *r)
{
	free_hit_list(r->grep, r->ngrep);
	r->grep = NULL;
	r->ngrep = r->ngrep_body = r->grep_cur = 0;
}

/* The hits the list shows: :grep's (those in dropped boilerplate only
 * when asked for) or the problems. */
static struct grep_hit *
shown_hits(struct reader *r, size_t *n)
{
	if (r->hits_kind == HITS_PROBLEMS) {
		*n = r->nhits;
		return r->hits;
	}
	*n = r->grep_dropped ? r->ngrep : r->ngrep_body;
	return r->grep;
}

/* Whether code point cp is in a block the cleaner kept. */
static bool
in_kept_block(const struct doc *d, size_t cp)
{
	for (size_t i = 0; i < d->nblocks; i++)
		if (d->blocks[i].start <= cp && cp < d->blocks[i].end)
			return d->blocks[i].keep;
	return false;
}

static void
fill_hit(struct grep_hit *g, struct doc *d, size_t f, const struct match *m)
{
	size_t a, b;

	g->file = f;
	g->by_file = false;	/* name_shared_titles decides */
	g->start = m->start;
	g->end = m->end;
	g->line = doc_file_line(d, m->start);
	a = m->start > HIT_CONTEXT ? m->start - HIT_CONTEXT : 0;
	b = m->end + HIT_CONTEXT;
	g->context = doc_substr(d, a, b);
	g->hl_start = doc_cp_to_byte(d, m->start) - doc_cp_to_byte(d, a);
	g->hl_end = doc_cp_to_byte(d, m->end) - doc_cp_to_byte(d, a);
	for (char *p = g->context; *p; p++)
		if (*p == '\n' || *p == '\t' || *p == '\r')
			*p = ' ';
}

/* Appends the hits of word in the sources, in list order: those in the
 * article (kept) when body, else those in dropped blocks. */
static void
collect_hits(struct reader *r, const char *word, bool body)
{
	for (size_t k = 0; k < r->s.load.n; k++) {
		size_t f = r->order[k];
		struct doc *d = r->s.load.docs[f];
		struct match *m = NULL;
		size_t n = d ? search_doc(d, word, &m) : 0;

		for (size_t i = 0; i < n; i++) {
			if (in_kept_block(d, m[i].start) != body)
				continue;
			r->grep = xreallocarray(r->grep, r->ngrep + 1,
			    sizeof *r->grep);
			fill_hit(&r->grep[r->ngrep++], d, f, &m[i]);
		}
		free(m);
	}
}

static const char *
title_of(const struct reader *r, size_t f)
{
	const struct doc *d = r->s.load.docs[f];

	return d != NULL && d->title != NULL && *d->title ? d->title : NULL;
}

/* Hits in a source whose title another source has too (the versions of
 * one wire story all have it) are named by their file: their rows told
 * the versions apart by nothing. */
static void
name_shared_titles(struct reader *r)
{
	struct hash titles;
	const char *t;

	hash_init(&titles);
	for (size_t f = 0; f < r->s.load.n; f++)
		if ((t = title_of(r, f)) != NULL)
			hash_add(&titles, t, strlen(t));
	for (size_t i = 0; i < r->ngrep; i++) {
		t = title_of(r, r->grep[i].file);
		r->grep[i].by_file = t != NULL &&
		    hash_count(&titles, t, strlen(t)) > 1;
	}
	hash_free(&titles);
}

/* :grep's hits of its word in the sources as they are now, in place of
 * those found before: the article's first, then the dropped blocks'. */
static void
find_grep_hits(struct reader *r)
{
	hits_grep_free(r);
	collect_hits(r, r->grep_word, true);
	r->ngrep_body = r->ngrep;
	collect_hits(r, r->grep_word, false);
	name_shared_titles(r);
}

void
reader_grep(struct reader *r, const char *word)
{
	free(r->grep_word);
	r->grep_word = xstrdup(word);
	reader_load_all(r);	/* every source must be searched */
	find_grep_hits(r);
	r->grep_dropped = r->ngrep_body == 0;
	r->hits_kind = HITS_GREP;
	list_view_show(r, VIEW_HITS);
	if (r->ngrep == 0)
		say_not_found(r, word, NULL);
}

/* The first hit at or after source f's code point at, in the list's
 * order (the sources in list order, then the dropped hits), or the
 * last hit before it. */
static size_t
hit_near(const struct reader *r, size_t f, size_t at, size_t lo, size_t hi)
{
	size_t best = lo;

	for (size_t i = lo; i < hi; i++) {
		if (r->grep[i].file == f && r->grep[i].start >= at)
			return i;
		if (r->grep[i].file == f)
			best = i;
	}
	return best;
}

void
hits_grep_redo(struct reader *r)
{
	size_t f, at;
	bool body;

	if (r->grep_word == NULL || r->ngrep == 0)
		return;
	f = r->grep[r->grep_cur].file;
	at = r->grep[r->grep_cur].start;
	body = r->grep_cur < r->ngrep_body;
	find_grep_hits(r);
	if (r->ngrep_body == 0)
		r->grep_dropped = true;
	if (r->ngrep == 0)
		return;
	r->grep_cur = body ? hit_near(r, f, at, 0, r->ngrep_body) :
	    hit_near(r, f, at, r->ngrep_body, r->ngrep);
	if (r->grep_cur >= r->ngrep)
		r->grep_cur = r->ngrep - 1;
	if (r->view == VIEW_HITS && r->hits_kind == HITS_GREP)
		r->view_sel = r->grep_cur;
}

/* The problems of the current source, as a list view (Enter jumps),
 * each with the sentence around it, up to this many code points on
 * either side. */
#define PROBLEM_CONTEXT_SIDE 60

void
hits_open_problems(struct reader *r)
{
	struct doc *d;
	struct problem_list *pl;
	const struct corrections *corr;
	struct screen_pos pos = { 0 };
	struct buf b;

	if (r->cur == SIZE_MAX || r->s.load.docs[r->cur] == NULL ||
	    r->s.proof == NULL)
		return;
	if (session_too_big(&r->s, r->cur)) {	/* no problems known */
		set_message(r, true, NOT_PROOFREAD_MESSAGE);
		return;
	}
	d = r->s.load.docs[r->cur];
	pl = &r->s.docs[r->cur].problems;
	corr = r->s.docs[r->cur].corr;
	hits_free(r);
	r->hits = pl->n ? xcalloc(pl->n, sizeof *r->hits) : NULL;
	r->nhits = pl->n;
	for (size_t i = 0; i < pl->n; i++) {
		struct grep_hit *g = &r->hits[i];
		const struct problem *pr = &pl->v[i];
		char *sentence;

		g->file = r->cur;
		g->start = pr->start;
		g->end = pr->end;
		doc_file_line_col(d, &pos, g->start, &g->line, &g->col);
		/* As galley check prints it, the correction chosen (z=)
		 * first. */
		buf_init(&b);
		proof_problem_line(r->s.proof, d, pr, false,
		    corrections_fix(corr, pr->start, pr->end), &b);
		sentence = problem_context(d->text, d->text_len, pr->bstart,
		    pr->bend, PROBLEM_CONTEXT_SIDE);
		buf_printf(&b, "   %s", sentence);
		free(sentence);
		for (char *c = b.data; *c; c++)
			if (*c == '\n')
				*c = ' ';
		g->context = buf_steal(&b);
	}
	/* grep_word stays :grep's, for :cn :cp :cl. */
	r->hits_kind = HITS_PROBLEMS;
	list_view_show(r, VIEW_HITS);
}

/* The title, or the file name when there is none or another source
 * has the same title. */
static const char *
hit_source_name(const struct reader *r, const struct grep_hit *g)
{
	const char *t = title_of(r, g->file);

	return t != NULL && !g->by_file ? t :
	    session_file_name(&r->s, g->file);
}

/* The byte where a character starts, before byte i of s. */
static size_t
prev_char(const char *s, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	return i;
}

/* The part of the context to draw in w columns: the match in the
 * middle, cut at spaces rather than in a word where it can be. */
static void
centre_context(const struct grep_hit *g, int w, bool utf8, size_t *from,
    size_t *to)
{
	const char *s = g->context;
	size_t len = strlen(s), a = g->hl_start, b;
	int mw = text_width(s + g->hl_start, g->hl_end - g->hl_start, utf8);
	int left = (w - mw) / 2, x = 0;

	while (a > 0) {
		size_t p = prev_char(s, a);
		int cw = text_width(s + p, a - p, utf8);
		if (x + cw > left)
			break;
		x += cw;
		a = p;
	}
	if (a > 0 && s[a - 1] != ' ') {
		const char *sp = memchr(s + a, ' ', g->hl_start - a);
		if (sp != NULL)
			a = (size_t)(sp - s) + 1;
	}
	b = a + text_skip_columns(s + a, len - a, w, utf8, &x);
	if (b < len && s[b] != ' ' && b > g->hl_end) {
		size_t k = b;
		while (k > g->hl_end && s[k - 1] != ' ')
			k--;
		if (k > g->hl_end)
			b = k;
	}
	*from = a;
	*to = b;
}

struct hl_arg {
	size_t start, end;	/* the match, relative to what is drawn */
};

static attr_t
hit_hl(void *arg, size_t at)
{
	const struct hl_arg *h = arg;

	return at >= h->start && at < h->end ? theme_attr(THEME_MATCH) : 0;
}

/* One :grep hit: the source's name, the line, and the context centred
 * on the match, which is highlighted. */
static void
grep_row(struct reader *r, const struct grep_hit *g, attr_t a)
{
	const char *name = hit_source_name(r, g);
	int namew = r->cols / 4 < 12 ? 12 : r->cols / 4 > 30 ? 30 : r->cols / 4;
	char ln[32];
	size_t from, to;
	struct hl_arg h;
	int w;

	addch(' ' | a);
	draw_text_cut(stdscr, name, strlen(name), namew, a, r->utf8);
	snprintf(ln, sizeof ln, ":%zu ", g->line);
	move(getcury(stdscr), 1 + namew);
	draw_text(stdscr, ln, strlen(ln), r->cols, a | theme_attr(THEME_META),
	    r->utf8);
	w = r->cols - getcurx(stdscr);
	if (w <= 0)
		return;
	centre_context(g, w, r->utf8, &from, &to);
	h.start = g->hl_start - from;
	h.end = g->hl_end - from;
	draw_text_hl(stdscr, g->context + from, to - from, w, a, r->utf8,
	    hit_hl, &h);
}

static void
hit_row(struct reader *r, size_t i, attr_t a)
{
	size_t n;
	const struct grep_hit *g = &shown_hits(r, &n)[i];
	struct buf b;

	if (r->hits_kind == HITS_GREP) {
		grep_row(r, g, a);
		return;
	}
	buf_init(&b);
	buf_printf(&b, "%s:%zu:%zu: ", r->s.load.paths[g->file], g->line,
	    g->col);
	draw_text(stdscr, b.data, b.len, r->cols, a | theme_attr(THEME_META),
	    r->utf8);
	draw_text(stdscr, g->context, strlen(g->context),
	    r->cols - text_width(b.data, b.len, r->utf8), a, r->utf8);
	buf_free(&b);
}

static void
draw_hits(struct reader *r)
{
	struct buf head;
	size_t n, dropped = r->ngrep - r->ngrep_body;

	shown_hits(r, &n);
	buf_init(&head);
	if (r->hits_kind == HITS_PROBLEMS)
		buf_printf(&head, " %zu problem%s in %s", n, n == 1 ? "" : "s",
		    r->cur != SIZE_MAX ? r->s.load.paths[r->cur] : "");
	else {
		buf_printf(&head, " %zu hit%s for %s", r->ngrep_body,
		    r->ngrep_body == 1 ? "" : "s", r->grep_word);
		if (dropped > 0)
			buf_printf(&head, ", %zu more in dropped boilerplate "
			    "(r: %s them)", dropped, r->grep_dropped ? "hide" :
			    "show");
	}
	draw_list_view(r, head.data, n, hit_row);
	buf_free(&head);
}

/* Opens the source at grep hit g with the word searched for (in the raw
 * view when the hit was dropped). */
static void
open_grep_hit(struct reader *r, const struct grep_hit *g)
{
	struct match m = { g->start, g->end };
	size_t row;

	free(r->pattern);
	r->pattern = xstrdup(r->grep_word);
	r->view = VIEW_MAIN;
	/* The raw view a previous hit needed is left for the clean one
	 * wherever this hit shows there; one the user chose stays. */
	if (r->raw_for_hit) {
		r->raw = r->raw_for_hit = false;
		invalidate_layout(r);
	}
	if ((row = list_row(r, g->file)) != SIZE_MAX)
		r->sel = row;
	r->focus = FOCUS_PANE;
	relayout_windows(r);
	if (g->file != r->cur)
		open_file(r, g->file, g->start);
	else
		find_matches(r);
	ensure_layout(r);
	if (!match_shown(r, &m) && !r->raw) {
		r->raw = r->raw_for_hit = true;
		invalidate_layout(r);
		ensure_layout(r);
		find_matches(r);
	}
	r->search_dir = 1;
	goto_match_at(r, g->start);
}

/* Enter: goes to the problem or the hit. */
static void
hits_open(struct reader *r)
{
	size_t n;

	shown_hits(r, &n);
	if (n == 0)
		return;
	if (r->hits_kind == HITS_PROBLEMS) {
		r->view = VIEW_MAIN;
		r->focus = FOCUS_PANE;
		relayout_windows(r);
		ensure_layout(r);
		analysis_goto_problem(r, r->view_sel);
		return;
	}
	r->grep_cur = r->view_sel;
	open_grep_hit(r, &r->grep[r->grep_cur]);
}

/* :cn and :cp: the next or previous :grep hit of those the list shows,
 * across sources. */
void
hits_step(struct reader *r, int dir)
{
	size_t n = r->grep_dropped ? r->ngrep : r->ngrep_body;
	char msg[80];

	if (r->grep_word == NULL || r->ngrep == 0) {
		set_message(r, true, "no hits: :grep WORD first");
		return;
	}
	if ((dir > 0 && r->grep_cur + 1 >= n) || (dir < 0 && r->grep_cur == 0)) {
		say_none_further(r, "hits", dir);
		return;
	}
	r->grep_cur += dir > 0 ? 1 : (size_t)-1;
	open_grep_hit(r, &r->grep[r->grep_cur]);
	snprintf(msg, sizeof msg, "hit %zu of %zu", r->grep_cur + 1, n);
	set_message(r, false, msg);
}

/* :cl: the hit list again, at the hit gone to last. */
void
hits_reopen(struct reader *r)
{
	if (r->grep_word == NULL || r->ngrep == 0) {
		set_message(r, true, "no hits: :grep WORD first");
		return;
	}
	r->hits_kind = HITS_GREP;
	r->view = VIEW_HITS;
	r->view_sel = r->grep_cur;
	r->view_top = 0;
}

static size_t
hits_nrows(struct reader *r)
{
	size_t n;

	shown_hits(r, &n);
	return n;
}

static char *
hits_row_text(struct reader *r, size_t i)
{
	size_t n;
	const struct grep_hit *g = &shown_hits(r, &n)[i];

	return xasprintf("%s %s", hit_source_name(r, g), g->context);
}

static void
hits_move(struct reader *r, long delta)
{
	list_view_move(r, delta, hits_nrows(r));
}

static bool
hits_action(struct reader *r, enum ui_action a)
{
	if (a == ACT_TOGGLE_RAW && r->hits_kind == HITS_GREP) {
		r->grep_dropped = !r->grep_dropped;
		list_view_move(r, 0, hits_nrows(r));
		return true;
	}
	if (a != ACT_OPEN)
		return false;
	hits_open(r);
	return true;
}

static const char *
hits_label(const struct reader *r)
{
	return r->hits_kind == HITS_PROBLEMS ? "PROBLEMS" : "HITS";
}

const struct view_ops hits_view_ops = {
	.draw = draw_hits,
	.move_by = hits_move,
	.action = hits_action,
	.nrows = hits_nrows,
	.row_text = hits_row_text,
	.label = hits_label,
};
