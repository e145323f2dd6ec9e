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
 * Returns -1 with *cause set ("line 3: unknown decision 'foo'") when the
 * file cannot be read or a line is malformed; the lines before it are
 * kept. */
int decisions_load(struct entity_decisions *dec, const char *path,
    char **cause);

/* Appends one decision to file path (created when missing); -1 with
 * *cause on failure. */
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
