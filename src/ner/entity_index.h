/* entity_index.h - one index of the entities of a whole load: entity ->
 * variants -> mentions -> files.
 *
 * Variants of a name are grouped under one canonical entity by rules, each
 * of which leaves a reason the reader can show ("Tiani: the surname of
 * Abdourahamane Tiani"): case and accents (Nigér, Niger), a surname after
 * the full name (Putin, Vladimir Putin; General Tiani too, since titles are
 * not part of a span), transliterations (Tchiani, Tiani), an acronym and
 * its expansion (ECOWAS).  A user's decisions (entity_decisions.h) are
 * applied on top: a split takes a name out of its group with its short
 * forms (the surname of a full name, the acronym of a name), a merge joins
 * two groups.  A split names a spelling: as written when a variant is
 * written so (Nigér apart from Niger), else the variants written so but
 * for case (nigér: Nigér), else every variant of it ignoring case and
 * accents.  The canonical name is the group's fullest, most frequent
 * variant of the group's type.
 *
 * The rules group by the types the recogniser gave; a type decision about
 * a name then types the whole group the name is in (after the merges and
 * splits), the latest such decision winning: a retyped name keeps its
 * surname and acronym, and an entity does not hold mentions of two types.
 * entity_index_retype gives the mentions their group's type.
 *
 * The reader lists entities with counts per document or per load
 * (entities[].files, .mentions), filters files by entity (files), steps
 * through mentions (entity_index_mentions) and merges or splits
 * (entity_index_regroup after changing the decisions). */
#ifndef GALLEY_ENTITY_INDEX_H
#define GALLEY_ENTITY_INDEX_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"
#include "ner/entity_decisions.h"
#include "base/hash.h"
#include "ner/ner.h"

struct entity_variant {
	char *text;		/* as written in the text */
	char *key;		/* gaz_fold(text) */
	enum entity_type type;	/* the type most of its mentions have */
	size_t type_counts[ENTITY_TYPE_COUNT];
	size_t count;		/* mentions */
	size_t entity;		/* index into entities */
};

struct entity_file_count {
	size_t doc;		/* index into the load */
	size_t count;
};

struct entity {
	const char *canonical;	/* a variant's text */
	enum entity_type type;	/* the type decided for one of its names,
				   else the type most of its mentions have */
	bool decided;		/* type is the user's (a type decision) */
	size_t *variants;	/* indices into variants, first seen first */
	size_t nvariants;
	const char **why;	/* why the variants were grouped; the
				   strings belong to links */
	size_t nwhy;
	struct entity_file_count *files;	/* by document index */
	size_t nfiles;
	size_t mentions;
};

/* What kind of reason a link is: a split takes a name's short forms
 * with it, and leaves its spellings. */
enum link_kind {
	LINK_FOLDED,		/* the same but for case, accents or dots */
	LINK_SPELLING,		/* a transliteration or near spelling */
	LINK_SHORT,		/* a is a short form of b: its surname, its
				   acronym */
	LINK_USER,		/* a merge in the decisions */
};

/* A reason two variants belong together. */
struct entity_link {
	size_t a, b;		/* variant indices */
	enum link_kind kind;
	char *why;
};

struct entity_index {
	size_t ndocs;
	const struct mention_list *docs;	/* the caller's, per document */
	size_t **variant_of;	/* [doc][mention] -> variant */
	struct entity_variant *variants;
	size_t nvariants, variants_cap;
	struct hash by_text;	/* variant text -> index, in tag */
	struct entity_link *links;	/* found by the rules */
	size_t nlinks, links_cap;
	struct entity *entities;
	size_t nentities;
};

/* Builds the index of mentions[i], the entities of docs[i] (a NULL doc,
 * a file that failed, has no mentions).  The mention lists must stay
 * alive and unchanged while the index is used; dec may be NULL. */
void entity_index_build(struct entity_index *ix, struct doc *const *docs,
    const struct mention_list *mentions, size_t ndocs,
    const struct entity_decisions *dec);

/* Why a split of name under dec (applied to ix) would change nothing,
 * as a new string, or NULL when it takes effect: no variant is called
 * name, or it is not grouped with another name but its short forms. */
char *entity_index_split_check(const struct entity_index *ix,
    const struct entity_decisions *dec, const char *name);

/* Why decision d cannot take effect in the files of ix under dec (the
 * decisions as they stand), as a new string, or NULL: a name these files
 * do not mention (but a type of a name dec says is no entity: it brings
 * the name back), or a split that would change nothing
 * (entity_index_split_check).  Such a decision is not recorded, in the
 * reader as in galley entities. */
char *entity_index_decision_check(const struct entity_index *ix,
    const struct entity_decisions *dec, const struct decision *d);

/* Groups the variants again under new decisions (after a merge or a
 * split); entity indices change. */
void entity_index_regroup(struct entity_index *ix,
    const struct entity_decisions *dec);

void entity_index_free(struct entity_index *ix);

/* The entity of mention i of document doc. */
const struct entity *entity_index_of(const struct entity_index *ix,
    size_t doc, size_t i);

/* Gives the mentions of document doc (l: the list the index was built
 * on) the type decided for their group, and the recogniser's back to
 * those of a group without one.  Returns whether any changed (doc's
 * entity spans are then stale, ner_add_spans). */
bool entity_index_retype(const struct entity_index *ix, size_t doc,
    struct mention_list *l);

/* The variant called name (ignoring case and accents), or (size_t)-1. */
size_t entity_index_find(const struct entity_index *ix, const char *name);

/* The entities document doc mentions, in order of first mention, as
 * (entity, mentions in doc) pairs in a new array of 2 * *n entries: the
 * reader's per-document list. */
size_t *entity_index_doc_entities(const struct entity_index *ix, size_t doc,
    size_t *n);

/* The mentions of entity e in load order, as (doc, mention) pairs in a
 * new array of 2 * *n entries. */
size_t *entity_index_mentions(const struct entity_index *ix, size_t e,
    size_t *n);

#endif
