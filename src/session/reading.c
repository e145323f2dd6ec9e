/* reading.c - read marks, reading positions and the sort order, kept
 * across sessions (see reading.h for the file). */
#include "config.h"

#include "session/reading.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/escape.h"
#include "base/file_io.h"
#include "base/settings.h"
#include "base/util.h"

#define READING_MAGIC "galley-reading 1"

static const char *const sort_names[] = { "path", "title", "date" };

char *
reading_default_path(void)
{
	return config_xdg_path("XDG_STATE_HOME", ".local/state", "reading");
}

void
reading_init(struct reading_state *st, const char *file)
{
	memset(st, 0, sizeof *st);
	st->file = file != NULL ? xstrdup(file) : NULL;
	if (file == NULL)	/* reading_default_path() without a HOME */
		st->damage = config_xdg_missing("XDG_STATE_HOME");
	st->sort = -1;
	hash_init(&st->index);
}

static void
clear_entries(struct reading_state *st)
{
	for (size_t i = 0; i < st->n; i++)
		free(st->v[i].path);
	free(st->v);
	st->v = NULL;
	st->n = st->cap = 0;
	hash_free(&st->index);
	hash_init(&st->index);
	st->seq = st->loaded_seq = 0;
	st->sort = -1;
}

void
reading_free(struct reading_state *st)
{
	clear_entries(st);
	hash_free(&st->index);
	free(st->file);
	free(st->damage);
	memset(st, 0, sizeof *st);
}

/* "HEX PATH", the index's key. */
static char *
entry_key(const char *path, const uint8_t sha256[32])
{
	struct buf b;

	buf_init(&b);
	for (int i = 0; i < 32; i++)
		buf_printf(&b, "%02x", sha256[i]);
	buf_addc(&b, ' ');
	buf_adds(&b, path);
	return buf_steal(&b);
}

struct reading_entry *
reading_find(const struct reading_state *st, const char *path,
    const uint8_t sha256[32])
{
	char *key = entry_key(path, sha256);
	struct hash_entry *e = hash_get(&st->index, key, strlen(key));

	free(key);
	return e != NULL ? &st->v[e->tag] : NULL;
}

struct reading_entry *
reading_touch(struct reading_state *st, const char *path,
    const uint8_t sha256[32])
{
	struct reading_entry *e;
	char *key;

	if (strpbrk(path, "\r\n") != NULL || *path == '\0')
		return NULL;
	if ((e = reading_find(st, path, sha256)) == NULL) {
		if (st->n == st->cap) {
			st->cap = st->cap ? st->cap * 2 : 16;
			st->v = xreallocarray(st->v, st->cap, sizeof *st->v);
		}
		e = &st->v[st->n];
		memset(e, 0, sizeof *e);
		e->path = xstrdup(path);
		memcpy(e->sha256, sha256, 32);
		key = entry_key(path, sha256);
		hash_add(&st->index, key, strlen(key))->tag = st->n++;
		free(key);
	}
	e->seq = ++st->seq;
	return e;
}

static int
hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ?
	    c - 'a' + 10 : -1;
}

/* "SHA256 POSITION PATH" after the read/unread word; NULL or a reason. */
static const char *
parse_entry(struct reading_state *st, char *p, bool read)
{
	uint8_t sha[32];
	unsigned long long pos;
	struct reading_entry *e;
	char *end;

	for (int i = 0; i < 32; i++) {
		int hi = hex_digit(p[2 * i]), lo;

		if (hi < 0 || (lo = hex_digit(p[2 * i + 1])) < 0)
			return "expected a SHA-256 in 64 lowercase hex digits";
		sha[i] = (uint8_t)(hi * 16 + lo);
	}
	p += 64;
	if (*p != ' ' || p[1] < '0' || p[1] > '9')
		return "expected a position after the SHA-256";
	errno = 0;
	pos = strtoull(p + 1, &end, 10);
	if (errno != 0 || pos > SIZE_MAX / 2)
		return "position out of range";
	/* A path with a line break is kept in C's quotes (quoted_key). */
	if (*end != ' ' || (end[1] != '/' && end[1] != '"'))
		return "expected an absolute path after the position";
	if (reading_find(st, end + 1, sha) != NULL)
		return "the same source twice";
	if ((e = reading_touch(st, end + 1, sha)) == NULL)
		return "a carriage return in the path";
	e->read = read;
	e->pos = (size_t)pos;
	return NULL;
}

static const char *
parse_sort(struct reading_state *st, const char *name)
{
	for (size_t i = 0; i < sizeof sort_names / sizeof *sort_names; i++)
		if (strcmp(name, sort_names[i]) == 0) {
			st->sort = (int)i;
			return NULL;
		}
	return "sort takes path, title or date";
}

static const char *
parse_line(struct reading_state *st, char *line, size_t n, size_t lineno)
{
	if (strlen(line) != n)
		return "a NUL byte";
	if (lineno == 1)
		return strcmp(line, READING_MAGIC) == 0 ? NULL :
		    "not a galley reading-state file (no \"" READING_MAGIC
		    "\" line)";
	if (strncmp(line, "read ", 5) == 0)
		return parse_entry(st, line + 5, true);
	if (strncmp(line, "unread ", 7) == 0)
		return parse_entry(st, line + 7, false);
	if (strncmp(line, "sort ", 5) == 0)
		return parse_sort(st, line + 5);
	return "expected read, unread or sort";
}

