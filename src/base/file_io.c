/* file_io.c - bounded reads of strangers' files; locked, durable,
 * atomic writes of ours. */
#include "config.h"

#include "base/file_io.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/util.h"

/* Reads fd to its end into a buffer; more than max bytes is EFBIG (the
 * buffer has room for one byte more, to see whether the end came). */
static int
read_fd(int fd, size_t size_hint, size_t max, char **text, size_t *len)
{
	size_t n = 0, cap = (size_hint < max ? size_hint : max) + 2;
	char *buf = xmalloc(cap);

	for (;;) {
		ssize_t r;

		if (n > max) {
			free(buf);
			errno = EFBIG;
			return -1;
		}
		if (n + 1 >= cap) {
			cap = cap > (max + 2) / 2 ? max + 2 : cap * 2;
			buf = xrealloc(buf, cap);
		}
		r = read(fd, buf + n, cap - n - 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;

			free(buf);
			errno = e;
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	*text = buf;
	*len = n;
	return 0;
}

int
fio_read(const char *path, int flags, size_t max, char **text, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK |
	    ((flags & FIO_NOFOLLOW) ? O_NOFOLLOW : 0));
	struct stat st;
	int rc, e;

	if (fd < 0)
		return -1;
	errno = 0;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		e = errno;
		close(fd);
		errno = e ? e : EINVAL;
		return -1;
	}
	if ((size_t)st.st_size > max) {
		close(fd);
		errno = EFBIG;
		return -1;
	}
	rc = read_fd(fd, (size_t)st.st_size, max, text, len);
	e = errno;
	close(fd);
	errno = e;
	return rc;
}

bool
fio_absent(int err)
{
	return err == ENOENT || err == ENOTDIR || err == ENAMETOOLONG;
}

bool
fio_name_fits(const char *path)
{
	char *dir = fio_dir_of(path);
	long max = pathconf(dir, _PC_NAME_MAX);

	free(dir);
	if (max <= 0)
		max = NAME_MAX;
	return strlen(fio_base_name(path)) <= (size_t)max;
}

const char *
fio_read_error(int err, int flags)
{
	switch (err) {
	case EFBIG: return "too big";
	case EINVAL: return "not a regular file";
	case ELOOP:
		if (flags & FIO_NOFOLLOW)
			return "is a symbolic link; not followed";
		return strerror(err);
	default: return strerror(err);
	}
}

char *
fio_next_line(char *text, size_t len, size_t *pos, size_t *linelen)
{
	char *line = text + *pos, *nl;

	if (*pos >= len)
		return NULL;
	nl = memchr(line, '\n', len - *pos);
	*linelen = nl ? (size_t)(nl - line) : len - *pos;
	line[*linelen] = '\0';	/* the newline, or the final NUL */
	*pos += *linelen + (nl != NULL);
	return line;
}

const char *
fio_each_line(const char *text, size_t len, fio_line_fn *fn, void *arg,
    size_t *lineno, size_t *col)
{
	char *copy = xmalloc(len + 1), *line;
	size_t pos = 0, n;
	const char *why = NULL;

	memcpy(copy, text, len);
	copy[len] = '\0';
	*lineno = 0;
	while (why == NULL &&
	    (line = fio_next_line(copy, len, &pos, &n)) != NULL) {
		++*lineno;
		*col = 1;
		if (strlen(line) != n) {
			why = "a NUL byte";
			*col = strlen(line) + 1;
			break;
		}
		if (n > 0 && line[n - 1] == '\r')
			line[n - 1] = '\0';
		if (line[0] != '#' && line[0] != '\0')
			why = fn(line, arg, col);
	}
	free(copy);
	return why;
}

/* DIR/.NAME.suffix for path DIR/NAME ("." when it has no slash); a
 * NAME that is hidden already gets no second dot. */
static char *
hidden_beside(const char *path, const char *suffix)
{
	const char *base = fio_base_name(path);
	const char *dot = *base == '.' ? "" : ".";

	/* path up to base is DIR/ (nothing for a bare name). */
	return xasprintf("%.*s%s%s.%s", (int)(base - path), path, dot, base,
	    suffix);
}

