/* anno_edit.c - annotating from the reader: tag the selection (a one-line
 * prompt that completes tags from the vocabulary), write or edit a note
 * and reply to an annotation (a multi-line editor over the pane), delete
 * the annotation at the caret.  Every change is saved at once through
 * the same code as `galley annotate` (anno.c, anno_store.c). */
#include "config.h"

#include <libgen.h>
#include <stdlib.h>
#include <string.h>

#include "anno/anno_store.h"
#include "anno/anno_user.h"
#include "ui/editor.h"
#include "ui/reader_int.h"

enum edit_kind {
	EDIT_NEW_TAGS,		/* a new annotation on edit_start..edit_end */
	EDIT_NEW_NOTE,
	EDIT_TAGS,		/* the tags of edit_id */
	EDIT_NOTE,		/* the note of edit_id */
	EDIT_REPLY		/* a reply to edit_id */
};

static size_t
complete_tag(void *ctx, const char *word, const char **out, size_t max)
{
	struct reader *r = ctx;
	size_t idx[COMPLETE_MAX], n;

	if (max > COMPLETE_MAX)
		max = COMPLETE_MAX;
	n = anno_vocab_complete(&r->vocab, word, idx, max);
	for (size_t i = 0; i < n && i < max; i++)
		out[i] = r->vocab.tags[idx[i]].name;
	return n < max ? n : max;
}

/* For completion: the vocabulary plus every tag the sidecars use. */
static void
ensure_vocab(struct reader *r)
{
	anno_edit_load_vocab(r);
	for (size_t i = 0; i < r->s.load.n; i++)
		if (r->s.docs[i].annos != NULL)
			anno_vocab_add_set(&r->vocab, r->s.docs[i].annos);
}

static void
open_editor(struct reader *r, enum edit_kind kind, size_t f,
    const struct anno *a, const char *text)
{
	r->editor = xcalloc(1, sizeof *r->editor);
	if (kind == EDIT_NEW_TAGS || kind == EDIT_TAGS) {
		ensure_vocab(r);
		editor_init_line(r->editor, "tags: ", text, complete_tag, r);
	} else
		editor_init_box(r->editor, kind == EDIT_REPLY ? "reply" :
		    "note", text);
	r->edit_kind = kind;
	r->edit_file = f;
	free(r->edit_id);
	r->edit_id = a ? xstrdup(a->id) : NULL;
}

static void
close_editor(struct reader *r)
{
	editor_free(r->editor);
	free(r->editor);
	r->editor = NULL;
	free(r->edit_id);
	r->edit_id = NULL;
}

static char *
tags_text(const struct anno *a)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "");
	for (size_t i = 0; i < a->ntags; i++)
		buf_printf(&b, "%s, ", a->tags[i]);
	return buf_steal(&b);
}

/* The annotation an edit is about: the one selected in the annotations
 * view, or the one at the caret. */
static struct anno *
target(struct reader *r, size_t *f)
{
	const struct view_ops *v = view_ops_of(r);

	if (v->selected_anno != NULL)
		return v->selected_anno(r, f);
	*f = r->cur;
	return select_anno_at_caret(r);
}

/* Starts editing: a new annotation on the selection (or the word at the
 * caret), else the annotation at the caret or in the view. */
static void
start(struct reader *r, bool tags)
{
	size_t f = r->cur, s, e;
	struct anno *a = NULL;
	bool fresh = false;

	if (r->view == VIEW_MAIN && r->selecting && select_range(r, &s, &e))
		fresh = true;
	else if ((a = target(r, &f)) == NULL && r->view == VIEW_MAIN &&
	    select_range(r, &s, &e))
		fresh = true;
	if (!fresh && a == NULL) {
		set_message(r, true, r->view == VIEW_MAIN ? "nothing to "
		    "annotate here: v starts a selection" : "no annotation "
		    "selected");
		return;
	}
	if (f == SIZE_MAX || anno_writable_set(r, f) == NULL)
		return;
	if (fresh) {
		r->edit_start = s;
		r->edit_end = e;
		open_editor(r, tags ? EDIT_NEW_TAGS : EDIT_NEW_NOTE, f, NULL,
		    NULL);
	} else if (tags) {
		char *t = tags_text(a);
		open_editor(r, EDIT_TAGS, f, a, t);
		free(t);
	} else
		open_editor(r, EDIT_NOTE, f, a, a->note);
}

