/* anno_edit.c - annotating from the reader: tag the selection (a one-line
 * prompt that completes tags from the vocabulary), write or edit a note
 * and reply to an annotation (a multi-line editor over the pane), delete
 * the annotation at the caret.  Every change is saved at once through
 * the same code as `galley annotate` (anno.c, anno_store.c). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "anno/anno_store.h"
#include "anno/anno_tag.h"
#include "base/escape.h"
#include "anno/anno_user.h"
#include "ui/editor.h"
#include "doc/cells.h"
#include "ui/reader_int.h"

/* Tags the tag prompt offers under the digits 1-9. */
#define QUICK_TAGS 9

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

/* The note or reply editor's title: what it is and the passage it
 * attaches to, always, so that a note never lands on another one. */
static char *
box_title(struct reader *r, enum edit_kind kind, size_t f,
    const struct anno *a)
{
	char *quote = NULL;
	struct buf b;

	if (a != NULL && a->exact != NULL)
		quote = xstrdup(a->exact);
	else if (a == NULL)
		quote = doc_substr(r->s.load.docs[f], r->edit_start,
		    r->edit_end);
	buf_init(&b);
	buf_adds(&b, kind == EDIT_REPLY ? "reply to " : kind == EDIT_NOTE ||
	    kind == EDIT_NEW_NOTE ? "note on " : "tags on ");
	if (quote != NULL) {
		size_t n = 0, i;

		/* At most 40 characters of it, on one line. */
		for (i = 0; quote[i] && n < 40; i++)
			n += ((unsigned char)quote[i] & 0xC0) != 0x80;
		while (((unsigned char)quote[i] & 0xC0) == 0x80)
			i++;
		char *shown = xstrndup(quote, i);

		buf_addc(&b, '"');
		buf_add_printable_line(&b, shown);
		buf_adds(&b, quote[i] ? "...\"" : "\"");
		free(shown);
	} else
		buf_adds(&b, "the annotation");
	free(quote);
	return buf_steal(&b);
}

/* The tag prompt's label: the quick picks, "tags (1 claim, 2 source):
 * ", as many of the first nine tags of the vocabulary (.galley-tags
 * first, in its order) as fit in half the window (48 columns at most),
 * leaving the rest to what is typed. */
static char *
tags_label(struct reader *r)
{
	size_t room = r->cols / 2 < 48 ? (size_t)r->cols / 2 : 48;
	struct buf b;
	size_t n = 0;

	buf_init(&b);
	buf_adds(&b, "tags");
	for (size_t i = 0; i < r->vocab.n && i < QUICK_TAGS; i++) {
		size_t len = strlen(r->vocab.tags[i].name);

		if (b.len + len + 7 > room)
			break;
		buf_printf(&b, "%s%zu ", n++ ? ", " : " (", i + 1);
		buf_add_printable_line(&b, r->vocab.tags[i].name);
	}
	buf_adds(&b, n ? "): " : ": ");
	return buf_steal(&b);
}

/* A digit typed first in the tag prompt picks that quick tag at once;
 * a tag that starts with a digit is typed after a space.  Returns the
 * tag, or NULL when ch is no such pick. */
static const char *
quick_tag(const struct reader *r, wint_t ch, bool is_key)
{
	const char *typed = editor_text(r->editor);
	size_t k;

	if (is_key || ch < '1' || ch > '9' || (typed && *typed) ||
	    (r->edit_kind != EDIT_NEW_TAGS && r->edit_kind != EDIT_TAGS))
		return NULL;
	k = (size_t)(ch - '1');
	return k < r->vocab.n && k < QUICK_TAGS ? r->vocab.tags[k].name :
	    NULL;
}

