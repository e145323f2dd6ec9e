/* list_search.c - / ? n N and F in the lists: the source list and the
 * full-screen list views search their rows (each view's row_text), and
 * F narrows the source list or the entities view (session/list_filter.h
 * matches; this file only asks and shows). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "session/list_filter.h"
#include "ui/reader_int.h"

/* Whether the keys act on a list: a list view, or the source list with
 * the focus. */
bool
list_search_here(const struct reader *r)
{
	if (r->view != VIEW_MAIN)
		return view_ops_of(r)->row_text != NULL;
	return r->focus == FOCUS_LIST && r->wlist != NULL;
}

static size_t *
selection(struct reader *r)
{
	return r->view == VIEW_MAIN ? &r->sel : &r->view_sel;
}

static bool
row_matches(struct reader *r, size_t i)
{
	char *text = view_ops_of(r)->row_text(r, i);
	bool yes = search_has(text, r->list_pattern);

	free(text);
	return yes;
}

/* What the source list shows of file f and what it hides (the path,
 * the site and the date in a narrow list). */
static char *
source_text(struct reader *r, size_t f)
{
	const struct doc *d = r->s.load.docs[f];

	return xasprintf("%s %s %s %s", d && d->title ? d->title : "",
	    d && d->site ? d->site : "", d && d->date ? d->date : "",
	    r->s.load.paths[f]);
}

char *
source_row_text(struct reader *r, size_t i)
{
	return source_text(r, r->order[i]);
}

static bool
source_matches(struct reader *r, size_t f)
{
	char *text = source_text(r, f);
	bool yes = search_has(text, r->list_pattern);

	free(text);
	return yes;
}

/* n and N in the source list grouped by story: versions folded into a
 * group are searched too (story_list.c). */
static void
search_grouped(struct reader *r, int dir)
{
	bool wrapped = false;
	size_t total, i = story_list_search(r, dir, source_matches, &wrapped,
	    &total);
	char msg[80];

	if (i == SIZE_MAX) {
		say_not_found(r, r->list_pattern, NULL);
		return;
	}
	snprintf(msg, sizeof msg, "source %zu of %zu%s", i + 1, total,
	    wrapped ? " (search wrapped)" : "");
	set_message(r, false, msg);
}

/* n and N: the next row in direction dir (1 down, -1 up) that matches,
 * wrapping round as vim does.  False when there is no pattern. */
bool
list_search_next(struct reader *r, int dir)
{
	const struct view_ops *v = view_ops_of(r);
	size_t n = v->nrows(r), *sel = selection(r);
	char msg[80];

	if (r->list_pattern == NULL) {
		set_message(r, true, "No previous search");
		return false;
	}
	if (r->view == VIEW_MAIN && story_list_on(r)) {
		search_grouped(r, dir);
		return true;
	}
	for (size_t k = 1; k <= n; k++) {
		size_t i = dir > 0 ? (*sel + k) % n : (*sel + n - k % n) % n;

		if (!row_matches(r, i))
			continue;
		if ((dir > 0 && i <= *sel) || (dir < 0 && i >= *sel))
			snprintf(msg, sizeof msg, "row %zu of %zu (search "
			    "wrapped)", i + 1, n);
		else
			snprintf(msg, sizeof msg, "row %zu of %zu", i + 1, n);
		*sel = i;
		if (r->view == VIEW_COMPARE)	/* the top line too */
			compare_search_found(r);
		set_message(r, false, msg);
		return true;
	}
	say_not_found(r, r->list_pattern, NULL);
	return true;
}

/* / and ? typed in a list: its rows, from the selection. */
void
list_search(struct reader *r, const char *pattern, int dir)
{
	if (*pattern) {
		free(r->list_pattern);
		r->list_pattern = xstrdup(pattern);
	}
	r->list_dir = dir;
	/* The rows of sources not read yet have no title to find. */
	if (r->view == VIEW_MAIN)
		reader_load_all(r);
	list_search_next(r, dir);
}