void
anno_edit_tags(struct reader *r)
{
	start(r, true);
}

void
anno_edit_note(struct reader *r)
{
	start(r, false);
}

void
anno_edit_reply(struct reader *r)
{
	size_t f = SIZE_MAX;
	struct anno *a = target(r, &f);

	if (a == NULL) {
		set_message(r, true, "no annotation here to reply to");
		return;
	}
	if (anno_writable_set(r, f) == NULL)
		return;
	open_editor(r, EDIT_REPLY, f, a, NULL);
}

/* Splits "claim, quote ,source" into trimmed, non-empty tags. */
static size_t
split_tags(const char *text, char ***out)
{
	char *copy = xstrdup(text), *p = copy, **tags = NULL;
	size_t n = 0;

	for (;;) {
		char *comma = strchr(p, ','), *end;

		if (comma)
			*comma = '\0';
		while (*p == ' ' || *p == '\t')
			p++;
		end = p + strlen(p);
		while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
			*--end = '\0';
		if (*p) {
			bool dup = false;
			for (size_t i = 0; i < n; i++)
				dup |= strcmp(tags[i], p) == 0;
			if (!dup) {
				tags = xreallocarray(tags, n + 1, sizeof *tags);
				tags[n++] = xstrdup(p);
			}
		}
		if (comma == NULL)
			break;
		p = comma + 1;
	}
	free(copy);
	*out = tags;
	return n;
}

static void
free_tags(char **tags, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(tags[i]);
	free(tags);
}

/* A note without trailing blank lines and spaces; NULL when empty. */
static char *
note_text(const char *text)
{
	size_t n = strlen(text);

	while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\n' ||
	    text[n - 1] == '\t'))
		n--;
	return n ? xstrndup(text, n) : NULL;
}

static void
saved(struct reader *r, size_t f, const char *what)
{
	anno_edit_save(r, f, what);
	analysis_annotations(r, f);
	if (view_ops_of(r)->rows_changed != NULL)
		view_ops_of(r)->rows_changed(r);
}

/* Applies the edit; returns the message's verb or NULL on failure (the
 * message then says why). */
static const char *
apply(struct reader *r, const char *text)
{
	size_t f = r->edit_file;
	struct anno_set *s = r->s.docs[f].annos;
	struct anno *a = r->edit_id ? anno_set_find(s, r->edit_id) : NULL;
	char **tags = NULL, *note = NULL, *who = NULL, *cause = NULL;
	size_t ntags = 0;
	const char *done = NULL;
	int rc = 0;

	if (r->edit_id != NULL && a == NULL) {
		set_message(r, true, "the annotation was deleted meanwhile");
		return NULL;
	}
	if (r->edit_kind == EDIT_NEW_TAGS || r->edit_kind == EDIT_TAGS)
		ntags = split_tags(text, &tags);
	else
		note = note_text(text);
	switch (r->edit_kind) {
	case EDIT_NEW_TAGS: case EDIT_NEW_NOTE:
		who = reader_creator(r);
		rc = anno_add(s, r->s.load.docs[f], r->edit_start, r->edit_end,
		    who, tags, ntags, note, &cause) ? 0 : -1;
		done = ntags ? "tagged" : note ? "note saved" : "highlighted";
		break;
	case EDIT_TAGS:
		rc = anno_set_tags(s, a, tags, ntags, &cause);
		done = "tags saved";
		break;
	case EDIT_NOTE:
		rc = anno_set_note(s, a, note, &cause);
		done = note ? "note saved" : "note removed";
		break;
	case EDIT_REPLY:
		if (note == NULL) {
			set_message(r, false, "empty reply: nothing saved");
			break;
		}
		who = reader_creator(r);
		rc = anno_reply(s, a, who, note, &cause) ? 0 : -1;
		done = "reply saved";
		break;
	}
	if (rc != 0) {
		set_message(r, true, cause ? cause : "not saved");
		done = NULL;
	}
	if (done && ntags)
		for (size_t i = 0; i < ntags; i++)
			anno_vocab_add(&r->vocab, tags[i]);
	free(cause);
	free(who);
	free(note);
	free_tags(tags, ntags);
	return done;
}

