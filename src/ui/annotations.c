/* annotations.c - the reader's annotations view: the annotations of the
 * open source or of the whole load, with their tags, the first line of
 * their note and their state (anchored, moved, fuzzy, orphan), in the
 * order of the text, each followed by its replies; Enter goes
 * to one, D deletes it (saved at once), u brings the last deletion back.
 * Orphans are listed, never dropped. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anno/anno_foreign.h"
#include "anno/anno_store.h"
#include "anno/anno_stray.h"
#include "anno/anno_thread.h"
#include "anno/anno_user.h"
#include "base/hash.h"
#include "session/travel.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

static void
add_row(struct reader *r, struct anno_row row)
{
	r->anno_rows = xreallocarray(r->anno_rows, r->nanno_rows + 1,
	    sizeof *r->anno_rows);
	r->anno_rows[r->nanno_rows++] = row;
}

/* One file's rows being built: its reply index and verdicts, made once
 * so that listing a big sidecar stays linear. */
struct thread_walk {
	struct reader *r;
	size_t f;
	const struct anno_set *s;
	struct anno_threads t;
	const struct anno **reviews;
	bool *done;
	const char *by_key;	/* :by's name, folded; NULL: anyone */
	/* Rows of a travelled annotation's thread (anno_row.travelled),
	 * its place in the open source at. */
	bool travelled;
	size_t at;
};

/* items[i] and its thread (each reply followed by its own replies) are
 * done; listed when list is set, with depth as their indent (-1: under
 * an annotation that is gone).  The recursion is bounded: a reply chain
 * is never that deep, a cycle written by hand into a sidecar could be. */
static void
walk_thread(struct thread_walk *w, size_t i, int depth, bool list)
{
	w->done[i] = true;
	if (list)
		add_row(w->r, (struct anno_row){ w->f, i, w->reviews[i], depth,
		    w->travelled, w->at });
	if (depth > 32 || depth < -32)
		return;
	for (size_t k = w->t.first_reply[i]; k != ANNO_NONE;
	    k = w->t.next_reply[k])
		if (!w->done[k])
			walk_thread(w, k, depth < 0 ? depth - 1 : depth + 1,
			    list);
}

/* Whether :by keeps the thread of items[i]: its name made the
 * annotation or any reply in it (a review, an answer). */
static bool
thread_by(const struct thread_walk *w, size_t i, int depth)
{
	if (anno_made_by(w->s->items[i], w->by_key))
		return true;
	if (depth > 32)
		return false;
	for (size_t k = w->t.first_reply[i]; k != ANNO_NONE;
	    k = w->t.next_reply[k])
		if (thread_by(w, k, depth + 1))
			return true;
	return false;
}

/* The file's annotations (not replies) that the filter keeps, in the
 * order of the text, each with its thread; those it leaves out are
 * done. */
static void
add_heads_in_text_order(struct thread_walk *w)
{
	const struct anno_set *s = w->s;
	size_t *order = xcalloc(s->n + 1, sizeof *order), n = 0;

	for (size_t i = 0; i < s->n; i++)
		if (!annotations_keeps(w->r, s->items[i], w->reviews[i]) ||
		    (w->by_key != NULL && s->items[i]->reply_to == NULL &&
		    !thread_by(w, i, 0)))
			walk_thread(w, i, 0, false);
	for (size_t i = 0; i < s->n; i++)
		if (s->items[i]->reply_to == NULL && !w->done[i])
			order[n++] = i;
	anno_sort_text_order(s, order, n);
	for (size_t k = 0; k < n; k++)
		if (!w->done[order[k]])
			walk_thread(w, order[k], 0, true);
	free(order);
}

/* Whether items[i], a reply whose annotation is gone, is listed: always
 * unfiltered; under :by when its name took part in it (a verdict filter
 * is about annotations, which it is not). */
static bool
loose_listed(const struct thread_walk *w, size_t i, bool filtering)
{
	if (!filtering)
		return true;
	return w->r->anno_only == ANNO_ONLY_ALL && w->by_key != NULL &&
	    thread_by(w, i, 0);
}

static void
thread_walk_begin(struct thread_walk *w, struct reader *r, size_t f,
    const char *by_key)
{
	*w = (struct thread_walk){ .r = r, .f = f, .s = r->s.docs[f].annos,
	    .by_key = by_key };
	anno_threads_build(&w->t, w->s);
	w->reviews = anno_threads_verdicts(&w->t, w->s);
	w->done = xcalloc(w->s->n ? w->s->n : 1, sizeof *w->done);
}