const char *
fio_base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

char *
fio_dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	return slash == path ? xstrdup("/") :
	    xstrndup(path, (size_t)(slash - path));
}

char *
fio_temp_path(const char *path)
{
	return hidden_beside(path, "tmp");
}

static void
sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* Milliseconds on a clock that only goes forward: the sleeps of a wait
 * are not counted, as they run longer on a loaded machine. */
static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static long lock_wait_ms = FIO_LOCK_WAIT_MS;
static fio_waiting_fn *lock_waiting;

void
fio_lock_patience(long wait_ms, fio_waiting_fn *waiting)
{
	lock_wait_ms = wait_ms;
	lock_waiting = waiting;
}

/* Takes the lock on fd for path, waiting a while for another process
 * to finish; a lock held longer is reported, not waited on forever. */
static int
lock_wait(int fd, const char *path, const char *lockpath, char **cause)
{
	long start = now_ms(), step = 1;
	bool told = false;

	while (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		if (errno != EWOULDBLOCK && errno != EINTR) {
			*cause = xasprintf("%s: cannot lock: %s", lockpath,
			    strerror(errno));
			return -1;
		}
		/* Strictly more: both ends are cut to the millisecond,
		 * so ">=" could give up up to 1 ms before the wait. */
		if (now_ms() - start > lock_wait_ms) {
			*cause = xasprintf("%s is locked by another program",
			    path);
			errno = EWOULDBLOCK;
			return -1;
		}
		if (!told && lock_waiting != NULL)
			lock_waiting(path);
		told = true;
		sleep_ms(step);
		step = step < 32 ? step * 2 : 32;
	}
	return 0;
}

/* Gives the lock file fd (this user's) its mode: its owner's, and write
 * for the group or the others when they may write its directory (and so
 * save there).  No one else may open it, so no one who can only read
 * the directory can take the lock and hold a writer up; flock needs no
 * more.  Where the group may write, the file takes the directory's
 * group, as a setgid directory would give it: with the creator's own
 * group, the other members could not open it.  If it cannot (the owner
 * of the directory is no member of its group), the others may write it
 * too, so that the members can. */
static void
share_lock(int fd, const char *lockpath)
{
	char *dir = fio_dir_of(lockpath);
	struct stat ds, fs;
	mode_t mode = 0600;

	if (stat(dir, &ds) == 0 && fstat(fd, &fs) == 0) {
		mode |= ds.st_mode & 0022;
		if ((ds.st_mode & 0020) && fs.st_gid != ds.st_gid &&
		    fchown(fd, (uid_t)-1, ds.st_gid) != 0)
			mode |= 0002;
		if ((fs.st_mode & 0777) != mode)
			(void)fchmod(fd, mode);
	}
	free(dir);
}

/* A lock file of this user's that others may read (an older galley
 * made them 0644), or of a group the others cannot open: given
 * share_lock's mode and group. */
static void
narrow_lock(int fd, const char *lockpath)
{
	struct stat st;

	if (fstat(fd, &st) == 0 && st.st_uid == geteuid())
		share_lock(fd, lockpath);
}

/* Opens lockpath for fio_lock: created when missing with share_lock's
 * mode and group (set with fchmod: the umask would take the group's
 * write away), else for writing; a lock file this user may not write
 * (another user's, made by an older galley 0644) is opened read-only,
 * as flock allows, so that it locks this user out of nothing. */
static int
open_lock(const char *lockpath)
{
	int flags = O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK;
	int fd = open(lockpath, O_WRONLY | O_CREAT | O_EXCL | flags, 0600);

	if (fd >= 0) {
		share_lock(fd, lockpath);
		return fd;
	}
	if (errno != EEXIST)
		return -1;
	fd = open(lockpath, O_WRONLY | flags);
	if (fd >= 0)
		narrow_lock(fd, lockpath);
	else if (errno == EACCES || errno == EROFS)
		fd = open(lockpath, O_RDONLY | flags);
	return fd;
}

