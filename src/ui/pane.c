/* pane.c - the reading pane: the open source, its layout and scrolling,
 * the search matches in it, and how it is drawn (spans coloured, the
 * header above). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session/travel.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

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

/* Span kinds from lowest to highest priority for the colour. */
static const unsigned span_order[] = { SPAN_ENTITY, SPAN_PROBLEM,
    SPAN_ANNOTATION };

/* Loads and cleans one file on its own; cross-file evidence comes later,
 * once every file is loaded. */
void
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

void
invalidate_layout(struct reader *r)
{
	r->lay_valid = false;
}

/* The article's measure in w columns: the text-width setting, or w
 * when that is narrower (or the setting 0). */
int
text_measure(const struct reader *r, int w)
{
	return r->cfg.text_width > 0 && r->cfg.text_width < w ?
	    r->cfg.text_width : w;
}

static int
pane_width(const struct reader *r)
{
	return text_measure(r, (r->wpane ? getmaxx(r->wpane) : r->cols) -
	    gutter_width(r) - travel_width(r));
}

/* Columns left of the article, which is centred in a wider pane. */
int
pane_margin(const struct reader *r)
{
	int g = gutter_width(r) + travel_width(r);

	return r->wpane ? g + (getmaxx(r->wpane) - g - pane_width(r)) / 2 : 0;
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

/* Starts laying the current document out when the layout is stale, the
 * passage at the anchor to go at the top; the document, or NULL when
 * there is nothing to lay out. */
static struct doc *
layout_doc(struct reader *r, bool *fresh)
{
	struct doc *d;

	*fresh = false;
	if (r->cur == SIZE_MAX || r->wpane == NULL)
		return NULL;
	d = r->s.load.docs[r->cur];
	if (r->lay_valid)
		return r->lay.n > 0 ? d : NULL;
	r->lay_valid = true;
	if (d == NULL) {
		r->lay.n = 0;
		r->lay.done = true;
		return NULL;
	}
	r->lay.corr = r->raw ? NULL : r->s.docs[r->cur].corr;
	r->lay.open = dropped_open(r);
	layout_start(&r->lay, pane_width(r), r->raw, r->utf8);
	*fresh = true;
	return d;
}

/* Lays the current document out up to line `nlines` past the top
 * (SIZE_MAX: all of it), again if it is stale, keeping the passage at the
 * top. */
static void
layout_lines(struct reader *r, size_t nlines)
{
	bool fresh;
	struct doc *d = layout_doc(r, &fresh);

	if (d == NULL)
		return;
	if (fresh) {
		layout_extend(&r->lay, d, r->anchor, 0);
		r->top = layout_find(&r->lay, r->anchor);
	}
	layout_extend(&r->lay, d, 0, nlines > SIZE_MAX - r->top ? SIZE_MAX :
	    r->top + nlines);
	if (fresh && r->top > max_top(r))
		r->top = max_top(r);
}

void
ensure_layout(struct reader *r)
{
	layout_lines(r, SIZE_MAX);
}

/* Lines laid out at a time after the first screen: a few milliseconds'
 * work, so that a key waits little for a step to end; a document this
 * short is laid out whole at once. */
#define LAYOUT_STEP_LINES 500

void
layout_screen(struct reader *r)
{
	size_t h = (size_t)(draw_body_height(r) > 0 ? draw_body_height(r) : 1);

	/* One line past the screen: max_top and set_top stay right. */
	layout_lines(r, h + 1 > LAYOUT_STEP_LINES ? h + 1 : LAYOUT_STEP_LINES);
}

bool
layout_pending(const struct reader *r)
{
	return r->lay_valid && !r->lay.done && r->cur != SIZE_MAX &&
	    r->s.load.docs[r->cur] != NULL;
}

bool
layout_more(struct reader *r)
{
	if (!layout_pending(r))
		return false;
	layout_extend(&r->lay, r->s.load.docs[r->cur], 0,
	    r->lay.n + LAYOUT_STEP_LINES);
	return true;
}

void
scroll_pane(struct reader *r, long delta)
{
	long top = (long)r->top + delta;

	set_top(r, top < 0 ? 0 : (size_t)top);
}

void
clear_matches(struct reader *r)
{
	free(r->matches);
	r->matches = NULL;
	r->nmatches = 0;
	r->cur_match = SIZE_MAX;
}

/* Whether a match is on a line of the current layout. */
bool
match_shown(const struct reader *r, const struct match *m)
{
	size_t li = layout_find(&r->lay, m->start);

	return li < r->lay.n && r->lay.v[li].start <= m->start &&
	    m->start < r->lay.v[li].end + 1 &&
	    !(r->lay.v[li].flags & LAYOUT_BLANK);
}

/* The matches the current view shows (the clean view hides dropped
 * blocks and the title, which the header shows). */
void
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

/* The chosen entity's mentions in the open source become the matches. */
void
entities_matches(struct reader *r)
{
	size_t k = 0;

	if (r->ent_mentions == NULL || r->cur == SIZE_MAX)
		return;
	free(r->matches);
	r->matches = xcalloc(r->nent_mentions + 1, sizeof *r->matches);
	for (size_t i = 0; i < r->nent_mentions; i++) {
		size_t doc = r->ent_mentions[2 * i], mi = r->ent_mentions[2 * i + 1];
		if (doc != r->cur || mi >= r->s.mentions[doc].n)
			continue;
		r->matches[k].start = r->s.mentions[doc].v[mi].start;
		r->matches[k].end = r->s.mentions[doc].v[mi].end;
		k++;
	}
	r->nmatches = k;
	r->cur_match = SIZE_MAX;
}

/* The chosen entity's mention n (dir > 0: a source's first) or N (its
 * last) comes to in the nearest row after row (before it) of the list as
 * shown, as mutt's next and previous follow the index's sort; row
 * SIZE_MAX: from the top (the bottom).  SIZE_MAX when no row has one. */
size_t
entity_mention_from(const struct reader *r, size_t row, int dir)
{
	size_t n = r->nent_mentions, pos = SIZE_MAX, *at, i;

	if (r->nrows == 0 || n == 0)
		return SIZE_MAX;
	/* at[f]: f's mention to go to, written last. */
	at = xreallocarray(NULL, r->s.load.n, sizeof *at);
	for (i = 0; i < r->s.load.n; i++)
		at[i] = SIZE_MAX;
	for (size_t k = 0; k < n; k++) {
		size_t j = dir > 0 ? n - 1 - k : k;

		if (r->ent_mentions[2 * j] < r->s.load.n)
			at[r->ent_mentions[2 * j]] = j;
	}
	if (row == SIZE_MAX)
		i = dir > 0 ? 0 : r->nrows - 1;
	else
		i = dir > 0 ? row + 1 : row - 1;
	/* Before the first row, i wraps round to SIZE_MAX. */
	while (i < r->nrows && (pos = at[r->order[i]]) == SIZE_MAX)
		i = dir > 0 ? i + 1 : i - 1;
	free(at);
	return pos;
}

/* The chosen entity's mentions go on in other sources: n past the last
 * mention of this source opens the next row's source that has one. */
static bool
next_mention_file(struct reader *r, int dir)
{
	size_t pos = entity_mention_from(r, list_row(r, r->cur), dir);
	size_t doc, mi;
	char msg[96];

	if (pos == SIZE_MAX)
		return false;
	doc = r->ent_mentions[2 * pos];
	mi = r->ent_mentions[2 * pos + 1];
	if (mi >= r->s.mentions[doc].n)
		return false;
	reader_open_at(r, doc, r->s.mentions[doc].v[mi].start);
	r->cur_match = dir > 0 ? 0 : (r->nmatches ? r->nmatches - 1 : 0);
	if (r->nmatches > 0) {
		set_top(r, layout_find(&r->lay, r->matches[r->cur_match].start));
		snprintf(msg, sizeof msg, "match %zu of %zu (%s source)",
		    r->cur_match + 1, r->nmatches, dir > 0 ? "next" : "previous");
		set_message(r, false, msg);
	}
	return true;
}

/* Where a search starts, as in less: forward from the first line shown,
 * backward from the end of the last. */
size_t
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

void
goto_match(struct reader *r, int dir, bool from_here)
{
	size_t from = screen_origin(r, dir), n = r->nmatches;
	size_t best = SIZE_MAX;

	if (n == 0) {
		if (r->pattern || r->ent_mentions)
			say_not_found(r, r->pattern, NULL);
		else
			set_message(r, true, "No previous search");
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
		say_none_further(r, "matches", dir);
		return;
	}
	show_match(r, best);
}

/* Goes to the match that starts at cp: a search from the screen could
 * find another one first (on the same line, or above it when the end of
 * the article holds the screen back). */
void
goto_match_at(struct reader *r, size_t cp)
{
	for (size_t i = 0; i < r->nmatches; i++)
		if (r->matches[i].start == cp) {
			show_match(r, i);
			return;
		}
	goto_match(r, 1, true);
}

/* A blocks file that could not be read whole, told once, the first time
 * its document opens (it may have been loaded before, for an index):
 * its choices after the bad line are lost for the session, and the file
 * is never written over. */
static void
tell_choices_cause(struct reader *r, size_t f)
{
	struct session_doc *sd = &r->s.docs[f];

	if (sd->choices_cause == NULL || sd->choices_told)
		return;
	sd->choices_told = true;
	queue_notice(r, sd->choices_cause);
}

void
open_file(struct reader *r, size_t f, size_t at)
{
	/* One that could not be read (a permission since given) is tried
	 * again. */
	reader_retry_failed(r, f);
	load_one(r, f);
	if (r->s.load.docs[f] != NULL) {	/* its corrections, shown */
		char *cause;

		session_corrections(&r->s, f, &cause);
		if (cause != NULL)
			queue_notice(r, cause);
		free(cause);
		/* Corrections the text no longer has: said, not lost. */
		if ((cause = session_corrections_unmatched(&r->s, f)) != NULL)
			queue_notice(r, cause);
		free(cause);
		tell_choices_cause(r, f);
	}
	if (f != r->cur) {
		r->caret_on = r->selecting = false;
		resume_leave(r);
	}
	r->cur = f;
	resume_opened(r, f);
	r->cur_problem = SIZE_MAX;
	r->anchor = at;
	r->top = 0;
	invalidate_layout(r);
	/* The rest of a long document is laid out between keys. */
	layout_screen(r);
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
	} else
		reader_say_changed(r, f);
}

