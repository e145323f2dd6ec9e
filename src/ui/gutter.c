/* gutter.c - the reading pane's gutter: beside each paragraph that other
 * sources of the load carry too (session_shared_paras), a quiet mark and,
 * on its first line, how many others carry it.  # shows and hides it;
 * shown, it takes GUTTER_COLS columns left of the article. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/reader_int.h"
#include "ui/theme.h"

#define GUTTER_COLS 3

struct gutter {
	bool on;
	size_t file;		/* whose paragraphs are below, SIZE_MAX */
	struct shared_para *v;
	size_t n;
};

int
gutter_width(const struct reader *r)
{
	return r->gutter != NULL && r->gutter->on ? GUTTER_COLS : 0;
}

void
gutter_toggle(struct reader *r)
{
	if (r->gutter == NULL) {
		r->gutter = xcalloc(1, sizeof *r->gutter);
		r->gutter->file = SIZE_MAX;
	}
	r->gutter->on = !r->gutter->on;
	invalidate_layout(r);
	ensure_layout(r);
	set_message(r, false, r->gutter->on ? "shared paragraphs marked: the "
	    "number of other sources that carry each" :
	    "shared paragraphs not marked");
}

/* The shared paragraphs of the open source, once the load is read and
 * cleaned for good (the story groups need every source). */
static bool
gutter_ready(struct reader *r)
{
	struct gutter *g = r->gutter;

	if (r->cur == SIZE_MAX || r->s.nloaded < r->s.load.n || !r->s.crossed)
		return false;
	if (g->file != r->cur) {
		free(g->v);
		g->v = session_shared_paras(&r->s, r->cur, &g->n);
		g->file = r->cur;
	}
	return true;
}

/* The shared paragraph holding code point cp, or NULL. */
static const struct shared_para *
shared_at(const struct gutter *g, size_t cp)
{
	size_t lo = 0, hi = g->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (g->v[mid].end <= cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < g->n && g->v[lo].start <= cp ? &g->v[lo] : NULL;
}

/* The gutter of screen row `row`, which shows layout line l. */
void
gutter_draw(struct reader *r, int row, const struct layout_line *l)
{
	const struct shared_para *p;
	char mark[8];
	int x = pane_margin(r) - GUTTER_COLS;

	if (gutter_width(r) == 0 || x < 0 || r->raw || !gutter_ready(r))
		return;
	if (l->end <= l->start)
		return;		/* a blank line between paragraphs */
	p = shared_at(r->gutter, l->start);
	if (p == NULL)
		return;
	if (l->start <= p->start)
		snprintf(mark, sizeof mark, "%2zu", p->others < 99 ?
		    p->others : (size_t)99);
	else
		snprintf(mark, sizeof mark, " %s", r->utf8 ? "\xe2\x94\x82" :
		    "|");
	wmove(r->wpane, row, x);
	draw_text(r->wpane, mark, strlen(mark), GUTTER_COLS - 1,
	    theme_attr(THEME_DIM), r->utf8);
}

void
gutter_free(struct reader *r)
{
	if (r->gutter == NULL)
		return;
	free(r->gutter->v);
	free(r->gutter);
	r->gutter = NULL;
}
