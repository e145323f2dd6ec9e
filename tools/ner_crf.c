/* ner_crf.c - the CRF learner of tools/train-ner (ner_crf.h). */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "ner_crf.h"

/* When the scale falls under this, it is folded into the vector. */
#define CRF_SCALE_MIN 1e-9

static size_t
emission_count(const struct crf *c)
{
	return ((size_t)1 << c->bits) * NER_LABELS;
}

void
crf_init(struct crf *c, unsigned bits, const struct learn *learn,
    double l2, double rate)
{
	memset(c, 0, sizeof *c);
	c->bits = bits;
	c->learn = learn;
	c->l2 = l2;
	c->rate = rate;
	c->step = rate;
	c->scale = 1;
	c->v = xcalloc(emission_count(c) + CRF_TRANS, sizeof *c->v);
}

void
crf_free(struct crf *c)
{
	free(c->v);
	free(c->emit);
	free(c->alpha);
	free(c->beta);
}

double
crf_weight(const struct crf *c, size_t k)
{
	return c->scale * c->v[k];
}

/* log sum_j exp(v[j]) over the n entries that are not -INFINITY. */
static double
log_sum(const double *v, unsigned n)
{
	double top = -INFINITY, sum = 0;

	for (unsigned j = 0; j < n; j++)
		top = fmax(top, v[j]);
	if (top == -INFINITY)
		return top;
	for (unsigned j = 0; j < n; j++)
		sum += exp(v[j] - top);
	return top + log(sum);
}

double
crf_forward(const double *emit, const double *trans, size_t n, double *alpha)
{
	double v[NER_LABELS];

	for (unsigned y = 0; y < NER_LABELS; y++)
		alpha[y] = ner_label_allowed(NER_LABELS, y) ?
		    trans[NER_LABELS * NER_LABELS + y] + emit[y] : -INFINITY;
	for (size_t i = 1; i < n; i++)
		for (unsigned y = 0; y < NER_LABELS; y++) {
			for (unsigned x = 0; x < NER_LABELS; x++)
				v[x] = ner_label_allowed(x, y) ?
				    alpha[(i - 1) * NER_LABELS + x] +
				    trans[x * NER_LABELS + y] : -INFINITY;
			alpha[i * NER_LABELS + y] = log_sum(v, NER_LABELS) +
			    emit[i * NER_LABELS + y];
		}
	return n ? log_sum(alpha + (n - 1) * NER_LABELS, NER_LABELS) :
	    -INFINITY;
}

double
crf_backward(const double *emit, const double *trans, size_t n, double *beta)
{
	double v[NER_LABELS];

	if (n == 0)
		return -INFINITY;
	for (unsigned y = 0; y < NER_LABELS; y++)
		beta[(n - 1) * NER_LABELS + y] = 0;
	for (size_t i = n - 1; i-- > 0;)
		for (unsigned x = 0; x < NER_LABELS; x++) {
			for (unsigned y = 0; y < NER_LABELS; y++)
				v[y] = ner_label_allowed(x, y) ?
				    trans[x * NER_LABELS + y] +
				    emit[(i + 1) * NER_LABELS + y] +
				    beta[(i + 1) * NER_LABELS + y] : -INFINITY;
			beta[i * NER_LABELS + x] = log_sum(v, NER_LABELS);
		}
	for (unsigned y = 0; y < NER_LABELS; y++)
		v[y] = ner_label_allowed(NER_LABELS, y) ?
		    trans[NER_LABELS * NER_LABELS + y] + emit[y] + beta[y] :
		    -INFINITY;
	return log_sum(v, NER_LABELS);
}

/* Room in c's buffers for an n-token sentence. */
static void
crf_room(struct crf *c, size_t n)
{
	if (n <= c->room)
		return;
	c->room = n;
	c->emit = xreallocarray(c->emit, n, NER_LABELS * sizeof *c->emit);
	c->alpha = xreallocarray(c->alpha, n, NER_LABELS * sizeof *c->alpha);
	c->beta = xreallocarray(c->beta, n, NER_LABELS * sizeof *c->beta);
}

