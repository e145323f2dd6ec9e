/* reading.h - where the reader was: read marks, reading positions and
 * the sort order chosen, kept across sessions in
 * $XDG_STATE_HOME/galley/reading (default ~/.local/state/galley/reading).
 *
 * The file is text, oldest entry first:
 *
 *   galley-reading 1
 *   sort title
 *   read SHA256 POSITION PATH
 *   unread SHA256 POSITION PATH
 *
 * Each source is keyed by its absolute path and the SHA-256 of its
 * bytes: a source that changed is a new one (unread, from the top).
 * POSITION is the code point at the top of the reading pane.  At most
 * READING_MAX_ENTRIES are kept; the oldest go first.
 *
 * A damaged file (any line that is none of the above) is reported as
 * "FILE:LINE: reason" and never overwritten: reading_save refuses until
 * the user moves it away.  Nothing here knows of the terminal. */
#ifndef GALLEY_SESSION_READING_H
#define GALLEY_SESSION_READING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/hash.h"

#define READING_MAX_ENTRIES 5000

struct reading_entry {
	char *path;
	uint8_t sha256[32];
	bool read;
	size_t pos;		/* code point at the top of the pane */
	unsigned long seq;	/* larger: used more recently */
};

struct reading_state {
	char *file;		/* where it is kept */
	struct reading_entry *v;
	size_t n, cap;
	struct hash index;	/* "HEX PATH" -> tag: index into v */
	unsigned long seq;	/* the largest seq given */
	unsigned long loaded_seq;	/* the largest seq read from file */
	int sort;		/* enum config_sort, or -1: none chosen */
	bool sort_changed;	/* set by this session: to be saved */
	char *damage;		/* "FILE:LINE: reason", "FILE: reason", NULL */
	bool damaged;		/* damage is in the text, not in reading it */
};

/* The default file, as a new string; NULL without HOME. */
char *reading_default_path(void);

/* An empty state kept in file (copied).  A NULL file (no HOME) is no
 * place at all: damage says so, and loading and saving fail. */
void reading_init(struct reading_state *st, const char *file);
void reading_free(struct reading_state *st);

/* Parses the text of a state file into st (empty).  Returns 0, or -1
 * with st->damage set to "FILE:LINE: reason" (st then stays empty). */
int reading_parse(struct reading_state *st, const char *text, size_t len);

/* Reads st->file into st (empty): a missing file is an empty state.
 * Returns 0, or -1 with st->damage set. */
int reading_load(struct reading_state *st);

/* The entry of path with that content, or NULL. */
struct reading_entry *reading_find(const struct reading_state *st,
    const char *path, const uint8_t sha256[32]);

/* The entry of path with that content, made when missing (unread, at
 * the top), and marked the most recently used.  NULL when path cannot
 * be kept (it holds a line break). */
struct reading_entry *reading_touch(struct reading_state *st,
    const char *path, const uint8_t sha256[32]);

/* The file's text for st: its newest READING_MAX_ENTRIES entries,
 * oldest first (a new string). */
char *reading_format(const struct reading_state *st, size_t *len);

/* Writes what this session changed into st->file, merged with what
 * another galley may have saved there meanwhile, with fio_replace.
 * Returns 0; -1 with *cause "FILE: reason" (a damaged file included:
 * it is left as it is; a file that could not be read at start is not
 * written either, and the cause is why it could not). */
int reading_save(const struct reading_state *st, char **cause);

/* The key of a path given on the command line: its absolute, resolved
 * form (a new string; escaped when it holds a line break, which a line
 * of the file cannot), or NULL for standard input. */
char *reading_key_path(const char *path);

#endif