static void
thread_walk_end(struct thread_walk *w)
{
	free(w->done);
	free(w->reviews);
	anno_threads_free(&w->t);
}

/* Rows of file f: its annotations in text order, each followed by its
 * thread; then replies whose annotation is gone (unless a filter leaves
 * them out), as rows of their own (never under another annotation). */
static void
add_file_rows(struct reader *r, size_t f, bool filtering, const char *by_key)
{
	struct thread_walk w;

	thread_walk_begin(&w, r, f, by_key);
	add_heads_in_text_order(&w);
	for (size_t i = 0; i < w.s->n; i++)
		if (!w.done[i] && loose_listed(&w, i, filtering))
			walk_thread(&w, i, -1, true);
	thread_walk_end(&w);
}

/* items[i] and its thread are not done: walked again, for a travelled
 * annotation shown at a second place. */
static void
unmark_thread(struct thread_walk *w, size_t i, int depth)
{
	w->done[i] = false;
	if (depth > 32)
		return;
	for (size_t k = w->t.first_reply[i]; k != ANNO_NONE;
	    k = w->t.next_reply[k])
		if (w->done[k])
			unmark_thread(w, k, depth + 1);
}

/* The walk of source f's threads for travelled rows, and where each of
 * its annotations is in its set: made once per source, as a listing of
 * a big sidecar stays linear. */
struct travel_source {
	bool begun;
	struct thread_walk w;
	struct hash index;	/* id -> place in the set (tag) */
};

static struct thread_walk *
travel_walk(struct travel_source *ts, struct reader *r, size_t f,
    const char *by_key)
{
	if (!ts->begun) {
		thread_walk_begin(&ts->w, r, f, by_key);
		hash_init(&ts->index);
		for (size_t i = 0; i < ts->w.s->n; i++)
			hash_add(&ts->index, ts->w.s->items[i]->id,
			    strlen(ts->w.s->items[i]->id))->tag = i;
		ts->w.travelled = true;
		ts->begun = true;
	}
	return &ts->w;
}

/* Rows of the annotations other versions made on the open source's
 * shared paragraphs, when T shows them: after the source's own, in the
 * order of the open source's text, each with its thread (replies and
 * reviews, as the source's own), kept by the same filters. */
static void
add_travelled_rows(struct reader *r, const char *by_key)
{
	size_t n;
	const struct travelled *v = travel_shown(r, &n);
	struct travel_source *ts;

	if (n == 0)
		return;
	ts = xcalloc(r->s.load.n, sizeof *ts);
	for (size_t k = 0; k < n; k++) {
		struct thread_walk *w = travel_walk(&ts[v[k].source], r,
		    v[k].source, by_key);
		const struct hash_entry *e = hash_get(&ts[v[k].source].index,
		    v[k].anno->id, strlen(v[k].anno->id));
		size_t i = e != NULL ? e->tag : w->s->n;

		if (i >= w->s->n || w->s->items[i] != v[k].anno)
			continue;
		w->at = v[k].start;
		unmark_thread(w, i, 0);
		if (annotations_keeps(r, w->s->items[i], w->reviews[i]) &&
		    (by_key == NULL || thread_by(w, i, 0)))
			walk_thread(w, i, 0, true);
	}
	for (size_t f = 0; f < r->s.load.n; f++)
		if (ts[f].begun) {
			thread_walk_end(&ts[f].w);
			hash_free(&ts[f].index);
		}
	free(ts);
}

/* Whether row is a source whose sidecar could not be read (a row of its
 * own, saying why, before that source's annotations). */
static bool
unreadable_row(const struct reader *r, size_t row)
{
	return r->anno_rows[row].item == ANNO_ROW_UNREADABLE;
}

/* The annotation of the selected row and its source; NULL when no row
 * or an unreadable sidecar's row is selected. */
struct anno *
annotations_selected(struct reader *r, size_t *f)
{
	/* Another version's: not this source's to edit (travel_refuse). */
	if (r->view_sel >= r->nanno_rows || unreadable_row(r, r->view_sel) ||
	    r->anno_rows[r->view_sel].travelled)
		return NULL;
	*f = r->anno_rows[r->view_sel].file;
	return r->s.docs[*f].annos->items[r->anno_rows[r->view_sel].item];
}

bool
annotations_travelled_selected(const struct reader *r, size_t *f)
{
	if (r->view_sel >= r->nanno_rows ||
	    !r->anno_rows[r->view_sel].travelled)
		return false;
	*f = r->anno_rows[r->view_sel].file;
	return true;
}