/* c->emit for x, and the transitions' weights in trans. */
static void
crf_scores(struct crf *c, const struct sample *x, const unsigned char *drop,
    double *trans)
{
	uint32_t mask = ((uint32_t)1 << c->bits) - 1;
	size_t nw = emission_count(c);

	crf_room(c, x->n);
	for (size_t i = 0; i < x->n; i++) {
		double *e = c->emit + i * NER_LABELS;

		for (unsigned y = 0; y < NER_LABELS; y++)
			e[y] = 0;
		for (size_t f = feat_start(x, drop, i); f < x->foff[i + 1];
		    f = next_seen(x, drop, i, f)) {
			const double *w = c->v + (size_t)(x->feats[f] & mask) *
			    NER_LABELS;

			for (unsigned y = 0; y < NER_LABELS; y++)
				e[y] += w[y];
		}
		for (unsigned y = 0; y < NER_LABELS; y++)
			e[y] *= c->scale;
	}
	for (size_t k = 0; k < CRF_TRANS; k++)
		trans[k] = c->scale * c->v[nw + k];
}

/* The score of x's gold labels under c->emit and trans; transitions the
 * decoder forbids (a sentence cut inside a name) are left out. */
static double
gold_score(const struct crf *c, const struct sample *x, const double *trans)
{
	double s = 0;

	for (size_t i = 0; i < x->n; i++) {
		unsigned a = i ? x->gold[i - 1] : NER_LABELS;

		s += c->emit[i * NER_LABELS + x->gold[i]];
		if (ner_label_allowed(a, x->gold[i]))
			s += trans[a * NER_LABELS + x->gold[i]];
	}
	return s;
}

double
crf_nll(struct crf *c, const struct sample *x, const unsigned char *drop)
{
	double trans[CRF_TRANS];

	if (x->n == 0)
		return 0;
	crf_scores(c, x, drop, trans);
	return crf_forward(c->emit, trans, x->n, c->alpha) -
	    gold_score(c, x, trans);
}

/* Where a gradient goes: added to a dense vector (crf_gradient()) or
 * stepped down at once (crf_learn()). */
typedef void (*grad_fn)(struct crf *c, void *ctx, size_t k, double g);

/* Token i's gradient of the emission weights: its marginals (m) less
 * its gold label, for each feature it shows. */
static void
token_gradient(struct crf *c, const struct sample *x,
    const unsigned char *drop, size_t i, const double *m, grad_fn fn,
    void *ctx)
{
	uint32_t mask = ((uint32_t)1 << c->bits) - 1;

	for (size_t f = feat_start(x, drop, i); f < x->foff[i + 1];
	    f = next_seen(x, drop, i, f)) {
		size_t b = (size_t)(x->feats[f] & mask) * NER_LABELS;

		for (unsigned y = 0; y < NER_LABELS; y++)
			fn(c, ctx, b + y, m[y] - (x->gold[i] == y));
	}
}

/* The log of the probability that token i - 1 is labelled p and token
 * i y (p == NER_LABELS: i is the first), z the log partition. */
static double
pair_log_marginal(const struct crf *c, size_t i, unsigned p, unsigned y,
    const double *trans, double z)
{
	return (i ? c->alpha[(i - 1) * NER_LABELS + p] : 0) +
	    trans[p * NER_LABELS + y] + c->emit[i * NER_LABELS + y] +
	    c->beta[i * NER_LABELS + y] - z;
}

/* The transitions' gradient into token i: the pair marginals less the
 * gold pair (when allowed).  Each marginal is a product of three
 * exponentials, two of them shared (etrans: exp of the transitions),
 * but for a label whose share would overflow. */
static void
trans_gradient(struct crf *c, const struct sample *x, size_t i,
    const double *trans, const double *etrans, double z, grad_fn fn,
    void *ctx)
{
	size_t nw = emission_count(c);
	unsigned a = i ? x->gold[i - 1] : NER_LABELS;
	unsigned x0 = i ? 0 : NER_LABELS, x1 = i ? NER_LABELS : x0 + 1;
	double top = i ? -INFINITY : 0, ea[NER_LABELS + 1];

	for (unsigned p = x0; p < x1 && i; p++)
		top = fmax(top, c->alpha[(i - 1) * NER_LABELS + p]);
	for (unsigned p = x0; p < x1; p++)
		ea[p] = i ? exp(c->alpha[(i - 1) * NER_LABELS + p] - top) : 1;
	for (unsigned y = 0; y < NER_LABELS; y++) {
		double le = c->emit[i * NER_LABELS + y] +
		    c->beta[i * NER_LABELS + y] - z + top, eb = exp(le);

		for (unsigned p = x0; p < x1; p++) {
			double m;

			if (!ner_label_allowed(p, y))
				continue;
			m = le < 700 ? ea[p] * etrans[p * NER_LABELS + y] * eb :
			    exp(pair_log_marginal(c, i, p, y, trans, z));
			fn(c, ctx, nw + p * NER_LABELS + y, m -
			    (a == p && x->gold[i] == y));
		}
	}
}

