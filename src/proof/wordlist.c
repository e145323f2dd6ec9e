/* wordlist.c - personal and project word list files. */
#include "config.h"

#include "proof/wordlist.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/file_io.h"
#include "base/settings.h"
#include "base/util.h"

char *
wordlist_user_path(void)
{
	return config_xdg_path("XDG_DATA_HOME", ".local/share", "words");
}

char *
wordlist_bad_path(void)
{
	char *words = wordlist_user_path(), *bad;

	if (words == NULL)
		return NULL;
	bad = xasprintf("%.*sbad-words", (int)(fio_base_name(words) - words),
	    words);
	free(words);
	return bad;
}

char *
wordlist_project_path(const char *doc_path)
{
	if (strcmp(doc_path, "-") == 0)
		return NULL;
	/* doc_path up to its name is DIR/ (nothing for a bare name). */
	return xasprintf("%.*s.galley-words",
	    (int)(fio_base_name(doc_path) - doc_path), doc_path);
}

void
wordlist_parse(char *text, size_t len,
    void (*add)(void *ctx, const char *word), void *ctx)
{
	size_t pos = 0, n;
	char *line;

	while ((line = fio_next_line(text, len, &pos, &n)) != NULL) {
		char *w;

		if (strlen(line) != n)	/* a NUL byte: not text */
			continue;
		w = str_trim(line);
		if (*w != '\0' && *w != '#' && strlen(w) <= WORDLIST_MAX_WORD)
			add(ctx, w);
	}
}

int
wordlist_read(const char *path, int flags,
    void (*add)(void *ctx, const char *word), void *ctx, char **cause)
{
	char *text;
	size_t len;

	if (fio_read(path, flags, FILE_SIDE_MAX, &text, &len) < 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		*cause = xasprintf("%s: cannot read the word list: %s", path,
		    fio_read_error(errno, flags));
		return -1;
	}
	wordlist_parse(text, len, add, ctx);
	free(text);
	return 0;
}

int
wordlist_append(const char *path, const char *word, char **cause)
{
	if (strpbrk(word, "\r\n") != NULL || *word == '\0' ||
	    strlen(word) > WORDLIST_MAX_WORD) {
		*cause = xstrdup("not a word");
		return -1;
	}
	if (fio_make_parents_for(path, cause) < 0)
		return -1;
	return fio_quiet(fio_append_line(path, word, FILE_SIDE_MAX, cause),
	    cause);
}

/* text without the lines that are word; how many went. */
static size_t
drop_lines(char *text, size_t len, const char *word, struct buf *out)
{
	size_t pos = 0, n, dropped = 0;
	char *line;

	while ((line = fio_next_line(text, len, &pos, &n)) != NULL) {
		char *copy = xstrndup(line, n);

		if (strlen(line) == n && strcmp(str_trim(copy), word) == 0)
			dropped++;
		else {
			buf_add(out, line, n);
			buf_addc(out, '\n');
		}
		free(copy);
	}
	return dropped;
}

int
wordlist_remove(const char *path, const char *word, char **cause)
{
	char *text;
	size_t len, dropped;
	struct buf out;
	int rc = 0;

	*cause = NULL;
	if (fio_read(path, 0, FILE_SIDE_MAX, &text, &len) < 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		*cause = xasprintf("%s: cannot read the word list: %s", path,
		    fio_read_error(errno, 0));
		return -1;
	}
	buf_init(&out);
	dropped = drop_lines(text, len, word, &out);
	if (dropped > 0) {
		rc = fio_quiet(fio_replace(path, out.data ? out.data : "",
		    out.len, cause), cause);
	}
	buf_free(&out);
	free(text);
	return rc < 0 ? -1 : (int)dropped;
}
