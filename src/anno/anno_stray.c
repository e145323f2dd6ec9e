/* anno_stray.c - a renamed article's old sidecar, found by its text. */
#include "config.h"

#include "anno/anno_stray.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "anno/anno.h"
#include "anno/anno_store.h"
#include "base/util.h"

#define SIDECAR_SUFFIX ".anno.json"

/* A directory of many thousands of files is not searched to the end. */
#define STRAY_MAX_ENTRIES 100000

/* The directory of path with its slash ("" for a bare name), new. */
static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash == NULL ? xstrdup("") :
	    xasprintf("%.*s", (int)(slash - path + 1), path);
}

/* Whether name is a sidecar's name, and not a hidden file (a lock). */
static bool
sidecar_name(const char *name)
{
	size_t n = strlen(name), k = strlen(SIDECAR_SUFFIX);

	return n > k && name[0] != '.' &&
	    strcmp(name + n - k, SIDECAR_SUFFIX) == 0;
}

/* Whether the sidecar at dir + name is a stray saved on text sha. */
static bool
stray_of(const char *dir, const char *name, const char *sha)
{
	size_t k = strlen(name) - strlen(SIDECAR_SUFFIX);
	char *article = xasprintf("%s%.*s", dir, (int)k, name);
	struct stat sb;
	struct anno_set *s;
	bool yes = false;

	if (lstat(article, &sb) < 0) {
		s = anno_store_open(article);
		yes = !s->readonly && s->has_source &&
		    strcmp(s->source_sha256, sha) == 0 && anno_set_count(s) > 0;
		anno_set_destroy(s);
	}
	free(article);
	return yes;
}

char *
anno_stray_for(const char *article, const struct doc *d)
{
	char *dir = dir_of(article), *sidecar, *found = NULL, sha[65];
	struct stat sb;
	struct dirent *e;
	DIR *dp;
	size_t seen = 0;

	sidecar = xasprintf("%s" SIDECAR_SUFFIX, article);
	dp = lstat(sidecar, &sb) < 0 ? opendir(*dir ? dir : ".") : NULL;
	free(sidecar);
	if (dp == NULL) {
		free(dir);
		return NULL;
	}
	anno_doc_sha256(d, sha);
	while (found == NULL && seen++ < STRAY_MAX_ENTRIES &&
	    (e = readdir(dp)) != NULL)
		if (sidecar_name(e->d_name) && stray_of(dir, e->d_name, sha))
			found = xasprintf("%s%s", dir, e->d_name);
	closedir(dp);
	free(dir);
	return found;
}

char *
anno_stray_message(const char *article, const char *stray)
{
	return xasprintf("%s: no annotations of its own; %s was saved on "
	    "the same text and its article is gone: rename it to %s"
	    SIDECAR_SUFFIX " to keep them", article, stray, article);
}
