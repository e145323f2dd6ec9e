/* entity_decisions.c - reading and appending .galley-entities. */
#include "config.h"

#include "ner/entity_decisions.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "base/file_io.h"
#include "base/util.h"
#include "ner/gazetteer.h"
#include "ner/ner.h"

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
		free(dec->v[i].key);
	}
	free(dec->v);
	decisions_init(dec);
}

void
decisions_add(struct entity_decisions *dec, enum decision_kind kind,
    const char *a, const char *b)
{
	size_t klen;

	if (dec->n == dec->cap) {
		dec->cap = dec->cap ? dec->cap * 2 : 8;
		dec->v = xreallocarray(dec->v, dec->cap, sizeof *dec->v);
	}
	dec->v[dec->n].kind = kind;
	dec->v[dec->n].a = xstrdup(a);
	dec->v[dec->n].b = b ? xstrdup(b) : NULL;
	dec->v[dec->n].key = gaz_fold(a, strlen(a), &klen);
	dec->n++;
}

bool
decisions_about_mentions(const struct entity_decisions *dec)
{
	for (size_t i = 0; dec != NULL && i < dec->n; i++)
		if (dec->v[i].kind == DECISION_TYPE ||
		    dec->v[i].kind == DECISION_NOT_ENTITY)
			return true;
	return false;
}

const struct decision *
decisions_verdict(const struct entity_decisions *dec, const char *key)
{
	for (size_t i = dec ? dec->n : 0; i-- > 0;)
		if ((dec->v[i].kind == DECISION_TYPE ||
		    dec->v[i].kind == DECISION_NOT_ENTITY) &&
		    strcmp(dec->v[i].key, key) == 0)
			return &dec->v[i];
	return NULL;
}

bool
decisions_say_no_entity(const struct entity_decisions *dec,
    const char *name)
{
	size_t len;
	char *key = gaz_fold(name, strlen(name), &len);
	const struct decision *v = decisions_verdict(dec, key);

	free(key);
	return v != NULL && v->kind == DECISION_NOT_ENTITY;
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
	if (tab2 == NULL && *tab) {
		if (strcmp(line, "split") == 0)
			decisions_add(dec, DECISION_SPLIT, tab, NULL);
		else if (strcmp(line, "notentity") == 0)
			decisions_add(dec, DECISION_NOT_ENTITY, tab, NULL);
		else
			return -1;
		return 0;
	}
	if (tab2 == NULL)
		return -1;
	*tab2++ = '\0';
	if (*tab == '\0' || *tab2 == '\0' || strchr(tab2, '\t'))
		return -1;
	if (strcmp(line, "merge") == 0)
		decisions_add(dec, DECISION_MERGE, tab, tab2);
	else if (strcmp(line, "type") == 0 && entity_type_parse(tab2) >= 0)
		decisions_add(dec, DECISION_TYPE, tab, tab2);
	else
		return -1;
	return 0;
}

int
decisions_parse(struct entity_decisions *dec, char *text, size_t len,
    char **cause)
{
	size_t pos = 0, n, lineno = 0, first = 0, bad = 0;
	char *line;

	*cause = NULL;
	while ((line = fio_next_line(text, len, &pos, &n)) != NULL) {
		lineno++;
		if (n > 0 && line[n - 1] == '\r')
			line[--n] = '\0';
		/* A bad line costs itself, not the decisions after it. */
		if (strlen(line) != n || parse_line(dec, line) != 0) {
			first = bad++ ? first : lineno;
			continue;
		}
	}
	if (bad == 0)
		return 0;
	*cause = xasprintf("line %zu: not 'merge<TAB>NAME<TAB>NAME', "
	    "'split<TAB>NAME', 'type<TAB>NAME<TAB>TYPE' or "
	    "'notentity<TAB>NAME'", first);
	if (bad > 1) {
		char *one = *cause;

		*cause = xasprintf("%s (and %zu more bad line%s)", one,
		    bad - 1, bad > 2 ? "s" : "");
		free(one);
	}
	return -1;
}

