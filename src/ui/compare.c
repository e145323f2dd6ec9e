/* compare.c - the compare view: two versions of an article (from the
 * session's comparison, session/comparison.h), paragraphs aligned, word
 * differences marked as wdiff marks them ([-deleted-] {+inserted+}) as
 * well as coloured, the problems only one version has called out.  One
 * version above the other in a narrow window, side by side in a wide
 * one; ]c [c (and n N) step through the differing paragraphs. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/file_io.h"
#include "doc/cells.h"
#include "session/comparison.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

/* From this width the versions stand side by side. */
#define COMPARE_SIDE_BY_SIDE 120

enum tok_look { LOOK_PLAIN, LOOK_DELETED, LOOK_INSERTED, LOOK_CHANGED_OLD,
	LOOK_CHANGED_NEW, LOOK_INTRODUCED, LOOK_HEAD, LOOK_GUTTER };

/* A word (or a marker line's text) with the marks drawn around it. */
struct tok {
	const char *pre, *s, *post;	/* pre and post: static strings */
	size_t n;
	enum tok_look look;
	int width;			/* all three, in columns */
	bool glued;			/* no space before it in the text (a
					   word of Chinese after another) */
};

struct placed {
	size_t tok;
	int col;
	int end;	/* the column's right edge: a longer word is cut */
};

/* Lines being laid out: tokens placed, and where each line starts. */
struct lines {
	struct placed *placed;
	size_t nplaced, placed_cap;
	size_t *start;		/* nlines + 1 */
	size_t nlines, lines_cap;
};

struct compare_view {
	size_t mark;		/* source marked by :compare mark */
	size_t fa, fb;		/* the versions shown, SIZE_MAX: none */
	struct comparison cmp;
	bool built;
	struct tok *toks;
	size_t ntoks, toks_cap;
	/* Per comparison row: its tokens of a and of b, and its head. */
	size_t *row_tok;	/* ROW_PARTS per row, and the end */
	struct lines out;	/* the screen lines (layout) */
	size_t *stops;		/* lines where a difference starts */
	size_t nstops;
	size_t cur_stop;	/* gone to last, SIZE_MAX: none */
	size_t cur_top;		/* the top line it was shown at */
	int laid_cols;		/* width the lines were laid out for */
	int half;		/* columns of each side, side by side */
	size_t top;
	size_t *row_line;	/* per comparison row: its first line */
	size_t search_line;	/* the line / found last (view_sel) */
	bool searched;		/* n and N repeat /, until ]c or [c */
};

static attr_t
look_attr(enum tok_look k)
{
	switch (k) {
	case LOOK_DELETED: case LOOK_CHANGED_OLD:
		return theme_attr(THEME_DIM);
	case LOOK_INSERTED:
		return theme_attr(THEME_MATCH);
	case LOOK_CHANGED_NEW:
		return theme_attr(THEME_CURRENT_MATCH);
	case LOOK_INTRODUCED:
		return theme_attr(THEME_PROBLEM_SPELLING);
	case LOOK_HEAD:
		return theme_attr(THEME_HEADING);
	case LOOK_GUTTER:
		return theme_attr(THEME_META);
	default:
		return A_NORMAL;
	}
}

static struct compare_view *
cv_of(struct reader *r)
{
	if (r->cmp == NULL) {
		r->cmp = xcalloc(1, sizeof *r->cmp);
		r->cmp->mark = r->cmp->fa = r->cmp->fb = SIZE_MAX;
	}
	return r->cmp;
}

static void
push_tok(struct reader *r, struct compare_view *v, const char *pre,
    const char *s, size_t n, const char *post, enum tok_look look)
{
	struct tok *t;

	if (v->ntoks == v->toks_cap) {
		v->toks_cap = v->toks_cap ? 2 * v->toks_cap : 256;
		v->toks = xreallocarray(v->toks, v->toks_cap, sizeof *v->toks);
	}
	t = &v->toks[v->ntoks++];
	*t = (struct tok){ pre, s, post, n, look, 0, false };
	t->width = text_width(pre, strlen(pre), r->utf8) +
	    text_width(s, n, r->utf8) + text_width(post, strlen(post), r->utf8);
}