/* Rows in list order, file by file in the list's order; the open
 * source's travelled annotations after its own. */
static void
fill_rows(struct reader *r)
{
	bool filtering = r->anno_only != ANNO_ONLY_ALL || r->anno_by != NULL;
	char *by_key = r->anno_by ? anno_user_key(r->anno_by) : NULL;

	r->nanno_rows = r->nanno_unreadable = 0;
	for (size_t k = 0; k < r->s.load.n; k++) {
		size_t f = r->order[k];
		struct anno_set *s = r->s.docs[f].annos;

		if (r->anno_scope_doc && f != r->cur)
			continue;
		if (s != NULL && s->damage != NULL) {
			add_row(r, (struct anno_row){ f, ANNO_ROW_UNREADABLE,
			    NULL, 0, false, 0 });
			r->nanno_unreadable++;
		}
		if (s != NULL && s->n > 0)
			add_file_rows(r, f, filtering, by_key);
		if (f == r->cur)
			add_travelled_rows(r, by_key);
	}
	free(by_key);
}

void
annotations_refresh(struct reader *r)
{
	fill_rows(r);
	if (r->view_sel >= r->nanno_rows)
		r->view_sel = r->nanno_rows ? r->nanno_rows - 1 : 0;
}

/* What an unreadable sidecar means for the user: s->damage names the
 * file and says why. */
static char *
unreadable_text(const struct anno_set *s)
{
	return xasprintf("could not read the sidecar %s; galley leaves it as "
	    "it is and never overwrites it: repair or move it to annotate "
	    "this source", s->damage);
}

/* No annotations: says so, and where the open source's are when it was
 * renamed and its old sidecar is beside it. */
static void
say_none(struct reader *r)
{
	struct doc *d = r->cur != SIZE_MAX ? r->s.load.docs[r->cur] : NULL;
	struct anno_strays *c = anno_strays_create();
	char *stray = d != NULL ? anno_strays_find(c, r->s.load.paths[r->cur],
	    d) : NULL, *msg;

	anno_strays_destroy(c);
	if (stray == NULL) {
		set_message(r, false, r->anno_scope_doc ?
		    "no annotations in this source" : "no annotations");
		return;
	}
	msg = anno_stray_message(r->s.load.paths[r->cur], stray);
	set_message(r, true, msg);
	free(msg);
	free(stray);
}

void
annotations_open(struct reader *r, bool doc_scope)
{
	reader_load_all(r);
	r->anno_scope_doc = doc_scope && r->cur != SIZE_MAX;
	fill_rows(r);
	list_view_show(r, VIEW_ANNOTATIONS);
	if (r->nanno_rows > 0 && unreadable_row(r, 0)) {
		char *t = unreadable_text(r->s.docs[r->anno_rows[0].file].annos);
		set_message(r, true, t);
		free(t);
	} else if (r->nanno_rows == 0)
		say_none(r);
}

/* One row: FILE:LINE [state] tags: first line of the note, or the quote;
 * FILE [unreadable sidecar] and why. */