/* The gradient of crf_nll() on x, entry by entry, to fn. */
static void
each_gradient(struct crf *c, const struct sample *x,
    const unsigned char *drop, grad_fn fn, void *ctx)
{
	double trans[CRF_TRANS], etrans[CRF_TRANS], z;

	if (x->n == 0)
		return;
	crf_scores(c, x, drop, trans);
	for (size_t k = 0; k < CRF_TRANS; k++)
		etrans[k] = exp(trans[k]);
	z = crf_forward(c->emit, trans, x->n, c->alpha);
	crf_backward(c->emit, trans, x->n, c->beta);
	for (size_t i = 0; i < x->n; i++) {
		double m[NER_LABELS];

		for (unsigned y = 0; y < NER_LABELS; y++)
			m[y] = exp(c->alpha[i * NER_LABELS + y] +
			    c->beta[i * NER_LABELS + y] - z);
		trans_gradient(c, x, i, trans, etrans, z, fn, ctx);
		token_gradient(c, x, drop, i, m, fn, ctx);
	}
}

static void
add_dense(struct crf *c, void *ctx, size_t k, double g)
{
	(void)c;
	((double *)ctx)[k] += g;
}

void
crf_gradient(struct crf *c, const struct sample *x,
    const unsigned char *drop, double *g)
{
	each_gradient(c, x, drop, add_dense, g);
}

static void
step_down(struct crf *c, void *ctx, size_t k, double g)
{
	(void)ctx;
	if (g != 0)
		c->v[k] -= c->step * g / c->scale;
}

/* The L2 penalty's share of a step: all weights shrink, in the scale
 * alone (folded into the vector when it grows small). */
static void
shrink(struct crf *c)
{
	size_t nv = emission_count(c) + CRF_TRANS;

	c->scale *= 1 - c->step * c->lambda;
	if (c->scale >= CRF_SCALE_MIN)
		return;
	for (size_t k = 0; k < nv; k++)
		c->v[k] *= c->scale;
	c->scale = 1;
}

void
crf_learn(struct crf *c, const struct sample *x, const unsigned char *drop)
{
	shrink(c);
	each_gradient(c, x, drop, step_down, NULL);
}

/* What crf_train()'s steps need beyond c: the decay's clock. */
struct crf_run {
	struct crf *c;
	size_t ns, t;
};

static void
crf_run_learn(void *ctx, const struct sample *x, const unsigned char *drop)
{
	struct crf_run *r = ctx;

	r->c->step = r->c->rate / (1 + (double)r->t++ / (double)r->ns);
	crf_learn(r->c, x, drop);
}

void
crf_train(struct crf *c, struct sample *sv, size_t ns, unsigned epochs,
    uint64_t seed)
{
	struct crf_run r = { c, ns ? ns : 1, 0 };

	c->lambda = c->l2 / (double)r.ns;
	train_sentences(sv, ns, epochs, seed, c->learn, crf_run_learn, &r);
}

static int32_t
to_units(double w)
{
	double u = fmax(-(double)(1 << 24), fmin((double)(1 << 24),
	    w * CRF_UNIT));

	return (int32_t)lround(u);
}

void
crf_export(const struct crf *c, struct perceptron *p)
{
	size_t nw = emission_count(c);

	for (size_t k = 0; k < nw; k++)
		p->w[k] = to_units(crf_weight(c, k));
	for (size_t k = 0; k < CRF_TRANS; k++)
		p->trans[k] = to_units(crf_weight(c, nw + k));
	memset(p->u, 0, nw * sizeof *p->u);
	memset(p->utrans, 0, sizeof p->utrans);
	p->c = 1;
}