/* The problem of l (sorted by start) overlapping bytes [bs, be), or
 * SIZE_MAX. */
static size_t
problem_at(const struct problem_list *l, size_t bs, size_t be)
{
	size_t lo = problems_from(l, bs);

	if (lo < l->n && l->v[lo].bstart < be)
		return lo;
	if (lo > 0 && l->v[lo - 1].bend > bs)
		return lo - 1;
	return SIZE_MAX;
}

/* One version's words of a row, and its problems the other lacks. */
struct side_words {
	const char *text;
	const struct word *w;
	const struct problem_list *problems;	/* NULL: none known */
	const bool *only;			/* per problem */
};

/* Words [w0, w1) as tokens of look `look`, open before the first and
 * close after the last; a plain word inside a problem only this version
 * has looks introduced. */
static void
push_words(struct reader *r, struct compare_view *v,
    const struct side_words *sw, size_t w0, size_t w1, enum tok_look look,
    const char *open, const char *close)
{
	for (size_t i = w0; i < w1; i++) {
		const struct word *w = &sw->w[i];
		enum tok_look k = look;

		if (k == LOOK_PLAIN && sw->problems != NULL && sw->only) {
			size_t p = problem_at(sw->problems, w->bstart, w->bend);

			if (p != SIZE_MAX && sw->only[p])
				k = LOOK_INTRODUCED;
		}
		push_tok(r, v, i == w0 ? open : "", sw->text + w->bstart,
		    w->bend - w->bstart, i + 1 == w1 ? close : "", k);
		v->toks[v->ntoks - 1].glued = i > 0 &&
		    !word_spaced_before(sw->w, i);
	}
}

/* push_words for words [w0, w1) deleted (insert false) or inserted,
 * in wdiff's marks as the locale shows the text (wd_marks). */
static void
push_marked(struct reader *r, struct compare_view *v,
    const struct side_words *sw, size_t w0, size_t w1, enum tok_look look,
    bool insert)
{
	const char *open, *close;

	if (w1 <= w0)
		return;
	wd_marks(sw->text + sw->w[w0].bstart, sw->w[w1 - 1].bend -
	    sw->w[w0].bstart, insert, r->utf8, &open, &close);
	push_words(r, v, sw, w0, w1, look, open, close);
}

/* The tokens of side a (which 0) or b (1) of row i. */
static void
side_tokens(struct reader *r, struct compare_view *v, size_t i, int which)
{
	const struct comparison *c = &v->cmp;
	const struct cmp_row *row = &c->rows[i];
	struct side_words sw;
	bool whole = row->al.a == NULL || row->al.b == NULL;

	sw.text = which ? c->b->text : c->a->text;
	sw.w = which ? c->bw.v + row->bw : c->aw.v + row->aw;
	sw.problems = which ? (c->b_only ? &r->s.docs[v->fb].problems : NULL) :
	    (c->a_only ? &r->s.docs[v->fa].problems : NULL);
	sw.only = which ? c->b_only : c->a_only;
	if (whole) {
		size_t n = which ? row->nbw : row->naw;

		push_marked(r, v, &sw, 0, n, which ? LOOK_INSERTED :
		    LOOK_DELETED, which);
		return;
	}
	for (size_t k = 0; k < row->nruns; k++) {
		const struct wd_run *w = &c->runs.v[row->run + k];
		bool changed = (w->kind == WD_DELETE && k + 1 < row->nruns &&
		    c->runs.v[row->run + k + 1].kind == WD_INSERT) ||
		    (w->kind == WD_INSERT && k > 0 &&
		    c->runs.v[row->run + k - 1].kind == WD_DELETE);

		if (w->kind == WD_EQUAL)
			push_words(r, v, &sw, which ? w->b0 : w->a0,
			    which ? w->b1 : w->a1, LOOK_PLAIN, "", "");
		else if (w->kind == WD_DELETE && which == 0)
			push_marked(r, v, &sw, w->a0, w->a1, changed ?
			    LOOK_CHANGED_OLD : LOOK_DELETED, false);
		else if (w->kind == WD_INSERT && which == 1)
			push_marked(r, v, &sw, w->b0, w->b1, changed ?
			    LOOK_CHANGED_NEW : LOOK_INSERTED, true);
	}
}

