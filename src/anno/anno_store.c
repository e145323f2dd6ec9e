/* anno_store.c - reading sidecars; locked, merged, durable saves. */
#include "config.h"

#include "anno/anno_store.h"

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

#include "anno/anno_json.h"
#include "anno/anno_merge.h"
#include "base/file_io.h"
#include "base/util.h"

/* Sidecars bigger than this are refused rather than read. */
#define ANNO_MAX_SIDECAR ((size_t)256 * 1024 * 1024)

struct sidecar_paths {
	char *dir;	/* "." when the path has no slash */
	char *base;	/* file name */
	char *tmp, *bak, *bak_tmp;
};

static void
paths_make(struct sidecar_paths *p, const char *sidecar)
{
	p->dir = fio_dir_of(sidecar);
	p->base = xstrdup(fio_base_name(sidecar));
	p->tmp = fio_temp_path(sidecar);
	p->bak = xasprintf("%s.bak", sidecar);
	p->bak_tmp = xasprintf("%s/.%s.bak.tmp", p->dir, p->base);
}

static void
paths_clear(struct sidecar_paths *p)
{
	free(p->dir);
	free(p->base);
	free(p->tmp);
	free(p->bak);
	free(p->bak_tmp);
}

/* Parses the text of sidecar into s.  Returns 0, or -1 when it is
 * damaged (s->damage says where and s becomes read-only). */
static int
parse_into(struct anno_set *s, const char *sidecar, const char *text,
    size_t len)
{
	char *why = NULL;
	size_t blank = 0;

	while (blank < len && (text[blank] == ' ' || text[blank] == '\t' ||
	    text[blank] == '\n' || text[blank] == '\r'))
		blank++;
	/* Said for what it is: "1:1: unexpected token" sent users looking
	 * for a bad character in a file with none (a truncating editor or
	 * a full disk leaves it so). */
	if (blank == len) {
		free(s->damage);
		s->damage = xasprintf("%s: empty (no annotation collection)",
		    sidecar);
		s->readonly = true;
		return -1;
	}
	if (anno_json_read_set(s, text, len, &why) < 0) {
		free(s->damage);
		s->damage = xasprintf("%s:%s", sidecar, why);
		free(why);
		s->readonly = true;
		return -1;
	}
	return 0;
}

/* Reads sidecar into s.  Returns 1 when it exists and was read, 0 when
 * there is none, -1 when damaged or unreadable (s->damage says why and
 * s becomes read-only). */
static int
load_into(struct anno_set *s, const char *sidecar)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (fio_read(sidecar, 0, ANNO_MAX_SIDECAR, &text, &len) < 0) {
		/* A name too long for a sidecar: there is none. */
		if (errno == ENOENT || errno == ENAMETOOLONG)
			return 0;
		free(s->damage);
		s->damage = xasprintf("%s: cannot read: %s", sidecar,
		    fio_read_error(errno, 0));
		s->readonly = true;
		return -1;
	}
	rc = parse_into(s, sidecar, text, len);
	free(text);
	return rc < 0 ? -1 : 1;
}

/* Keeps only the damage report of a set that failed to load: a half-read
 * file is no basis for anything. */
static struct anno_set *
only_damage(struct anno_set *s)
{
	struct anno_set *tmp = anno_set_create(s->article);

	tmp->readonly = true;
	tmp->damage = s->damage;
	/* The damaged file's stamp: a change to it (a repair) is seen. */
	tmp->seen = s->seen;
	s->damage = NULL;
	anno_set_destroy(s);
	return tmp;
}

static int same_file(const char *a, const char *b);
static char *iri_path(const char *iri, const struct sidecar_paths *p);

/* A sidecar whose target names another article that exists (copied from
 * b.txt's to a.txt's): its annotations are kept and shown, but saving
 * rewrites the provenance, so the user is told. */
static void
check_provenance(struct anno_set *s)
{
	struct sidecar_paths p;
	char *path;

	if (s->source_iri == NULL)
		return;
	paths_make(&p, s->sidecar);
	path = iri_path(s->source_iri, &p);
	if (path != NULL && same_file(path, s->article) == 0)
		s->warning = xasprintf("%s: holds the annotations of another "
		    "article (%s), not of %s; a save will make them this "
		    "article's", s->sidecar, s->source_iri, s->article);
	free(path);
	paths_clear(&p);
}

struct anno_set *
anno_store_open(const char *article)
{
	struct anno_set *s = anno_set_create(article);

	file_stamp_take(s->sidecar, &s->seen);
	if (load_into(s, s->sidecar) < 0)
		return only_damage(s);
	check_provenance(s);
	return s;
}

