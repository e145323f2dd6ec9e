/* travel_marks.c - the reading pane's travelled annotations: those other
 * versions of the open source's shared paragraphs carry (session/travel.h),
 * shown in place when T is on.  They are drawn apart from the source's
 * own (underlined and dim, and a mark in a column left of the article,
 * so that they show without colour and in the C locale), the status line
 * says whose they are, and they are read-only here: the edit keys say
 * so rather than annotate the word below.
 *
 * Off until T: they are another source's notes, and the reader should
 * not be shown them as this one's unasked; working them out also needs
 * every source read and the sidecars of the whole story opened. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "session/travel.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

struct travel_marks {
	bool on;
	size_t file;		/* whose annotations v holds, SIZE_MAX */
	struct travelled *v;
	size_t n;
};

int
travel_width(const struct reader *r)
{
	return r->travel != NULL && r->travel->on ? 1 : 0;
}

/* Whether the load is read and cleaned for good: the story groups need
 * every source. */
static bool
load_ready(const struct reader *r)
{
	return r->s.nloaded == r->s.load.n && r->s.crossed;
}

/* The travelled annotations of the open source, once the load is
 * ready. */
const struct travelled *
travel_shown(struct reader *r, size_t *n)
{
	struct travel_marks *t = r->travel;

	*n = 0;
	if (t == NULL || !t->on || r->cur == SIZE_MAX || r->raw ||
	    !load_ready(r))
		return NULL;
	if (t->file != r->cur) {
		free(t->v);
		t->v = session_travelled(&r->s, r->cur, &t->n);
		t->file = r->cur;
	}
	*n = t->n;
	return t->v;
}

void
travel_toggle(struct reader *r)
{
	size_t n;

	if (r->travel == NULL) {
		r->travel = xcalloc(1, sizeof *r->travel);
		r->travel->file = SIZE_MAX;
	}
	r->travel->on = !r->travel->on;
	r->travel->file = SIZE_MAX;	/* annotations may have changed */
	invalidate_layout(r);
	ensure_layout(r);
	if (!r->travel->on) {
		set_message(r, false, "other versions' annotations hidden");
		return;
	}
	travel_shown(r, &n);
	set_message(r, false, !load_ready(r) ? "other "
	    "versions' annotations: shown once every source is read" :
	    n == 0 ? "other versions' annotations: none on this source" :
	    "other versions' annotations shown (read-only, marked in the "
	    "left column)");
}

/* The shortest travelled annotation holding code point cp, or NULL. */
const struct travelled *
travel_at(struct reader *r, size_t cp)
{
	const struct travelled *v, *best = NULL;
	size_t n;

	v = travel_shown(r, &n);
	for (size_t i = 0; i < n; i++)
		if (cp >= v[i].start && cp < v[i].end && (best == NULL ||
		    v[i].end - v[i].start < best->end - best->start))
			best = &v[i];
	return best;
}

attr_t
travel_attr(void)
{
	return theme_attr(THEME_DIM) | A_UNDERLINE;
}

/* The mark left of a line that holds a travelled annotation. */
void
travel_draw(struct reader *r, int row, const struct layout_line *l)
{
	const struct travelled *v;
	int x = pane_margin(r) - gutter_width(r) - 1;
	size_t n;

	if (travel_width(r) == 0 || x < 0 || l->end <= l->start)
		return;
	v = travel_shown(r, &n);
	for (size_t i = 0; i < n; i++)
		if (v[i].start < l->end && v[i].end > l->start) {
			const char *mark = r->utf8 ? "\xe2\x80\xa0" : "+";

			wmove(r->wpane, row, x);
			draw_text(r->wpane, mark, strlen(mark), 1,
			    theme_attr(THEME_DIM), r->utf8);
			return;
		}
}

/* [tags] note -- creator, from TITLE (FILE), for the status line. */
void
travel_status(struct reader *r, struct buf *b, const struct travelled *t)
{
	const struct anno *a = t->anno;
	const struct doc *d = r->s.load.docs[t->source];

	select_anno_status(b, r->s.docs[t->source].annos, a);
	buf_adds(b, ", from ");
	if (d != NULL && d->title != NULL)
		buf_printf(b, "\"%s\" (%s)", d->title,
		    r->s.load.paths[t->source]);
	else
		buf_adds(b, r->s.load.paths[t->source]);
	buf_adds(b, ": another version's, read-only here");
}

/* The version of the travelled annotation an edit would be about: at
 * the caret (none of the source's own there), or selected in the
 * annotations view; SIZE_MAX when none. */
static size_t
travelled_target(struct reader *r)
{
	const struct travelled *t;
	size_t f;

	if (r->view == VIEW_ANNOTATIONS)
		return annotations_travelled_selected(r, &f) ? f : SIZE_MAX;
	if (!r->caret_on || r->view != VIEW_MAIN ||
	    select_anno_at_caret(r) != NULL ||
	    (t = travel_at(r, r->caret)) == NULL)
		return SIZE_MAX;
	return t->source;
}

bool
travel_refuse(struct reader *r)
{
	size_t f = travelled_target(r);
	char *msg;

	if (f == SIZE_MAX)
		return false;
	msg = xasprintf("this annotation belongs to another version "
	    "(%s): read-only here, open that source to edit it",
	    r->s.load.paths[f]);

	set_message(r, true, msg);
	free(msg);
	return true;
}

/* After an edit: the annotations pointed at may have gone. */
void
travel_forget(struct reader *r)
{
	if (r->travel == NULL)
		return;
	free(r->travel->v);
	r->travel->v = NULL;
	r->travel->n = 0;
	r->travel->file = SIZE_MAX;
}

void
travel_free(struct reader *r)
{
	if (r->travel == NULL)
		return;
	free(r->travel->v);
	free(r->travel);
	r->travel = NULL;
}