/* The head of a differing row: what happened to the paragraph, and the
 * problems only one version has there. */
static void
head_tokens(struct reader *r, struct compare_view *v, size_t i)
{
	static const char *const what[] = {
		[ALIGN_SAME] = "", [ALIGN_CHANGED] = "~ changed",
		[ALIGN_MOVED] = "> moved", [ALIGN_CUT] = "- cut from B",
		[ALIGN_ADDED] = "+ added in B", [ALIGN_SPLIT] = "| split",
		[ALIGN_JOINED] = "| joined",
	};
	const char *s = what[v->cmp.rows[i].al.op];

	if (*s)
		push_tok(r, v, "", s, strlen(s), "", LOOK_HEAD);
}

/* Problems of a side within row i's paragraph that the other version
 * lacks (comparison_introduced), as a line of tokens: "! introduced in
 * this version (B): w". */
static void
introduced_tokens(struct reader *r, struct compare_view *v, size_t i,
    int which)
{
	const struct comparison *c = &v->cmp;
	const char *text = which ? c->b->text : c->a->text;
	const char *h = which ? "! introduced in this version (B):" :
	    "! introduced in this version (A):";
	size_t p = comparison_introduced(c, i, which, 0);

	if (p == SIZE_MAX)
		return;
	push_tok(r, v, "", h, strlen(h), "", LOOK_INTRODUCED);
	for (; p != SIZE_MAX; p = comparison_introduced(c, i, which, p + 1)) {
		const struct problem *q = &(which ? c->pb : c->pa)->v[p];

		push_tok(r, v, "", text + q->bstart, q->bend - q->bstart, "",
		    LOOK_INTRODUCED);
	}
}

/* Every row's tokens, in five stretches: head, a, b, a's introduced
 * problems, b's introduced problems. */
#define ROW_PARTS 5

static void
build_tokens(struct reader *r, struct compare_view *v)
{
	size_t n = v->cmp.nrows;

	v->ntoks = 0;
	/* Tokens 0 and 1: the gutter labels of one version above the
	 * other. */
	push_tok(r, v, "", "A", 1, "", LOOK_GUTTER);
	push_tok(r, v, "", "B", 1, "", LOOK_GUTTER);
	free(v->row_tok);
	v->row_tok = xcalloc((n + 1) * ROW_PARTS + 1, sizeof *v->row_tok);
	for (size_t i = 0; i < n; i++) {
		size_t *at = &v->row_tok[i * ROW_PARTS];

		at[0] = v->ntoks;
		head_tokens(r, v, i);
		at[1] = v->ntoks;
		side_tokens(r, v, i, 0);
		at[2] = v->ntoks;
		side_tokens(r, v, i, 1);
		at[3] = v->ntoks;
		introduced_tokens(r, v, i, 0);
		at[4] = v->ntoks;
		introduced_tokens(r, v, i, 1);
	}
	v->row_tok[n * ROW_PARTS] = v->ntoks;
}

static void
lines_break(struct lines *l)
{
	if (l->nlines + 2 > l->lines_cap) {
		l->lines_cap = l->lines_cap ? 2 * l->lines_cap : 256;
		l->start = xreallocarray(l->start, l->lines_cap,
		    sizeof *l->start);
	}
	if (l->nlines == 0)
		l->start[0] = 0;
	l->nlines++;
	l->start[l->nlines] = l->nplaced;
}