void
relayout_windows(struct reader *r)
{
	draw_create_windows(r);
	invalidate_layout(r);
	ensure_layout(r);
	clearok(curscr, TRUE);
}

void
reader_open_at(struct reader *r, size_t f, size_t cp)
{
	size_t row = list_row(r, f);

	if (row != SIZE_MAX)
		r->sel = row;
	r->focus = FOCUS_PANE;
	relayout_windows(r);
	open_file(r, f, cp);
	ensure_layout(r);
	set_top(r, layout_find(&r->lay, cp));
}

static void
draw_header(struct reader *r, struct doc *d)
{
	WINDOW *w = r->wpane;
	int width = pane_width(r), x = pane_margin(r);
	struct buf meta;
	/* With its corrections (z= on a problem of the title), as the
	 * clean view's text; the raw view shows none. */
	char *fixed = debris_title(d, r->raw ? NULL :
	    r->s.docs[r->cur].corr);
	const char *title = fixed ? fixed : "(no title)";

	wmove(w, 0, 0);
	wclrtoeol(w);
	wmove(w, 0, x);
	draw_text_cut(w, title, strlen(title), width, theme_attr(THEME_TITLE),
	    r->utf8);
	free(fixed);
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
	wmove(w, 1, x);
	draw_text_cut(w, meta.data, meta.len, width, theme_attr(THEME_META),
	    r->utf8);
	buf_free(&meta);
	wmove(w, 2, 0);
	wclrtoeol(w);
}

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