char *
annotations_row_text(struct reader *r, size_t row)
{
	const struct anno_row *row_of = &r->anno_rows[row];
	size_t f = row_of->file, i = row_of->item;
	const struct anno *a;
	struct doc *d = r->s.load.docs[f];
	struct buf b;
	char *other;
	int depth;

	buf_init(&b);
	if (i == ANNO_ROW_UNREADABLE) {
		char *t = unreadable_text(r->s.docs[f].annos);
		buf_printf(&b, "%s [unreadable sidecar] %s", r->s.load.paths[f], t);
		free(t);
		return buf_steal(&b);
	}
	a = r->s.docs[f].annos->items[i];
	depth = row_of->depth;
	if (row_of->travelled)	/* marked, as in the pane, for no colour */
		buf_adds(&b, r->utf8 ? "\xe2\x80\xa0 " : "+ ");
	if (depth != 0) {
		/* A reply: indented under what it answers, with its author. */
		if (depth < 0)
			buf_printf(&b, "%s [reply to a deleted annotation] ",
			    r->s.load.paths[f]);
		buf_printf(&b, "%*s%s %s: ", depth > 0 ? 2 * depth : 0, "",
		    r->utf8 ? "\xE2\x86\xB3" : "->", a->creator ? a->creator : "?");
		if (a->verdict)
			buf_printf(&b, "%s%s", a->verdict, a->note ? ": " : "");
		if (a->note)
			buf_adds(&b, a->note);
		for (char *p = b.data; *p; p++)
			if (*p == '\n')
				*p = ' ';
		return buf_steal(&b);
	}
	if (row_of->travelled) {
		/* Where it is in the open source, and whose it is. */
		buf_printf(&b, "%s:%zu [travelled from %s, %s",
		    r->s.load.paths[r->cur],
		    doc_file_line(r->s.load.docs[r->cur], row_of->at),
		    r->s.load.paths[f],
		    anno_state_name(a->state));
	} else if (d != NULL && a->state != ANNO_ORPHAN) {
		buf_printf(&b, "%s:%zu [%s", r->s.load.paths[f],
		    doc_file_line(d, a->cur_start), anno_state_name(a->state));
	} else	/* no place, so no line */
		buf_printf(&b, "%s [%s", r->s.load.paths[f],
		    anno_state_name(a->state));
	if (row_of->review != NULL)
		buf_printf(&b, ", %s by %s", row_of->review->verdict,
		    row_of->review->creator ? row_of->review->creator : "?");
	buf_adds(&b, "] ");
	for (size_t t = 0; t < a->ntags; t++)
		buf_printf(&b, "%s%s", t ? ", " : "", a->tags[t]);
	if (a->ntags)
		buf_adds(&b, ": ");
	if (a->note) {
		size_t n = strcspn(a->note, "\n");
		buf_add(&b, a->note, n);
	} else if (a->exact)
		buf_printf(&b, "\"%s\"", a->exact);
	/* Another tool's bodies, which galley keeps but does not read. */
	if ((other = anno_other_bodies(a)) != NULL) {
		buf_printf(&b, "%s(%s)", a->note || a->exact ? " " : "",
		    other);
		free(other);
	}
	if (a->nothers) {
		/* Edited in two places at once: show what the other says,
		 * and the keys that settle it; another version's annotation
		 * is read-only here, K and O say so. */
		buf_adds(&b, "  (");
		anno_conflict_words(&b, a);
		buf_printf(&b, "%s)", row_of->travelled ? "" :
		    "; K keeps this, O takes that");
	}
	for (char *p = b.data; p && *p; p++)
		if (*p == '\n')
			*p = ' ';
	return buf_steal(&b);
}

/* Enter on an unreadable sidecar's row: its source, and why. */
static void
go_unreadable(struct reader *r)
{
	size_t f = r->anno_rows[r->view_sel].file;
	char *t = unreadable_text(r->s.docs[f].annos);

	r->view = VIEW_MAIN;
	reader_open_at(r, f, 0);
	set_message(r, true, t);
	free(t);
}

/* Enter on a travelled annotation's row (or a reply to one): its place
 * in the open source, where T shows it. */
static void
go_travelled(struct reader *r)
{
	char *t = annotations_row_text(r, r->view_sel);

	r->view = VIEW_MAIN;
	reader_open_at(r, r->cur, r->anno_rows[r->view_sel].at);
	set_message(r, false, t);
	free(t);
}

void
annotations_go(struct reader *r)
{
	size_t f = SIZE_MAX;
	const struct anno *a;

	if (r->view_sel < r->nanno_rows && unreadable_row(r, r->view_sel)) {
		go_unreadable(r);
		return;
	}
	if (annotations_travelled_selected(r, &f)) {
		go_travelled(r);
		return;
	}
	if ((a = annotations_selected(r, &f)) == NULL)
		return;
	/* A reply goes to the passage of what it answers. */
	for (int k = 0; a->reply_to && k < 32; k++) {
		const struct anno *p = anno_set_find(r->s.docs[f].annos, a->reply_to);
		if (p == NULL)
			break;
		a = p;
	}
	r->view = VIEW_MAIN;
	if (a->state == ANNO_ORPHAN) {
		set_message(r, true, "an orphan: its passage is no longer in "
		    "the article");
		reader_open_at(r, f, 0);
		return;
	}
	if (!r->raw) {
		/* A passage outside the article shows only in the raw view. */
		size_t li;
		reader_open_at(r, f, a->cur_start);
		li = layout_find(&r->lay, a->cur_start);
		if (li >= r->lay.n || r->lay.v[li].start > a->cur_start ||
		    a->cur_start > r->lay.v[li].end) {
			r->raw = true;
			r->lay_valid = false;
		}
	}
	reader_open_at(r, f, a->cur_start);
	{
		char *t = annotations_row_text(r, r->view_sel);
		set_message(r, false, t);
		free(t);
	}
}