static void
lines_place(struct lines *l, size_t tok, int col, int end)
{
	if (l->nplaced == l->placed_cap) {
		l->placed_cap = l->placed_cap ? 2 * l->placed_cap : 1024;
		l->placed = xreallocarray(l->placed, l->placed_cap,
		    sizeof *l->placed);
	}
	l->placed[l->nplaced++] = (struct placed){ tok, col, end };
	l->start[l->nlines] = l->nplaced;
}

static void
lines_free(struct lines *l)
{
	free(l->placed);
	free(l->start);
	memset(l, 0, sizeof *l);
}

/* Word-wraps tokens [t0, t1) to columns [col, col + width) as new lines
 * of out, each led by the gutter label tok (SIZE_MAX: none) at col - 2. */
static void
wrap(const struct compare_view *v, size_t t0, size_t t1, int col, int width,
    size_t gutter, struct lines *out)
{
	int x = -1;

	for (size_t t = t0; t < t1; t++) {
		int w = v->toks[t].width, gap = v->toks[t].glued ? 0 : 1;

		if (x < 0 || (x > 0 && x + gap + w > width)) {
			lines_break(out);
			x = 0;
			if (gutter != SIZE_MAX)
				lines_place(out, gutter, col - 2, col);
		} else if (x > 0)
			x += gap;
		lines_place(out, t, col + x, col + width);
		x += w;
	}
}

/* Appends the lines of left and right to the view, line k of each side
 * by side on line k. */
static void
emit(struct compare_view *v, const struct lines *left,
    const struct lines *right)
{
	size_t n = left->nlines;

	if (right != NULL && right->nlines > n)
		n = right->nlines;
	for (size_t k = 0; k < n; k++) {
		lines_break(&v->out);
		for (size_t j = k < left->nlines ? left->start[k] : 0;
		    k < left->nlines && j < left->start[k + 1]; j++)
			lines_place(&v->out, left->placed[j].tok,
			    left->placed[j].col, left->placed[j].end);
		for (size_t j = right && k < right->nlines ? right->start[k] : 0;
		    right && k < right->nlines && j < right->start[k + 1]; j++)
			lines_place(&v->out, right->placed[j].tok,
			    right->placed[j].col, right->placed[j].end);
	}
}

/* Tokens of row i's part p (ROW_PARTS) wrapped and emitted alone. */
static void
emit_part(struct compare_view *v, size_t i, int p, int col, int width,
    size_t gutter)
{
	struct lines l = { 0 };

	wrap(v, v->row_tok[i * ROW_PARTS + p], v->row_tok[i * ROW_PARTS + p +
	    1], col, width, gutter, &l);
	emit(v, &l, NULL);
	lines_free(&l);
}

/* A blank line between rows. */
static void
emit_blank(struct compare_view *v)
{
	lines_break(&v->out);
}

/* Row i's part p (a's) in the left column and part p + 1 (b's) in the
 * right one. */
static void
emit_side_by_side(struct compare_view *v, size_t i, int p, int half)
{
	struct lines a = { 0 }, b = { 0 };
	const size_t *at = &v->row_tok[i * ROW_PARTS + p];

	wrap(v, at[0], at[1], 0, half, SIZE_MAX, &a);
	wrap(v, at[1], at[2], half + 3, half, SIZE_MAX, &b);
	emit(v, &a, &b);
	lines_free(&a);
	lines_free(&b);
}

/* Whether row i has both versions and the same words in each. */
static bool
same_words(const struct comparison *c, size_t i)
{
	const struct cmp_row *row = &c->rows[i];

	if (row->al.a == NULL || row->al.b == NULL)
		return false;
	for (size_t k = 0; k < row->nruns; k++)
		if (c->runs.v[row->run + k].kind != WD_EQUAL)
			return false;
	return true;
}

