/* file_io.h - reading files a stranger may have given us, within bounds,
 * and writing every file galley writes (sidecars, exports, word lists,
 * entity decisions) the one durable way:
 *
 *   take DIR/.NAME.lock (flock), write DIR/.NAME.tmp created
 *   O_CREAT|O_EXCL|O_NOFOLLOW, fsync it, rename it over DIR/NAME, fsync
 *   DIR; on any error the temporary file is removed.
 *
 * A crash, a full disk or a link planted in DIR leaves the old file or
 * the new one, whole, and never writes through a link or a hard link. */
#ifndef GALLEY_FILE_IO_H
#define GALLEY_FILE_IO_H

#include <stdbool.h>
#include <stddef.h>

/* The largest side file (.galley-entities, .galley-words, .galley-tags,
 * word lists, settings) galley reads. */
#define FILE_SIDE_MAX ((size_t)16 * 1024 * 1024)

/* fio_read: refuse a symbolic link (errno ELOOP). */
#define FIO_NOFOLLOW 1

/* Reads the whole regular file at path, NUL-terminated, into *text (the
 * caller frees it).  The file is opened without blocking (a FIFO never
 * hangs), checked with fstat, and read to its end: anything but a
 * regular file, more than max bytes or a read error fails.  Returns 0,
 * or -1 with errno: ENOENT (no file), ELOOP (a link, with FIO_NOFOLLOW),
 * EINVAL (not a regular file), EFBIG (bigger than max), or the system's. */
int fio_read(const char *path, int flags, size_t max, char **text,
    size_t *len);

/* Whether fio_read's errno says a side file of an article is not there:
 * ENOENT, ENOTDIR (a part of its path is a file) or ENAMETOOLONG (the
 * article's name leaves no room for the side file's: it cannot have
 * been made).  Readers of side files count such a file as absent. */
bool fio_absent(int err);

/* Whether the last name of path fits in its directory (what pathconf
 * says, NAME_MAX when it does not): a side file of a long article name
 * may not. */
bool fio_name_fits(const char *path);

/* What fio_read's errno means (read with flags), for "FILE: reason"
 * messages. */
const char *fio_read_error(int err, int flags);

/* The next line of text[*pos..len) (text as fio_read gives it): its
 * start, with its newline replaced by a NUL, *linelen set to its length
 * (a NUL byte inside it makes strlen shorter: callers may refuse that
 * line) and *pos moved past it; NULL at the end. */
char *fio_next_line(char *text, size_t len, size_t *pos, size_t *linelen);

/* A parser of one line of a side file, given arg: NULL, or why the line
 * is bad, with *col (1 when it is not set) the column the reason is
 * about. */
typedef const char *fio_line_fn(char *line, void *arg, size_t *col);

/* Gives fn each line of text[0, len) but comments ('#' first) and empty
 * lines, a CR before the newline dropped; a line with a NUL byte is bad
 * ("a NUL byte").  Stops at the first bad line: returns why, with
 * *lineno and *col (1-based) where; NULL when every line is good. */
const char *fio_each_line(const char *text, size_t len, fio_line_fn *fn,
    void *arg, size_t *lineno, size_t *col);

/* The lock of path, DIR/.NAME.lock: created when missing, writable
 * only by its owner and by those who may write DIR (it takes DIR's
 * group, as a setgid DIR would give it), so one who can only
 * read DIR cannot take it and hold writers up; an older one of this
 * user's that others may read is narrowed so); opened for writing, or
 * read-only when this user may not write it (flock needs no more, so
 * another user's lock file locks out no one).  Waits as
 * fio_lock_patience says for another process.  Returns the descriptor
 * to close to release it, or -1 with *cause: "LOCKFILE: reason", or
 * "PATH: cannot create a file in DIR: reason" when DIR is closed to
 * this user;
 * "PATH: name too long for a side file" with errno ENAMETOOLONG when
 * the lock's name (or its temporary file's) does not fit; or "PATH is
 * locked by another program" with errno EWOULDBLOCK when the wait ran
 * out. */
int fio_lock(const char *path, char **cause);

/* What a wait for a lock calls once, when it starts: path is the file
 * to be written. */
typedef void fio_waiting_fn(const char *path);

/* The wait for another process's lock a batch command can afford. */
#define FIO_LOCK_WAIT_MS 60000

/* How long fio_lock waits for another process's lock (on a clock that
 * only goes forward), and what it calls when it starts to wait (NULL:
 * nothing).  FIO_LOCK_WAIT_MS and NULL until set: the reader waits a
 * moment and says the file is locked, a batch command waits long and
 * says it is waiting. */