void
annotations_delete(struct reader *r)
{
	size_t f = SIZE_MAX;
	struct anno *a;
	char *cause = NULL;

	if (r->view != VIEW_ANNOTATIONS || travel_refuse(r) ||
	    (a = annotations_selected(r, &f)) == NULL ||
	    !anno_edit_delete_confirmed(r, r->s.docs[f].annos, a))
		return;
	if (anno_delete(r->s.docs[f].annos, a, &cause) != 0) {
		set_message(r, true, cause);
		free(cause);
		return;
	}
	r->last_deleted_file = f;
	anno_edit_save(r, f, "deleted; u brings it back");
	analysis_annotations(r, f);
	annotations_refresh(r);
}

void
annotations_undo(struct reader *r)
{
	size_t f = r->last_deleted_file;

	if (f == SIZE_MAX || f >= r->s.load.n || r->s.docs[f].annos == NULL ||
	    anno_undo_delete(r->s.docs[f].annos) == NULL) {
		set_message(r, true, "nothing to undo");
		return;
	}
	anno_edit_save(r, f, "deletion undone");
	analysis_annotations(r, f);
	if (r->view == VIEW_ANNOTATIONS)
		fill_rows(r);
}

static void
annotation_row(struct reader *r, size_t i, attr_t a)
{
	char *t = annotations_row_text(r, i);

	if (r->anno_rows[i].travelled)
		a |= travel_attr();
	draw_text(stdscr, t, strlen(t), r->cols - 1, a, r->utf8);
	free(t);
}

static void
draw_annotations(struct reader *r)
{
	char head[400];

	size_t bad = r->nanno_unreadable, n = 0, replies = 0, moved = 0;
	char unread[64] = "", nreplies[48] = "", travelled[48] = "";
	char *filter = annotations_filter_text(r);

	/* Replies and reviews are rows too, but not annotations of the
	 * text: counted apart. */
	for (size_t i = 0; i < r->nanno_rows; i++)
		if (!unreadable_row(r, i)) {
			*(r->anno_rows[i].depth == 0 ? &n : &replies) += 1;
			moved += r->anno_rows[i].travelled &&
			    r->anno_rows[i].depth == 0;
		}
	/* Other versions' (T): counted in n, said apart. */
	if (moved)
		snprintf(travelled, sizeof travelled, ", %zu from other "
		    "versions", moved);
	if (replies)
		snprintf(nreplies, sizeof nreplies, ", %zu repl%s", replies,
		    replies == 1 ? "y" : "ies");
	if (bad)
		snprintf(unread, sizeof unread, ", %zu sidecar%s unreadable",
		    bad, bad == 1 ? "" : "s");
	snprintf(head, sizeof head, " %zu annotation%s%s%s%s in %s%s   Enter: "
	    "go  d: %s  t: tags  c: note  R: reply  +/-: accept/reject  "
	    "D: delete  u: undo  q: close", n, n == 1 ? "" : "s", travelled,
	    nreplies, filter, r->anno_scope_doc ? "this source" :
	    "all sources", unread,
	    r->anno_scope_doc ? "all sources" : "this source");
	free(filter);
	draw_list_view(r, head, r->nanno_rows, annotation_row);
}

/* Enter: the annotated passage, in its source. */
static void
annotations_open_selected(struct reader *r)
{
	annotations_go(r);
	relayout_windows(r);
}

static void
annotations_move(struct reader *r, long delta)
{
	list_view_move(r, delta, r->nanno_rows);
}

static bool
annotations_action(struct reader *r, enum ui_action a)
{
	switch (a) {
	case ACT_OPEN:
		annotations_open_selected(r);
		return true;
	case ACT_ENTITY_SCOPE:
		annotations_open(r, !r->anno_scope_doc);
		return true;
	case ACT_DELETE:
		annotations_delete(r);
		return true;
	case ACT_ACCEPT: case ACT_REJECT:
		annotations_review(r, a == ACT_ACCEPT ? "accepted" :
		    "rejected");
		return true;
	default:
		return false;
	}
}

static size_t
annotations_nrows(struct reader *r)
{
	return r->nanno_rows;
}

static const char *
annotations_label(const struct reader *r)
{
	(void)r;
	return "ANNOTATIONS";
}

const struct view_ops annotations_view_ops = {
	.draw = draw_annotations,
	.move_by = annotations_move,
	.action = annotations_action,
	.selected_anno = annotations_selected,
	.rows_changed = annotations_refresh,
	.nrows = annotations_nrows,
	.row_text = annotations_row_text,
	.label = annotations_label,
};