void
anno_edit_key(struct reader *r, wint_t ch, bool is_key)
{
	enum editor_result res = editor_key(r->editor, (int)ch, is_key);
	const char *done;
	size_t f = r->edit_file;

	if (res == EDITOR_CONTINUE)
		return;
	if (res == EDITOR_CANCEL) {
		close_editor(r);
		set_message(r, false, "cancelled");
		return;
	}
	done = apply(r, editor_text(r->editor));
	close_editor(r);
	if (done != NULL) {
		r->selecting = false;
		saved(r, f, done);
	}
}

void
anno_edit_delete_at_caret(struct reader *r)
{
	struct anno *a = select_anno_at_caret(r);
	struct anno_set *s;
	char *cause = NULL;

	if (a == NULL) {
		set_message(r, true, "no annotation at the caret");
		return;
	}
	if ((s = anno_writable_set(r, r->cur)) == NULL)
		return;
	if (anno_delete(s, a, &cause) != 0) {
		set_message(r, true, cause);
		free(cause);
		return;
	}
	r->last_deleted_file = r->cur;
	saved(r, r->cur, "deleted; u brings it back");
}

/* A fuzzy or moved annotation: its current place becomes its place. */
void
anno_edit_confirm(struct reader *r)
{
	size_t f = SIZE_MAX;
	struct anno *a = target(r, &f);
	char *cause = NULL;

	if (a == NULL || a->reply_to != NULL) {
		set_message(r, true, "no annotation here to confirm");
		return;
	}
	if (a->state == ANNO_ANCHORED || a->state == ANNO_ORPHAN) {
		set_message(r, true, a->state == ANNO_ORPHAN ? "an orphan has "
		    "no place to confirm" : "already anchored");
		return;
	}
	if (anno_writable_set(r, f) == NULL)
		return;
	if (anno_confirm(r->s.docs[f].annos, a, r->s.load.docs[f], &cause) != 0) {
		set_message(r, true, cause);
		free(cause);
		return;
	}
	saved(r, f, "place confirmed: anchored");
}

/* Resolves a conflict: keep this version (which < 0) or take another. */
void
anno_edit_resolve(struct reader *r, int which)
{
	size_t f = SIZE_MAX;
	struct anno *a = target(r, &f);
	char *cause = NULL;

	if (a == NULL || a->nothers == 0) {
		set_message(r, true, "no conflicting versions here");
		return;
	}
	if (anno_writable_set(r, f) == NULL)
		return;
	if (anno_resolve(r->s.docs[f].annos, a, which, &cause) != 0) {
		set_message(r, true, cause);
		free(cause);
		return;
	}
	saved(r, f, which < 0 ? "conflict resolved: this version kept" :
	    "conflict resolved: the other version taken");
}

/* The tag prompt takes the status line; notes and replies a box over
 * the middle of the screen. */
void
anno_edit_draw(struct reader *r)
{
	int h, w, y, x;
	WINDOW *win;

	if (r->editor == NULL)
		return;
	if (r->edit_kind == EDIT_NEW_TAGS || r->edit_kind == EDIT_TAGS) {
		leaveok(r->wstatus, FALSE);
		editor_draw_line(r->editor, r->wstatus, 0, 0,
		    getmaxx(r->wstatus), r->utf8);
		wnoutrefresh(r->wstatus);
		leaveok(r->wstatus, TRUE);
		return;
	}
	h = r->rows - 1 < 14 ? r->rows - 1 : 14;
	w = r->cols < 72 ? r->cols : 72;
	y = (r->rows - 1 - h) / 2;
	x = (r->cols - w) / 2;
	win = newwin(h, w, y, x);
	if (win == NULL)
		return;
	editor_draw_box(r->editor, win, 0, 0, h, w, r->utf8);
	wnoutrefresh(win);
	delwin(win);
}

void
anno_edit_free(struct reader *r)
{
	if (r->editor)
		close_editor(r);
	anno_vocab_free(&r->vocab);
}