struct anno_set *
anno_store_open_held(const char *article, int *lock)
{
	struct anno_set *s = anno_set_create(article);
	char *cause = NULL;

	*lock = fio_lock(s->sidecar, &cause);
	/* Held by another program past our patience: a save would wait
	 * as long again, so the caller is told now.  Other failures
	 * (a directory we cannot write) are the save's to report. */
	if (*lock < 0 && errno == EWOULDBLOCK)
		*lock = ANNO_SAVE_LOCKED;
	free(cause);
	anno_set_destroy(s);
	return anno_store_open(article);
}

struct anno_set *
anno_store_open_text(const char *article, const char *text, size_t len)
{
	struct anno_set *s = anno_set_create(article);

	if (parse_into(s, s->sidecar, text, len) < 0)
		return only_damage(s);
	return s;
}

/* Copies the old sidecar's bytes to path, read again: its text is not
 * kept through a save, as it would double the memory a big one takes. */
static int
copy_sidecar(const char *sidecar, const char *path)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (fio_read(sidecar, 0, ANNO_MAX_SIDECAR, &text, &len) < 0)
		return -1;
	rc = fio_write_temp(path, NULL, text, len);
	free(text);
	return rc;
}

/* Keeps the old sidecar as .bak: a hard link costs nothing and is
 * atomic; where links are not allowed, the old bytes are copied. */
static int
keep_backup(const struct sidecar_paths *p, const char *sidecar)
{
	if (unlink(p->bak_tmp) < 0 && errno != ENOENT)
		return -1;
	if (link(sidecar, p->bak_tmp) < 0 &&
	    copy_sidecar(sidecar, p->bak_tmp) < 0)
		return -1;
	if (rename(p->bak_tmp, p->bak) < 0) {
		int e = errno;
		unlink(p->bak_tmp);
		errno = e;
		return -1;
	}
	return 0;
}

static char *
relative_iri(const char *path)
{
	const char *base = fio_base_name(path);
	struct buf b;

	buf_init(&b);
	for (const unsigned char *c = (const unsigned char *)base; *c; c++) {
		if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		    (*c >= '0' && *c <= '9') || strchr("-._~", *c) != NULL)
			buf_addc(&b, (char)*c);
		else
			buf_printf(&b, "%%%02X", *c);
	}
	return buf_steal(&b);
}

/* path made absolute: resolved when it exists, else its directory
 * resolved (a sidecar not written yet), else joined to the working
 * directory.  NULL when even that fails. */
static char *
absolute_path(const char *path)
{
	char *abs = realpath(path, NULL), *dir, *cwd;

	if (abs != NULL)
		return abs;
	dir = fio_dir_of(path);
	abs = realpath(dir, NULL);
	free(dir);
	if (abs != NULL) {
		char *joined = xasprintf("%s/%s", strcmp(abs, "/") == 0 ? "" :
		    abs, fio_base_name(path));

		free(abs);
		return joined;
	}
	if (*path == '/' || (cwd = getcwd(NULL, 0)) == NULL)
		return NULL;
	abs = xasprintf("%s/%s", cwd, path);
	free(cwd);
	return abs;
}

char *
anno_store_file_iri(const char *path)
{
	char *abs = absolute_path(path);
	const char *p = abs ? abs : path;
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "file://");
	for (const unsigned char *c = (const unsigned char *)p; *c; c++) {
		if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		    (*c >= '0' && *c <= '9') || strchr("-._~/", *c) != NULL)
			buf_addc(&b, (char)*c);
		else
			buf_printf(&b, "%%%02X", *c);
	}
	free(abs);
	return buf_steal(&b);
}

/* Whether sidecar and article share a directory, so that the source can
 * be named relatively. */
static bool
same_dir(const char *a, const char *b)
{
	size_t na = (size_t)(fio_base_name(a) - a);
	size_t nb = (size_t)(fio_base_name(b) - b);

	return na == nb && strncmp(a, b, na) == 0;
}

static char *
sidecar_text(struct anno_set *s, const char *sidecar)
{
	char *source = same_dir(sidecar, s->article) ?
	    relative_iri(s->article) : anno_store_file_iri(s->article), *text;

	/* The collection's id must be an absolute IRI that does not go
	 * stale when the directory moves: a urn:uuid made once. */
	if (s->collection_id == NULL)
		s->collection_id = anno_new_id();
	text = anno_json_dump_set(s, s->collection_id, source);
	free(source);
	return text;
}

static void
mark_saved(struct anno_set *s)
{
	for (size_t i = 0; i < s->n; i++) {
		struct anno *a = s->items[i];

		free(a->base_modified);
		a->base_modified = xstrdup(a->modified);
		a->dirty = false;
	}
}

