/* select.c - the reader's cursor mode: a caret in the reading pane, moved
 * by character, word, sentence, line and paragraph (caret.c does the
 * motions), and a selection from where it was started to the caret.  The
 * mouse selects too: press, drag, release.  What is selected gets tagged
 * or noted (anno_edit.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "view/caret.h"
#include "doc/cells.h"
#include "ui/reader_int.h"

static struct doc *
cur_doc(const struct reader *r)
{
	return r->cur != SIZE_MAX ? r->s.load.docs[r->cur] : NULL;
}

/* The annotation (not a reply) whose passage holds the caret; the
 * shortest when passages nest.  NULL when there is none. */
struct anno *
select_anno_at_caret(const struct reader *r)
{
	const struct anno_set *s;
	struct anno *best = NULL;

	if (!r->caret_on || r->cur == SIZE_MAX ||
	    (s = r->s.docs[r->cur].annos) == NULL)
		return NULL;
	for (size_t i = 0; i < s->n; i++) {
		struct anno *a = s->items[i];

		if (a->reply_to || a->state == ANNO_ORPHAN ||
		    r->caret < a->cur_start || r->caret >= a->cur_end)
			continue;
		if (best == NULL || a->cur_end - a->cur_start <
		    best->cur_end - best->cur_start)
			best = a;
	}
	return best;
}

static size_t
count_replies(const struct anno_set *s, const struct anno *a)
{
	size_t n = 0;

	for (size_t i = 0; i < s->n; i++)
		n += s->items[i]->reply_to &&
		    strcmp(s->items[i]->reply_to, a->id) == 0;
	return n;
}

void
select_anno_summary(struct buf *b, const struct anno *a)
{
	buf_adds(b, "[");
	for (size_t t = 0; t < a->ntags; t++)
		buf_printf(b, "%s%s", t ? ", " : "", a->tags[t]);
	buf_adds(b, a->ntags ? "]" : a->note ? "note]" : "highlight]");
	if (a->note) {
		buf_adds(b, " ");
		buf_add(b, a->note, strcspn(a->note, "\n"));
	}
	buf_printf(b, " \xE2\x80\x94 %s", a->creator ? a->creator : "?");
}

/* One annotation on the status line: its summary, then replies and
 * state. */
void
select_anno_status(struct buf *b, const struct anno_set *s,
    const struct anno *a)
{
	size_t replies;

	select_anno_summary(b, a);
	replies = count_replies(s, a);
	if (replies)
		buf_printf(b, ", %zu repl%s", replies, replies == 1 ? "y" :
		    "ies");
	if (a->state != ANNO_ANCHORED)
		buf_printf(b, " (%s)", anno_state_name(a->state));
	if (a->nothers)
		buf_adds(b, " (edited elsewhere too: A shows both, K keeps "
		    "this, O takes the other)");
}

/* The status line says what the caret is on: the annotation that edits
 * act on (the shortest), then every other one whose passage holds the
 * caret too (a tag and a note on overlapping passages). */
static void
status_for_caret(struct reader *r)
{
	struct anno *a = select_anno_at_caret(r);
	const struct travelled *t;
	const struct anno_set *s;
	struct buf b;

	if (a == NULL && (t = travel_at(r, r->caret)) != NULL) {
		buf_init(&b);
		travel_status(r, &b, t);
		set_message(r, false, b.data);
		buf_free(&b);
		return;
	}
	if (a == NULL) {
		if (r->message && !r->message_error)
			set_message(r, false, NULL);
		return;
	}
	s = r->s.docs[r->cur].annos;
	buf_init(&b);
	select_anno_status(&b, s, a);
	for (size_t i = 0; i < s->n; i++) {
		const struct anno *o = s->items[i];

		if (o == a || o->reply_to || o->state == ANNO_ORPHAN ||
		    r->caret < o->cur_start || r->caret >= o->cur_end)
			continue;
		buf_adds(&b, "  +  ");
		select_anno_status(&b, s, o);
	}
	set_message(r, false, b.data);
	buf_free(&b);
}

