/* resume.c - the reader's side of "where was I" (session/reading.c):
 * read marks, the position each source was left at, the sort chosen. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/reader_int.h"

/* A file with no key (standard input): kept nowhere. */
static char no_key;

void
resume_init(struct reader *r)
{
	char *file = reading_default_path();

	reading_init(&r->reading, file);
	free(file);
	if (reading_load(&r->reading) < 0) {
		char *msg = xasprintf("%s; read marks and positions will "
		    "not be saved", r->reading.damage);
		queue_notice(r, msg);
		free(msg);
	}
	if (r->reading.sort >= 0)
		r->cfg.sort = (enum config_sort)r->reading.sort;
	r->sort_at_start = r->cfg.sort;
	r->reading_keys = xcalloc(r->s.load.n ? r->s.load.n : 1,
	    sizeof *r->reading_keys);
}

/* Source f's key path, resolved on first need (the list draws only a
 * screenful: 10,000 realpath calls at start would be wasted). */
static const char *
key_of(struct reader *r, size_t f)
{
	if (r->reading_keys[f] == NULL) {
		char *k = reading_key_path(r->s.load.paths[f]);
		r->reading_keys[f] = k != NULL ? k : &no_key;
	}
	return r->reading_keys[f] == &no_key ? NULL : r->reading_keys[f];
}

static struct reading_entry *
entry_of(struct reader *r, size_t f, bool make)
{
	const struct doc *d = r->s.load.docs[f];
	const char *key;

	if (d == NULL || (key = key_of(r, f)) == NULL)
		return NULL;
	return make ? reading_touch(&r->reading, key, d->sha256) :
	    reading_find(&r->reading, key, d->sha256);
}

bool
resume_unread(struct reader *r, size_t f)
{
	const struct reading_entry *e;

	if (r->s.load.docs[f] == NULL)
		return false;	/* not loaded yet, or unreadable */
	e = entry_of(r, f, false);
	return e == NULL || !e->read;
}

void
resume_open(struct reader *r, size_t f)
{
	const struct reading_entry *e;

	load_one(r, f);
	e = entry_of(r, f, false);
	open_file(r, f, e != NULL ? e->pos : 0);
}

void
resume_opened(struct reader *r, size_t f)
{
	struct reading_entry *e;

	if (f == r->unmarked)
		return;	/* shown, not yet read: resume_after_key */
	if ((e = entry_of(r, f, true)) != NULL)
		e->read = true;
}

/* The first source is shown at start-up without the user choosing it:
 * opening the reader and quitting must not mark it read, as mutt and
 * newsboat mark an item read only when it is opened. */
void
resume_show_first(struct reader *r, size_t f)
{
	r->unmarked = f;
	resume_open(r, f);
}

void
resume_before_key(const struct reader *r, struct resume_before *b,
    bool in_pane)
{
	b->cur = r->cur;
	b->anchor = r->anchor;
	b->caret = r->caret;
	b->caret_on = r->caret_on;
	b->in_pane = in_pane;
}

/* The source shown at start-up becomes read at the first key that acts
 * on it: one that moves its text (a scroll, a search, a jump to a
 * problem) or the caret, one that takes the focus from the list to it
 * (Enter, Tab), or one in the reading pane that leaves it for another
 * source (]]).  Choosing another source in the list leaves it unread. */
void
resume_after_key(struct reader *r, const struct resume_before *b)
{
	size_t f = r->unmarked;
	bool acted;

	if (f == SIZE_MAX || b->cur != f)
		return;
	if (r->cur != f)
		acted = b->in_pane;
	else
		acted = r->anchor != b->anchor || r->caret_on != b->caret_on ||
		    (r->caret_on && r->caret != b->caret) ||
		    (!b->in_pane && r->focus == FOCUS_PANE && r->wpane);
	if (!acted && r->cur == f)
		return;
	r->unmarked = SIZE_MAX;
	if (acted)
		resume_opened(r, f);
}

void
resume_leave(struct reader *r)
{
	struct reading_entry *e;

	if (r->cur == SIZE_MAX || (e = entry_of(r, r->cur, true)) == NULL)
		return;
	e->pos = r->anchor;
}

/* M: the selected source in the list, else the open one. */
void
resume_toggle_read(struct reader *r)
{
	size_t f = r->focus == FOCUS_LIST && r->nrows > 0 ?
	    r->order[r->sel] : r->cur;
	struct reading_entry *e;

	if (f == SIZE_MAX) {
		set_message(r, true, "no source");
		return;
	}
	if ((e = entry_of(r, f, true)) == NULL) {
		set_message(r, true, r->s.load.docs[f] ?
		    "standard input has no read mark" : "not loaded yet");
		return;
	}
	e->read = !e->read;
	/* The user's own mark stands: the first action no longer marks
	 * the source shown at start-up read. */
	if (f == r->unmarked)
		r->unmarked = SIZE_MAX;
	set_message(r, false, e->read ? "marked read" : "marked unread");
}

char *
resume_finish(struct reader *r)
{
	char *cause = NULL;

	resume_leave(r);
	if (r->cfg.sort != r->sort_at_start) {
		r->reading.sort = (int)r->cfg.sort;
		r->reading.sort_changed = true;
	}
	if (reading_save(&r->reading, &cause) == 0 && cause != NULL) {
		free(cause);	/* saved; only the directory sync failed */
		cause = NULL;
	}
	return cause;
}

void
resume_free(struct reader *r)
{
	for (size_t i = 0; r->reading_keys && i < r->s.load.n; i++)
		if (r->reading_keys[i] != &no_key)
			free(r->reading_keys[i]);
	free(r->reading_keys);
	reading_free(&r->reading);
}
