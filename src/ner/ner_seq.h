/* ner_seq.h - a document as the entity model sees it: tokens in the
 * CoNLL manner (punctuation apart, "'s" apart, "U.S." and "Corp." whole),
 * cut into sentences, each with the evidence the rules and lists give,
 * and each token's hashed features.
 *
 * The same code prepares training data (tools/train-ner.c) and text to
 * tag (ner_tag.c), so that both see the same features. */
#ifndef GALLEY_NER_SEQ_H
#define GALLEY_NER_SEQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ner/ner.h"

/* Bump when the features change: a model trained on other features is
 * refused. */
#define NER_FEATURES_VERSION 7u
/* Features of one token, at most (token_feats() and second_feats()
 * can give 88). */
#define NER_MAX_FEATS 96

enum ner_tok_flag {
	NT_SENT_START = 1 << 0,
	NT_WORD = 1 << 1,	/* letters or digits, not punctuation */
	NT_CAP = 1 << 2,	/* first letter upper case */
	NT_ALL_CAPS = 1 << 3,	/* two or more letters, all upper */
	NT_HEADLINE = 1 << 4,	/* its sentence has no lower-case word */
	NT_FUNCTION = 1 << 5,	/* a closed-class word: of, the, which */
	NT_COORD = 1 << 6,	/* a list's comma or "and", "or", "&" */
};

/* What the document says of a word elsewhere (ner_tok.doc): written in
 * lower case, capitalised inside a sentence, and the types the rules
 * gave it. */
enum ner_doc_word {
	DW_LOWER = 1 << 8,
	DW_CAP_INSIDE = 1 << 9,
	DW_TYPES = 0xff		/* 1 << enum entity_type */
};

/* Where a token is in a short capitalised quotation (ner_tok.quoted). */
enum ner_quoted {
	QUOTED_IN = 1 << 0,
	QUOTED_FIRST = 1 << 1,
	QUOTED_LAST = 1 << 2,
};

/* The kinds of cue to a name's type in the words around it (ner_cue.c). */
enum ner_cue_kind {
	CUE_DEF,	/* the head noun defining it: "X is a ... NOUN" */
	CUE_PRE,	/* the content word just before it: "NOUN X" */
	CUE_POST,	/* the content word just after it: "X album" */
	CUE_KINDS
};

struct ner_tok {
	size_t bstart, bend, start, end;	/* bytes, code points */
	uint32_t h_word, h_lower, h_shape;	/* hashes of the forms */
	unsigned gaz;		/* enum gaz_bits of the word, WordNet's
				   left out */
	unsigned wn;		/* WordNet's kinds of the word: its
				   GAZ_WN_* bits >> GAZ_WN_SHIFT */
	unsigned info;		/* WORD_KNOWN_* bits (ner_int.h) */
	unsigned doc;		/* what the document says of the word
				   elsewhere: enum ner_doc_word */
	uint32_t cue[CUE_KINDS];	/* h_lower of the cue words of the name
				   it is part of, or 0 (ner_cue.c) */
	uint32_t cue_doc[CUE_KINDS];	/* the first such cues of the same
				   capitalised word anywhere in the
				   document */
	uint32_t run_first, run_last;	/* h_lower of the first and last
				   words of the capitalised run it is in
				   (ner_cue.c), or 0 */
	uint32_t cluster;	/* the lower-case word's cluster path
				   (ner_clusters.h), or 0 */
	uint32_t fine;		/* its path in the finer clustering, or 0 */
	uint32_t run_first_cl, run_last_cl;	/* the cluster paths of the
				   run's first and last words */
	uint32_t doc_run_last;	/* run_last of the longest run of the same
				   capitalised word in the document */
	unsigned run_gaz;	/* the gazetteer bits of the run's words */
	unsigned run_whole;	/* the gazetteer bits of the whole run of
				   two words or more ("Saffron Walden",
				   "Bank of England"), or 0 */
	unsigned run_wn;	/* WordNet's kinds of the whole run of two
				   words or more, as wn */
	unsigned char run_len;	/* words in the run (up to 5), 0: none */
	unsigned char run_pos;	/* 1: the run's first word, 2: its last */
	unsigned char run_common;	/* of the run's words, those whose
					   lower-case form is a dictionary
					   word: 0 none, 1 some, 2 all */
	bool run_join;		/* the run has "of", "the", "and"... */
	unsigned char quoted;	/* in a short quotation starting with a
				   capital, a title ("A Beautiful Lie"):
				   QUOTED_* bits, or 0 */
	unsigned char rule;	/* the rules' label: 0, or 1 + 2 * type
				   (+ 1 inside a name) */
	unsigned char flags;	/* enum ner_tok_flag */
	unsigned char first;	/* the first pass's label */
	unsigned char first_doc;	/* the CoNLL types (1 << 1..4) the
					   first pass gave the word anywhere
					   in the document */
};