/* The screen lines for the window's width: side by side from
 * COMPARE_SIDE_BY_SIDE columns, else a's paragraph above b's where they
 * differ (led by A and B in the gutter), once where they do not; each
 * column at most the article's measure, as in the reading pane (QA saw
 * lines of 148 columns at 300). */
static void
layout(struct reader *r, struct compare_view *v)
{
	bool wide = r->cols >= COMPARE_SIDE_BY_SIDE;
	int width = text_measure(r, r->cols - 2 > 10 ? r->cols - 2 : 10);
	int half = text_measure(r, (r->cols - 3) / 2);

	lines_free(&v->out);
	v->nstops = 0;
	v->cur_stop = SIZE_MAX;
	free(v->stops);
	v->stops = xcalloc(v->cmp.nrows + 1, sizeof *v->stops);
	free(v->row_line);
	v->row_line = xcalloc(v->cmp.nrows + 1, sizeof *v->row_line);
	for (size_t i = 0; i < v->cmp.nrows; i++) {
		bool differs = comparison_differs(&v->cmp, i);

		if (i > 0)
			emit_blank(v);
		v->row_line[i] = v->out.nlines;
		if (differs)
			v->stops[v->nstops++] = v->out.nlines;
		emit_part(v, i, 0, 0, width + 2, SIZE_MAX);
		if (wide) {
			emit_side_by_side(v, i, 1, half);
			/* Each version's introduced problems under it. */
			emit_side_by_side(v, i, 3, half);
			continue;
		}
		/* A moved paragraph whose words are the same is shown
		 * once, as an unchanged one is. */
		if (!differs || same_words(&v->cmp, i))
			emit_part(v, i, 2, 2, width, SIZE_MAX);
		else {
			emit_part(v, i, 1, 2, width, 0);
			emit_part(v, i, 2, 2, width, 1);
		}
		emit_part(v, i, 3, 0, width + 2, SIZE_MAX);
		emit_part(v, i, 4, 0, width + 2, SIZE_MAX);
	}
	v->row_line[v->cmp.nrows] = v->out.nlines;
	v->laid_cols = r->cols;
	v->half = half;
}

/* s[0, n) in room columns by cutting out its middle: its first and last
 * code points with a mark between, so that both ends show. */
static void
add_middle_cut(struct buf *b, const char *s, size_t n, int room, bool utf8)
{
	const char *mark = utf8 ? "\xe2\x80\xa6" : "...";
	int left = (room - (utf8 ? 1 : 3)) / 2, right, w = 0;
	size_t i = 0, j = n;
	int32_t c;

	right = room - (utf8 ? 1 : 3) - left;
	while (i < n) {
		size_t k = cell_next(s, i, n, &c);

		if (w + cell_width(c, utf8) > left)
			break;
		w += cell_width(c, utf8);
		i += k;
	}
	buf_add(b, s, i);
	buf_adds(b, mark);
	for (w = 0; j > i;) {
		size_t k = cell_prev(s, i, j, &c);

		if (w + cell_width(c, utf8) > right)
			break;
		w += cell_width(c, utf8);
		j = k;
	}
	buf_add(b, s + j, n - j);
}

/* A token from col to at most its column's edge: a word longer than the
 * column is cut with a continuation mark (draw_text_cut); a changed one
 * loses its middle instead, so that its end and its closing mark show
 * (two long links that differ in their last characters). */
