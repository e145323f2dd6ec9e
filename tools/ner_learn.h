/* ner_learn.h - the learner of tools/train-ner: an averaged structured
 * perceptron over hashed features with first-order Viterbi decoding,
 * optionally with passive-aggressive steps (--pa), rare features left
 * without weight (--min-count) and the word's own features, or what the
 * lists and clusters say of it, hidden at random while training
 * (--word-dropout, --knowledge-dropout), and the sum of several such
 * models' averaged weights (--ensemble) quantised to the model file's
 * 16 bits; and the loop over sentences, orders and dropouts that it
 * shares with the CRF (ner_crf.h).
 * Apart from train-ner.c so that the unit tests can reach it. */
#ifndef GALLEY_TOOLS_NER_LEARN_H
#define GALLEY_TOOLS_NER_LEARN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ner/ner_model.h"

/* A training sentence: pointers into its document's sequence. */
struct sample {
	const uint32_t *feats;
	const size_t *foff;	/* into feats, n + 1 */
	const unsigned char *ident;	/* the first ident[i] of token i's
				   features name the word itself
				   (ner_seq.ident), or NULL: none */
	const unsigned char *gold;
	unsigned char *pred;
	size_t n;
	const unsigned char *know;	/* the know[i] features after those
				   are what the lists and clusters say of
				   it (ner_seq.know), or NULL: none */
};

/* How the learner steps (--pa, --min-count): a plain perceptron step of
 * 1 by default. */
struct learn {
	double pa_c;		/* > 0: passive-aggressive steps of at most
				   this (MIRA, 1-best), in units of PA_UNIT */
	unsigned min_count;	/* features seen fewer times than this in
				   the training sentences are never
				   updated: they stay at no weight */
	double word_dropout;	/* each time a sentence is learnt from,
				   each token's identity features are
				   hidden with this probability
				   (--word-dropout) */
	double know_dropout;	/* and the features of what the lists and
				   clusters say of it with this one, drawn
				   apart (--knowledge-dropout) */
};

/* What drop[i] hides of token i: its identity features, its knowledge
 * features (struct sample). */
enum { DROP_WORD = 1, DROP_KNOW = 2 };

/* A passive-aggressive step is real; weights stay integers in units of
 * 1/PA_UNIT so that Viterbi and averaging are the perceptron's. */
#define PA_UNIT 4096
/* Counts of features by the top 24 bits of their hash (the buckets use
 * the low bits): saturating at 255. */
#define COUNT_BITS 24

struct perceptron {
	unsigned bits;
	int32_t *w, trans[(NER_LABELS + 1) * NER_LABELS];
	int64_t *u, utrans[(NER_LABELS + 1) * NER_LABELS];	/* sums of
				   c * update, for averaging */
	int64_t c;
	const struct learn *learn;
	unsigned char *count;	/* COUNT_BITS-indexed feature counts when
				   learn->min_count > 1, else NULL */
};

void perceptron_init(struct perceptron *p, unsigned bits,
    const struct learn *learn);
void perceptron_free(struct perceptron *p);

/* Counts the features of the training sentences sv[0..ns-1] into
 * p->count when p->learn->min_count asks for it. */
void perceptron_count(struct perceptron *p, const struct sample *sv,
    size_t ns);

/* The best labels (pred) of x's tokens under p's current weights; emit
 * has room for x->n * NER_LABELS scores. */
void predict(const struct perceptron *p, const struct sample *x,
    int32_t *emit, unsigned char *pred);

/* The step of the update after x was labelled pred: 1 for the
 * perceptron; with learn->pa_c, min(C, loss / ||delta phi||^2) in units
 * of PA_UNIT (at least 1), the loss being the number of tokens
 * mislabelled.  0 when pred is right. */
int32_t learn_step(const struct perceptron *p, const struct sample *x,
    const unsigned char *pred);

/* Labels x and updates p where it was wrong; the features drop[i]
 * hides of token i (DROP_* bits; drop may be NULL) are left out of
 * both. */
void train_one(struct perceptron *p, const struct sample *x,
    const unsigned char *drop, int32_t *emit, unsigned char *pred);

/* Which tokens of an n-token sentence hide a block of their features
 * this time: adds bit to drop[i] of each with probability p, drawn from
 * *state (one draw a token). */
void mark_dropout(uint64_t *state, double p, size_t n, unsigned char *drop,
    unsigned char bit);

/* The first of token i's features the learner sees: past its identity
 * features, and its knowledge features, when drop (DROP_* bits of each
 * token, or NULL) hides them. */
size_t feat_start(const struct sample *x, const unsigned char *drop,
    size_t i);

/* The feature of token i after f that the learner sees: past its
 * knowledge features when drop hides them. */
size_t next_seen(const struct sample *x, const unsigned char *drop, size_t i,
    size_t f);

/* A learner's step on sentence x, drop (or NULL) marking what of each
 * token it is not to see this time. */
typedef void (*learn_fn)(void *ctx, const struct sample *x,
    const unsigned char *drop);

/* epochs passes of fn over sv[0..ns-1] (empty sentences skipped), in an
 * order drawn from seed, with learn->word_dropout and know_dropout each
 * drawn from a stream of its own (seed too): the order of sentences
 * does not depend on them, nor the one on the other. */
void train_sentences(struct sample *sv, size_t ns, unsigned epochs,
    uint64_t seed, const struct learn *learn, learn_fn fn, void *ctx);

/* train_sentences() of the perceptron p. */
void train(struct perceptron *p, struct sample *sv, size_t ns,
    unsigned epochs, uint64_t seed);

/* A pass's weights as shipped before quantising: the sum over the
 * ensemble's models of their averaged weights. */
struct avg_model {
	unsigned bits;
	double *w, trans[(NER_LABELS + 1) * NER_LABELS];
};

/* The averaged weight k of w (u the averaging sums), as a double. */
void avg_model_init(struct avg_model *m, unsigned bits);
void avg_model_free(struct avg_model *m);

/* Adds p's averaged weights to m. */
void avg_model_add(struct avg_model *m, const struct perceptron *p);

/* m's weights in 16 bits, scaled to the largest. */
void quantise(const struct avg_model *m, int16_t *qw, int16_t *qt);

#endif
