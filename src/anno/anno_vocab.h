/* anno_vocab.h - the tags annotators choose from.
 *
 * A directory's .galley-tags file lists them, one a line: the tag, then
 * optionally a tab or space and a colour (a curses colour name such as
 * "red" or "bright-blue", a number 0-255 or #rrggbb); '#' starts a
 * comment; a line whose tag is no tag (anno_tag_ok) is left out.  Without
 * that file, built-in defaults.  Tags typed by the user or found in
 * sidecars join the vocabulary, so completion offers them (not those a
 * hand-edited sidecar holds that are no tags). */
#ifndef GALLEY_ANNO_VOCAB_H
#define GALLEY_ANNO_VOCAB_H

#include <stddef.h>

#include "anno/anno.h"

struct anno_vocab_tag {
	char *name;
	char *colour;	/* as written; NULL when none was given */
};

struct anno_vocab {
	struct anno_vocab_tag *tags;
	size_t n, cap;
	char *source;	/* the file read, or NULL for the defaults */
};

/* A vocabulary longer than this is not one: the rest is left out. */
#define ANNO_VOCAB_MAX 2000

/* Reads DIR/.galley-tags, else the defaults.  The file is a stranger's:
 * it is read as fio_read does, never through a link, a regular file of
 * at most FILE_SIDE_MAX bytes.  A file that cannot be read (other than
 * missing) gives the defaults and -1 with *cause; one with more than
 * ANNO_VOCAB_MAX tags gives the first ones and -1 with *cause; lines
 * that are not valid UTF-8 are skipped.  *cause starts with the path. */
int anno_vocab_load(struct anno_vocab *v, const char *dir, char **cause);

/* Adds the tags of text, the contents of such a file (modified in
 * place), to v; returns how many lines were left out (ANNO_VOCAB_MAX). */
size_t anno_vocab_parse(struct anno_vocab *v, char *text, size_t len);
void anno_vocab_free(struct anno_vocab *v);

/* Adds a tag unless it is there already (case-sensitive) or is no tag. */
void anno_vocab_add(struct anno_vocab *v, const char *name);
/* Adds every tag the set's annotations use. */
void anno_vocab_add_set(struct anno_vocab *v, const struct anno_set *s);

/* The tags starting with prefix, ignoring ASCII case, in vocabulary
 * order: fills up to max indexes into v->tags and returns how many
 * matched in all. */
size_t anno_vocab_complete(const struct anno_vocab *v, const char *prefix,
    size_t *out, size_t max);

#endif