/* The write proper, under the lock: temporary file, backup, rename,
 * directory sync (file_io.h).  A directory that cannot be synced after
 * the rename is s->warning: the sidecar is saved. */
static int
write_sidecar(struct anno_set *s, const struct sidecar_paths *p,
    const char *sidecar, bool had_old, char **cause)
{
	char *text;
	int rc;

	free(s->warning);
	s->warning = NULL;
	if (had_old && fio_may_replace(sidecar, cause) < 0)
		return -1;
	text = sidecar_text(s, sidecar);
	rc = fio_write_temp(p->tmp, sidecar, text, strlen(text));
	free(text);
	if (rc < 0) {
		*cause = rc == FIO_CANNOT_CREATE ?
		    xasprintf("%s: cannot create a file in %s: %s", sidecar,
		    p->dir, strerror(errno)) :
		    xasprintf("%s: cannot write the sidecar: %s", sidecar,
		    strerror(errno));
		return -1;
	}
	if (had_old && keep_backup(p, sidecar) < 0) {
		int e = errno;

		unlink(p->tmp);
		*cause = xasprintf("%s: cannot keep a backup of the sidecar: "
		    "%s", sidecar, strerror(e));
		return -1;
	}
	rc = fio_commit(p->tmp, sidecar);
	if (rc < 0)
		*cause = xasprintf("%s: cannot replace the sidecar: %s",
		    sidecar, strerror(errno));
	else if (rc > 0)
		s->warning = xasprintf("%s: saved, but its directory "
		    "could not be synced (%s): a crash now may bring back the "
		    "previous version", sidecar, strerror(errno));
	return rc < 0 ? -1 : 0;
}

static void
record_source(struct anno_set *s, const struct doc *d)
{
	if (d == NULL)
		return;
	s->has_source = true;
	s->source_size = d->raw_size;
	anno_doc_sha256(d, s->source_sha256);
}

/* An IRI's percent-escapes decoded; NULL when one is malformed or
 * decodes to a NUL. */
static char *
iri_unescape(const char *iri)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "");
	for (const char *c = iri; *c; c++) {
		unsigned v;

		if (*c != '%') {
			buf_addc(&b, *c);
			continue;
		}
		if (sscanf(c + 1, "%2x", &v) != 1 || v == 0 ||
		    strspn(c + 1, "0123456789abcdefABCDEF") < 2) {
			buf_free(&b);
			return NULL;
		}
		buf_addc(&b, (char)v);
		c += 2;
	}
	return buf_steal(&b);
}

/* The file an article IRI read from sidecar names: a file: IRI, or a
 * path relative to the sidecar's directory; NULL for anything else. */
static char *
iri_path(const char *iri, const struct sidecar_paths *p)
{
	char *path, *rel;

	if (str_starts_with(iri, "file://"))
		return iri_unescape(iri + strlen("file://"));
	if (strchr(iri, ':') != NULL || (rel = iri_unescape(iri)) == NULL)
		return NULL;
	path = xasprintf("%s/%s", p->dir, rel);
	free(rel);
	return path;
}

/* 1 when a and b are one file, 0 when not, -1 when a cannot be found. */
static int
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	if (stat(a, &sa) < 0)
		return -1;
	return stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	    sa.st_ino == sb.st_ino;
}

/* Whether disk, another directory's sidecar, holds the annotations of
 * s's article: it names the article's file or, when the file it names
 * is gone, it records the article's text (SHA-256) as now or as last
 * annotated.  An empty one holds nothing to mix. */
static bool
same_article(const struct anno_set *disk, const struct anno_set *s,
    const struct doc *d, const struct sidecar_paths *p)
{
	char *path, sha[65];
	int same = -1;

	if (disk->n == 0 && disk->ntombs == 0)
		return true;
	if (disk->source_iri && (path = iri_path(disk->source_iri, p))) {
		same = same_file(path, s->article);
		free(path);
	}
	if (same >= 0)
		return same;
	if (!disk->has_source)
		return false;
	if (d != NULL) {
		anno_doc_sha256(d, sha);
		if (strcmp(sha, disk->source_sha256) == 0)
			return true;
	}
	return s->has_source && strcmp(s->source_sha256,
	    disk->source_sha256) == 0;
}

/* Saving into another directory (:save-to DIR) where a sidecar of that
 * name already is: merging is right for the same article's, and would
 * mix two articles' annotations (in memory too) for another's. */
