/* wordlist.c - personal and project word list files. */
#include "config.h"

#include "proof/wordlist.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/util.h"

char *
wordlist_user_path(void)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");

	/* The XDG spec says a relative XDG_DATA_HOME is to be ignored. */
	if (xdg != NULL && xdg[0] == '/')
		return xasprintf("%s/galley/words", xdg);
	if (home != NULL && *home != '\0')
		return xasprintf("%s/.local/share/galley/words", home);
	return NULL;
}

char *
wordlist_project_path(const char *doc_path)
{
	const char *slash;

	if (strcmp(doc_path, "-") == 0)
		return NULL;
	slash = strrchr(doc_path, '/');
	if (slash == NULL)
		return xstrdup(".galley-words");
	return xasprintf("%.*s/.galley-words", (int)(slash - doc_path),
	    doc_path);
}

int
wordlist_read(const char *path, void (*add)(void *ctx, const char *word),
    void *ctx, char **cause)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	int rc = 0;

	if (f == NULL) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	while (getline(&line, &cap, f) != -1) {
		char *w = str_trim(line);

		if (*w != '\0' && *w != '#')
			add(ctx, w);
	}
	if (ferror(f)) {
		*cause = xasprintf("%s: read error", path);
		rc = -1;
	}
	free(line);
	fclose(f);
	return rc;
}

/* mkdir -p for the directories above path. */
static int
make_parents(const char *path)
{
	char *dir = xstrdup(path);
	int rc = 0;

	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0777) != 0 && errno != EEXIST)
			rc = -1;
		*p = '/';
	}
	free(dir);
	return rc;
}

int
wordlist_append(const char *path, const char *word, char **cause)
{
	FILE *f;

	if (strchr(word, '\n') != NULL || *word == '\0') {
		*cause = xstrdup("not a word");
		return -1;
	}
	make_parents(path);
	if ((f = fopen(path, "a")) == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	fprintf(f, "%s\n", word);
	if (fclose(f) != 0) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}
