/* anno.h - annotations: tags and notes on passages of one article.
 *
 * The model follows the W3C Web Annotation Data Model closely enough that
 * anno_json_write.c and anno_json_read.c can write and read it without
 * loss: an annotation has a urn:uuid id, a motivation, a creator,
 * created and modified times, tags and an optional note (its bodies),
 * and a target: a passage of the article (quote with context plus code
 * point position) or, for a reply, another annotation's id.
 *
 * An anno_set holds one article's annotations as they are in memory: what
 * was read from the sidecar plus the user's changes.  anno_store.c saves it
 * (lock, re-read, merge, durable write); anchor.c places each annotation in
 * the current text.  The set owns its annotations; pointers returned by the
 * functions below stay valid until the annotation is deleted or the set is
 * merged with the sidecar again (anno_store_save). */
#ifndef GALLEY_ANNO_H
#define GALLEY_ANNO_H

#include <stdbool.h>
#include <stddef.h>

#include "base/file_stamp.h"
#include "base/hash.h"

#include "doc/doc.h"

enum anno_motivation {
	ANNO_HIGHLIGHTING,	/* neither tags nor note */
	ANNO_TAGGING,		/* tags only */
	ANNO_COMMENTING,	/* a note, with or without tags */
	ANNO_REPLYING,		/* an answer to another annotation */
	ANNO_ASSESSING		/* a reply that accepts or rejects it */
};

/* Where an annotation is in the current text (anchor.c). */
enum anno_state {
	ANNO_ANCHORED,	/* its position still holds its quote */
	ANNO_MOVED,	/* the exact quote, elsewhere */
	ANNO_FUZZY,	/* a near match with its context: to be confirmed */
	ANNO_ORPHAN	/* not placed; kept and listed, never dropped */
};

/* Context kept on each side of a quote, in code points. */
#define ANNO_CONTEXT 32

struct anno {
	char *id;		/* "urn:uuid:..." */
	enum anno_motivation motivation;
	char *creator;		/* the Person's name */
	char *created, *modified;	/* UTC, ISO 8601 with milliseconds */
	char **tags;
	size_t ntags;
	char *note;		/* NULL when there is none */
	char *reply_to;		/* replies: the target's id; else NULL */
	/* Assessing replies: "accepted" or "rejected" (galley:verdict);
	 * else NULL. */
	char *verdict;
	/* An undone deletion: the time of the tombstone the undo cancelled
	 * ("galley:restored"); a merge lets the annotation outlive that
	 * tombstone, and only that one.  NULL when never undone; "" when
	 * the undo found no tombstone with a time (none is written). */
	char *restored;

	/* The target's selectors as saved: code points of the text the
	 * annotation was made (or last confirmed) on. */
	size_t start, end;
	char *exact, *prefix, *suffix;

	/* The target had no TextPositionSelector (another tool's, placed
	 * by its quote alone): none is written until galley places it. */
	bool no_position;
	/* It named no creator ("unknown" is shown): none is written. */
	bool no_creator;
	/* What another tool wrote that galley does not model, carried
	 * through saves unchanged: a JSON object of the annotation's other
	 * members, and "body" (bodies galley does not read), "motivation"
	 * (one galley would not write) and "target" (the target's other
	 * members; "selector", its other selectors).  NULL when none. */
	char *foreign;

	/* Where it is now; filled by anchor_set(). */
	enum anno_state state;
	size_t cur_start, cur_end;

	/* Other versions of this annotation, edited concurrently and lost
	 * to a later edit; kept until someone resolves them. */
	struct anno **others;
	size_t nothers;

	/* Merging: the modified time of the version last read from or
	 * written to the sidecar (NULL if it never was), and whether the
	 * user changed it since. */
	char *base_modified;
	bool dirty;
};

/* A deleted annotation's id, so that a merge never brings it back. */
struct anno_tomb {
	char *id;
	char *deleted;		/* when, ISO 8601 */
};

/* What an article's name takes to name its sidecar. */
#define ANNO_SIDECAR_SUFFIX ".anno.json"

struct anno_set {
	char *article;		/* the article's path, as given */
	char *sidecar;		/* ARTICLE + ANNO_SIDECAR_SUFFIX */
	/* The sidecar when this set last read or wrote it (before the
	 * read: a write during it shows as a change later). */
	struct file_stamp seen;
	char *collection_id;	/* "urn:uuid:...", kept across saves */
	struct anno **items;
	size_t n, cap;
	struct anno_tomb *tombs;
	size_t ntombs, tombs_cap;
	struct hash tomb_ids;	/* the tombs' ids: lookups in constant time */
	/* The article as the sidecar names it (its first annotation's
	 * target source: relative to the sidecar's directory, or a file:
	 * IRI), NULL when none does; only read, never written from here. */
	char *source_iri;
	/* The article as last annotated: size and SHA-256 in hex. */
	bool has_source;
	size_t source_size;
	char source_sha256[65];
	/* A damaged sidecar makes the set read-only; damage says where
	 * ("FILE:LINE:COL: reason") and nothing ever writes that file. */
	bool readonly;
	char *damage;
	/* What opening the sidecar (it names another article) or the last
	 * save that succeeded (its directory could not be synced, or the
	 * sidecar had been deleted outside galley) has to say, or NULL. */
	char *warning;
	/* The last deletion, for anno_undo_delete(): an annotation and
	 * the replies deleted with it, in their order in items. */
	struct anno **undo;
	size_t nundo;
};

/* A set for article (no sidecar read; see anno_store_open). */
struct anno_set *anno_set_create(const char *article);
void anno_set_destroy(struct anno_set *s);

