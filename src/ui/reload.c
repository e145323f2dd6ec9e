/* reload.c - a source whose file changed on disk: said when the source
 * is opened, on Ctrl-L and after a suspend, refused as the place of a
 * side file, and read again with :e (vim's W11 and :edit). */
#include "config.h"

#include <stdlib.h>

#include "session/session.h"
#include "ui/reader_int.h"

bool
reader_source_unchanged(struct reader *r, size_t f)
{
	char *cause = session_stale_cause(&r->s, f);

	if (cause == NULL)
		return true;
	set_message(r, true, cause);
	free(cause);
	return false;
}

void
reader_say_changed(struct reader *r, size_t f)
{
	if (f != SIZE_MAX)
		(void)reader_source_unchanged(r, f);
}

/* What the reader keeps of document f's text: the entity index, the
 * travelled passages, :grep's hits, the rows of a list view. */
static void
forget_text(struct reader *r, size_t f)
{
	r->index_valid = false;
	travel_forget(r);
	hits_grep_redo(r);
	if (f == r->cur)
		r->cur_problem = SIZE_MAX;
	if (view_ops_of(r)->rows_changed != NULL)
		view_ops_of(r)->rows_changed(r);
}

void
reader_retry_failed(struct reader *r, size_t f)
{
	if (session_retry_failed(&r->s, f))
		forget_text(r, f);
}

/* The source :e reads again: the open one, else the one selected. */
static size_t
source_to_reload(const struct reader *r)
{
	if (r->cur != SIZE_MAX)
		return r->cur;
	return r->nrows > 0 ? r->order[r->sel] : SIZE_MAX;
}

void
reader_reload(struct reader *r)
{
	size_t f = source_to_reload(r), at = r->anchor;
	char *msg;

	if (f == SIZE_MAX) {
		set_message(r, true, ":e: no source to read again");
		return;
	}
	compare_forget(r, f);
	if (!session_reload_doc(&r->s, f)) {
		msg = xasprintf("%s: %s", r->s.load.paths[f],
		    r->s.load.errors[f] ? r->s.load.errors[f] : "not loaded");
		if (f == r->cur)
			open_file(r, f, 0);
		set_message(r, true, msg);
		free(msg);
		return;
	}
	forget_text(r, f);
	/* Where the reading was, as near as the new text allows. */
	if (f == r->cur)
		open_file(r, f, at);
	msg = xasprintf("%s read again from disk", r->s.load.paths[f]);
	set_message(r, false, msg);
	free(msg);
}