void fio_lock_patience(long wait_ms, fio_waiting_fn *waiting);

/* The directory of path, as a new string: what comes before its last
 * slash ("a/b" for "a/b/c", "a/b" for "a/b/"), "/" for "/c", "." for a
 * bare name. */
char *fio_dir_of(const char *path);

/* The path an article's side files (annotations, block choices,
 * corrections) are named after: the file a symbolic link leads to, so
 * that the article read through a link and read directly share them;
 * else path itself.  Allocated. */
char *fio_side_base(const char *path);
/* The name of path: what comes after its last slash ("" for "a/b/"),
 * path itself for a bare name; a pointer into path. */
const char *fio_base_name(const char *path);

/* The temporary file for path, DIR/.NAME.tmp, as a new string. */
char *fio_temp_path(const char *path);

/* Writes data to tmp, a new file, fsynced, with the mode of the file at
 * path when there is one (a private 0600 stays private).  Whatever lay
 * at tmp (a stale temporary file, a planted link) is removed first,
 * never written through.  On failure nothing is left at tmp.  Returns 0;
 * FIO_CANNOT_CREATE with errno when tmp could not be created (the
 * directory is the problem), -1 with errno when writing it failed (a
 * full disk).  The caller holds path's lock. */
#define FIO_CANNOT_CREATE (-2)
int fio_write_temp(const char *tmp, const char *path, const char *data,
    size_t len);

/* Renames tmp over path and syncs the directory.  Returns 0; -1 with
 * errno when the rename failed (tmp is removed, path untouched); 1 with
 * errno when the file was replaced but the directory could not be synced
 * (it is saved, though a crash now may bring the old one back). */
int fio_commit(const char *tmp, const char *path);

/* Whether the caller may replace path: it is not a symbolic link or
 * something other than a regular file, and when it exists this user
 * may write it (faccessat with AT_EACCESS, not the mode bits alone:
 * another user's 0644 file is not ours to replace), and it has a write
 * permission bit (a 0444 file is its owner's "hands off", which root
 * and a rename would otherwise ignore).  Returns 0, or -1 with
 * *cause "PATH: reason". */
int fio_may_replace(const char *path, char **cause);

/* The whole durable write of data to path: lock, fio_may_replace,
 * temporary file, rename, directory sync.  Returns 0, or -1 with *cause
 * "PATH: reason" (the previous file untouched); a directory that could
 * not be synced after the rename is 0 with *cause set to a warning. */
int fio_replace(const char *path, const char *data, size_t len,
    char **cause);

struct buf;

/* Builds a side file's new text in out from its present text (NULL and
 * 0 when there is no file).  Returns 0, or -1 with *cause set to leave
 * the file as it is. */
typedef int fio_update_fn(const char *text, size_t len, void *arg,
    struct buf *out, char **cause);

/* Rewrites path from what it holds now, all under its lock: read as
 * fio_read does (up to max bytes, no link), given to fn, and written as
 * fio_replace does.  A change another galley saved before the lock was
 * taken is in the text fn gets, so it is kept.  Returns as
 * fio_replace does, or -1 with fn's cause. */
int fio_update(const char *path, size_t max, fio_update_fn *fn, void *arg,
    char **cause);

/* old (oldlen bytes, NULL for none) then line and a newline, into out:
 * a last line of old without its newline is ended first. */
void fio_add_line(struct buf *out, const char *old, size_t oldlen,
    const char *line);

/* Adds line (without its newline) at the end of the text file path,
 * created when missing, by rewriting it with fio_replace under its lock:
 * never half a line, never glued to a last line that lacks its newline.
 * The file is read as fio_read does (up to max bytes, no link).  Returns
 * as fio_replace does. */
int fio_append_line(const char *path, const char *line, size_t max,
    char **cause);

/* A durable write's outcome for a caller whose user can do nothing
 * about the directory-sync warning: when rc is 0 (saved) and *cause
 * holds that warning, frees it.  Returns rc. */
int fio_quiet(int rc, char **cause);

/* mkdir -p for the directories above path: 0, or -1 when one could
 * not be made, with errno the first failure's (the cause, EACCES say,
 * not the ENOENT of the levels under it). */
int fio_make_parents(const char *path);

/* fio_make_parents for a file galley is about to write: 0, or -1 with
 * *cause "PATH: cannot make its directory: reason". */
int fio_make_parents_for(const char *path, char **cause);

#endif
