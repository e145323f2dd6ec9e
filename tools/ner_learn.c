/* ner_learn.c - the learner of tools/train-ner (ner_learn.h). */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "ner_learn.h"

/* Whether feature f may get weight (learn.min_count). */
static bool
feat_kept(const struct perceptron *p, uint32_t f)
{
	return p->count == NULL ||
	    p->count[f >> (32 - COUNT_BITS)] >= p->learn->min_count;
}

/* Where token i's knowledge features start when drop hides them (one
 * past its features when it does not, so that next_seen() never jumps). */
static size_t
know_start(const struct sample *x, const unsigned char *drop, size_t i)
{
	if (drop && (drop[i] & DROP_KNOW) && x->know)
		return x->foff[i] + (x->ident ? x->ident[i] : 0);
	return x->foff[i + 1] + 1;
}

size_t
next_seen(const struct sample *x, const unsigned char *drop, size_t i,
    size_t f)
{
	return ++f == know_start(x, drop, i) ? f + x->know[i] : f;
}

size_t
feat_start(const struct sample *x, const unsigned char *drop, size_t i)
{
	size_t f = x->foff[i];

	if (drop && (drop[i] & DROP_WORD) && x->ident)
		f += x->ident[i];
	return f == know_start(x, drop, i) ? f + x->know[i] : f;
}

static void
update(struct perceptron *p, const struct sample *x,
    const unsigned char *drop, size_t i, unsigned y, int32_t d)
{
	uint32_t mask = ((uint32_t)1 << p->bits) - 1;

	for (size_t f = feat_start(x, drop, i); f < x->foff[i + 1];
	    f = next_seen(x, drop, i, f)) {
		size_t k = (size_t)(x->feats[f] & mask) * NER_LABELS + y;

		if (!feat_kept(p, x->feats[f]))
			continue;
		p->w[k] += d;
		p->u[k] += p->c * d;
	}
}
static void
update_trans(struct perceptron *p, unsigned a, unsigned b, int32_t d)
{
	p->trans[a * NER_LABELS + b] += d;
	p->utrans[a * NER_LABELS + b] += p->c * d;
}

/* predict() with the identity features of the tokens drop marks left
 * out. */
static void
predict_seen(const struct perceptron *p, const struct sample *x,
    const unsigned char *drop, int32_t *emit, unsigned char *pred)
{
	uint32_t mask = ((uint32_t)1 << p->bits) - 1;

	for (size_t i = 0; i < x->n; i++) {
		int32_t *e = emit + i * NER_LABELS;

		memset(e, 0, NER_LABELS * sizeof *e);
		for (size_t f = feat_start(x, drop, i); f < x->foff[i + 1];
		    f = next_seen(x, drop, i, f)) {
			const int32_t *w = p->w + (size_t)(x->feats[f] &
			    mask) * NER_LABELS;

			for (unsigned y = 0; y < NER_LABELS; y++)
				e[y] += w[y];
		}
	}
	ner_viterbi(emit, p->trans, x->n, pred);
}

void
predict(const struct perceptron *p, const struct sample *x, int32_t *emit,
    unsigned char *pred)
{
	predict_seen(p, x, NULL, emit, pred);
}

/* An entry of the difference between the gold and the predicted
 * sequence's feature vectors: a weight index (transitions after the
 * emission weights) and its count. */
struct delta {
	size_t k;
	int32_t v;
};

static int
delta_cmp(const void *a, const void *b)
{
	const struct delta *x = a, *y = b;

	return (x->k > y->k) - (x->k < y->k);
}

static void
delta_add(struct delta **dv, size_t *n, size_t *cap, size_t k, int32_t v)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 1024;
		*dv = xreallocarray(*dv, *cap, sizeof **dv);
	}
	(*dv)[*n].k = k;
	(*dv)[(*n)++].v = v;
}

/* ||phi(x, gold) - phi(x, pred)||^2 in the hashed feature space:
 * features that share a bucket add up before squaring. */
