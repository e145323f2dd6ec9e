/* entity_decisions.c - reading and appending .galley-entities. */
#include "config.h"

#include "ner/entity_decisions.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

void
decisions_init(struct entity_decisions *dec)
{
	dec->v = NULL;
	dec->n = dec->cap = 0;
}

void
decisions_free(struct entity_decisions *dec)
{
	for (size_t i = 0; i < dec->n; i++) {
		free(dec->v[i].a);
		free(dec->v[i].b);
	}
	free(dec->v);
	decisions_init(dec);
}

void
decisions_add(struct entity_decisions *dec, enum decision_kind kind,
    const char *a, const char *b)
{
	if (dec->n == dec->cap) {
		dec->cap = dec->cap ? dec->cap * 2 : 8;
		dec->v = xreallocarray(dec->v, dec->cap, sizeof *dec->v);
	}
	dec->v[dec->n].kind = kind;
	dec->v[dec->n].a = xstrdup(a);
	dec->v[dec->n].b = b ? xstrdup(b) : NULL;
	dec->n++;
}

/* Parses one line (without its newline); -1 when malformed. */
static int
parse_line(struct entity_decisions *dec, char *line)
{
	char *tab = strchr(line, '\t'), *tab2;

	if (*line == '\0' || *line == '#')
		return 0;
	if (tab == NULL)
		return -1;
	*tab++ = '\0';
	tab2 = strchr(tab, '\t');
	if (strcmp(line, "split") == 0 && tab2 == NULL && *tab) {
		decisions_add(dec, DECISION_SPLIT, tab, NULL);
		return 0;
	}
	if (strcmp(line, "merge") == 0 && tab2 != NULL) {
		*tab2++ = '\0';
		if (*tab == '\0' || *tab2 == '\0' || strchr(tab2, '\t'))
			return -1;
		decisions_add(dec, DECISION_MERGE, tab, tab2);
		return 0;
	}
	return -1;
}

int
decisions_load(struct entity_decisions *dec, const char *path, char **cause)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	int r = 0;

	*cause = NULL;
	if (f == NULL) {
		if (errno == ENOENT)
			return 0;
		*cause = xstrdup(strerror(errno));
		return -1;
	}
	while ((len = getline(&line, &cap, f)) != -1) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' ||
		    line[len - 1] == '\r'))
			line[--len] = '\0';
		if (strlen(line) != (size_t)len || parse_line(dec, line) != 0) {
			*cause = xasprintf("line %zu: not 'merge<TAB>NAME<TAB>"
			    "NAME' or 'split<TAB>NAME'", lineno);
			r = -1;
			break;
		}
	}
	if (r == 0 && ferror(f)) {
		*cause = xstrdup(strerror(errno));
		r = -1;
	}
	free(line);
	fclose(f);
	return r;
}

int
decisions_append(const char *path, const struct decision *d, char **cause)
{
	FILE *f;
	int r;

	*cause = NULL;
	if (strpbrk(d->a, "\t\n\r") != NULL ||
	    (d->b != NULL && strpbrk(d->b, "\t\n\r") != NULL)) {
		*cause = xstrdup("a name cannot contain a tab or a newline");
		return -1;
	}
	if ((f = fopen(path, "a")) == NULL) {
		*cause = xstrdup(strerror(errno));
		return -1;
	}
	if (d->kind == DECISION_MERGE)
		fprintf(f, "merge\t%s\t%s\n", d->a, d->b);
	else
		fprintf(f, "split\t%s\n", d->a);
	r = fclose(f);
	if (r != 0) {
		*cause = xstrdup(strerror(errno));
		return -1;
	}
	return 0;
}

char *
decisions_path_for(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (strcmp(path, "-") == 0 || slash == NULL)
		return xstrdup(ENTITY_DECISIONS_FILE);
	return xasprintf("%.*s/%s", (int)(slash - path + 1) - 1, path,
	    ENTITY_DECISIONS_FILE);
}

size_t
decisions_load_for(struct entity_decisions *dec, char *const *paths,
    size_t n, void (*report)(void *arg, const char *file, const char *cause),
    void *arg)
{
	char **seen = xcalloc(n + 1, sizeof *seen);
	size_t nseen = 0, failed = 0;

	for (size_t i = 0; i < n; i++) {
		char *path = decisions_path_for(paths[i]), *cause = NULL;
		bool dup = false;

		for (size_t k = 0; k < nseen && !dup; k++)
			dup = strcmp(seen[k], path) == 0;
		if (dup) {
			free(path);
			continue;
		}
		if (decisions_load(dec, path, &cause) != 0) {
			report(arg, path, cause);
			free(cause);
			failed++;
		}
		seen[nseen++] = path;
	}
	for (size_t k = 0; k < nseen; k++)
		free(seen[k]);
	free(seen);
	return failed;
}