static void
draw_tok(struct reader *r, const struct tok *t, int row, int col, int end)
{
	int room = (end < r->cols ? end : r->cols) - col;
	int marks = cell_text_width(t->pre, strlen(t->pre), r->utf8) +
	    cell_text_width(t->post, strlen(t->post), r->utf8);
	struct buf b;

	if (room <= 0)
		return;
	buf_init(&b);
	buf_adds(&b, t->pre);
	if (t->look != LOOK_PLAIN && t->look != LOOK_HEAD &&
	    t->look != LOOK_GUTTER && room - marks >= 9 &&
	    cell_text_width(t->s, t->n, r->utf8) > room - marks)
		add_middle_cut(&b, t->s, t->n, room - marks, r->utf8);
	else
		buf_add(&b, t->s, t->n);
	buf_adds(&b, t->post);
	move(row, col);
	draw_text_cut(stdscr, b.data, b.len, room, look_attr(t->look),
	    r->utf8);
	buf_free(&b);
}

static char *
head_text(const struct compare_view *v, const char *pa, const char *pb)
{
	return xasprintf("compare  A: %s  B: %s  (%zu difference%s; ]c [c "
	    "step, q closes)", pa, pb, v->nstops, v->nstops == 1 ? "" : "s");
}

/* The paths of the versions, or their last parts where they do not fit. */
static void
draw_head(struct reader *r, struct compare_view *v)
{
	const char *pa = r->s.load.paths[v->fa], *pb = r->s.load.paths[v->fb];
	char *head = head_text(v, pa, pb);

	if ((int)strlen(head) > r->cols) {
		free(head);
		head = head_text(v, session_file_name(&r->s, v->fa),
		    session_file_name(&r->s, v->fb));
	}
	draw_view_header(r, head);
	free(head);
}

/* Lays the lines out again (the width changed), keeping at the top the
 * paragraph that was there, as far down it as it was. */
static void
relayout_keeping_place(struct reader *r, struct compare_view *v)
{
	size_t row = 0, off = 0, stop = v->cur_stop;
	bool at_stop = stop < v->nstops && v->top == v->cur_top;

	if (v->laid_cols > 0 && v->row_line != NULL) {
		while (row + 1 < v->cmp.nrows && v->row_line[row + 1] <= v->top)
			row++;
		off = v->top - v->row_line[row];
	}
	layout(r, v);
	if (v->cmp.nrows == 0)
		return;
	/* The paragraph may now take fewer lines (or none): stay within
	 * it, with no wrap below zero. */
	if (v->row_line[row] + off >= v->row_line[row + 1])
		off = v->row_line[row + 1] > v->row_line[row] ?
		    v->row_line[row + 1] - v->row_line[row] - 1 : 0;
	v->top = v->row_line[row] + off;
	r->view_sel = v->search_line = v->top;
	/* ]c and [c go on from the difference shown. */
	if (at_stop) {
		v->cur_stop = stop;
		v->cur_top = v->top;
	}
}

/* / ? n N found a line (list_search.c): shown at the top, and n and N
 * the search's from now on, even when it is the line at the top
 * already (found again, the whole view round). */
void
compare_search_found(struct reader *r)
{
	struct compare_view *v = cv_of(r);

	if (r->view_sel >= v->out.nlines)
		return;
	v->top = v->search_line = r->view_sel;
	v->searched = true;
}

static size_t
max_top(const struct reader *r, const struct compare_view *v)
{
	size_t h = r->rows > 2 ? (size_t)r->rows - 2 : 1;

	return v->out.nlines > h ? v->out.nlines - h : 0;
}

static void
draw_compare(struct reader *r)
{
	struct compare_view *v = cv_of(r);
	int h = r->rows - 2;
	bool wide = r->cols >= COMPARE_SIDE_BY_SIDE;

	if (v->laid_cols != r->cols)
		relayout_keeping_place(r, v);
	/* ]c may show a difference near the end at the top. */
	if (v->top >= v->out.nlines)
		v->top = v->out.nlines ? v->out.nlines - 1 : 0;
	werase(stdscr);
	draw_head(r, v);
	for (int row = 0; row < h; row++) {
		size_t k = v->top + (size_t)row;

		if (k >= v->out.nlines)
			break;
		if (wide) {
			move(row + 1, v->half + 1);
			draw_text(stdscr, "|", 1, 1, theme_attr(THEME_BORDER),
			    r->utf8);
		}
		for (size_t j = v->out.start[k]; j < v->out.start[k + 1]; j++)
			draw_tok(r, &v->toks[v->out.placed[j].tok], row + 1,
			    v->out.placed[j].col, v->out.placed[j].end);
	}
	wnoutrefresh(stdscr);
}

