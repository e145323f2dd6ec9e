/* anno_store.h - sidecar files: reading them, and saving so that no work
 * is ever lost.
 *
 * Saving takes an exclusive flock on .ARTICLE.anno.json.lock, re-reads
 * the sidecar, merges it with memory (anno_merge.h), writes a temporary
 * file in the same directory, fsyncs it, keeps the old sidecar as
 * ARTICLE.anno.json.bak, renames the new one over it and fsyncs the
 * directory: a crash at any instant leaves the old or the new sidecar.
 *
 * A sidecar that cannot be read or parsed is never written, renamed or
 * deleted: its set is read-only and says why.  Messages (*cause, and
 * set->damage) start with the sidecar's path; the caller frees them. */
#ifndef GALLEY_ANNO_STORE_H
#define GALLEY_ANNO_STORE_H

#include "anno/anno.h"
#include "doc/doc.h"

/* The annotations of article, read from its sidecar when there is one.
 * Never fails: a damaged or unreadable sidecar gives a read-only set. */
struct anno_set *anno_store_open(const char *article);

/* The same from text, the bytes of article's sidecar as read: no file
 * is touched.  Damaged text gives a read-only set without annotations
 * whose damage says "SIDECAR:LINE:COLUMN: reason". */
struct anno_set *anno_store_open_text(const char *article, const char *text,
    size_t len);

/* What anno_store_save and anno_store_save_as return when another
 * program held the sidecar's lock longer than fio_lock_patience allows
 * (nothing was written; a later save may succeed).  Said by the return
 * value, not errno: a stale EAGAIN from any call before would pass for
 * it. */
#define ANNO_SAVE_LOCKED (-2)

/* Saves s to its sidecar (merging with what others saved meanwhile);
 * d, when not NULL, is the article as now loaded, recorded by size and
 * SHA-256.  On failure returns -1 (or ANNO_SAVE_LOCKED) and *cause, and
 * s keeps everything.
 * A sidecar that is a symbolic link is read through but never written:
 * saving it fails. */
int anno_store_save(struct anno_set *s, const struct doc *d, char **cause);

/* The same to another sidecar path (saving elsewhere when the article's
 * directory is unwritable or its sidecar damaged).  A sidecar already
 * at that path is merged only when it is the same article's: it names
 * the article's file or, when the file it names is gone, records the
 * article's text (SHA-256); another article's fails, untouched. */
int anno_store_save_as(struct anno_set *s, const struct doc *d,
    const char *sidecar, char **cause);

/* For one change made at once (the annotate command): the annotations
 * of article read under its sidecar's lock, which stays held in *lock
 * until the caller closes it (-1 when it could not be taken: then
 * anno_store_save_held saves as anno_store_save does;
 * ANNO_SAVE_LOCKED when another program held it longer than
 * fio_lock_patience allows: a save would wait as long again, so the
 * caller should give up).  Saving with
 * anno_store_save_held under that lock neither reads nor merges the
 * sidecar again: it is read and parsed once. */
struct anno_set *anno_store_open_held(const char *article, int *lock);
int anno_store_save_held(struct anno_set *s, const struct doc *d, int lock,
    char **cause);

/* Whether s's sidecar changed (appeared, went, or was written by
 * another process) since s last read or wrote it, or for a set made
 * read-only by its damage, since the damage was found: one stat, no
 * read. */
bool anno_store_changed(const struct anno_set *s);
/* Reads s's sidecar again and merges it into s as a save would
 * (anno_merge.h: what s changed and did not save yet is kept), without
 * writing anything.  Returns 0, or -1 with *cause when the sidecar is
 * now damaged or unreadable: s is left as it was, and the change is
 * taken as seen (it is not read again until it changes again).
 *
 * A sidecar deleted since s saw it (another program removed it: rm, git
 * rm) takes what s had saved with it: returns ANNO_RELOAD_CLEARED, and
 * s keeps only what it has not saved yet (anno_store_unsaved), for the
 * next save to write.  A save that finds it deleted does the same
 * before writing, and says so in s->warning.  When the article is gone
 * as well (its directory moved, or both deleted), nothing is cleared:
 * returns ANNO_RELOAD_MOVED and s keeps everything. */
int anno_store_reload(struct anno_set *s, char **cause);
#define ANNO_RELOAD_CLEARED 1
#define ANNO_RELOAD_MOVED 2
/* A set read-only because its sidecar was damaged, whose sidecar now
 * reads whole (repaired) or is gone: read-write again, nothing of it
 * cleared.  anno_store_save tries this before it refuses such a set. */
#define ANNO_RELOAD_REPAIRED 3
/* How many of s's annotations are not saved yet. */
size_t anno_store_unsaved(const struct anno_set *s);

/* What is said of a sidecar deleted outside galley, after its path. */
#define ANNO_GONE_CLEARED "deleted outside galley; annotations cleared"
/* What is said when the article went with its sidecar, after the
 * article's path. */
#define ANNO_GONE_MOVED "moved or deleted outside galley; its " \
	"annotations are kept as they were"

/* A file: IRI for path (made absolute, percent-encoded). */
char *anno_store_file_iri(const char *path);

#endif
