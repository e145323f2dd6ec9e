/* anno_save.c - the reader's annotations on disk: the vocabulary, the
 * creator, saving each change at once (a failure keeps it in memory for
 * :save and :save-to) and the quit guard's count. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "anno/anno_store.h"
#include "anno/anno_user.h"
#include "base/file_io.h"
#include "base/settings.h"
#include "session/session.h"
#include "ui/reader_int.h"

/* The vocabulary: .galley-tags in the directory of the first source
 * (read once, at start: its colours highlight passages). */
void
anno_edit_load_vocab(struct reader *r)
{
	char *dir, *cause = NULL;

	if (r->vocab_loaded || r->s.load.n == 0)
		return;
	dir = fio_dir_of(r->s.load.paths[r->cur != SIZE_MAX ? r->cur : 0]);
	if (anno_vocab_load(&r->vocab, dir, &cause) != 0) {
		set_message(r, true, cause);
		free(cause);
	}
	free(dir);
	r->vocab_loaded = true;
}

char *
reader_creator(const struct reader *r)
{
	return anno_user(&r->cfg);
}

struct anno_set *
anno_writable_set(struct reader *r, size_t f)
{
	struct anno_set *s = r->s.docs[f].annos;

	/* Anchored in text its file no longer has, they would be lost. */
	if (!reader_source_unchanged(r, f))
		return NULL;
	if (s == NULL)
		s = r->s.docs[f].annos = anno_store_open(r->s.load.paths[f]);
	if (s != NULL && s->readonly) {
		char *msg = xasprintf("cannot annotate %s: could not read its "
		    "sidecar %s; galley never overwrites it",
		    r->s.load.paths[f], s->damage ? s->damage : s->sidecar);
		set_message(r, true, msg);
		free(msg);
		return NULL;
	}
	return s;
}

/* The message of a failed save: what became of the annotations and how
 * to save them; counts ("1 saved, 2 ") may be empty. */
static void
say_not_saved(struct reader *r, const char *counts, const char *cause)
{
	char *msg = xasprintf("%snot saved (kept in memory; :save retries, "
	    ":save-to DIR saves elsewhere): %s", counts, cause);

	set_message(r, true, msg);
	free(msg);
}

/* Saves f's annotations; a failure keeps them in memory, marked unsaved
 * for :save, :save-to and the quit guard.  what is the message on
 * success (NULL: none). */
bool
anno_edit_save(struct reader *r, size_t f, const char *what)
{
	char *cause = session_stale_cause(&r->s, f);
	int rc;
	bool ok, locked;

	if (cause != NULL) {
		r->s.docs[f].unsaved = true;
		say_not_saved(r, "", cause);
		free(cause);
		return false;
	}
	rc = anno_store_save(r->s.docs[f].annos, r->s.load.docs[f], &cause);
	ok = rc == 0;
	locked = rc == ANNO_SAVE_LOCKED;

	/* A merge with the sidecar may replace the annotations. */
	travel_forget(r);
	r->s.docs[f].unsaved = !ok;
	if (locked) {
		/* The reader does not wait on another program (main.c):
		 * the next save tries again. */
		char *msg = xasprintf("%s; not saved (your changes are kept; "
		    "saved at the next change or :w)", cause);

		set_message(r, true, msg);
		free(msg);
		free(cause);
	} else if (!ok) {
		say_not_saved(r, "", cause);
		free(cause);
	} else if (r->s.docs[f].annos->warning != NULL)
		set_message(r, true, r->s.docs[f].annos->warning);
	else if (what)
		set_message(r, false, what);
	return ok;
}

size_t
anno_edit_unsaved(const struct reader *r)
{
	size_t n = 0;

	for (size_t i = 0; i < r->s.load.n; i++)
		n += r->s.docs[i].unsaved;
	return n;
}

/* The sources whose annotations are on show, into shown (room for a
 * screenful and one): the open source's (its highlights) and, in the
 * annotations view of every source, those of the rows on screen. */
static size_t
on_show(const struct reader *r, size_t *shown)
{
	size_t n = 0;

	if (r->cur != SIZE_MAX)
		shown[n++] = r->cur;
	if (r->view != VIEW_ANNOTATIONS || r->anno_scope_doc)
		return n;
	/* The rows draw_list_view shows: under the header, above the
	 * status line. */
	for (int row = 1; row < r->rows - 1; row++) {
		size_t i = r->view_top + (size_t)row - 1;

		if (i >= r->nanno_rows)
			break;
		shown[n++] = r->anno_rows[i].file;
	}
	return n;
}