static void
open_editor(struct reader *r, enum edit_kind kind, size_t f,
    const struct anno *a, const char *text)
{
	r->editor = xcalloc(1, sizeof *r->editor);
	if (kind == EDIT_NEW_TAGS || kind == EDIT_TAGS) {
		char *label;

		ensure_vocab(r);
		label = tags_label(r);
		editor_init_line(r->editor, label, text, complete_tag, r);
		free(label);
	} else {
		char *title = box_title(r, kind, f, a);

		editor_init_box(r->editor, title, text);
		free(title);
		/* The editor keeps no control character (it could not show
		 * one safely): a stranger's note that has some would lose
		 * them at F2 without a word. */
		if (text != NULL && strcmp(editor_text(r->editor), text) != 0)
			set_message(r, true, "this note has control characters "
			    "the editor drops: saving it removes them (Esc "
			    "leaves the note as it is)");
	}
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
/* c right after t: the annotation t just made. */
static struct anno *
just_tagged(struct reader *r)
{
	if (r->just_tagged == NULL || r->view != VIEW_MAIN ||
	    r->cur == SIZE_MAX || r->s.docs[r->cur].annos == NULL)
		return NULL;
	return anno_set_find(r->s.docs[r->cur].annos, r->just_tagged);
}

/* The note editor's text: what the tag prompt refused (c makes it a
 * note), after the note a already has. */
static char *
note_start_text(struct reader *r, const struct anno *a)
{
	char *offer = r->note_offer, *t;

	r->note_offer = NULL;
	if (offer == NULL)
		return a && a->note ? xstrdup(a->note) : NULL;
	if (a == NULL || a->note == NULL)
		return offer;
	t = xasprintf("%s\n%s", a->note, offer);
	free(offer);
	return t;
}

static void
start(struct reader *r, bool tags)
{
	size_t f = r->cur, s, e;
	struct anno *a = NULL;
	bool fresh = false;

	if (!tags && (a = just_tagged(r)) != NULL)
		;
	else if (r->view == VIEW_MAIN && r->selecting && select_range(r, &s, &e))
		fresh = true;
	else if (travel_refuse(r))
		return;
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
		char *t = tags ? NULL : note_start_text(r, NULL);

		r->edit_start = s;
		r->edit_end = e;
		open_editor(r, tags ? EDIT_NEW_TAGS : EDIT_NEW_NOTE, f, NULL,
		    t);
		free(t);
	} else if (tags && a->reply_to != NULL) {
		set_message(r, true, ANNO_REPLY_NO_TAGS);
	} else if (tags) {
		char *t = tags_text(a);
		open_editor(r, EDIT_TAGS, f, a, t);
		free(t);
	} else {
		char *t = note_start_text(r, a);
		open_editor(r, EDIT_NOTE, f, a, t);
		free(t);
	}
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

static const char *apply(struct reader *r, const char *text);
static void saved(struct reader *r, size_t f, const char *what);
static void caret_into_new(struct reader *r, size_t f);

void
anno_edit_repeat_tags(struct reader *r)
{
	size_t f = r->cur, s, e;
	const char *done;

	/* Only what this key does is left for the next one (c). */
	anno_edit_disarm(r);
	if (r->last_tags == NULL) {
		set_message(r, true, "no tags to repeat yet: t tags a "
		    "selection, . then gives the next one the same tags");
		return;
	}
	if (f == SIZE_MAX || !select_range(r, &s, &e)) {
		set_message(r, true, "nothing to tag here: v starts a "
		    "selection");
		return;
	}
	if (anno_writable_set(r, f) == NULL)
		return;
	/* The same path as t and Enter, without the prompt. */
	r->edit_kind = EDIT_NEW_TAGS;
	r->edit_file = f;
	r->edit_start = s;
	r->edit_end = e;
	free(r->edit_id);
	r->edit_id = NULL;
	{
		char *text = xstrdup(r->last_tags);

		done = apply(r, text);
		free(text);
	}
	if (done != NULL) {
		r->selecting = false;
		caret_into_new(r, f);
		saved(r, f, done);
	}
}

void
anno_edit_reply(struct reader *r)
{
	size_t f = SIZE_MAX;
	struct anno *a = target(r, &f);

	if (a == NULL && travel_refuse(r))
		return;
	if (a == NULL) {
		set_message(r, true, "no annotation here to reply to");
		return;
	}
	if (anno_writable_set(r, f) == NULL)
		return;
	open_editor(r, EDIT_REPLY, f, a, NULL);
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

/* After a new annotation on a selection, the caret on its last
 * character (as vim leaves it at a visual selection's end), so that c,
 * D and R that follow act on it, not on the word after it. */
static void
caret_into_new(struct reader *r, size_t f)
{
	if (f != r->cur || r->edit_end <= r->edit_start ||
	    (r->edit_kind != EDIT_NEW_TAGS && r->edit_kind != EDIT_NEW_NOTE))
		return;
	r->caret = caret_clamp(&r->lay, r->edit_end - 1);
}

static void
saved(struct reader *r, size_t f, const char *what)
{
	anno_edit_save(r, f, what);
	analysis_annotations(r, f);
	if (view_ops_of(r)->rows_changed != NULL)
		view_ops_of(r)->rows_changed(r);
}

/* The tag prompt got a sentence: say what a tag may hold and keep the
 * text for c, which makes it a note (the selection stays). */
static void
refuse_tag(struct reader *r, const char *text, const char *bad)
{
	/* The way out first: a long sentence fills the status line. */
	char *msg = xasprintf("not a tag, c makes it a note: \"%s\" (tags: "
	    "letters, digits, %s; ',' or ';' between them)", bad,
	    ANNO_TAG_PUNCT);

	free(r->note_offer);
	r->note_offer = note_text(text);
	set_message(r, true, msg);
	free(msg);
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
	if (r->edit_kind == EDIT_NEW_TAGS || r->edit_kind == EDIT_TAGS) {
		long n = anno_tags_split(text, &tags, &cause);

		if (n < 0) {
			refuse_tag(r, text, cause);
			free(cause);
			return NULL;
		}
		ntags = (size_t)n;
	} else
		note = note_text(text);
	switch (r->edit_kind) {
	case EDIT_NEW_TAGS: case EDIT_NEW_NOTE: {
		struct anno *made;

		who = reader_creator(r);
		made = anno_add(s, r->s.load.docs[f], r->edit_start,
		    r->edit_end, who, tags, ntags, note, &cause);
		rc = made ? 0 : -1;
		if (made != NULL && r->edit_kind == EDIT_NEW_TAGS) {
			free(r->just_tagged);
			r->just_tagged = xstrdup(made->id);
		}
		done = ntags ? "tagged" : note ? "note saved" : "highlighted";
		break;
	}
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
	if (done && ntags) {
		for (size_t i = 0; i < ntags; i++)
			anno_vocab_add(&r->vocab, tags[i]);
		free(r->last_tags);
		r->last_tags = xstrdup(text);
	}
	free(cause);
	free(who);
	free(note);
	anno_tags_free(tags, ntags);
	return done;
}

/* Applies text (copied: it may be the editor's own) and closes the
 * editor. */
static void
finish_edit(struct reader *r, const char *text)
{
	size_t f = r->edit_file;
	char *copy = xstrdup(text);
	const char *done = apply(r, copy);
	struct anno_outcome edited;

	if (done != NULL)
		caret_into_new(r, f);
	free(copy);
	/* A tag or note edit, or the annotation a reply answers (the
	 * reply is an annotation of its own). */
	anno_outcome_note(&edited, done != NULL && r->edit_id != NULL ?
	    anno_set_find(r->s.docs[f].annos, r->edit_id) : NULL,
	    r->edit_kind == EDIT_REPLY);
	close_editor(r);
	if (done != NULL) {
		r->selecting = false;
		saved(r, f, done);
		anno_outcome_say(r, f, &edited, done);
	}
	anno_outcome_free(&edited);
}

void
anno_edit_key(struct reader *r, wint_t ch, bool is_key)
{
	const char *quick = quick_tag(r, ch, is_key);
	enum editor_result res;

	if (quick != NULL) {
		finish_edit(r, quick);
		return;
	}
	res = editor_key(r->editor, (int)ch, is_key);
	if (res == EDITOR_CONTINUE)
		return;
	if (res == EDITOR_CANCEL) {
		close_editor(r);
		set_message(r, false, "cancelled");
		return;
	}
	finish_edit(r, editor_text(r->editor));
}

bool
anno_edit_delete_confirmed(struct reader *r, const struct anno_set *s,
    const struct anno *a)
{
	size_t n = anno_thread_replies(s, a);
	char *msg;

	if (n == 0 || (r->delete_armed != NULL &&
	    strcmp(r->delete_armed, a->id) == 0)) {
		anno_edit_disarm(r);
		return true;
	}
	free(r->delete_armed);
	r->delete_armed = xstrdup(a->id);
	msg = xasprintf("delete 1 annotation and its %zu repl%s? D again "
	    "deletes them, any other key keeps them", n, n == 1 ? "y" : "ies");
	set_message(r, true, msg);
	free(msg);
	return false;
}

void
anno_edit_disarm(struct reader *r)
{
	free(r->delete_armed);
	r->delete_armed = NULL;
	free(r->note_offer);
	r->note_offer = NULL;
	free(r->just_tagged);
	r->just_tagged = NULL;
}

void
anno_edit_delete_at_caret(struct reader *r)
{
	struct anno *a = select_anno_at_caret(r);
	struct anno_set *s;
	char *cause = NULL;

	if (a == NULL && travel_refuse(r))
		return;
	if (a == NULL) {
		set_message(r, true, "no annotation at the caret");
		return;
	}
	if ((s = anno_writable_set(r, r->cur)) == NULL ||
	    !anno_edit_delete_confirmed(r, s, a))
		return;
	if (anno_delete(s, a, &cause) != 0) {
		set_message(r, true, cause);
		free(cause);
		return;
	}
	r->last_deleted_file = r->cur;
	saved(r, r->cur, "deleted; u brings it back");
}

/* "place confirmed: anchored (it was on "QUOTE")", the quote cut after
 * 60 characters, whole ones. */
static char *
confirmed_was(const char *quote)
{
	size_t len = strlen(quote), at = 0;
	int32_t cp;

	for (int n = 0; at < len && n < 60; n++)
		at += cell_next(quote, at, len, &cp);
	return xasprintf("place confirmed: anchored (it was on \"%.*s%s\")",
	    (int)at, quote, at < len ? "..." : "");
}

/* A fuzzy or moved annotation: its current place becomes its place. */
void
anno_edit_confirm(struct reader *r)
{
	size_t f = SIZE_MAX;
	struct anno *a = target(r, &f);
	char *cause = NULL, *was;

	if (a == NULL && travel_refuse(r))
		return;
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
	/* The words it was made on, said: a review of it was of them. */
	was = a->state == ANNO_FUZZY && a->exact != NULL ?
	    confirmed_was(a->exact) : NULL;
	if (anno_confirm(r->s.docs[f].annos, a, r->s.load.docs[f], &cause) != 0) {
		set_message(r, true, cause);
		free(cause);
		free(was);
		return;
	}
	saved(r, f, was ? was : "place confirmed: anchored");
	free(was);
}

/* Resolves a conflict: keep this version, or take the other one the
 * row shows (the newest). */
void
anno_edit_resolve(struct reader *r, bool take_other)
{
	size_t f = SIZE_MAX;
	struct anno *a = target(r, &f);
	char *cause = NULL;
	int which;

	if (a == NULL && travel_refuse(r))
		return;
	if (a == NULL || a->nothers == 0) {
		set_message(r, true, "no conflicting versions here");
		return;
	}
	if (anno_writable_set(r, f) == NULL)
		return;
	which = take_other ? (int)anno_newest_other(a) : -1;
	if (anno_resolve(r->s.docs[f].annos, a, which, &cause) != 0) {
		set_message(r, true, cause);
		free(cause);
		return;
	}
	saved(r, f, !take_other ? "conflict resolved: this version kept" :
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
		/* Its quick picks fitted to the window as it is now: it
		 * may have been resized since the prompt opened. */
		free(r->editor->label);
		r->editor->label = tags_label(r);
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

char *
anno_edit_subject(struct reader *r, const char **id)
{
	struct anno_set *s = r->s.docs[r->edit_file].annos;
	struct anno *a = r->edit_id && s ? anno_set_find(s, r->edit_id) :
	    NULL;

	*id = r->edit_id;
	return box_title(r, r->edit_kind, r->edit_file, a);
}

void
anno_edit_free(struct reader *r)
{
	if (r->editor)
		close_editor(r);
	anno_edit_disarm(r);
	free(r->last_tags);
	r->last_tags = NULL;
	anno_vocab_free(&r->vocab);
}
