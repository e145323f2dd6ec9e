/* anno_vocab.c - .galley-tags and the default vocabulary. */
#include "config.h"

#include "anno/anno_vocab.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "anno/anno_tag.h"
#include "base/file_io.h"
#include "base/util.h"

static const char *const default_tags[] = {
	"claim", "quote", "source", "error", "question", "statistic",
};

static const char *const colour_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
	"default",
};

static void
add(struct anno_vocab *v, const char *name, const char *colour)
{
	if (v->n == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 16;
		v->tags = xreallocarray(v->tags, v->cap, sizeof *v->tags);
	}
	v->tags[v->n].name = xstrdup(name);
	v->tags[v->n].colour = colour ? xstrdup(colour) : NULL;
	v->n++;
}

static bool
has(const struct anno_vocab *v, const char *name)
{
	for (size_t i = 0; i < v->n; i++)
		if (strcmp(v->tags[i].name, name) == 0)
			return true;
	return false;
}

void
anno_vocab_add(struct anno_vocab *v, const char *name)
{
	if (anno_tag_ok(name) && !has(v, name))
		add(v, name, NULL);
}

void
anno_vocab_add_set(struct anno_vocab *v, const struct anno_set *s)
{
	for (size_t i = 0; i < s->n; i++)
		for (size_t k = 0; k < s->items[i]->ntags; k++)
			anno_vocab_add(v, s->items[i]->tags[k]);
}

static bool
is_colour(const char *s)
{
	const char *base = strncmp(s, "bright-", 7) == 0 ? s + 7 : s;
	size_t n = strlen(s);

	for (size_t i = 0; i < sizeof colour_names / sizeof colour_names[0];
	    i++)
		if (strcmp(base, colour_names[i]) == 0)
			return true;
	if (s[0] == '#' && n == 7 && strspn(s + 1, "0123456789abcdefABCDEF") == 6)
		return true;
	return n > 0 && n <= 3 && strspn(s, "0123456789") == n && atoi(s) < 256;
}

/* "TAG", "TAG<TAB>COLOUR" or "TAG COLOUR" (the last word, when it names
 * a colour).  A line whose tag is no tag (anno_tag_ok: "fact check",
 * "really?") is left out: the prompt would refuse it, so offering it as
 * a quick tag or a completion would only offer a refusal. */
static void
parse_line(struct anno_vocab *v, char *line)
{
	char *tag = str_trim(line), *colour = NULL, *sep;

	if (*tag == '\0' || *tag == '#' || !anno_text_ok(tag, false))
		return;
	sep = strchr(tag, '\t');
	if (sep == NULL && (sep = strrchr(tag, ' ')) != NULL &&
	    !is_colour(sep + 1))
		sep = NULL;
	if (sep != NULL) {
		*sep = '\0';
		colour = str_trim(sep + 1);
		tag = str_trim(tag);
		if (*colour == '\0' || !is_colour(colour))
			colour = NULL;
	}
	if (!anno_tag_ok(tag) || has(v, tag))
		return;
	add(v, tag, colour);
}

static void
load_defaults(struct anno_vocab *v)
{
	for (size_t i = 0; i < sizeof default_tags / sizeof default_tags[0];
	    i++)
		add(v, default_tags[i], NULL);
}

size_t
anno_vocab_parse(struct anno_vocab *v, char *text, size_t len)
{
	size_t pos = 0, n, skipped = 0;
	char *line;

	while ((line = fio_next_line(text, len, &pos, &n)) != NULL) {
		if (strlen(line) != n)	/* a NUL byte: not text */
			continue;
		if (v->n >= ANNO_VOCAB_MAX)
			skipped++;
		else
			parse_line(v, line);
	}
	return skipped;
}

int
anno_vocab_load(struct anno_vocab *v, const char *dir, char **cause)
{
	char *path = xasprintf("%s/.galley-tags", dir), *text;
	size_t len;

	memset(v, 0, sizeof *v);
	*cause = NULL;
	if (fio_read(path, FIO_NOFOLLOW, FILE_SIDE_MAX, &text, &len) < 0) {
		int e = errno;

		load_defaults(v);
		if (e == ENOENT) {
			free(path);
			return 0;
		}
		*cause = xasprintf("%s: cannot read: %s; using the default "
		    "tags", path, fio_read_error(e, FIO_NOFOLLOW));
		free(path);
		return -1;
	}
	if (anno_vocab_parse(v, text, len) > 0)
		*cause = xasprintf("%s: more than %d tags; the rest are left "
		    "out", path, ANNO_VOCAB_MAX);
	free(text);
	v->source = path;
	if (v->n == 0)
		load_defaults(v);
	return *cause != NULL ? -1 : 0;
}

void
anno_vocab_free(struct anno_vocab *v)
{
	for (size_t i = 0; i < v->n; i++) {
		free(v->tags[i].name);
		free(v->tags[i].colour);
	}
	free(v->tags);
	free(v->source);
	memset(v, 0, sizeof *v);
}

size_t
anno_vocab_complete(const struct anno_vocab *v, const char *prefix,
    size_t *out, size_t max)
{
	size_t n = 0, len = strlen(prefix);

	for (size_t i = 0; i < v->n; i++)
		if (strncasecmp(v->tags[i].name, prefix, len) == 0) {
			if (n < max)
				out[n] = i;
			n++;
		}
	return n;
}