/* The sources to look at this tick (watch.h): those on show and, in the
 * annotations view of every source, a few others in turn (a source
 * without annotations has no row, yet another process may give it
 * some). */
static size_t
to_watch(struct reader *r, size_t **pick)
{
	size_t *shown = xcalloc(r->rows > 0 ? (size_t)r->rows + 1 : 1,
	    sizeof *shown);
	size_t n = on_show(r, shown);

	if (r->view != VIEW_ANNOTATIONS || r->anno_scope_doc) {
		*pick = shown;	/* the open source alone */
		return n;
	}
	*pick = xcalloc(n + WATCH_SPREAD, sizeof **pick);
	n = watch_pick(&r->watch, r->s.load.n, shown, n, *pick);
	free(shown);
	return n;
}

/* A sidecar deleted outside galley: vim's way with a file deleted under
 * it, said once.  With nothing unsaved the annotations went with it;
 * what is not saved yet stays, and nothing writes it until :w (or the
 * next change, which is saved at once). */
static void
say_gone(struct reader *r, const struct anno_set *s)
{
	size_t n = anno_store_unsaved(s);
	char *msg = n == 0 ? xasprintf("%s: " ANNO_GONE_CLEARED, s->sidecar) :
	    xasprintf("%s: deleted outside galley; your %zu unsaved "
	    "annotation%s kept, :w writes %s", s->sidecar, n,
	    n == 1 ? " is" : "s are", n == 1 ? "it" : "them");

	queue_notice(r, msg);
	free(msg);
}

/* Reads f's sidecar again when it changed; says a damaged, repaired or
 * deleted one. */
static bool
reload_changed(struct reader *r, size_t f, bool *said)
{
	struct anno_set *s = r->s.docs[f].annos;
	char *cause = NULL;
	int rc;

	if (s == NULL || !anno_store_changed(s))
		return false;
	rc = anno_store_reload(s, &cause);
	if (rc < 0) {
		/* Queued, not set: a message on show stays, and this one
		 * waits for the next key to come on. */
		queue_notice(r, cause);
		free(cause);
		*said = true;
		return false;
	}
	if (rc == ANNO_RELOAD_CLEARED) {
		say_gone(r, s);
		*said = true;
	} else if (rc == ANNO_RELOAD_REPAIRED) {
		char *msg = xasprintf("%s: reads again%s", s->sidecar,
		    r->s.docs[f].unsaved ? "; :w saves the annotations" : "");

		queue_notice(r, msg);
		free(msg);
		*said = true;
	} else if (rc == ANNO_RELOAD_MOVED) {
		char *msg = xasprintf("%s: " ANNO_GONE_MOVED, s->article);

		queue_notice(r, msg);
		free(msg);
		*said = true;
	}
	return true;
}

bool
anno_edit_watch(struct reader *r)
{
	bool changed = false, said = false;
	size_t *pick, npick;

	/* An open editor or prompt works on an annotation by id, but
	 * keeps no set steady under it: the check waits until it closes. */
	if (r->editor != NULL || r->prompt)
		return false;
	npick = to_watch(r, &pick);
	for (size_t i = 0; i < npick; i++) {
		size_t f = pick[i];

		if (!reload_changed(r, f, &said))
			continue;
		/* As after a save: the merge may replace annotations. */
		travel_forget(r);
		analysis_annotations(r, f);
		changed = true;
	}
	free(pick);
	if (changed && view_ops_of(r)->rows_changed != NULL)
		view_ops_of(r)->rows_changed(r);
	return changed || said;
}

/* Saves f's set as DIR/ARTICLE.anno.json.  A sidecar already there is
 * merged only when it is the same article's (anno_store_save_as): two
 * sources of one file name, or another session's sidecar of another
 * article, are refused rather than mixed. */
static int
save_to_dir(struct reader *r, size_t f, const char *dir, char **cause)
{
	char *sidecar = xasprintf("%s/%s" ANNO_SIDECAR_SUFFIX, dir,
	    fio_base_name(r->s.load.paths[f]));
	int rc = anno_store_save_as(r->s.docs[f].annos, r->s.load.docs[f], sidecar,
	    cause);

	free(sidecar);
	return rc;
}

