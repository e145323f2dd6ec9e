/* ner_int.h - what the files of the recogniser share, private to them.
 *
 * ner.c holds the public API, the word knowledge, the mentions found and
 * the document pass with its pending words; ner_chunk.c scans a block
 * into chunks of capitalised words and trims them (sentence starts,
 * titles, headlines); ner_type.c gives a trimmed chunk its type. */
#ifndef GALLEY_NER_INT_H
#define GALLEY_NER_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "base/hash.h"
#include "ner/ner.h"
#include "ner/ner_dates.h"
#include "doc/tokens.h"

struct ner {
	struct speller *sp;
	struct hash words;	/* word -> WORD_* bits, in tag */
	struct hash person_words;	/* surnames of full names seen so far */
	struct hash knowledge;	/* word -> ner_word_knowledge() */
	struct ner_model *model;	/* NULL: rules only */
	const struct entity_decisions *dec;	/* the user's; may be NULL */
};

/* What the dictionary says of a word, cached: Hunspell is slow. */
enum {
	WORD_KNOWN_LOWER = 1,	/* its lower-case form is a word: "however" */
	WORD_KNOWN_ASIS = 2,	/* accepted as written: "Paris", "However" */
};

/* A capitalised word of a chunk. */
struct word {
	size_t bstart, bend, start, end;
	unsigned tflags;	/* enum token_flag */
	unsigned gaz;		/* enum gaz_bits of the word alone */
	bool connector;		/* "of", "de": inside a name, never alone */
	bool possessive;	/* its 's was left out */
};

/* A single word whose type waits for the end of the document: a word of
 * a person's full name there is a person, else it keeps its guess. */
struct pending {
	struct mention m;
	int guess;		/* enum entity_type, or -1: dropped */
	bool city;		/* a gazetteer place: a person only as the
				   surname of a full name of the document */
};

struct ner_state {
	struct ner *n;
	struct doc *d;
	struct token_list toks;
	struct mention_list *out;
	size_t out_first;	/* this document's first mention in out */
	struct pending *pend;
	size_t npend, pend_cap;
	bool headline;		/* the block is in title case */
	size_t chunk_first, chunk_last;	/* tokens of the chunk being typed */
};

/* ner.c: word knowledge and the mentions found. */

/* The WORD_* bits of a word, from the dictionary (or the stoplist when
 * there is none), cached. */
unsigned ner_word_info(struct ner *n, const char *s, size_t len);
/* The WORD_* bits of a word, with its gazetteer bits (enum gaz_bits,
 * WordNet's too) above bit 8, cached: what the model knows of a
 * capitalised word. */
unsigned ner_word_knowledge(struct ner *n, const char *s, size_t len);
/* The WORD_* bits of a word of the chunk. */
unsigned ner_info_of(struct ner_state *st, const struct word *w);
/* Appends m to l. */
void ner_mention_push(struct mention_list *l, const struct mention *m);
/* Sorts the document's mentions by start, longest first. */
void ner_sort_mentions(struct ner_state *st);
/* Appends the mention spanning words w[0..n-1]. */
void ner_emit(struct ner_state *st, const struct word *w, size_t n,
    enum entity_type type, unsigned flags);
/* Makes w a pending word that becomes guess (an enum entity_type, or -1
 * for none) unless the document shows it is a person's. */
void ner_pend(struct ner_state *st, const struct word *w, int guess,
    unsigned flags);

/* ner/ner_tag.c: the model's pass over the document, which replaces
 * the rules' mentions of out[out_first..] by the model's, typed with the
 * rules' and lists' help. */
void ner_model_pass(struct ner_state *st, bool all);

/* ner_chunk.c: a block's dates and chunks, each trimmed and typed. */
void ner_block_scan(struct ner_state *st, const struct block *b);

/* ner_type.c: typing a chunk whose sentence-initial words and titles are
 * gone, and the gazetteer tests chunking shares. */
void ner_chunk_type(struct ner_state *st, const struct word *w, size_t n,
    unsigned flags);
/* Whether a word of w[0..n-1] (not a connector) is an organisation word. */
bool ner_any_cue(const struct word *w, size_t n);
/* The gazetteer bits of the words w[0..n-1] together. */
unsigned ner_gaz_span(struct ner_state *st, const struct word *w, size_t n);
/* The type the gazetteer bits g give, if any. */
bool ner_gaz_type(unsigned g, enum entity_type *type);

/* Token tests on the state's tokens (ner_dates.h). */
static inline bool
tok_is(const struct ner_state *st, size_t i, const char *const *list)
{
	return ner_tok_is(st->d->text, &st->toks.v[i], list);
}

static inline bool
gap_ok(const struct ner_state *st, size_t i, bool comma)
{
	return ner_gap_ok(st->d->text, &st->toks.v[i], &st->toks.v[i + 1],
	    comma);
}

#endif