/* paint for what the reader is doing (matches, the selection): without
 * colour their attributes replace those below instead of adding to
 * them, or a match on an annotated entity would take the very
 * attributes of the annotation (bold, italic and reverse all three). */
static void
paint_over(attr_t *attrs, size_t n, size_t line_start, size_t start,
    size_t end, attr_t a)
{
	size_t from = start > line_start ? start - line_start : 0;
	size_t to = end - line_start < n ? end - line_start : n;

	if (theme_depth_used() != THEME_MONO) {
		paint(attrs, n, line_start, start, end, a);
		return;
	}
	for (size_t i = from; i < to; i++)
		attrs[i] = a;
}

/* Whether entity span s of the open source is a mention the model
 * scored below the entity-confidence setting. */
static bool
unsure_mention(const struct reader *r, const struct span *s)
{
	const struct mention_list *l = &r->s.mentions[r->cur];

	return s->kind == SPAN_ENTITY && s->ref < l->n &&
	    (l->v[s->ref].flags & MENTION_SCORED) &&
	    l->v[s->ref].score < r->cfg.entity_confidence;
}

/* How span s is painted. */
static attr_t
span_attr(const struct reader *r, const struct span *s)
{
	attr_t a;

	if (s->kind == SPAN_ANNOTATION && s->sub > 0 && s->sub <= r->vocab.n)
		return theme_tag_attr(r->vocab.tags[s->sub - 1].colour);
	a = theme_attr(theme_for_span(s->kind, s->sub));
	return unsure_mention(r, s) ? theme_low_confidence(a) : a;
}

/* Other versions' annotations (T), over the source's own spans. */
static bool
paint_travelled(struct reader *r, const struct layout_line *l,
    attr_t *attrs, size_t n)
{
	size_t nt;
	const struct travelled *t = travel_shown(r, &nt);
	bool any = false;

	for (size_t i = 0; i < nt; i++)
		if (t[i].end > l->start && t[i].start < l->end) {
			paint(attrs, n, l->start, t[i].start, t[i].end,
			    travel_attr());
			any = true;
		}
	return any;
}

