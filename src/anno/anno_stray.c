/* anno_stray.c - a renamed article's old sidecar, found by its text. */
#include "config.h"

#include "anno/anno_stray.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "anno/anno.h"
#include "anno/anno_store.h"
#include "base/file_io.h"
#include "base/util.h"

/* A directory of many thousands of files is not read to the end. */
#define STRAY_MAX_ENTRIES 100000

/* A sidecar whose article is gone, and the text it was saved on. */
struct stray {
	char *sidecar;
	char sha[65];
};

/* A directory as read: its strays. */
struct stray_dir {
	char *dir;
	struct stray *v;
	size_t n;
};

struct anno_strays {
	struct stray_dir *dirs;
	size_t n;
};

struct anno_strays *
anno_strays_create(void)
{
	return xcalloc(1, sizeof(struct anno_strays));
}

void
anno_strays_destroy(struct anno_strays *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->n; i++) {
		for (size_t k = 0; k < c->dirs[i].n; k++)
			free(c->dirs[i].v[k].sidecar);
		free(c->dirs[i].v);
		free(c->dirs[i].dir);
	}
	free(c->dirs);
	free(c);
}

/* The directory of path with its slash ("" for a bare name), new. */
static char *
dir_with_slash(const char *path)
{
	return xstrndup(path, (size_t)(fio_base_name(path) - path));
}

/* Whether name is a sidecar's name, and not a hidden file (a lock). */
static bool
sidecar_name(const char *name)
{
	size_t n = strlen(name), k = strlen(ANNO_SIDECAR_SUFFIX);

	return n > k && name[0] != '.' &&
	    strcmp(name + n - k, ANNO_SIDECAR_SUFFIX) == 0;
}

/* Adds the sidecar dir + name to sd when its article is gone and it
 * holds annotations saved on a known text. */
static void
note_stray(struct stray_dir *sd, const char *name)
{
	size_t k = strlen(name) - strlen(ANNO_SIDECAR_SUFFIX);
	char *article = xasprintf("%s%.*s", sd->dir, (int)k, name);
	struct stat sb;
	struct anno_set *s;

	if (lstat(article, &sb) < 0) {
		s = anno_store_open(article);
		if (!s->readonly && s->has_source && anno_set_count(s) > 0) {
			sd->v = xreallocarray(sd->v, sd->n + 1, sizeof *sd->v);
			sd->v[sd->n].sidecar = xasprintf("%s%s", sd->dir, name);
			memcpy(sd->v[sd->n].sha, s->source_sha256, 65);
			sd->n++;
		}
		anno_set_destroy(s);
	}
	free(article);
}

/* dir read for its strays, once. */
static struct stray_dir *
dir_read(struct anno_strays *c, char *dir)
{
	struct stray_dir *sd;
	struct dirent *e;
	DIR *dp;
	size_t seen = 0;

	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->dirs[i].dir, dir) == 0) {
			free(dir);
			return &c->dirs[i];
		}
	c->dirs = xreallocarray(c->dirs, c->n + 1, sizeof *c->dirs);
	sd = &c->dirs[c->n++];
	*sd = (struct stray_dir){ dir, NULL, 0 };
	if ((dp = opendir(*dir ? dir : ".")) == NULL)
		return sd;
	while (seen++ < STRAY_MAX_ENTRIES && (e = readdir(dp)) != NULL)
		if (sidecar_name(e->d_name))
			note_stray(sd, e->d_name);
	closedir(dp);
	return sd;
}

char *
anno_strays_find(struct anno_strays *c, const char *article,
    const struct doc *d)
{
	char *sidecar = xasprintf("%s" ANNO_SIDECAR_SUFFIX, article), sha[65];
	struct stat sb;
	bool own = lstat(sidecar, &sb) == 0;
	struct stray_dir *sd;

	free(sidecar);
	if (own)
		return NULL;
	sd = dir_read(c, dir_with_slash(article));
	if (sd->n == 0)
		return NULL;
	anno_doc_sha256(d, sha);
	for (size_t i = 0; i < sd->n; i++)
		if (strcmp(sd->v[i].sha, sha) == 0)
			return xstrdup(sd->v[i].sidecar);
	return NULL;
}

char *
anno_stray_message(const char *article, const char *stray)
{
	return xasprintf("%s: no annotations of its own; %s was saved on "
	    "the same text and its article is gone: rename it to %s"
	    ANNO_SIDECAR_SUFFIX " to keep them", article, stray, article);
}
