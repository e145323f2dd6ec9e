/* Unit tests for the CRF learner of tools/train-ner (tools/ner_crf.c):
 * the partition function both ways and by enumeration, the gradient
 * against finite differences, and a step that learns. */
#include "config.h"

#include <math.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ner_crf.h"

#define BITS 10
#define N 3

/* A deterministic weight in [-1, 1) for entry k. */
static double
some_weight(size_t k)
{
	uint32_t h = (uint32_t)k * 2654435761u;

	h ^= h >> 15;
	return (double)(h % 2000) / 1000.0 - 1;
}

/* The score of labels y[0..n-1], -INFINITY when a transition is
 * forbidden. */
static double
path_score(const double *emit, const double *trans, const unsigned *y,
    size_t n)
{
	double s = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned a = i ? y[i - 1] : NER_LABELS;

		if (!ner_label_allowed(a, y[i]))
			return -INFINITY;
		s += trans[a * NER_LABELS + y[i]] + emit[i * NER_LABELS + y[i]];
	}
	return s;
}

/* log Z of an N-token sentence by summing every labelling. */
static double
enumerated_log_z(const double *emit, const double *trans)
{
	double sum = 0;
	unsigned y[N];

	for (unsigned c = 0; c < NER_LABELS * NER_LABELS * NER_LABELS; c++) {
		y[0] = c % NER_LABELS;
		y[1] = c / NER_LABELS % NER_LABELS;
		y[2] = c / (NER_LABELS * NER_LABELS);
		sum += exp(path_score(emit, trans, y, N));
	}
	return log(sum);
}

static void
test_partition(void **state)
{
	double emit[N * NER_LABELS], trans[CRF_TRANS];
	double alpha[N * NER_LABELS], beta[N * NER_LABELS], z;

	(void)state;
	for (size_t k = 0; k < N * NER_LABELS; k++)
		emit[k] = 3 * some_weight(k);
	for (size_t k = 0; k < CRF_TRANS; k++)
		trans[k] = 2 * some_weight(k + 1000);
	z = enumerated_log_z(emit, trans);
	assert_true(fabs(crf_forward(emit, trans, N, alpha) - z) < 1e-9);
	assert_true(fabs(crf_backward(emit, trans, N, beta) - z) < 1e-9);
	assert_true(fabs(crf_forward(emit, trans, 1, alpha) -
	    crf_backward(emit, trans, 1, beta)) < 1e-9);
}

/* A three-token sentence, two or three features a token (one shared
 * by two tokens, two sharing a bucket), gold B-ORG I-ORG O. */
struct three {
	uint32_t feats[8];
	size_t foff[N + 1];
	unsigned char gold[N], pred[N];
	struct sample x;
};

static void
three_init(struct three *t)
{
	static const uint32_t f[] = { 7, 9, 9, 12, 7 + (1u << BITS), 30,
		31, 5 };
	static const size_t off[] = { 0, 2, 5, 8 };
	static const unsigned char gold[] = { NL_B_ORG, NL_I_ORG, NL_O };

	memcpy(t->feats, f, sizeof f);
	memcpy(t->foff, off, sizeof off);
	memcpy(t->gold, gold, sizeof gold);
	t->x = (struct sample){ t->feats, t->foff, NULL, t->gold, t->pred,
	    N, NULL };
}

static void
test_gradient(void **state)
{
	struct learn l = { 0, 0, 0, 0 };
	struct crf c;
	struct three t;
	size_t nv = ((size_t)1 << BITS) * NER_LABELS + CRF_TRANS;
	double *g, h = 1e-5;
	size_t checked = 0;

	(void)state;
	crf_init(&c, BITS, &l, 0, 0.1);
	three_init(&t);
	for (size_t k = 0; k < nv; k++)
		c.v[k] = some_weight(k);
	g = calloc(nv, sizeof *g);
	crf_gradient(&c, &t.x, NULL, g);
	for (size_t k = 0; k < nv; k++) {
		double w = c.v[k], up, down;

		c.v[k] = w + h;
		up = crf_nll(&c, &t.x, NULL);
		c.v[k] = w - h;
		down = crf_nll(&c, &t.x, NULL);
		c.v[k] = w;
		if (fabs(up - down) < 1e-12 && g[k] == 0)
			continue;
		assert_true(fabs((up - down) / (2 * h) - g[k]) < 1e-6);
		checked++;
	}
	/* Five buckets' labels and the transitions the sentence can take. */
	assert_true(checked > 5 * NER_LABELS);
	free(g);
	crf_free(&c);
}

static void
test_learns(void **state)
{
	struct learn l = { 0, 0, 0, 0 };
	struct crf c;
	struct perceptron p;
	struct three t;
	int32_t emit[N * NER_LABELS];
	double before;

	(void)state;
	crf_init(&c, BITS, &l, 1, 0.5);
	three_init(&t);
	c.lambda = 0.1;
	before = crf_nll(&c, &t.x, NULL);
	for (int i = 0; i < 20; i++)
		crf_learn(&c, &t.x, NULL);
	assert_true(crf_nll(&c, &t.x, NULL) < before / 4);
	perceptron_init(&p, BITS, &l);
	crf_export(&c, &p);
	predict(&p, &t.x, emit, t.pred);
	assert_memory_equal(t.pred, t.gold, N);
	assert_int_equal(p.w[7 * NER_LABELS + NL_B_ORG],
	    lround(crf_weight(&c, 7 * NER_LABELS + NL_B_ORG) * CRF_UNIT));
	perceptron_free(&p);
	crf_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_partition),
		cmocka_unit_test(test_gradient),
		cmocka_unit_test(test_learns),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