static bool
line_attrs(struct reader *r, const struct doc *d,
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
			    span_attr(r, s));
			any = true;
		}
	any |= paint_travelled(r, l, h->attrs, n);
	for (size_t i = 0; i < r->nmatches; i++) {
		const struct match *m = &r->matches[i];

		if (m->end <= l->start || m->start >= l->end)
			continue;
		paint_over(h->attrs, n, l->start, m->start, m->end,
		    theme_attr(i == r->cur_match ? THEME_CURRENT_MATCH :
		    THEME_MATCH));
		any = true;
	}
	if (r->caret_on && r->selecting && r->sel_anchor != r->caret) {
		size_t s = r->sel_anchor < r->caret ? r->sel_anchor : r->caret;
		size_t e = r->sel_anchor < r->caret ? r->caret : r->sel_anchor;

		if (s < l->end && e > l->start) {
			paint_over(h->attrs, n, l->start, s, e,
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

/* Code points [from, to) of line l, coloured as line_attrs says. */
static void
draw_run(struct reader *r, struct doc *d, const struct layout_line *l,
    size_t from, size_t to, attr_t a, bool hl, struct hl_ctx *hc)
{
	size_t bfrom = from == l->start ? l->bstart : doc_cp_to_byte(d, from);
	size_t bto = to == l->end ? l->bend : doc_cp_to_byte(d, to);
	int room = getmaxx(r->wpane) - getcurx(r->wpane);

	hc->text = d->text + bfrom;	/* line_attr counts from here */
	hc->b = 0;
	hc->cp = from;
	if (room > 0 && bto > bfrom)
		draw_text_hl(r->wpane, d->text + bfrom, bto - bfrom, room, a,
		    r->utf8, hl ? line_attr : NULL, hc);
}

/* Code points [from, to) of line l but the debris the layout hides. */
static void
draw_part(struct reader *r, struct doc *d, const struct layout_line *l,
    size_t from, size_t to, attr_t a, bool hl, struct hl_ctx *hc)
{
	const struct hidden_list *h = &r->lay.hide;

	for (size_t i = hidden_from(h, from); i < h->n && h->v[i].start < to;
	    i++) {
		if (h->v[i].start > from)
			draw_run(r, d, l, from, h->v[i].start, a, hl, hc);
		from = h->v[i].end;
	}
	if (from < to)
		draw_run(r, d, l, from, to, a, hl, hc);
}

/* A line of the article, its corrected words (z=) shown corrected,
 * underlined (the layout wrapped the corrected text). */
static void
draw_line(struct reader *r, struct doc *d, const struct layout_line *l,
    attr_t a, bool hl, struct hl_ctx *hc)
{
	const struct corrections *c = r->s.docs[r->cur].corr;
	size_t at = l->start;

	for (size_t i = 0; c != NULL && i < c->n && !r->raw; i++) {
		const struct correction *x = &c->v[i];
		int room;

		if (x->start < at || x->end > l->end)
			continue;
		draw_part(r, d, l, at, x->start, a, hl, hc);
		room = getmaxx(r->wpane) - getcurx(r->wpane);
		/* The caret on a corrected word is on its correction. */
		if (room > 0)
			draw_text(r->wpane, x->fix, strlen(x->fix), room,
			    r->caret_on && r->caret >= x->start &&
			    r->caret < x->end ? theme_attr(THEME_CARET) :
			    a | A_UNDERLINE | A_BOLD, r->utf8);
		at = x->end;
	}
	draw_part(r, d, l, at, l->end, a, hl, hc);
}

void
draw_pane(struct reader *r)
{
	WINDOW *w = r->wpane;
	struct doc *d = r->cur != SIZE_MAX ? r->s.load.docs[r->cur] : NULL;
	int h = getmaxy(w), width = getmaxx(w), x = pane_margin(r);

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
		wmove(w, row, x);
		l = &r->lay.v[li];
		a = (l->flags & LAYOUT_DIM) ? theme_attr(THEME_DIM) :
		    (l->flags & LAYOUT_HEADING) ? theme_attr(THEME_HEADING) :
		    theme_attr(THEME_NORMAL);
		if (l->flags & LAYOUT_MARKER) {
			dropped_draw(r, l);
			gutter_draw(r, row, l);
			continue;
		}
		hl = line_attrs(r, d, l, &hc);
		draw_line(r, d, l, a, hl, &hc);
		free(hc.attrs);
		/* A caret after the line's last character. */
		if (r->caret_on && r->caret == l->end && getcury(w) == row &&
		    getcurx(w) < width && caret_line(&r->lay, r->caret) == li)
			waddch(w, ' ' | theme_attr(THEME_CARET));
		gutter_draw(r, row, l);
		travel_draw(r, row, l);
	}
	wnoutrefresh(w);
}
