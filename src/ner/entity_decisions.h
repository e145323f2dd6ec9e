/* entity_decisions.h - the user's merges and splits of entity groups,
 * kept in .galley-entities in the directory of the loaded files.
 *
 * The file is plain text, one decision a line, later lines winning:
 *
 *	# comment
 *	merge<TAB>NAME<TAB>NAME
 *	split<TAB>NAME
 *
 * Names are matched ignoring case and accents. */
#ifndef GALLEY_ENTITY_DECISIONS_H
#define GALLEY_ENTITY_DECISIONS_H

#include <stddef.h>

#define ENTITY_DECISIONS_FILE ".galley-entities"

enum decision_kind { DECISION_MERGE, DECISION_SPLIT };

struct decision {
	enum decision_kind kind;
	char *a, *b;		/* b is NULL for a split */
};

struct entity_decisions {
	struct decision *v;
	size_t n, cap;
};

void decisions_init(struct entity_decisions *dec);
void decisions_free(struct entity_decisions *dec);
void decisions_add(struct entity_decisions *dec, enum decision_kind kind,
    const char *a, const char *b);

/* Reads the decisions of file path; a missing file is no decision.
 * The file is a stranger's (it lies beside the articles): it is read as
 * fio_read does, without following a link, a regular file of at most
 * FILE_SIDE_MAX bytes.  Returns -1 with *cause set ("line 3: not ...",
 * "cannot read: not a regular file") when the file cannot be read or a
 * line is malformed; the lines before it are kept. */
int decisions_load(struct entity_decisions *dec, const char *path,
    char **cause);

/* The same for the text of such a file (modified in place). */
int decisions_parse(struct entity_decisions *dec, char *text, size_t len,
    char **cause);

/* Appends one decision to file path (created when missing) by rewriting
 * it atomically under its lock (fio_append_line): a failure leaves the
 * file as it was, and a last line without its newline is ended first.
 * -1 with *cause on failure. */
int decisions_append(const char *path, const struct decision *d,
    char **cause);

/* The decisions file of the directory holding path ("-": the current
 * directory), as a new string. */
char *decisions_path_for(const char *path);

/* Loads the decisions file of each path's directory, each file once.
 * report, called for every file that could not be read, gets the file
 * and the cause.  Returns how many failed. */
size_t decisions_load_for(struct entity_decisions *dec, char *const *paths,
    size_t n, void (*report)(void *arg, const char *file, const char *cause),
    void *arg);

#endif