static void
compare_move(struct reader *r, long delta)
{
	struct compare_view *v = cv_of(r);
	long t = (long)v->top + delta, m = (long)max_top(r, v);

	/* Past the end (after ]c), moving up comes back; down stays. */
	if ((long)v->top > m)
		m = (long)v->top;

	v->top = t < 0 ? 0 : t > m ? (size_t)m : (size_t)t;
	r->view_sel = v->search_line = v->top;
}

/* ]c [c n N: from the difference gone to last while the view has not
 * moved since, else from the top line: the first difference at or below
 * it, or the last above it. */
static void
step_difference(struct reader *r, int dir)
{
	struct compare_view *v = cv_of(r);
	size_t k = SIZE_MAX;
	char *msg;

	if (v->cur_stop < v->nstops && v->top == v->cur_top)
		k = dir > 0 ? v->cur_stop + 1 : v->cur_stop - 1;
	else
		for (size_t i = 0; i < v->nstops; i++) {
			size_t j = dir > 0 ? i : v->nstops - 1 - i;

			if (dir > 0 ? v->stops[j] >= v->top :
			    v->stops[j] < v->top) {
				k = j;
				break;
			}
		}
	if (k >= v->nstops) {
		say_none_further(r, "differences", dir);
		return;
	}
	v->cur_stop = k;
	v->top = v->stops[k];
	v->cur_top = v->top;
	r->view_sel = v->search_line = v->top;
	v->searched = false;
	msg = xasprintf("difference %zu of %zu", k + 1, v->nstops);
	set_message(r, false, msg);
	free(msg);
}

static bool
compare_action(struct reader *r, enum ui_action a)
{
	/* After / or ?, n and N are the search's (list_search.c). */
	if ((a == ACT_NEXT_MATCH || a == ACT_PREV_MATCH) && cv_of(r)->searched)
		return false;
	switch (a) {
	case ACT_NEXT_DIFF: case ACT_NEXT_MATCH:
		step_difference(r, 1);
		return true;
	case ACT_PREV_DIFF: case ACT_PREV_MATCH:
		step_difference(r, -1);
		return true;
	default:
		return false;
	}
}

/* For / and ?: the view's lines are its rows, searched as a list's. */
static size_t
compare_nrows(struct reader *r)
{
	return cv_of(r)->out.nlines;
}

/* Line k's text: its tokens as the screen has them, a space where
 * there is room between two (none between two words of Chinese). */
static char *
compare_line_text(struct reader *r, size_t k)
{
	struct compare_view *v = cv_of(r);
	struct buf b;

	buf_init(&b);
	for (size_t j = v->out.start[k]; k < v->out.nlines &&
	    j < v->out.start[k + 1]; j++) {
		const struct placed *p = &v->out.placed[j];
		const struct tok *t = &v->toks[p->tok];
		bool apart = j > v->out.start[k] && p->col > p[-1].col +
		    v->toks[p[-1].tok].width;

		buf_printf(&b, "%s%s%.*s%s", apart ? " " : "", t->pre,
		    (int)t->n, t->s, t->post);
	}
	return buf_steal(&b);
}

static const char *
compare_label(const struct reader *r)
{
	(void)r;
	return "COMPARE";
}

const struct view_ops compare_view_ops = {
	.draw = draw_compare,
	.move_by = compare_move,
	.action = compare_action,
	.nrows = compare_nrows,
	.row_text = compare_line_text,
	.label = compare_label,
};