int
reading_parse(struct reading_state *st, const char *text, size_t len)
{
	char *copy = xmalloc(len + 1), *line;
	size_t pos = 0, n, lineno = 0;
	const char *why = NULL;

	/* The whole text, NULs and all: parse_line refuses them. */
	memcpy(copy, text, len);
	copy[len] = '\0';
	while (why == NULL && (line = fio_next_line(copy, len, &pos, &n))) {
		lineno++;
		if (lineno > READING_MAX_ENTRIES * 2 + 2)
			why = "too many lines";
		else
			why = parse_line(st, line, n, lineno);
	}
	free(copy);
	if (why == NULL) {
		st->loaded_seq = st->seq;
		return 0;
	}
	clear_entries(st);
	free(st->damage);
	st->damage = xasprintf("%s:%zu: %s", st->file, lineno, why);
	st->damaged = true;
	return -1;
}

int
reading_load(struct reading_state *st)
{
	char *text;
	size_t len;
	int rc;

	if (st->file == NULL)
		return -1;	/* no place: st->damage says why */
	if (fio_read(st->file, FIO_NOFOLLOW, FILE_SIDE_MAX, &text, &len) < 0) {
		int e = errno;
		char *cause = NULL;

		/* The directory is made now: one that cannot be made (a
		 * read-only parent) is told at start, not at quit. */
		if (e == ENOENT && fio_make_parents_for(st->file, &cause) == 0)
			return 0;
		free(st->damage);
		st->damage = cause != NULL ? cause : xasprintf("%s: %s",
		    st->file, fio_read_error(e, FIO_NOFOLLOW));
		return -1;
	}
	rc = reading_parse(st, text, len);
	free(text);
	return rc;
}

static int
by_seq(const void *a, const void *b)
{
	const struct reading_entry *x = *(const struct reading_entry *const *)a;
	const struct reading_entry *y = *(const struct reading_entry *const *)b;

	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* st's entries, oldest first. */
static const struct reading_entry **
entries_by_age(const struct reading_state *st)
{
	const struct reading_entry **v = xcalloc(st->n ? st->n : 1, sizeof *v);

	for (size_t i = 0; i < st->n; i++)
		v[i] = &st->v[i];
	qsort(v, st->n, sizeof *v, by_seq);
	return v;
}

char *
reading_format(const struct reading_state *st, size_t *len)
{
	const struct reading_entry **v = entries_by_age(st);
	size_t first = st->n > READING_MAX_ENTRIES ?
	    st->n - READING_MAX_ENTRIES : 0;
	struct buf b;

	buf_init(&b);
	buf_adds(&b, READING_MAGIC "\n");
	if (st->sort >= 0)
		buf_printf(&b, "sort %s\n", sort_names[st->sort]);
	for (size_t i = first; i < st->n; i++) {
		buf_adds(&b, v[i]->read ? "read " : "unread ");
		for (int k = 0; k < 32; k++)
			buf_printf(&b, "%02x", v[i]->sha256[k]);
		buf_printf(&b, " %zu %s\n", v[i]->pos, v[i]->path);
	}
	free(v);
	*len = b.len;
	return buf_steal(&b);
}

/* What st changed (entries touched since it was read, the sort) applied
 * to disk, the file as it is now. */
static void
merge_changes(struct reading_state *disk, const struct reading_state *st)
{
	const struct reading_entry **v = entries_by_age(st);

	for (size_t i = 0; i < st->n; i++) {
		struct reading_entry *e;

		if (v[i]->seq <= st->loaded_seq)
			continue;
		e = reading_touch(disk, v[i]->path, v[i]->sha256);
		e->read = v[i]->read;
		e->pos = v[i]->pos;
	}
	free(v);
	if (st->sort_changed)
		disk->sort = st->sort;
}

int
reading_save(const struct reading_state *st, char **cause)
{
	struct reading_state disk;
	char *text;
	size_t len;
	int rc;

	*cause = NULL;
	if (st->damaged) {
		*cause = xasprintf("%s: not saved, the file is damaged (move "
		    "it away to start afresh)", st->file);
		return -1;
	}
	if (st->damage != NULL) {	/* unreadable (not a directory...) */
		*cause = xasprintf("%s (not saved)", st->damage);
		return -1;
	}
	reading_init(&disk, st->file);
	if (reading_load(&disk) < 0) {
		*cause = xasprintf("%s (not saved)", disk.damage);
		reading_free(&disk);
		return -1;
	}
	merge_changes(&disk, st);
	text = reading_format(&disk, &len);
	rc = fio_replace(st->file, text, len, cause);
	free(text);
	reading_free(&disk);
	return rc;
}

/* A key for an absolute path with a line break, which the file's lines
 * cannot hold as it is: the path in C's quotes and escapes, as GNU diff
 * writes such a name (no absolute path starts with a quote). */
static char *
quoted_key(char *abs)
{
	struct buf b;

	buf_init(&b);
	buf_add_c_quoted(&b, "", abs);
	free(abs);
	return buf_steal(&b);
}

char *
reading_key_path(const char *path)
{
	char *abs;

	if (strcmp(path, "-") == 0)
		return NULL;
	if ((abs = realpath(path, NULL)) == NULL) {
		if (path[0] != '/')
			return NULL;
		abs = xstrdup(path);
	}
	return strpbrk(abs, "\r\n") != NULL ? quoted_key(abs) : abs;
}