/* :save and :save-to DIR: every set that could not be saved, again in
 * place or as DIR/ARTICLE.anno.json. */
void
anno_edit_save_all(struct reader *r, const char *dir)
{
	size_t done = 0, failed = 0;
	char *last = NULL;

	for (size_t f = 0; f < r->s.load.n; f++) {
		char *cause = NULL;
		int rc;

		if (!r->s.docs[f].unsaved)
			continue;
		/* Its selectors would point into text its file no longer
		 * has. */
		if ((cause = session_stale_cause(&r->s, f)) != NULL) {
			failed++;
			free(last);
			last = cause;
			continue;
		}
		rc = dir == NULL ? anno_store_save(r->s.docs[f].annos,
		    r->s.load.docs[f], &cause) : save_to_dir(r, f, dir, &cause);
		/* A merge with the sidecar may replace the annotations
		 * that travelled ones point to. */
		travel_forget(r);
		if (rc == 0) {
			r->s.docs[f].unsaved = false;
			done++;
		} else {
			failed++;
			free(last);
			last = cause;
		}
	}
	if (failed) {
		char *counts = xasprintf("%zu saved, %zu ", done, failed);

		say_not_saved(r, counts, last);
		free(counts);
	} else {
		char *msg = xasprintf(done ? "annotations of %zu source%s "
		    "saved" : "nothing unsaved", done, done == 1 ? "" : "s");
		set_message(r, false, msg);
		free(msg);
	}
	free(last);
}

/* The directory of this session's rescued annotations:
 * $XDG_STATE_HOME/galley/unsaved/STAMP-PID. */
char *
anno_rescue_dir(void)
{
	char stamp[32], *name, *dir;
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL ||
	    strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%S", &tm) == 0)
		strcpy(stamp, "unknown");
	name = xasprintf("unsaved/%s-%ld", stamp, (long)getpid());
	dir = config_xdg_path("XDG_STATE_HOME", ".local/state", name);
	free(name);
	return dir;
}

char *
anno_edit_rescue(struct reader *r, const char *dir)
{
	size_t n = anno_edit_unsaved(r), done = 0;
	char *probe, *cause = NULL, *msg;
	bool failed_dir = false;

	if (n == 0)
		return NULL;
	if (dir == NULL) {
		cause = config_xdg_missing("XDG_STATE_HOME");
		msg = xasprintf("annotations of %zu unsaved source%s lost: "
		    "%s, so there is no place to keep them", n,
		    n == 1 ? "" : "s", cause);
		free(cause);
		return msg;
	}
	probe = xasprintf("%s/.", dir);
	if (fio_make_parents(probe) != 0) {
		cause = xasprintf("cannot make %s: %s", dir, strerror(errno));
		failed_dir = true;
	}
	free(probe);
	for (size_t f = 0; !failed_dir && f < r->s.load.n; f++) {
		char *sub, *why = NULL;

		if (!r->s.docs[f].unsaved)
			continue;
		/* A directory per source: two sources of one file name
		 * (a/story.txt, b/story.txt) must not meet in one. */
		sub = xasprintf("%s/%zu", dir, f + 1);
		probe = xasprintf("%s/.", sub);
		if (fio_make_parents(probe) != 0)
			why = xasprintf("cannot make %s: %s", sub,
			    strerror(errno));
		else if (save_to_dir(r, f, sub, &why) == 0)
			done++;
		free(probe);
		free(sub);
		if (why != NULL) {
			free(cause);
			cause = why;	/* the last, and go on */
		}
	}
	if (done == n)
		msg = xasprintf("annotations of %zu source%s could not be saved "
		    "beside %s; they are under %s, a directory per source, "
		    "as :save-to would write them", n, n == 1 ? "" : "s",
		    n == 1 ? "it" : "them", dir);
	else
		msg = xasprintf("annotations of %zu of %zu unsaved source%s "
		    "lost: %s", n - done, n, n == 1 ? "" : "s",
		    cause ? cause : "not saved");
	free(cause);
	return msg;
}

/* After an edit: the annotation spans again, nothing else. */
void
analysis_annotations(struct reader *r, size_t f)
{
	session_annotation_spans(&r->s, f);
}