static double
delta_norm2(const struct perceptron *p, const struct sample *x,
    const unsigned char *drop, const unsigned char *pred)
{
	uint32_t mask = ((uint32_t)1 << p->bits) - 1;
	size_t nw = ((size_t)1 << p->bits) * NER_LABELS, n = 0, cap = 0;
	struct delta *dv = NULL;
	double sum = 0;

	for (size_t i = 0; i < x->n; i++) {
		unsigned gp = i ? x->gold[i - 1] : NER_LABELS;
		unsigned pp = i ? pred[i - 1] : NER_LABELS;

		for (size_t f = feat_start(x, drop, i); x->gold[i] !=
		    pred[i] && f < x->foff[i + 1];
		    f = next_seen(x, drop, i, f)) {
			size_t b = (size_t)(x->feats[f] & mask) * NER_LABELS;

			if (!feat_kept(p, x->feats[f]))
				continue;
			delta_add(&dv, &n, &cap, b + x->gold[i], 1);
			delta_add(&dv, &n, &cap, b + pred[i], -1);
		}
		if (x->gold[i] != pred[i] || gp != pp) {
			delta_add(&dv, &n, &cap, nw + gp * NER_LABELS +
			    x->gold[i], 1);
			delta_add(&dv, &n, &cap, nw + pp * NER_LABELS +
			    pred[i], -1);
		}
	}
	qsort(dv, n, sizeof *dv, delta_cmp);
	for (size_t i = 0; i < n;) {
		double v = 0;
		size_t k = dv[i].k;

		while (i < n && dv[i].k == k)
			v += dv[i++].v;
		sum += v * v;
	}
	free(dv);
	return sum;
}

/* learn_step() with the identity features of the tokens drop marks
 * left out. */
static int32_t
step_seen(const struct perceptron *p, const struct sample *x,
    const unsigned char *drop, const unsigned char *pred)
{
	size_t loss = 0;
	double norm2, tau;

	for (size_t i = 0; i < x->n; i++)
		loss += x->gold[i] != pred[i];
	if (loss == 0)
		return 0;
	if (p->learn->pa_c <= 0)
		return 1;
	norm2 = delta_norm2(p, x, drop, pred);
	if (norm2 <= 0)
		return 0;
	tau = fmin(p->learn->pa_c, (double)loss / norm2);
	return (int32_t)fmax(1, lround(tau * PA_UNIT));
}

int32_t
learn_step(const struct perceptron *p, const struct sample *x,
    const unsigned char *pred)
{
	return step_seen(p, x, NULL, pred);
}

void
train_one(struct perceptron *p, const struct sample *x,
    const unsigned char *drop, int32_t *emit, unsigned char *pred)
{
	int32_t d;

	predict_seen(p, x, drop, emit, pred);
	d = step_seen(p, x, drop, pred);
	for (size_t i = 0; d != 0 && i < x->n; i++) {
		unsigned gp = i ? x->gold[i - 1] : NER_LABELS;
		unsigned pp = i ? pred[i - 1] : NER_LABELS;

		if (x->gold[i] != pred[i]) {
			update(p, x, drop, i, x->gold[i], d);
			update(p, x, drop, i, pred[i], -d);
		}
		if (x->gold[i] != pred[i] || gp != pp) {
			update_trans(p, gp, x->gold[i], d);
			update_trans(p, pp, pred[i], -d);
		}
	}
	p->c++;
}