/* F: the filter prompt, with the filter in force to edit and a space
 * after it, as mutt's limit prompt offers its pattern: a word typed
 * narrows the filter, and Ctrl-U starts afresh. */
void
list_filter_prompt(struct reader *r)
{
	const char *now = r->view == VIEW_ENTITIES ? r->ent_filter :
	    r->view == VIEW_MAIN ? r->list_filter : NULL;

	if (r->view != VIEW_MAIN && r->view != VIEW_ENTITIES) {
		set_message(r, true, "F filters the source list and the "
		    "entities view");
		return;
	}
	open_prompt(r, '&');
	if (now != NULL && *now != '\0') {
		buf_adds(&r->input, now);
		buf_adds(&r->input, " ");
	}
}

/* The source list narrowed to the sources lf keeps. */
static void
select_sources(struct reader *r, struct list_filter *lf)
{
	bool *in;

	reader_load_all(r);	/* every source must be looked at */
	if (list_filter_wants_index(lf)) {	/* mentions: names a group */
		entities_build_index(r);
		list_filter_bind_index(lf, &r->index);
	}
	in = xcalloc(r->s.load.n ? r->s.load.n : 1, sizeof *in);
	for (size_t f = 0; f < r->s.load.n; f++)
		in[f] = list_filter_source(lf, &r->s, f);
	reader_set_filter(r, in);
	free(in);
}

static void
filter_sources(struct reader *r, struct list_filter *lf, const char *text)
{
	free(r->filter_name);	/* one filter at a time */
	r->filter_name = NULL;
	select_sources(r, lf);
	free(r->list_filter);
	r->list_filter = xstrdup(text);
	if (r->nrows == 0)
		say_not_found(r, text, "(c lists every source again)");
	else {
		/* The header of a narrow list cuts the filter short. */
		char *msg = xasprintf("%zu of %zu sources: %s (c clears)",
		    story_list_kept(r), r->s.load.n, text);
		set_message(r, false, msg);
		free(msg);
	}
}

/* The filter typed at F's prompt, trimmed (the prompt offers the
 * filter in force with a space after it); an empty one clears it. */
static void
apply_filter(struct reader *r, const char *text)
{
	struct list_filter lf;
	char *err;

	if (*text == '\0') {
		list_filter_clear(r);
		return;
	}
	if (list_filter_parse(&lf, text, r->view == VIEW_ENTITIES ?
	    FILTER_ENTITIES : FILTER_SOURCES, &err) < 0) {
		set_message(r, true, err);
		free(err);
		return;
	}
	if (r->view == VIEW_ENTITIES) {
		free(r->ent_filter);
		r->ent_filter = xstrdup(text);
		entities_refilter(r);
	} else
		filter_sources(r, &lf, text);
	list_filter_free(&lf);
}

void
list_filter_apply(struct reader *r, const char *typed)
{
	char *own;

	if (r->view != VIEW_MAIN && r->view != VIEW_ENTITIES) {
		list_filter_prompt(r);	/* says which lists it filters */
		return;
	}
	own = xstrdup(typed);
	apply_filter(r, str_trim(own));
	free(own);
}

/* C (and c in the source list): the list shown, unfiltered. */
void
list_filter_clear(struct reader *r)
{
	if (r->view == VIEW_ENTITIES) {
		free(r->ent_filter);
		r->ent_filter = NULL;
		entities_refilter(r);
		set_message(r, false, "every entity listed");
		return;
	}
	reader_do_action(r, ACT_CLEAR_FILTER);
}

/* F's filter of the source list applied again, quietly: an entity
 * decision changes which sources mention a group. */
void
list_filter_refresh(struct reader *r)
{
	struct list_filter lf;
	char *err = NULL;

	if (r->list_filter == NULL)
		return;
	if (list_filter_parse(&lf, r->list_filter, FILTER_SOURCES, &err) < 0) {
		free(err);
		return;
	}
	select_sources(r, &lf);
	list_filter_free(&lf);
}