struct anno *anno_create(void);
void anno_destroy(struct anno *a);
/* A deep copy, bookkeeping included. */
struct anno *anno_dup(const struct anno *a);
/* Whether two versions say the same (ids, bodies, target, times). */
bool anno_same(const struct anno *a, const struct anno *b);

/* Appends a to the set, which takes ownership. */
void anno_set_append(struct anno_set *s, struct anno *a);
struct anno *anno_set_find(const struct anno_set *s, const char *id);
bool anno_set_is_deleted(const struct anno_set *s, const char *id);
void anno_set_add_tomb(struct anno_set *s, const char *id, const char *when);
/* The tombstone of id, or NULL. */
const struct anno_tomb *anno_set_tomb(const struct anno_set *s,
    const char *id);
void anno_set_remove_tomb(struct anno_set *s, const char *id);
/* Whether a, restored by an undo, outlives the tombstone t. */
bool anno_outlives(const struct anno *a, const struct anno_tomb *t);

/* Adds an annotation on code points [start, end) of d's text, with a
 * fresh id, creator and times; tags and note may be NULL/0.  Returns NULL
 * and sets *cause when the range is empty or outside the text, or the
 * set is read-only. */
struct anno *anno_add(struct anno_set *s, struct doc *d, size_t start,
    size_t end, const char *creator, char *const *tags, size_t ntags,
    const char *note, char **cause);

/* Adds a reply to parent; note must not be empty. */
struct anno *anno_reply(struct anno_set *s, const struct anno *parent,
    const char *creator, const char *note, char **cause);

/* Adds a review of parent by a second person: an assessing reply with
 * verdict "accepted" or "rejected" (anno_verdict_ok) and an optional
 * note saying why. */
struct anno *anno_assess(struct anno_set *s, const struct anno *parent,
    const char *creator, const char *verdict, const char *note,
    char **cause);
/* Whether text is a verdict: "accepted" or "rejected". */
bool anno_verdict_ok(const char *text);

/* Why tags are refused on a reply (replies and reviews answer a tagged
 * passage; they are not one). */
#define ANNO_REPLY_NO_TAGS \
	"a reply has no tags: t on the annotation it answers"

/* Edits: replace the tags (refused on a reply) or the note (NULL removes
 * it).  Each updates modified and the motivation.  Return -1 with *cause
 * when read-only (or tagging a reply). */
int anno_set_tags(struct anno_set *s, struct anno *a, char *const *tags,
    size_t ntags, char **cause);
int anno_set_note(struct anno_set *s, struct anno *a, const char *note,
    char **cause);

/* How many replies a has, replies to replies included. */
size_t anno_thread_replies(const struct anno_set *s, const struct anno *a);

/* Deletes a and its thread (every reply to it, and theirs): records a
 * tombstone for each and keeps them for anno_undo_delete.  A reply is
 * never left pointing at a deleted annotation. */
int anno_delete(struct anno_set *s, struct anno *a, char **cause);
/* Brings the last deletion back, thread included, under the same ids:
 * replies, exports already sent and other copies still refer to them.
 * The tombstones are removed; each annotation is marked restored (see
 * struct anno) so that a merge with a sidecar that still has the
 * tombstone keeps it.  Returns the annotation, or NULL when there is
 * nothing to undo. */
struct anno *anno_undo_delete(struct anno_set *s);

/* Takes the current placement as the truth: the selectors are rewritten
 * from d's text (a fuzzy match the user confirmed, or a moved one). */
int anno_confirm(struct anno_set *s, struct anno *a, struct doc *d,
    char **cause);

/* Rewrites a's selectors (quote, context, position) from code points
 * [start, end) of d's text, with state anchored there: what anno_add and
 * anno_confirm record, and what an export of the current text says. */
void anno_target_at(struct anno *a, struct doc *d, size_t start,
    size_t end);

/* Resolves a conflict: which < 0 keeps the current version, else
 * a->others[which] replaces it.  The other versions are dropped. */
/* The newest of a's conflicting versions (a->nothers > 0): the one the
 * reader shows and O takes. */
size_t anno_newest_other(const struct anno *a);
/* Appends that version to b as the lists show a pending conflict:
 * "conflict: [TAGS] NOTE, of DATE HH:MM", the note to its first line,
 * " and others" when several edits lost. */
struct buf;
void anno_conflict_words(struct buf *b, const struct anno *a);
int anno_resolve(struct anno_set *s, struct anno *a, int which,
    char **cause);

/* Counts annotations that are not replies. */
size_t anno_set_count(const struct anno_set *s);

const char *anno_motivation_name(enum anno_motivation m);
int anno_motivation_parse(const char *name, enum anno_motivation *m);
const char *anno_state_name(enum anno_state st);

/* The current time, "YYYY-MM-DDTHH:MM:SS.mmmZ", never earlier than
 * after (when not NULL) so that an edit is always later than the version
 * it replaces. */
char *anno_now(const char *after);
/* What is wrong with a tag's or a note's text, at its first fault. */
enum anno_text_fault {
	ANNO_TEXT_OK,
	ANNO_TEXT_CONTROL,	/* a control character (C0, DEL) */
	ANNO_TEXT_LINE_BREAK,	/* a newline or tab where one_line */
	ANNO_TEXT_BAD_UTF8
};

/* Why s is not valid UTF-8 usable as a tag (one_line: no control
 * characters at all) or a note (tabs and newlines allowed), or
 * ANNO_TEXT_OK. */
enum anno_text_fault anno_text_fault(const char *s, bool one_line);
/* Whether anno_text_fault finds none. */
bool anno_text_ok(const char *s, bool one_line);
/* A fresh "urn:uuid:..." id. */
char *anno_new_id(void);
/* The hex SHA-256 of d's raw bytes. */
void anno_doc_sha256(const struct doc *d, char hex[65]);

#endif
