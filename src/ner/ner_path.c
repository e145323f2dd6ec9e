/* ner_path.c - which entity model to use: one named, else the shipped
 * one, beside the binary in the build tree (the source tree's data/ner
 * when building elsewhere), else where `make install` put it.  Only a
 * binary in its build tree (config.status beside it) looks in the
 * source tree: an installed galley built from a checkout configured
 * with an absolute path took that checkout's model, which a later pull
 * may make another features version than the binary reads. */
#include "config.h"

#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ner/ner.h"
#include "base/util.h"

#define MODEL_NAME "conll-en.model"

/* The directory of the running binary, or NULL. */
static char *
exe_dir(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
	char *slash;

	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	if ((slash = strrchr(buf, '/')) == NULL)
		return NULL;
	*slash = '\0';
	return xstrdup(buf);
}

/* Whether dir holds config.status: the binary is in its build tree. */
static bool
in_build_tree(const char *dir)
{
	char *path = xasprintf("%s/config.status", dir);
	bool yes = access(path, F_OK) == 0;

	free(path);
	return yes;
}

char *
ner_default_model(void)
{
	char *dir = exe_dir(), *path;
	/* configure's srcdir is relative to the build directory, where
	 * the binary is, or absolute. */
	bool abs = GALLEY_TOP_SRCDIR[0] == '/';
	const char *rel[] = { "", "/" GALLEY_TOP_SRCDIR };
	size_t looks = dir != NULL && in_build_tree(dir) ? 2 : 1;

	for (size_t i = 0; dir != NULL && i < looks; i++) {
		path = i == 1 && abs ?
		    xstrdup(GALLEY_TOP_SRCDIR "/data/ner/" MODEL_NAME) :
		    xasprintf("%s%s/data/ner/" MODEL_NAME, dir, rel[i]);
		if (access(path, R_OK) == 0) {
			free(dir);
			return path;
		}
		free(path);
	}
	free(dir);
	path = xstrdup(GALLEY_PKGDATADIR "/" MODEL_NAME);
	if (access(path, R_OK) == 0)
		return path;
	free(path);
	return NULL;
}

int
ner_open_model(struct ner *n, const char *named, char **path, char **cause)
{
	if (named == NULL)
		named = getenv("GALLEY_NER_MODEL");
	*path = NULL;
	*cause = NULL;
	if (named != NULL && *named != '\0')
		*path = xstrdup(named);
	else if ((*path = ner_default_model()) == NULL)
		return 1;
	return ner_use_model(n, *path, cause) ? 0 : -1;
}
