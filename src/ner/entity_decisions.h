/* entity_decisions.h - the user's corrections of entities: merges and
 * splits of entity groups, types, names that are no entity; kept in
 * .galley-entities in the directory of the loaded files.
 *
 * The file is plain text, one decision a line, later lines winning:
 *
 *	# comment
 *	merge<TAB>NAME<TAB>NAME
 *	split<TAB>NAME
 *	type<TAB>NAME<TAB>TYPE		(PERSON, ORG, GPE, LOC, NORP, DATE, MISC)
 *	notentity<TAB>NAME
 *
 * Names are matched ignoring case and accents, but for a split of a
 * spelling the files have as written or but for case (entity_index.h).  notentity drops
 * the recogniser's mentions whose whole text is NAME, before grouping
 * (ner_set_decisions); type retypes them there, and the index then gives
 * NAME's whole group the type (entity_index_retype). */
#ifndef GALLEY_ENTITY_DECISIONS_H
#define GALLEY_ENTITY_DECISIONS_H

#include <stdbool.h>
#include <stddef.h>

#define ENTITY_DECISIONS_FILE ".galley-entities"

enum decision_kind {
	DECISION_MERGE, DECISION_SPLIT, DECISION_TYPE, DECISION_NOT_ENTITY
};

struct decision {
	enum decision_kind kind;
	char *a, *b;		/* b: the other name of a merge, the type
				   name of a type; else NULL */
	char *key;		/* a folded (gaz_fold); set by decisions_add */
};

struct entity_decisions {
	struct decision *v;
	size_t n, cap;
};

void decisions_init(struct entity_decisions *dec);
void decisions_free(struct entity_decisions *dec);
void decisions_add(struct entity_decisions *dec, enum decision_kind kind,
    const char *a, const char *b);

/* Whether dec holds a type or notentity decision (which the recogniser
 * applies to its mentions). */
bool decisions_about_mentions(const struct entity_decisions *dec);

/* The last type or notentity decision about the name whose folded form
 * (gaz_fold) is key, or NULL. */
const struct decision *decisions_verdict(const struct entity_decisions *dec,
    const char *key);
/* Whether the decisions as they stand say name is no entity (its
 * mentions are dropped: a type decision after that needs them found
 * again, see session_rerun_entities). */
bool decisions_say_no_entity(const struct entity_decisions *dec,
    const char *name);

/* Reads the decisions of file path; a missing file is no decision.
 * The file is a stranger's (it lies beside the articles): it is read as
 * fio_read does, without following a link, a regular file of at most
 * FILE_SIDE_MAX bytes.  Returns -1 with *cause set ("line 3: not ...; bad
 * lines are skipped, the other decisions apply", "cannot read: not a
 * regular file") when the file cannot be read or a line is malformed; a
 * bad line is skipped and the others are kept. */
int decisions_load(struct entity_decisions *dec, const char *path,
    char **cause);

/* The same for the text of such a file (modified in place); *cause
 * names the first bad line and how many more there are. */
int decisions_parse(struct entity_decisions *dec, char *text, size_t len,
    char **cause);

/* Why d cannot be recorded, or NULL: an empty or blank name, a name
 * with a tab or a newline (the file's separators), a merge of a name
 * with itself as written (a no-op). */
const char *decisions_check(const struct decision *d);

/* Appends one decision to file path (created when missing) by rewriting
 * it atomically under its lock (fio_append_line), unless decisions_check
 * refuses it: a failure leaves the file as it was, and a last line
 * without its newline is ended first.  -1 with *cause on failure. */
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