static uint64_t
next_random(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

void
mark_dropout(uint64_t *state, double p, size_t n, unsigned char *drop,
    unsigned char bit)
{
	for (size_t i = 0; i < n; i++)
		if ((double)(next_random(state) >> 11) * 0x1p-53 < p)
			drop[i] |= bit;
}

/* A dropout stream's start for seed (salt: which stream): apart from
 * the order's, never the all-zero state xorshift cannot leave. */
static uint64_t
dropout_state(uint64_t seed, uint64_t salt)
{
	return (seed ^ salt) * 0xBF58476D1CE4E5B9ull | 1;
}

/* drop for a sentence of n tokens under learn's two rates, each from
 * its stream (none drawn at a rate of 0). */
static void
draw_dropouts(uint64_t *wstate, uint64_t *kstate, const struct learn *learn,
    size_t n, unsigned char *drop)
{
	memset(drop, 0, n);
	if (learn->word_dropout > 0)
		mark_dropout(wstate, learn->word_dropout, n, drop, DROP_WORD);
	if (learn->know_dropout > 0)
		mark_dropout(kstate, learn->know_dropout, n, drop, DROP_KNOW);
}

/* The number of tokens of the longest of sv[0..ns-1], at least 1. */
static size_t
longest_sentence(const struct sample *sv, size_t ns)
{
	size_t longest = 1;

	for (size_t i = 0; i < ns; i++)
		if (sv[i].n > longest)
			longest = sv[i].n;
	return longest;
}

void
train_sentences(struct sample *sv, size_t ns, unsigned epochs, uint64_t seed,
    const struct learn *learn, learn_fn fn, void *ctx)
{
	size_t *order = xmalloc((ns + 1) * sizeof *order);
	unsigned char *drop = NULL;
	uint64_t dstate = dropout_state(seed, 0x9E3779B97F4A7C15ull);
	uint64_t kstate = dropout_state(seed, 0xD1B54A32D192ED03ull);

	for (size_t i = 0; i < ns; i++)
		order[i] = i;
	if (learn->word_dropout > 0 || learn->know_dropout > 0)
		drop = xmalloc(longest_sentence(sv, ns));
	seed = seed * 2654435761u + 88172645463325252ull;
	for (unsigned e = 0; e < epochs; e++) {
		for (size_t i = ns; i > 1; i--) {
			size_t j = (size_t)(next_random(&seed) % i), t;

			t = order[i - 1];
			order[i - 1] = order[j];
			order[j] = t;
		}
		for (size_t i = 0; i < ns; i++) {
			const struct sample *x = &sv[order[i]];

			if (x->n == 0)
				continue;
			if (drop)
				draw_dropouts(&dstate, &kstate, learn, x->n,
				    drop);
			fn(ctx, x, drop);
		}
		fprintf(stderr, "train-ner: epoch %u done\n", e + 1);
	}
	free(order);
	free(drop);
}

/* What the perceptron's step of train_sentences() needs: the model and
 * room for the longest sentence's scores and labels. */
struct perceptron_run {
	struct perceptron *p;
	int32_t *emit;
	unsigned char *pred;
};

static void
perceptron_learn(void *ctx, const struct sample *x, const unsigned char *drop)
{
	struct perceptron_run *r = ctx;

	train_one(r->p, x, drop, r->emit, r->pred);
}

void
train(struct perceptron *p, struct sample *sv, size_t ns, unsigned epochs,
    uint64_t seed)
{
	size_t longest = longest_sentence(sv, ns);
	struct perceptron_run r = { p, NULL, NULL };

	r.emit = xmalloc(longest * NER_LABELS * sizeof *r.emit);
	r.pred = xmalloc(longest);
	p->c = 1;
	train_sentences(sv, ns, epochs, seed, p->learn, perceptron_learn, &r);
	free(r.emit);
	free(r.pred);
}

void
perceptron_init(struct perceptron *p, unsigned bits,
    const struct learn *learn)
{
	memset(p, 0, sizeof *p);
	p->bits = bits;
	p->learn = learn;
	p->w = xcalloc((size_t)1 << bits, NER_LABELS * sizeof *p->w);
	p->u = xcalloc((size_t)1 << bits, NER_LABELS * sizeof *p->u);
}

void
perceptron_free(struct perceptron *p)
{
	free(p->w);
	free(p->u);
	free(p->count);
}

void
perceptron_count(struct perceptron *p, const struct sample *sv, size_t ns)
{
	unsigned char *count;

	if (p->learn->min_count <= 1)
		return;
	count = p->count = xcalloc((size_t)1 << COUNT_BITS, 1);

	for (size_t i = 0; i < ns; i++)
		for (size_t f = sv[i].foff[0]; f < sv[i].foff[sv[i].n]; f++) {
			unsigned char *c = &count[sv[i].feats[f] >>
			    (32 - COUNT_BITS)];

			if (*c < 255)
				(*c)++;
		}
}

static double
averaged(const int32_t *w, const int64_t *u, size_t k, int64_t c)
{
	return (double)w[k] - (double)u[k] / (double)c;
}

void
avg_model_init(struct avg_model *m, unsigned bits)
{
	m->bits = bits;
	m->w = xcalloc((size_t)1 << bits, NER_LABELS * sizeof *m->w);
	memset(m->trans, 0, sizeof m->trans);
}

void
avg_model_free(struct avg_model *m)
{
	free(m->w);
}

void
avg_model_add(struct avg_model *m, const struct perceptron *p)
{
	size_t nw = ((size_t)1 << m->bits) * NER_LABELS;
	size_t nt = (NER_LABELS + 1) * NER_LABELS;

	for (size_t k = 0; k < nw; k++)
		m->w[k] += averaged(p->w, p->u, k, p->c);
	for (size_t k = 0; k < nt; k++)
		m->trans[k] += averaged(p->trans, p->utrans, k, p->c);
}

void
quantise(const struct avg_model *m, int16_t *qw, int16_t *qt)
{
	size_t nw = ((size_t)1 << m->bits) * NER_LABELS;
	size_t nt = (NER_LABELS + 1) * NER_LABELS;
	double top = 1e-9, scale;

	for (size_t k = 0; k < nw; k++)
		top = fmax(top, fabs(m->w[k]));
	for (size_t k = 0; k < nt; k++)
		top = fmax(top, fabs(m->trans[k]));
	scale = 32767.0 / top;
	for (size_t k = 0; k < nw; k++)
		qw[k] = (int16_t)lround(m->w[k] * scale);
	for (size_t k = 0; k < nt; k++)
		qt[k] = (int16_t)lround(m->trans[k] * scale);
}