/* Scrolls so that the caret's line is on screen. */
static void
show_caret(struct reader *r)
{
	size_t li = caret_line(&r->lay, r->caret);
	size_t h = (size_t)(draw_body_height(r) > 0 ? draw_body_height(r) : 1);

	if (li < r->top)
		set_top(r, li);
	else if (li >= r->top + h)
		set_top(r, li - h + 1);
}

void
select_enter(struct reader *r)
{
	struct doc *d = cur_doc(r);
	size_t cp;

	if (d != NULL && r->focus != FOCUS_PANE) {
		r->focus = FOCUS_PANE;
		draw_create_windows(r);	/* narrow windows show one pane */
		r->lay_valid = false;
	}
	if (d == NULL || r->wpane == NULL) {
		set_message(r, true, "no article open");
		return;
	}
	ensure_layout(r);
	cp = r->top < r->lay.n ? r->lay.v[r->top].start : 0;
	/* Start on the current match or problem when it is on screen. */
	if (r->cur_match != SIZE_MAX && r->cur_match < r->nmatches)
		cp = r->matches[r->cur_match].start;
	r->caret_on = true;
	r->selecting = false;
	r->caret = caret_clamp(&r->lay, cp);
	show_caret(r);
	set_message(r, false, "cursor: h j k l, w b words, ( ) sentences, "
	    "{ } paragraphs, v selects, t tags, c notes, Esc leaves");
}

void
select_leave(struct reader *r)
{
	if (r->selecting) {
		r->selecting = false;
		set_message(r, false, "selection cleared");
		return;
	}
	r->caret_on = false;
	set_message(r, false, NULL);
}

void
select_motion(struct reader *r, enum caret_unit unit, int dir)
{
	struct doc *d = cur_doc(r);
	bool to_end;
	size_t to;

	if (d == NULL || !r->caret_on)
		return;
	ensure_layout(r);
	/* Extending a selection forward goes to unit ends, backward to
	 * unit starts, and never past where it began. */
	to_end = r->selecting && (r->caret > r->sel_anchor ||
	    (r->caret == r->sel_anchor && dir > 0));
	to = caret_move(&r->lay, d->text, r->caret, unit, dir, to_end);
	if (r->selecting && ((r->caret > r->sel_anchor && to < r->sel_anchor) ||
	    (r->caret < r->sel_anchor && to > r->sel_anchor)))
		to = r->sel_anchor;
	r->caret = to;
	show_caret(r);
	status_for_caret(r);
}

void
select_toggle(struct reader *r)
{
	if (!r->caret_on)
		select_enter(r);
	r->selecting = !r->selecting;
	r->sel_anchor = r->caret;
	set_message(r, false, r->selecting ? "selecting: move to extend, t "
	    "tags it, c adds a note, v or Esc stops" : "selection cleared");
}

void
select_swap_ends(struct reader *r)
{
	size_t t;

	if (!r->selecting)
		return;
	t = r->caret;
	r->caret = r->sel_anchor;
	r->sel_anchor = t;
	show_caret(r);
}

/* g and G: the caret to the first or the last line of text, as in
 * vim, not only the view. */
void
select_caret_to_end(struct reader *r, bool last)
{
	size_t li = last ? r->lay.n : 0;

	if (!r->caret_on || r->lay.n == 0)
		return;
	if (last)
		while (li > 1 && (r->lay.v[li - 1].flags &
		    (LAYOUT_BLANK | LAYOUT_MARKER)))
			li--;
	r->caret = caret_clamp(&r->lay, r->lay.v[last ? li - 1 : 0].start);
	select_follow_view(r);
}

/* After a scroll the caret comes along if it went off screen. */
void
select_follow_view(struct reader *r)
{
	size_t li, h;

	if (!r->caret_on || r->lay.n == 0)
		return;
	li = caret_line(&r->lay, r->caret);
	h = (size_t)(draw_body_height(r) > 0 ? draw_body_height(r) : 1);
	if (li < r->top)
		r->caret = caret_clamp(&r->lay, r->lay.v[r->top].start);
	else if (li >= r->top + h) {
		size_t last = r->top + h - 1 < r->lay.n ? r->top + h - 1 :
		    r->lay.n - 1;
		r->caret = caret_clamp(&r->lay, r->lay.v[last].start);
	}
}