/* Why the lock of path could not be opened (errno err): a directory
 * this user may not write is the cause to name (the lock file, another
 * user's, is closed to one who could not save there anyway). */
static char *
lock_open_error(const char *path, const char *lockpath, int err)
{
	char *dir = fio_dir_of(path), *cause;

	if (err == EACCES && faccessat(AT_FDCWD, dir, W_OK, AT_EACCESS) < 0)
		cause = xasprintf("%s: cannot create a file in %s: %s", path,
		    dir, strerror(err));
	else
		cause = xasprintf("%s: cannot create the lock: %s", lockpath,
		    strerror(err));
	free(dir);
	return cause;
}

int
fio_lock(const char *path, char **cause)
{
	char *lockpath = hidden_beside(path, "lock");
	int fd;

	/* The lock's name is the longest a write makes (.NAME.tmp is one
	 * byte shorter): said here, as nothing can be written. */
	if (!fio_name_fits(lockpath)) {
		*cause = xasprintf("%s: name too long for a side file", path);
		free(lockpath);
		errno = ENAMETOOLONG;
		return -1;
	}
	fd = open_lock(lockpath);
	if (fd < 0)
		*cause = lock_open_error(path, lockpath, errno);
	else if (lock_wait(fd, path, lockpath, cause) < 0) {
		int e = errno;

		close(fd);
		errno = e;
		fd = -1;
	}
	free(lockpath);
	return fd;
}

static int
write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, data, len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		data += w;
		len -= (size_t)w;
	}
	return 0;
}

int
fio_write_temp(const char *tmp, const char *path, const char *data,
    size_t len)
{
	struct stat st;
	int fd, e;

	if (unlink(tmp) < 0 && errno != ENOENT)
		return FIO_CANNOT_CREATE;
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
	    0666);
	if (fd < 0)
		return FIO_CANNOT_CREATE;
	if ((path != NULL && stat(path, &st) == 0 &&
	    fchmod(fd, st.st_mode & 07777) < 0) ||
	    write_all(fd, data, len) < 0 || fsync(fd) < 0) {
		e = errno;
		close(fd);
		unlink(tmp);
		errno = e;
		return -1;
	}
	if (close(fd) < 0) {
		e = errno;
		unlink(tmp);
		errno = e;
		return -1;
	}
	return 0;
}

static int
sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc, e;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	e = errno;
	close(fd);
	errno = e;
	return rc;
}

int
fio_commit(const char *tmp, const char *path)
{
	char *dir;
	int rc;

	if (rename(tmp, path) < 0) {
		int e = errno;

		unlink(tmp);
		errno = e;
		return -1;
	}
	dir = fio_dir_of(path);
	rc = sync_dir(dir) < 0 ? 1 : 0;
	free(dir);
	return rc;
}

int
fio_may_replace(const char *path, char **cause)
{
	struct stat st;

	if (lstat(path, &st) < 0)
		return 0;
	if (S_ISLNK(st.st_mode)) {
		*cause = xasprintf("%s: is a symbolic link; not written "
		    "through it", path);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		*cause = xasprintf("%s: is not a regular file; not replaced",
		    path);
		return -1;
	}
	if (!(st.st_mode & 0222)) {
		*cause = xasprintf("%s: is read-only (no write permission); "
		    "not replaced", path);
		return -1;
	}
	if (faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) < 0) {
		*cause = xasprintf("%s: is read-only for this user (%s); not "
		    "replaced", path, strerror(errno));
		return -1;
	}
	return 0;
}

