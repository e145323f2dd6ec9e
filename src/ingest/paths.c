/* paths.c - turn the user's path arguments into the files of one load. */
#include "config.h"

#include "ingest/paths.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/file_io.h"
#include "base/util.h"

static const char *const extensions[] = {
	".txt", ".text", ".htm", ".html", ".xhtml", NULL
};

int
paths_is_article_name(const char *name)
{
	if (name[0] == '.')
		return 0;
	for (size_t i = 0; extensions[i]; i++)
		if (str_has_suffix_ci(name, extensions[i]) &&
		    strlen(name) > strlen(extensions[i]))
			return 1;
	return 0;
}

static void
list_add(struct path_list *list, char *path)
{
	if (list->n == list->cap) {
		list->cap = list->cap ? list->cap * 2 : 16;
		list->paths = xreallocarray(list->paths, list->cap,
		    sizeof *list->paths);
	}
	list->paths[list->n++] = path;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Directories already entered, by device and inode, so that bind mounts
 * or hard-linked trees cannot make the walk loop. */
struct seen {
	dev_t *dev;
	ino_t *ino;
	size_t n, cap;
};

static int
seen_add(struct seen *s, dev_t dev, ino_t ino)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->dev[i] == dev && s->ino[i] == ino)
			return 0;
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->dev = xreallocarray(s->dev, s->cap, sizeof *s->dev);
		s->ino = xreallocarray(s->ino, s->cap, sizeof *s->ino);
	}
	s->dev[s->n] = dev;
	s->ino[s->n] = ino;
	s->n++;
	return 1;
}

static char *
join(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	if (n > 0 && dir[n - 1] == '/')
		return xasprintf("%s%s", dir, name);
	return xasprintf("%s/%s", dir, name);
}

static int
walk_dir(struct path_list *list, const char *dir, struct seen *seen,
    void (*warn)(const char *, const char *))
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int problems = 0;

	if (dp == NULL) {
		warn(dir, strerror(errno));
		return 1;
	}
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;	/* hidden, ".", ".." */
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			names = xreallocarray(names, cap, sizeof *names);
		}
		names[n++] = xstrdup(de->d_name);
	}
	closedir(dp);
	/* An empty directory has no array: qsort(NULL, 0) is undefined. */
	if (n > 1)
		qsort(names, n, sizeof *names, compare_names);
	for (size_t i = 0; i < n; i++) {
		char *path = join(dir, names[i]);
		const char *base = fio_base_name(path);
		struct stat lst, st;

		free(names[i]);
		if (lstat(path, &lst) != 0) {
			/* Vanished since readdir: nothing to load. */
			free(path);
			continue;
		}
		if (S_ISDIR(lst.st_mode)) {
			if (seen_add(seen, lst.st_dev, lst.st_ino))
				problems += walk_dir(list, path, seen, warn);
			free(path);
		} else if (paths_is_article_name(base) &&
		    (S_ISREG(lst.st_mode) || (S_ISLNK(lst.st_mode) &&
		    stat(path, &st) == 0 && S_ISREG(st.st_mode)))) {
			/* Symbolic links to files are followed; links to
			 * directories are not, so the walk cannot loop. */
			list_add(list, path);
		} else
			free(path);
	}
	free(names);
	return problems;
}

void
paths_add(struct path_list *list, const char *path)
{
	list_add(list, xstrdup(path));
}

int
paths_expand(struct path_list *list, const char *arg,
    void (*warn)(const char *path, const char *message))
{
	struct stat st;
	struct seen seen = { NULL, NULL, 0, 0 };
	size_t before;
	int problems;

	if (strcmp(arg, "-") == 0) {
		list_add(list, xstrdup(arg));
		return 0;
	}
	if (stat(arg, &st) != 0) {
		warn(arg, strerror(errno));
		return 1;
	}
	if (!S_ISDIR(st.st_mode)) {
		/* Named explicitly: the loader decides what it can read. */
		list_add(list, xstrdup(arg));
		return 0;
	}
	seen_add(&seen, st.st_dev, st.st_ino);
	before = list->n;
	problems = walk_dir(list, arg, &seen, warn);
	free(seen.dev);
	free(seen.ino);
	/* Silence would read as "all fine" to one who mistyped it. */
	if (problems == 0 && list->n == before) {
		warn(arg, "no article files (" PATHS_ARTICLE_GLOBS ") found");
		problems = 1;
	}
	return problems;
}

/* A file of the list, for finding the same file under two names. */
struct file_id {
	dev_t dev;
	ino_t ino;
	size_t at;
};

static int
compare_ids(const void *a, const void *b)
{
	const struct file_id *x = a, *y = b;

	if (x->dev != y->dev)
		return x->dev < y->dev ? -1 : 1;
	if (x->ino != y->ino)
		return x->ino < y->ino ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

void
paths_dedupe(struct path_list *list)
{
	struct file_id *ids = xreallocarray(NULL, list->n + 1, sizeof *ids);
	bool *drop = xcalloc(list->n + 1, sizeof *drop);
	size_t n = 0, kept = 0;
	struct stat st;

	for (size_t i = 0; i < list->n; i++)
		if (strcmp(list->paths[i], "-") != 0 &&
		    stat(list->paths[i], &st) == 0)
			ids[n++] = (struct file_id){ st.st_dev, st.st_ino, i };
	if (n > 1)
		qsort(ids, n, sizeof *ids, compare_ids);
	for (size_t k = 1; k < n; k++)
		if (ids[k].dev == ids[k - 1].dev &&
		    ids[k].ino == ids[k - 1].ino)
			drop[ids[k].at] = true;	/* a later name of it */
	for (size_t i = 0; i < list->n; i++) {
		if (drop[i])
			free(list->paths[i]);
		else
			list->paths[kept++] = list->paths[i];
	}
	list->n = kept;
	free(ids);
	free(drop);
}

void
paths_free(struct path_list *list)
{
	for (size_t i = 0; i < list->n; i++)
		free(list->paths[i]);
	free(list->paths);
	list->paths = NULL;
	list->n = list->cap = 0;
}
