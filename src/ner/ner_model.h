/* ner_model.h - the entity recogniser's learned weights: a compact binary
 * file of 16-bit weights over hashed features, read with one mmap, and
 * the first-order Viterbi decoder that uses them.
 *
 * Labels are BIO over CoNLL's four types.  The file is little-endian:
 *
 *	offset 0   char[8]  magic "GALLEYNE"
 *	       8   u32      format version (NER_MODEL_VERSION)
 *	      12   u32      0x01020304 (byte order)
 *	      16   u32      feature set version (NER_FEATURES_VERSION)
 *	      20   u32      number of labels (NER_LABELS)
 *	      24   u32      log2 of the number of feature buckets
 *	      28   u32      number of passes (1 or 2)
 *	      32   u32      checksum of everything after the header
 *	      36   u32[3]   zero
 *	      48   then for each pass:
 *	           i16      transitions: (NER_LABELS + 1) rows (the last
 *	                    is the start of a sentence) of NER_LABELS
 *	           i16      weights: buckets x NER_LABELS
 *
 * The second pass sees what the first predicted (ner_seq_second()). */
#ifndef GALLEY_NER_MODEL_H
#define GALLEY_NER_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum ner_label {
	NL_O,
	NL_B_PER, NL_I_PER,
	NL_B_ORG, NL_I_ORG,
	NL_B_LOC, NL_I_LOC,
	NL_B_MISC, NL_I_MISC,
	NER_LABELS
};

#define NER_MODEL_VERSION 1u
#define NER_MODEL_HEADER 48u
#define NER_MODEL_MAX_PASSES 2u
#define NER_MODEL_MAX_BITS 24u

struct ner_model {
	const unsigned char *map;	/* the whole file */
	size_t map_len;
	bool mapped;		/* map is an mmap (else not owned) */
	unsigned bits;		/* log2 of the buckets */
	unsigned passes;
	unsigned features;	/* the feature set it was trained with */
	const int16_t *w[NER_MODEL_MAX_PASSES];	/* (1 << bits) x NER_LABELS */
	/* The transitions, (NER_LABELS + 1) x NER_LABELS, widened. */
	int32_t trans[NER_MODEL_MAX_PASSES][(NER_LABELS + 1) * NER_LABELS];
};

/* Loads the model file at path; NULL with *cause set (a new string that
 * does not name the file) when it is missing or damaged. */
struct ner_model *ner_model_load(const char *path, char **cause);

/* Checks a model image in memory and points m into it (not copied);
 * false with *cause set when it is damaged. */
bool ner_model_parse(struct ner_model *m, const unsigned char *p, size_t n,
    char **cause);

void ner_model_free(struct ner_model *m);

/* Writes a model file from its parts (the trainer): for each of passes
 * passes, trans[p] and w[p].  Returns 0 or -1 with errno set. */
int ner_model_write(const char *path, unsigned bits, unsigned feat_version,
    unsigned passes, int16_t *const *trans, int16_t *const *w);

/* Whether label b may follow label a (a == NER_LABELS: sentence start):
 * I-X only after B-X or I-X. */
bool ner_label_allowed(unsigned a, unsigned b);

/* The best labels for n tokens: emit[i * NER_LABELS + y] is token i's
 * score for y, trans as in the file.  Hard constraints apply. */
void ner_viterbi(const int32_t *emit, const int32_t *trans, size_t n,
    unsigned char *labels);

/* margin[i]: how much better the best labelling of the n tokens
 * (labels, from ner_viterbi()) scores than the best that gives token i
 * another type (O, PER, ORG, LOC, MISC); 0 when it is a tie
 * (ner_margin.c). */
void ner_max_margins(const int32_t *emit, const int32_t *trans, size_t n,
    const unsigned char *labels, int32_t *margin);

/* Pass pass's emission scores of one token from its features. */
void ner_model_emit(const struct ner_model *m, unsigned pass,
    const uint32_t *feats, size_t nfeats, int32_t *emit);

#endif