static int
refuse_foreign(const struct anno_set *disk, const struct anno_set *s,
    const char *sidecar, char **cause)
{
	*cause = xasprintf("%s: already holds the annotations of another "
	    "article (%s), not of %s; not merged: save to another directory",
	    sidecar, disk->source_iri ?
	    disk->source_iri : "its text differs", s->article);
	return -1;
}

/* Whether s's own sidecar, there when s last read or wrote it, is gone
 * now (seen: its stamp now): another program deleted it.  Only a
 * sidecar that is not there: a stat that failed otherwise (an NFS
 * server not answering) deletes nothing, and the read then says why. */
static bool
sidecar_vanished(const struct anno_set *s, const struct file_stamp *seen)
{
	struct stat sb;

	return s->seen.exists && !seen->exists &&
	    stat(s->sidecar, &sb) < 0 && errno == ENOENT;
}

/* The article is gone too: its directory was moved or renamed, or the
 * two were deleted together.  That is no decision about the
 * annotations, which s keeps as they were. */
static bool
article_vanished(const struct anno_set *s)
{
	struct stat sb;

	return stat(s->article, &sb) < 0 && errno == ENOENT;
}

static bool
went_away(const struct anno_set *s, const struct file_stamp *seen)
{
	return sidecar_vanished(s, seen) && !article_vanished(s);
}

/* The sidecar was deleted outside galley, on purpose as far as galley
 * can tell (rm, git rm): what s had saved goes with it, as a file
 * deleted under an editor with no unsaved change reloads empty.  What
 * s has not saved yet (dirty) stays for the next save to write, and so
 * do tombstones: they only keep deleted annotations from coming back. */
static void
forget_saved(struct anno_set *s)
{
	size_t kept = 0;

	for (size_t i = 0; i < s->n; i++) {
		if (s->items[i]->dirty)
			s->items[kept++] = s->items[i];
		else
			anno_destroy(s->items[i]);
	}
	s->n = kept;
	/* A later save starts a new collection, as for a new sidecar. */
	free(s->collection_id);
	s->collection_id = NULL;
}

size_t
anno_store_unsaved(const struct anno_set *s)
{
	size_t n = 0;

	for (size_t i = 0; i < s->n; i++)
		n += s->items[i]->dirty;
	return n;
}

/* Reads the sidecar again under the lock and merges what others saved
 * since: 1 when there was one, 0 when none, -1 when it cannot be.
 * *gone: s's own sidecar was deleted since s saw it (forget_saved). */
static int
merge_disk(struct anno_set *s, const struct doc *d, const char *sidecar,
    const struct sidecar_paths *p, bool *gone, char **cause)
{
	struct anno_set *disk = anno_set_create(s->article);
	bool foreign = strcmp(sidecar, s->sidecar) != 0;
	struct file_stamp seen;
	int had;

	file_stamp_take(sidecar, &seen);
	*gone = !foreign && went_away(s, &seen);
	if (*gone)
		forget_saved(s);
	had = load_into(disk, sidecar);

	if (had > 0 && foreign && !same_article(disk, s, d, p)) {
		refuse_foreign(disk, s, sidecar, cause);
		anno_set_destroy(disk);
		return -1;
	}
	if (had < 0) {
		/* Damaged since we read it: never overwrite it. */
		*cause = xstrdup(disk->damage);
		if (strcmp(sidecar, s->sidecar) == 0) {
			s->readonly = true;
			free(s->damage);
			s->damage = xstrdup(disk->damage);
			s->seen = seen;
		}
		anno_set_destroy(disk);
		return -1;
	}
	anno_merge(s, disk);
	anno_set_destroy(disk);
	if (!foreign)
		s->seen = seen;
	return had;
}

/* The save under the lock; merge: whether to read the sidecar again
 * (not when s was read under this same lock). */
static int
save_locked(struct anno_set *s, const struct doc *d, const char *sidecar,
    const struct sidecar_paths *p, bool merge, char **cause)
{
	struct stat st;
	bool gone = false;
	int had, rc;

	if (merge)
		had = merge_disk(s, d, sidecar, p, &gone, cause);
	else
		had = lstat(sidecar, &st) == 0;
	if (had < 0)
		return -1;
	record_source(s, d);
	rc = write_sidecar(s, p, sidecar, had > 0, cause);
	if (rc == 0)
		mark_saved(s);
	if (rc == 0 && gone && s->warning == NULL)
		s->warning = xasprintf("%s: " ANNO_GONE_CLEARED "; what was "
		    "not saved yet is saved", sidecar);
	/* Under the lock: no other save came between. */
	if (rc == 0 && strcmp(sidecar, s->sidecar) == 0)
		file_stamp_take(sidecar, &s->seen);
	return rc;
}

