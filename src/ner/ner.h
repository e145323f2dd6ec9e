/* ner.h - the named entity recogniser: people, organisations, places,
 * nationalities and dates in a document's text, from gazetteers and rules
 * (no model, no network).
 *
 * Spans follow the CoNLL convention: a title and a possessive are
 * evidence, not part of the span ("General Abdourahamane Tiani's" gives
 * PERSON "Abdourahamane Tiani").  The recogniser works document by
 * document; grouping variants across documents is entity_index.h's job. */
#ifndef GALLEY_NER_H
#define GALLEY_NER_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"
#include "proof/spell.h"

/* The entity types, as named in output and the manual; the span subtype
 * of SPAN_ENTITY. */
enum entity_type {
	ENTITY_PERSON,
	ENTITY_ORG,
	ENTITY_GPE,		/* countries, cities, states */
	ENTITY_LOC,		/* regions, seas, ranges */
	ENTITY_NORP,		/* nationalities, religious, political groups */
	ENTITY_DATE,
	ENTITY_MISC,		/* other names: events, works, products */
	ENTITY_TYPE_COUNT
};

/* Evidence the recogniser saw, kept so that the index can explain. */
enum mention_flag {
	MENTION_TITLE = 1 << 0,		/* after a title: General Tiani */
	MENTION_POSSESSIVE = 1 << 1,	/* Tiani's: the 's left out */
	MENTION_GAZETTEER = 1 << 2,	/* the name is in a gazetteer */
	MENTION_UNKNOWN_WORD = 1 << 3,	/* no dictionary knows it */
	MENTION_SCORED = 1 << 4,	/* the model found it: score is set */
	MENTION_USER = 1 << 5,		/* typed by the user's decision */
	MENTION_WAS_SCORED = 1 << 6,	/* with MENTION_USER: the model's
					   score is kept in score */
};

struct mention {
	size_t start, end;	/* code points, end exclusive */
	size_t bstart, bend;	/* bytes */
	enum entity_type type;
	unsigned flags;		/* enum mention_flag */
	float score;		/* with MENTION_SCORED: the model's confidence,
				   0 to 1 (ner_tag.c) */
	enum entity_type found;	/* with MENTION_USER: the type the
				   recogniser gave; groups follow it */
};

struct mention_list {
	struct mention *v;
	size_t n, cap;
};

struct ner;

/* sp may be NULL (no dictionary: only the gazetteers and a stoplist say
 * which words are common); it is not owned and must outlive the ner. */
struct ner *ner_create(struct speller *sp);
void ner_destroy(struct ner *n);

/* Makes n use the entity model at path (ner_model.h) with its rules;
 * false with *cause set (a new string) when the file is missing or
 * damaged, and n keeps to its rules. */
bool ner_use_model(struct ner *n, const char *path, char **cause);
/* Whether n has a model. */
bool ner_has_model(const struct ner *n);
/* The model file galley ships: beside the binary in the build tree, else
 * where `make install` put it; NULL if neither exists.  A new string. */
char *ner_default_model(void);
/* Gives n the model named (NULL: $GALLEY_NER_MODEL if set and not
 * empty), else the shipped one.  Returns 0 when n has it, 1 when there is
 * none (none named, none shipped), -1 when the file cannot be used (with
 * *cause).  *path names the file tried, or is NULL; both are the
 * caller's to free. */
int ner_open_model(struct ner *n, const char *named, char **path,
    char **cause);

struct entity_decisions;

/* Makes n honour the type and notentity decisions of dec (NULL: none)
 * in the documents it reads from now on; dec is the caller's and must
 * outlive n or be replaced. */
void ner_set_decisions(struct ner *n, const struct entity_decisions *dec);

/* Applies n's type and notentity decisions to l's mentions from first on
 * (d's): a mention whose whole text is named takes the type decided
 * (MENTION_USER, no score) or goes.  Returns whether any changed; d's
 * entity spans are then stale (ner_add_spans). */
bool ner_apply_decisions(const struct ner *n, const struct doc *d,
    struct mention_list *l, size_t first);

/* m takes the type the user decided (MENTION_USER, no score), its
 * recogniser's type kept in m->found; mention_found_type undoes it. */
void mention_set_user_type(struct mention *m, enum entity_type type);
void mention_found_type(struct mention *m);

/* The type the recogniser gave m, whatever the user decided. */
enum entity_type mention_recognised_type(const struct mention *m);

/* Adds a SPAN_ENTITY span to d for each of l's mentions from first on,
 * whose ref is its index in l. */
void ner_add_spans(struct doc *d, const struct mention_list *l,
    size_t first);

/* Whether the recogniser reads d's language (d->lang, from the
 * stoplists; unknown counts as English).  ner_doc finds nothing in the
 * pages it does not read. */
bool ner_reads(const struct doc *d);

/* Appends the entities of d's article (its kept blocks; every block when
 * all is set) to out in text order, and adds a SPAN_ENTITY span for each
 * whose ref is its index in out. */
void ner_doc(struct ner *n, struct doc *d, bool all, struct mention_list *out);

const char *entity_type_name(enum entity_type type);
/* The type named by s (as entity_type_name spells it), or -1. */
int entity_type_parse(const char *s);

void mentions_free(struct mention_list *l);

#endif