/* Every source loaded and cleaned with the evidence across the load, so
 * that the texts compared stay as they are while the view shows them. */
void
settle_load(struct reader *r)
{
	while ((r->s.nloaded < r->s.load.n || !r->s.crossed) &&
	    background_step(r))
		;
}

static void
ensure_analysed(struct reader *r, size_t f)
{
	if (r->s.analysers_open && !r->s.docs[f].analysed)
		analysis_doc(r, f);
}

/* Opens the view on versions fa and fb. */
static void
compare_open(struct reader *r, size_t fa, size_t fb)
{
	struct compare_view *v = cv_of(r);
	const struct problem_list *pa = NULL, *pb = NULL;

	if (r->s.load.docs[fa] == NULL || r->s.load.docs[fb] == NULL) {
		set_message(r, true, "a source to compare could not be read");
		return;
	}
	ensure_analysed(r, fa);
	ensure_analysed(r, fb);
	if (r->s.docs[fa].analysed && r->s.docs[fb].analysed) {
		pa = &r->s.docs[fa].problems;
		pb = &r->s.docs[fb].problems;
	}
	if (v->built)
		comparison_free(&v->cmp);
	comparison_build(&v->cmp, r->s.load.docs[fa], r->s.load.docs[fb],
	    pa, pb, false);
	v->built = true;
	v->fa = fa;
	v->fb = fb;
	build_tokens(r, v);
	v->laid_cols = -1;
	v->top = 0;
	r->view_sel = v->search_line = 0;
	v->searched = false;
	v->cur_stop = SIZE_MAX;
	r->view = VIEW_COMPARE;
	set_message(r, false, NULL);
}

/* The source the keys act on: the selected one in the list, else the
 * open one. */
static size_t
chosen_source(const struct reader *r)
{
	if (r->focus == FOCUS_LIST && r->nrows > 0)
		return r->order[r->sel];
	return r->cur;
}

void
compare_key(struct reader *r)
{
	struct compare_view *v = cv_of(r);
	size_t f = chosen_source(r), other;

	if (f == SIZE_MAX) {
		set_message(r, true, "no source to compare");
		return;
	}
	settle_load(r);
	if (v->mark != SIZE_MAX && v->mark != f) {
		other = v->mark;
		v->mark = SIZE_MAX;
		compare_open(r, other, f);
		return;
	}
	/* The next version of the story at each press. */
	other = session_next_version(&r->s, f, v->fa == f ? v->fb :
	    SIZE_MAX);
	if (other == SIZE_MAX) {
		v->mark = f;
		set_message(r, false, "no other version of this story: marked; "
		    "= on another source compares the two");
		return;
	}
	compare_open(r, f, other);
}

void
compare_command(struct reader *r, const char *arg)
{
	size_t f = chosen_source(r);

	if (arg == NULL) {
		compare_key(r);
		return;
	}
	if (f == SIZE_MAX) {
		set_message(r, true, "no source to mark");
		return;
	}
	cv_of(r)->mark = f;
	set_message(r, false, "marked for comparison: = on another source "
	    "compares the two");
}

void
compare_forget(struct reader *r, size_t f)
{
	struct compare_view *v = r->cmp;

	if (v == NULL || !v->built || (v->fa != f && v->fb != f))
		return;
	comparison_free(&v->cmp);
	v->built = false;
	if (r->view == VIEW_COMPARE)
		r->view = VIEW_MAIN;
	if (r->help_from == VIEW_COMPARE)
		r->help_from = VIEW_MAIN;
}

void
compare_free(struct reader *r)
{
	struct compare_view *v = r->cmp;

	if (v == NULL)
		return;
	if (v->built)
		comparison_free(&v->cmp);
	free(v->toks);
	free(v->row_tok);
	lines_free(&v->out);
	free(v->stops);
	free(v->row_line);
	free(v);
	r->cmp = NULL;
}