/* Writing would replace the link with a file, or (through it) clobber a
 * file elsewhere: neither is what its owner meant. */
static int
refuse_link(const char *sidecar, char **cause)
{
	struct stat st;

	if (lstat(sidecar, &st) == 0 && S_ISLNK(st.st_mode)) {
		*cause = xasprintf("%s: is a symbolic link; galley does not "
		    "write through it", sidecar);
		return -1;
	}
	return 0;
}

int
anno_store_save_as(struct anno_set *s, const struct doc *d,
    const char *sidecar, char **cause)
{
	struct sidecar_paths p;
	int fd, rc;

	if (refuse_link(sidecar, cause) < 0)
		return -1;
	paths_make(&p, sidecar);
	/* The backup's temporary name is the longest a save makes. */
	if (!fio_name_fits(p.bak_tmp)) {
		*cause = xasprintf("%s: name too long for a sidecar", sidecar);
		paths_clear(&p);
		return -1;
	}
	fd = fio_lock(sidecar, cause);
	if (fd < 0) {
		/* fio_lock sets EWOULDBLOCK itself when it gives up. */
		bool held = errno == EWOULDBLOCK;

		paths_clear(&p);
		return held ? ANNO_SAVE_LOCKED : -1;
	}
	rc = save_locked(s, d, sidecar, &p, true, cause);
	close(fd);	/* releases the lock */
	paths_clear(&p);
	return rc;
}

static int
refuse_readonly(const struct anno_set *s, char **cause)
{
	*cause = xasprintf("%s; not saved: the annotations of %s are "
	    "read-only", s->damage ? s->damage : s->sidecar, s->article);
	return -1;
}

/* Whether a set made read-only by its sidecar's damage is read-write
 * again: the sidecar, changed since, now reads whole (or is gone). */
static bool
repaired(struct anno_set *s)
{
	char *cause = NULL;
	int rc;

	if (!anno_store_changed(s))
		return false;
	rc = anno_store_reload(s, &cause);
	free(cause);
	return rc == ANNO_RELOAD_REPAIRED;
}

int
anno_store_save(struct anno_set *s, const struct doc *d, char **cause)
{
	if (s->readonly && !repaired(s))
		return refuse_readonly(s, cause);
	return anno_store_save_as(s, d, s->sidecar, cause);
}

int
anno_store_save_held(struct anno_set *s, const struct doc *d, int lock,
    char **cause)
{
	struct sidecar_paths p;
	int rc;

	if (lock < 0)
		return anno_store_save(s, d, cause);
	if (s->readonly && !repaired(s))
		return refuse_readonly(s, cause);
	if (refuse_link(s->sidecar, cause) < 0)
		return -1;
	paths_make(&p, s->sidecar);
	rc = save_locked(s, d, s->sidecar, &p, false, cause);
	paths_clear(&p);
	return rc;
}

bool
anno_store_changed(const struct anno_set *s)
{
	struct file_stamp now;

	file_stamp_take(s->sidecar, &now);
	return !file_stamp_same(&now, &s->seen);
}

/* A damaged sidecar changed, and now reads (or was moved away): the set
 * is read-write again, with what the sidecar holds merged in.  Nothing
 * it kept is cleared, as a deletion of a sound sidecar clears it: the
 * file deleted was damage, not annotations. */
static int
reload_repaired(struct anno_set *s, struct anno_set *disk,
    const struct file_stamp *seen)
{
	s->readonly = false;
	free(s->damage);
	s->damage = NULL;
	anno_merge(s, disk);
	anno_set_destroy(disk);
	s->seen = *seen;
	return ANNO_RELOAD_REPAIRED;
}

int
anno_store_reload(struct anno_set *s, char **cause)
{
	struct anno_set *disk = anno_set_create(s->article);
	struct file_stamp seen;
	bool gone, moved;

	/* Before the read: a save during it is a change the next check
	 * sees. */
	file_stamp_take(s->sidecar, &seen);
	if (load_into(disk, s->sidecar) < 0) {
		*cause = xstrdup(disk->damage);
		anno_set_destroy(disk);
		s->seen = seen;
		return -1;
	}
	if (s->readonly)
		return reload_repaired(s, disk, &seen);
	gone = went_away(s, &seen);
	moved = !gone && sidecar_vanished(s, &seen);
	if (gone)
		forget_saved(s);
	anno_merge(s, disk);
	anno_set_destroy(disk);
	s->seen = seen;
	return gone ? ANNO_RELOAD_CLEARED : moved ? ANNO_RELOAD_MOVED : 0;
}