/* fio_replace's work once the lock is held. */
static int
replace_locked(const char *path, const char *data, size_t len, char **cause)
{
	char *tmp;
	int rc;

	if (fio_may_replace(path, cause) < 0)
		return -1;
	tmp = fio_temp_path(path);
	rc = fio_write_temp(tmp, path, data, len);
	if (rc < 0) {
		char *dir = fio_dir_of(path);

		*cause = rc == FIO_CANNOT_CREATE ?
		    xasprintf("%s: cannot create a file in %s: %s", path, dir,
		    strerror(errno)) :
		    xasprintf("%s: cannot write it: %s", path,
		    strerror(errno));
		free(dir);
		free(tmp);
		return -1;
	}
	rc = fio_commit(tmp, path);
	if (rc < 0)
		*cause = xasprintf("%s: cannot replace it: %s", path,
		    strerror(errno));
	else if (rc > 0)
		*cause = xasprintf("%s: written, but its directory could not "
		    "be synced: %s", path, strerror(errno));
	free(tmp);
	return rc < 0 ? -1 : 0;
}

int
fio_replace(const char *path, const char *data, size_t len, char **cause)
{
	int fd, rc;

	*cause = NULL;
	if ((fd = fio_lock(path, cause)) < 0)
		return -1;
	rc = replace_locked(path, data, len, cause);
	close(fd);	/* releases the lock */
	return rc;
}

int
fio_update(const char *path, size_t max, fio_update_fn *fn, void *arg,
    char **cause)
{
	char *old = NULL;
	size_t oldlen = 0;
	struct buf b;
	int fd, rc;

	*cause = NULL;
	if ((fd = fio_lock(path, cause)) < 0)
		return -1;
	if (fio_read(path, FIO_NOFOLLOW, max, &old, &oldlen) < 0 &&
	    errno != ENOENT) {
		/* Reading through a link may work elsewhere; what fails here
		 * is replacing the file, which would replace the link. */
		*cause = errno == ELOOP ? xasprintf("%s: not written: it is "
		    "a symbolic link, and galley replaces files, not links",
		    path) : xasprintf("%s: cannot read: %s", path,
		    fio_read_error(errno, FIO_NOFOLLOW));
		close(fd);
		return -1;
	}
	buf_init(&b);
	rc = fn(old, oldlen, arg, &b, cause);
	if (rc == 0)
		rc = replace_locked(path, b.data, b.len, cause);
	buf_free(&b);
	free(old);
	close(fd);	/* releases the lock */
	return rc;
}

void
fio_add_line(struct buf *out, const char *old, size_t oldlen,
    const char *line)
{
	buf_add(out, old ? old : "", oldlen);
	if (oldlen > 0 && old[oldlen - 1] != '\n')
		buf_addc(out, '\n');
	buf_adds(out, line);
	buf_addc(out, '\n');
}

static int
append_line(const char *old, size_t oldlen, void *arg, struct buf *out,
    char **cause)
{
	(void)cause;
	fio_add_line(out, old, oldlen, arg);
	return 0;
}

int
fio_append_line(const char *path, const char *line, size_t max,
    char **cause)
{
	return fio_update(path, max, append_line, (void *)line, cause);
}

int
fio_quiet(int rc, char **cause)
{
	if (rc == 0 && *cause != NULL) {
		free(*cause);
		*cause = NULL;
	}
	return rc;
}

int
fio_make_parents(const char *path)
{
	char *dir = xstrdup(path);
	int rc = 0, first_error = 0;

	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0777) != 0 && errno != EEXIST && rc == 0) {
			rc = -1;
			first_error = errno;
		}
		*p = '/';
	}
	free(dir);
	if (rc < 0)
		errno = first_error;	/* the cause, not a later EEXIST */
	return rc;
}

int
fio_make_parents_for(const char *path, char **cause)
{
	if (fio_make_parents(path) == 0)
		return 0;
	*cause = xasprintf("%s: cannot make its directory: %s", path,
	    strerror(errno));
	return -1;
}

char *
fio_side_base(const char *path)
{
	struct stat st;
	char *real;

	if (lstat(path, &st) < 0 || !S_ISLNK(st.st_mode) ||
	    stat(path, &st) < 0 || !S_ISREG(st.st_mode) ||
	    (real = realpath(path, NULL)) == NULL)
		return xstrdup(path);
	return real;
}