/* Trims spaces at both ends of [*s, *e). */
static void
trim_range(struct doc *d, size_t *s, size_t *e)
{
	size_t bs = doc_cp_to_byte(d, *s), be = doc_cp_to_byte(d, *e);

	while (*s < *e && (d->text[bs] == ' ' || d->text[bs] == '\t' ||
	    d->text[bs] == '\n')) {
		bs++;
		(*s)++;
	}
	while (*e > *s && (d->text[be - 1] == ' ' || d->text[be - 1] == '\t' ||
	    d->text[be - 1] == '\n')) {
		be--;
		(*e)--;
	}
}

bool
select_range(struct reader *r, size_t *start, size_t *end)
{
	struct doc *d = cur_doc(r);

	if (d == NULL || !r->caret_on)
		return false;
	if (r->selecting && r->sel_anchor != r->caret) {
		*start = r->sel_anchor < r->caret ? r->sel_anchor : r->caret;
		*end = r->sel_anchor < r->caret ? r->caret : r->sel_anchor;
		trim_range(d, start, end);
		return *start < *end;
	}
	return caret_word_at(&r->lay, d->text, r->caret, start, end);
}

/* The code point under a cell of the reading pane, or SIZE_MAX. */
static size_t
cp_at_cell(struct reader *r, int y, int x)
{
	struct doc *d = cur_doc(r);
	int py, px, row, col = 0;
	const struct layout_line *l;
	size_t b, cp, cps, next = 0;

	if (d == NULL || r->wpane == NULL)
		return SIZE_MAX;
	getbegyx(r->wpane, py, px);
	px += pane_margin(r);	/* the article is centred */
	row = y - py - r->header_h;
	if (row < 0 || x < px || row >= draw_body_height(r) ||
	    r->top + (size_t)row >= r->lay.n)
		return SIZE_MAX;
	l = &r->lay.v[r->top + (size_t)row];
	if (l->flags & (LAYOUT_BLANK | LAYOUT_MARKER))
		return caret_clamp(&r->lay, l->start);
	/* A corrected word is as wide as its correction (z=): the cells
	 * after it show the text after it. */
	for (b = l->bstart, cp = l->start; b < l->bend; cp += cps) {
		int w;
		size_t k = layout_unit(&r->lay, d->text, b, l->bend, cp, &next,
		    &w, &cps);

		if (col + w > x - px)
			return cp;
		col += w;
		b += k;
	}
	return l->end;
}

/* Button 1 pressed in the pane starts a selection there; a drag (where
 * the terminal reports motion) or the release ends it. */
bool
select_mouse(struct reader *r, int y, int x, bool press, bool release)
{
	size_t cp = cp_at_cell(r, y, x);

	if (cp == SIZE_MAX)
		return false;
	/* The cell may show the second half of a flag or of an emoji
	 * sequence: the caret and the anchor hold whole characters. */
	cp = caret_cluster_start(&r->lay, cur_doc(r)->text, cp);
	/* A drag whose press curses did not report (events that arrive
	 * together are queued and may be merged) starts where it is. */
	if (!press && !release && !(r->caret_on && r->selecting))
		press = true;
	if (press) {
		if (!r->caret_on)
			select_enter(r);
		r->caret = r->sel_anchor = cp;
		r->selecting = true;
		return true;
	}
	if (!r->caret_on || !r->selecting)
		return false;
	if (release && cp == r->sel_anchor) {
		r->selecting = false;	/* a click: the caret goes there */
		r->caret = cp;
	} else if (cp >= r->sel_anchor)
		/* Dragging forward takes the character under the pointer. */
		r->caret = caret_move(&r->lay, cur_doc(r)->text, cp, CARET_CHAR,
		    1, false);
	else
		r->caret = cp;
	status_for_caret(r);
	return true;
}
