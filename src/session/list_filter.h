/* list_filter.h - the reader's list filters (F), apart from drawing.
 *
 * A filter is words separated by spaces, all of which a row must meet.
 * A word is KEY:VALUE or a bare VALUE; "double quotes" keep spaces in a
 * value (mentions:"Amadou Diallo") and a leading ! negates a word.
 * Values match as / does: anywhere, case ignored unless the value has a
 * capital.  Sources: title: site: date: path: mentions: (the text of
 * one of its entity mentions; with an index bound, any name of the
 * entity's group), has:problems, has:annotations,
 * has:entities; a bare word matches the title or the path.  Entities:
 * type: (PERSON, ORG...: the start of it, case ignored); a bare word
 * matches the name or one of its variants. */
#ifndef GALLEY_LIST_FILTER_H
#define GALLEY_LIST_FILTER_H

#include <stdbool.h>
#include <stddef.h>

#include "ner/entity_index.h"
#include "session/session.h"

enum list_filter_target { FILTER_SOURCES, FILTER_ENTITIES };

enum filter_key {
	FK_WORD, FK_TITLE, FK_SITE, FK_DATE, FK_PATH, FK_MENTIONS, FK_HAS,
	FK_TYPE
};

struct filter_term {
	enum filter_key key;
	bool negate;
	char *value;
	/* mentions: with an entity index bound: per document, whether it
	 * mentions an entity of the group named; NULL: mention text only. */
	bool *docs;
	size_t ndocs;
};

struct list_filter {
	struct filter_term *v;
	size_t n;
};

/* Parses text into f for a list of the target's rows.  Returns 0, or -1
 * with *err set to what is wrong (a new string) and f empty. */
int list_filter_parse(struct list_filter *f, const char *text,
    enum list_filter_target target, char **err);
void list_filter_free(struct list_filter *f);

/* Whether a word of f is mentions:, which list_filter_bind_index makes
 * match entity groups. */
bool list_filter_wants_index(const struct list_filter *f);
/* Makes f's mentions: words match a whole entity group: a source
 * mentioning any variant of an entity whose canonical name or one of
 * its variants has the value ("mentions:Amadou" finds "Mr Diallo" when
 * the index grouped the two).  ix must cover the session's documents. */
void list_filter_bind_index(struct list_filter *f,
    const struct entity_index *ix);

/* Whether source doc of the session meets every word. */
bool list_filter_source(const struct list_filter *f, struct session *s,
    size_t doc);
/* Whether entity e of the index meets every word. */
bool list_filter_entity(const struct list_filter *f,
    const struct entity_index *ix, size_t e);

#endif
