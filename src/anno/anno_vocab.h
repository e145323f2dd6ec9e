/* anno_vocab.h - the tags annotators choose from.
 *
 * A directory's .galley-tags file lists them, one a line: the tag, then
 * optionally a tab or space and a colour (a curses colour name such as
 * "red" or "bright-blue", a number 0-255 or #rrggbb); '#' starts a
 * comment.  Without that file, built-in defaults.  Tags typed by the user
 * or found in sidecars join the vocabulary, so completion offers them. */
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

/* Reads DIR/.galley-tags, else the defaults.  A file that cannot be read
 * (other than missing) gives the defaults and -1 with *cause; lines that
 * are not valid UTF-8 are skipped. */
int anno_vocab_load(struct anno_vocab *v, const char *dir, char **cause);
void anno_vocab_free(struct anno_vocab *v);

/* Adds a tag unless it is there already (case-sensitive). */
void anno_vocab_add(struct anno_vocab *v, const char *name);
/* Adds every tag the set's annotations use. */
void anno_vocab_add_set(struct anno_vocab *v, const struct anno_set *s);

/* The tags starting with prefix, ignoring ASCII case, in vocabulary
 * order: fills up to max indexes into v->tags and returns how many
 * matched in all. */
size_t anno_vocab_complete(const struct anno_vocab *v, const char *prefix,
    size_t *out, size_t max);

#endif
