/* ner_crf.h - a linear-chain CRF learner for tools/train-ner (--crf):
 * the perceptron's hashed features, labels and hard transitions
 * (ner_label_allowed()), trained by stochastic gradient descent on the
 * negative log-likelihood with forward-backward in log space, the rate
 * decaying by epoch and an L2 penalty applied lazily (the weights are a
 * scale times a vector).  Its weights leave as a perceptron's
 * (crf_export()), so the ensemble, the jackknife and the model file
 * are the perceptron's.
 * Apart from ner_learn.c so that the unit tests can reach it. */
#ifndef GALLEY_TOOLS_NER_CRF_H
#define GALLEY_TOOLS_NER_CRF_H

#include <stddef.h>
#include <stdint.h>

#include "ner_learn.h"

/* Entries of the transition table: (NER_LABELS + 1) rows, the last the
 * start of a sentence, as in the model file. */
#define CRF_TRANS ((NER_LABELS + 1) * NER_LABELS)
/* crf_export()'s integer weights are in units of 1/CRF_UNIT. */
#define CRF_UNIT 65536

struct crf {
	unsigned bits;
	double *v;	/* (1 << bits) x NER_LABELS, then CRF_TRANS: the
			   weights over scale */
	double scale;
	double l2;	/* the penalty l2 / 2 ||w||^2 over the whole set */
	double rate;	/* the first step: rate / (1 + t / ns) after t of
			   an epoch's ns sentences */
	double lambda;	/* l2 over the number of sentences: each step's */
	double step;	/* this step's rate */
	const struct learn *learn;
	double *emit, *alpha, *beta;	/* room for the longest sentence */
	size_t room;
};

void crf_init(struct crf *c, unsigned bits, const struct learn *learn,
    double l2, double rate);
void crf_free(struct crf *c);

/* The weight k of c (the transitions after the emission weights). */
double crf_weight(const struct crf *c, size_t k);

/* log Z of the n-token sentence whose label scores are emit (n x
 * NER_LABELS) and transitions trans (CRF_TRANS), by the forward
 * recursion (alpha: n x NER_LABELS, filled) and by the backward one
 * (beta, filled): the two agree when both are right. */
double crf_forward(const double *emit, const double *trans, size_t n,
    double *alpha);
double crf_backward(const double *emit, const double *trans, size_t n,
    double *beta);

/* -log p(x's gold labels | x) under c's weights, drop (or NULL) hiding
 * features as in training. */
double crf_nll(struct crf *c, const struct sample *x,
    const unsigned char *drop);

/* Adds the gradient of crf_nll() at c's weights to g (the layout of
 * c->v). */
void crf_gradient(struct crf *c, const struct sample *x,
    const unsigned char *drop, double *g);

/* One stochastic gradient step on x (with its share of the L2
 * penalty). */
void crf_learn(struct crf *c, const struct sample *x,
    const unsigned char *drop);

/* epochs passes over sv[0..ns-1] in train()'s order and dropouts. */
void crf_train(struct crf *c, struct sample *sv, size_t ns, unsigned epochs,
    uint64_t seed);

/* p (initialised with c's bits) gets c's weights in units of
 * 1/CRF_UNIT as its averaged weights. */
void crf_export(const struct crf *c, struct perceptron *p);

#endif
