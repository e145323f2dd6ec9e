/* dropped.c - the clean view's markers of dropped blocks.  Where the
 * cleaner cut blocks from inside the article, the layout shows one dim
 * row, "[3 blocks dropped]"; za opens the run in place (its blocks dim)
 * and closes it again.  Which runs are open is kept for the open source
 * only, for this session. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/reader_int.h"
#include "ui/theme.h"

struct dropped_runs {
	size_t file;		/* whose runs open[] is about, SIZE_MAX */
	unsigned char *open;	/* by a run's first block */
	size_t n;
};

/* The open runs of the open source, reset when another is opened. */
const unsigned char *
dropped_open(struct reader *r)
{
	struct dropped_runs *dr = r->dropped;

	if (dr == NULL || r->cur == SIZE_MAX)
		return NULL;
	if (dr->file != r->cur) {
		free(dr->open);
		dr->open = NULL;
		dr->n = 0;
		dr->file = r->cur;
	}
	return dr->open;
}

/* The first marker from line i down to the screen's end; SIZE_MAX if
 * none. */
static size_t
marker_below(const struct reader *r, size_t i)
{
	const struct layout *l = &r->lay;
	size_t end = r->top + (size_t)draw_body_height(r);

	for (; i < l->n && i < end; i++)
		if (l->v[i].flags & LAYOUT_MARKER)
			return i;
	return SIZE_MAX;
}

/* The marker at line i or nearest above it, not above the screen's top
 * unless line i shows an open run's block (whose marker may be far
 * above); SIZE_MAX if none. */
static size_t
marker_above(const struct reader *r, size_t i)
{
	const struct layout *l = &r->lay;
	bool in_run = i < l->n && (l->v[i].flags & LAYOUT_DIM);

	for (i++; i-- > 0;) {
		if (l->v[i].flags & LAYOUT_MARKER)
			return i;
		if (i <= r->top && !in_run)
			break;
	}
	return SIZE_MAX;
}

/* The marker za acts on: with the caret, the one at or nearest above
 * its line, else the first below it on the screen; without, the run the
 * top line is in when it shows an open run's block, else the first
 * marker on the screen; SIZE_MAX if none. */
static size_t
marker_for_za(const struct reader *r)
{
	const struct layout *l = &r->lay;
	size_t at = r->caret_on ? caret_line(l, r->caret) : r->top, m;

	if (at >= l->n)
		return SIZE_MAX;
	if (r->caret_on) {
		m = marker_above(r, at);
		return m != SIZE_MAX ? m : marker_below(r, at);
	}
	if (l->v[at].flags & LAYOUT_DIM && (m = marker_above(r, at)) !=
	    SIZE_MAX)
		return m;
	return marker_below(r, at);
}

void
dropped_toggle(struct reader *r)
{
	struct doc *d;
	size_t m;
	uint32_t run;

	if (r->cur == SIZE_MAX || r->raw ||
	    (d = r->s.load.docs[r->cur]) == NULL) {
		set_message(r, true, "za: no dropped blocks here (the raw "
		    "page shows them all)");
		return;
	}
	ensure_layout(r);
	if ((m = marker_for_za(r)) == SIZE_MAX) {
		set_message(r, true, "no dropped blocks on the screen");
		return;
	}
	if (r->dropped == NULL) {
		r->dropped = xcalloc(1, sizeof *r->dropped);
		r->dropped->file = SIZE_MAX;
	}
	dropped_open(r);
	if (r->dropped->open == NULL) {
		r->dropped->open = xcalloc(d->nblocks, 1);
		r->dropped->n = d->nblocks;
	}
	run = r->lay.v[m].run;
	r->dropped->open[run] = !r->dropped->open[run];
	/* Keep the marker's row where it is. */
	if (m < r->top)
		r->anchor = r->lay.v[m].start;
	invalidate_layout(r);
	ensure_layout(r);
	set_message(r, false, r->dropped->open[run] ? "dropped blocks shown, "
	    "dim (za hides them)" : "dropped blocks hidden");
}

/* Block i of the open source, dropped, is about to be kept: when it is
 * in an open run, the run's blocks after it, a run of their own once it
 * is kept, stay open.  Call with the layout from before the change. */
void
dropped_keep_open_after(struct reader *r, size_t i)
{
	const unsigned char *open = dropped_open(r);
	const struct doc *d = r->s.load.docs[r->cur];
	size_t run = SIZE_MAX;

	for (size_t k = 0; k < r->lay.n && !r->raw; k++)
		if ((r->lay.v[k].flags & LAYOUT_MARKER) && r->lay.v[k].run <= i)
			run = r->lay.v[k].run;
	if (open == NULL || run == SIZE_MAX || !open[run])
		return;
	for (size_t k = run; k < i; k++)
		if (d->blocks[k].keep && d->blocks[k].kind != BLOCK_TITLE)
			return;	/* i is past that run's end */
	for (size_t k = i + 1; k < r->dropped->n && !d->blocks[k].keep; k++)
		r->dropped->open[k] = 1;
}

/* The marker line l: how many blocks were dropped, and whether they
 * are shown. */
void
dropped_draw(struct reader *r, const struct layout_line *l)
{
	const unsigned char *open = dropped_open(r);
	bool shown = open != NULL && open[l->run];
	char s[96];
	int room = getmaxx(r->wpane) - getcurx(r->wpane);

	snprintf(s, sizeof s, "[%lu block%s dropped%s]",
	    (unsigned long)l->nrun, l->nrun == 1 ? "" : "s",
	    shown ? ", shown: za hides them" : "");
	if (room > 0)
		draw_text(r->wpane, s, strlen(s), room, theme_attr(THEME_DIM),
		    r->utf8);
}

void
dropped_free(struct reader *r)
{
	if (r->dropped != NULL)
		free(r->dropped->open);
	free(r->dropped);
	r->dropped = NULL;
}