int
decisions_load(struct entity_decisions *dec, const char *path, char **cause)
{
	char *text;
	size_t len;
	int rc;

	*cause = NULL;
	if (fio_read(path, FIO_NOFOLLOW, FILE_SIDE_MAX, &text, &len) < 0) {
		if (errno == ENOENT)
			return 0;
		*cause = xasprintf("cannot read: %s",
		    fio_read_error(errno, FIO_NOFOLLOW));
		return -1;
	}
	rc = decisions_parse(dec, text, len, cause);
	free(text);
	if (rc != 0) {
		char *why = *cause;

		*cause = xasprintf("%s; bad lines are skipped, the other "
		    "decisions apply", why);
		free(why);
	}
	return rc;
}

/* The word a decision's line starts with. */
static const char *
decision_word(enum decision_kind kind)
{
	static const char *const words[] = { "merge", "split", "type",
		"notentity" };

	return words[kind];
}

/* The callers name the file: "PATH: reason" becomes "reason". */
static void
without_path(char **cause, const char *path)
{
	size_t n = strlen(path);

	if (strncmp(*cause, path, n) == 0 && strncmp(*cause + n, ": ", 2) == 0)
		memmove(*cause, *cause + n + 2, strlen(*cause + n + 2) + 1);
}

/* Whether s holds nothing but white space (ASCII or Unicode Z*) and
 * controls: no name, though not empty. */
static bool
is_blank(const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t cp;
	utf8proc_ssize_t n;

	while (*p != '\0') {
		n = utf8proc_iterate(p, -1, &cp);
		if (n <= 0)
			return false;	/* some bytes: not blank */
		switch (utf8proc_category(cp)) {
		case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
		case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
		case UTF8PROC_CATEGORY_CF:
			break;
		default:
			return false;
		}
		p += n;
	}
	return true;
}

/* Why one name cannot be recorded, or NULL. */
static const char *
name_problem(const char *name)
{
	if (is_blank(name))
		return "an entity name cannot be empty or blank";
	if (strpbrk(name, "\t\n\r") != NULL)
		return "a name cannot contain a tab or a newline";
	return NULL;
}

const char *
decisions_check(const struct decision *d)
{
	const char *why = name_problem(d->a);

	if (why != NULL || d->kind != DECISION_MERGE)
		return why;
	if ((why = name_problem(d->b)) != NULL)
		return why;
	/* As written, not folded: after a split of the spelling "niger",
	 * merging "Niger" with "niger" joins them again. */
	if (strcmp(d->a, d->b) == 0)
		return "cannot merge an entity with itself";
	return NULL;
}

/* decisions_append's new text: the file's present text, parsed whole
 * first, and the line.  A damaged file is left as it is, as sidecars
 * and .blocks files are: rewritten, its bad line would be kept (or its
 * text after a NUL byte lost) under a decision that seems to take. */
static int
append_decision(const char *text, size_t len, void *arg, struct buf *out,
    char **cause)
{
	struct entity_decisions now;
	char *copy = xmalloc(len + 1);
	int rc;

	memcpy(copy, text ? text : "", len);
	copy[len] = '\0';
	decisions_init(&now);
	rc = decisions_parse(&now, copy, len, cause);
	decisions_free(&now);
	free(copy);
	if (rc != 0) {
		char *why = *cause;

		*cause = xasprintf("%s; the damaged file is left as it is",
		    why);
		free(why);
		return -1;
	}
	fio_add_line(out, text, len, arg);
	return 0;
}

int
decisions_append(const char *path, const struct decision *d, char **cause)
{
	const char *why;
	char *line;
	int rc;

	*cause = NULL;
	/* A line the parser would refuse would cost every later run the
	 * whole file. */
	if ((why = decisions_check(d)) != NULL) {
		*cause = xstrdup(why);
		return -1;
	}
	line = d->b != NULL ? xasprintf("%s\t%s\t%s", decision_word(d->kind),
	    d->a, d->b) : xasprintf("%s\t%s", decision_word(d->kind), d->a);
	rc = fio_quiet(fio_update(path, FILE_SIDE_MAX, append_decision, line,
	    cause), cause);
	free(line);
	if (rc != 0) {
		char *failed;

		without_path(cause, path);
		failed = *cause;
		*cause = xasprintf("%s; the decision was not saved", failed);
		free(failed);
	}
	return rc;
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