struct ner_seq {
	const char *text;
	struct ner_tok *v;
	size_t n, cap;
	size_t *sent;		/* first token of each sentence */
	size_t nsent, sent_cap;
	uint32_t *feats;	/* every token's features, in order */
	size_t *foff;		/* token i's are feats[foff[i], foff[i+1]) */
	unsigned char *ident;	/* the first ident[i] of token i's features
				   name the word itself (its form, affixes,
				   bigrams): what the trainer's word
				   dropout hides (tools/ner_learn.h) */
	unsigned char *know;	/* the know[i] features after those are
				   what the lists and word clusters say
				   of it: what the trainer's knowledge
				   dropout hides */
	size_t feats_cap, foff_cap;
	uint32_t topic;		/* h_lower of the document's first defining
				   head noun ("X is a British rock band":
				   band), or 0: what the document is about
				   (ner_cue.c) */
	bool numeric;		/* a table of figures more than prose (results,
				   prices): ner_feat.c */
};

void ner_seq_init(struct ner_seq *s, const char *text);
void ner_seq_free(struct ner_seq *s);

/* Appends the tokens of text[bstart, bend) (cp_start: the code point
 * offset of bstart), starting a sentence; a line break and a ". ! ?"
 * start others. */
void ner_seq_scan(struct ner_seq *s, size_t bstart, size_t bend,
    size_t cp_start);

/* The end of sentence k (one past its last token). */
static inline size_t
ner_seq_sent_end(const struct ner_seq *s, size_t k)
{
	return k + 1 < s->nsent ? s->sent[k + 1] : s->n;
}

struct ner;
/* Fills in what the features need: the word knowledge of n, the rules'
 * mentions (rules[0..nrules-1], in text order), the document's
 * lower-case words. */
void ner_seq_prepare(struct ner_seq *s, struct ner *n,
    const struct mention *rules, size_t nrules);
/* ner_seq_prepare(), then every token's features (feats, foff, ident,
 * know): what the trainer learns from. */
void ner_seq_finish(struct ner_seq *s, struct ner *n,
    const struct mention *rules, size_t nrules);

/* The features of sentence k's tokens, as ner_seq_finish() (or, with
 * second, ner_seq_second()) computes them: token a + j's in
 * out[off[j], off[j + 1]); out holds NER_MAX_FEATS a token, off one
 * more than the sentence's tokens.  Returns how many tokens.  The
 * tagger computes them a sentence at a time: a document's at once took
 * about 40 bytes per byte of text. */
size_t ner_seq_sent_feats(const struct ner_seq *s, size_t k, bool second,
    uint32_t *out, size_t *off);

/* Fills in each token's cues, the evidence of its capitalised run and
 * whether it is in a quoted title (ner_tok.cue, .cue_doc, .run_*,
 * .doc_run_last, .quoted: ner_cue.c); needs the
 * forms, flags and word knowledge ner_seq_finish() computes first. */
void ner_seq_cues(struct ner_seq *s);

/* The sequence of d's article (every block when all is set) with the
 * rules' mentions rules[0..nrules-1] (ner_tag.c): what the model tags,
 * and what the trainer learns from. */
struct doc;
void ner_doc_seq(struct ner *n, struct doc *d, bool all,
    const struct mention *rules, size_t nrules, struct ner_seq *s);

/* Gives each token what the first pass labelled it (labels[i]: enum
 * ner_label) and the document's other labels of its word. */
void ner_seq_first_labels(struct ner_seq *s, const unsigned char *labels);
/* ner_seq_first_labels(), then every token's second-pass features. */
void ner_seq_second(struct ner_seq *s, const unsigned char *labels);

#endif
