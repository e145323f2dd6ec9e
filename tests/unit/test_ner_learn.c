/* Unit tests for the learner of tools/train-ner (tools/ner_learn.c): the
 * perceptron's and the passive-aggressive step, rare features left
 * without weight, the word and knowledge dropouts and the ensemble's
 * sum of averaged weights. */
#include "config.h"

#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ner_learn.h"

#define BITS 10

/* A one-token sentence with features feats[0..n-1], gold label gold. */
struct one {
	uint32_t feats[8];
	size_t foff[2];
	unsigned char gold[1], pred[1];
	struct sample x;
};

static void
one_init(struct one *o, const uint32_t *feats, size_t n, unsigned gold)
{
	memcpy(o->feats, feats, n * sizeof *feats);
	o->foff[0] = 0;
	o->foff[1] = n;
	o->gold[0] = (unsigned char)gold;
	o->x = (struct sample){ o->feats, o->foff, NULL, o->gold, o->pred, 1,
	    NULL };
}

static size_t
wk(uint32_t f, unsigned y)
{
	return (size_t)(f & ((1u << BITS) - 1)) * NER_LABELS + y;
}

static void
test_step_perceptron(void **state)
{
	static const uint32_t f[] = { 1, 2, 3 };
	struct learn l = { 0, 0, 0, 0 };
	struct perceptron p;
	struct one o;
	unsigned char wrong[] = { NL_O }, right[] = { NL_B_PER };

	(void)state;
	perceptron_init(&p, BITS, &l);
	one_init(&o, f, 3, NL_B_PER);
	assert_int_equal(learn_step(&p, &o.x, wrong), 1);
	assert_int_equal(learn_step(&p, &o.x, right), 0);
	perceptron_free(&p);
}

/* The step after one token, features f[0..n-1], gold B-PER, was
 * labelled O, with passive-aggressive steps of at most c. */
static int32_t
pa_step(const uint32_t *f, size_t n, double c)
{
	struct learn l = { c, 0, 0, 0 };
	struct perceptron p;
	struct one o;
	unsigned char wrong[] = { NL_O };
	int32_t d;

	perceptron_init(&p, BITS, &l);
	one_init(&o, f, n, NL_B_PER);
	d = learn_step(&p, &o.x, wrong);
	perceptron_free(&p);
	return d;
}

/* One token wrong, three features in buckets of their own: delta phi has
 * 3 x 2 emission entries and 2 transitions of +-1, ||.||^2 = 8, so the
 * step is min(C, 1/8). */
static void
test_step_pa(void **state)
{
	static const uint32_t f[] = { 1, 2, 3 };

	(void)state;
	assert_int_equal(pa_step(f, 3, 1.0), PA_UNIT / 8);
	assert_int_equal(pa_step(f, 3, 0.1), 410);	/* 409.6 */
}

/* Two features in one bucket count as one entry of 2: ||.||^2 = 2 * 4 +
 * 2 * 1 + 2 = 12. */
static void
test_step_pa_shared_bucket(void **state)
{
	static const uint32_t f[] = { 5, 5 | 1u << BITS, 7 };

	(void)state;
	assert_int_equal(pa_step(f, 3, 1.0), 341);	/* 4096 / 12 */
}

/* The update moves the weights of the gold and the predicted label by
 * the step. */
static void
test_update_by_step(void **state)
{
	static const uint32_t f[] = { 1, 2 };
	struct learn l = { 1.0, 0, 0, 0 };
	struct perceptron p;
	struct one o;
	int32_t emit[NER_LABELS];

	(void)state;
	perceptron_init(&p, BITS, &l);
	one_init(&o, f, 2, NL_B_PER);
	train_one(&p, &o.x, NULL, emit, o.pred);
	assert_int_not_equal(o.pred[0], NL_B_PER);
	/* ||.||^2 = 2 * 2 + 2: a step of 4096 / 6 */
	assert_int_equal(p.w[wk(1, NL_B_PER)], 683);
	assert_int_equal(p.w[wk(2, o.pred[0])], -683);
	perceptron_free(&p);
}

/* With --min-count 2 a feature seen once in training keeps no weight;
 * one seen twice is learnt. */
static void
test_min_count(void **state)
{
	static const uint32_t fa[] = { 0x001, 0x102 }, fb[] = { 0x001 };
	struct learn l = { 0, 2, 0, 0 };
	struct perceptron p;
	struct one a, b;
	struct sample sv[2];
	int32_t emit[NER_LABELS];

	(void)state;
	one_init(&a, fa, 2, NL_B_PER);
	one_init(&b, fb, 1, NL_B_PER);
	sv[0] = a.x;
	sv[1] = b.x;
	perceptron_init(&p, BITS, &l);
	perceptron_count(&p, sv, 2);
	train_one(&p, &a.x, NULL, emit, a.pred);
	assert_int_equal(p.w[wk(0x001, NL_B_PER)], 1);
	assert_int_equal(p.w[wk(0x102, NL_B_PER)], 0);
	perceptron_free(&p);

	l.min_count = 0;
	perceptron_init(&p, BITS, &l);
	perceptron_count(&p, sv, 2);
	assert_null(p.count);
	train_one(&p, &a.x, NULL, emit, a.pred);
	assert_int_equal(p.w[wk(0x102, NL_B_PER)], 1);
	perceptron_free(&p);
}

/* The ensemble sums its models' averaged weights, w - u / c; quantise()
 * scales the largest to 32767. */
static void
test_ensemble_sum(void **state)
{
	struct learn l = { 0, 0, 0, 0 };
	struct perceptron p[2];
	struct avg_model m;
	int16_t *qw = calloc((size_t)1 << BITS, NER_LABELS * sizeof *qw);
	int16_t qt[(NER_LABELS + 1) * NER_LABELS];

	(void)state;
	for (unsigned j = 0; j < 2; j++) {
		perceptron_init(&p[j], BITS, &l);
		p[j].c = 4;
	}
	p[0].w[3] = 2;		/* averaged 2 - 4/4 = 1 */
	p[0].u[3] = 4;
	p[1].w[3] = 4;		/* averaged 4 - 8/4 = 2 */
	p[1].u[3] = 8;
	p[1].w[5] = -6;		/* averaged -6 */
	p[0].trans[1] = 3;	/* averaged 3 */
	avg_model_init(&m, BITS);
	avg_model_add(&m, &p[0]);
	avg_model_add(&m, &p[1]);
	assert_true(m.w[3] == 3.0);
	assert_true(m.w[5] == -6.0);
	assert_true(m.trans[1] == 3.0);
	quantise(&m, qw, qt);
	assert_int_equal(qw[5], -32767);
	assert_int_equal(qw[3], 16384);	/* 32767 / 2, rounded */
	assert_int_equal(qt[1], 16384);
	assert_int_equal(qw[0], 0);
	avg_model_free(&m);
	for (unsigned j = 0; j < 2; j++)
		perceptron_free(&p[j]);
	free(qw);
}

/* Two one-token sentences, each of a word of its own (features 1 and
 * 17: its identity) and the same shape (2), gold B-PER and B-LOC: only
 * their words tell them apart.  The averaged weights after epochs with
 * word dropout p (the caller frees them). */
static double *
train_two(double p, bool with_ident, unsigned epochs)
{
	static const uint32_t f[2][2] = { { 1, 2 }, { 17, 2 } };
	static const size_t foff[] = { 0, 2 };
	static const unsigned char ident[] = { 1 };
	static const unsigned char gold[2] = { NL_B_PER, NL_B_LOC };
	unsigned char pred[2];
	struct learn l = { 0, 0, p, 0 };
	struct sample x[2];
	struct perceptron pc;
	struct avg_model m;

	for (unsigned k = 0; k < 2; k++)
		x[k] = (struct sample){ f[k], foff, with_ident ? ident : NULL,
			&gold[k], &pred[k], 1, NULL };
	perceptron_init(&pc, BITS, &l);
	train(&pc, x, 2, epochs, 7);
	avg_model_init(&m, BITS);
	avg_model_add(&m, &pc);
	perceptron_free(&pc);
	return m.w;
}

#define NW (((size_t)1 << BITS) * NER_LABELS)

/* Feature f has no weight for any label in w. */
static void
assert_no_weight(const double *w, uint32_t f)
{
	for (unsigned y = 0; y < NER_LABELS; y++)
		assert_true(w[wk(f, y)] == 0);
}

/* What each dropout test checks of its learners' weights: features f
 * and g keep no weight when all but always hidden (always), two
 * learners of the same seed and rate agree (h1, h2) and differ from one
 * without that dropout (off).  Frees the four. */
static void
check_dropout(double *always, uint32_t f, uint32_t g, double *h1,
    double *h2, double *off)
{
	assert_no_weight(always, f);
	assert_no_weight(always, g);
	assert_memory_equal(h1, h2, NW * sizeof *h1);
	assert_memory_not_equal(h1, off, NW * sizeof *h1);
	free(always);
	free(h1);
	free(h2);
	free(off);
}

/* No dropout: the identity features learn as any other, the weights the
 * same as without them marked. */
static void
test_dropout_none(void **state)
{
	double *a = train_two(0, true, 3), *b = train_two(0, false, 3);

	(void)state;
	assert_memory_equal(a, b, NW * sizeof *a);
	assert_true(a[wk(1, NL_B_PER)] > 0);
	free(a);
	free(b);
}

/* Dropout all but always: the word's own features keep no weight, the
 * shape learns alone; half the time: the same weights from the same
 * seed, other weights than without dropout. */
static void
test_dropout_hides_word(void **state)
{
	double *a = train_two(0.999999, true, 3);
	double *b = train_two(0.5, true, 20), *c = train_two(0.5, true, 20);
	double *d = train_two(0, true, 20);

	(void)state;
	assert_true(a[wk(2, NL_O)] < 0);
	check_dropout(a, 1, 17, b, c, d);
}

/* The draws: the share asked for, the same from the same state; the
 * bit added to what drop already holds. */
static void
test_dropout_draws(void **state)
{
	enum { N = 20000 };
	static unsigned char d1[N], d2[N];
	uint64_t s1 = 12345, s2 = 12345;
	size_t on = 0;

	(void)state;
	mark_dropout(&s1, 0.25, N, d1, DROP_WORD);
	mark_dropout(&s2, 0.25, N, d2, DROP_WORD);
	assert_memory_equal(d1, d2, N);
	for (size_t i = 0; i < N; i++)
		on += d1[i] == DROP_WORD;
	assert_in_range(on, N / 4 - N / 50, N / 4 + N / 50);
	memcpy(d2, d1, N);
	mark_dropout(&s1, 0, N, d1, DROP_KNOW);
	assert_memory_equal(d1, d2, N);
	mark_dropout(&s1, 0.5, N, d1, DROP_KNOW);
	for (size_t i = 0; i < N; i++)
		assert_int_equal(d1[i] & DROP_WORD, d2[i]);
}

/* One sentence of one token whose features are its word (1), what the
 * lists and clusters say of it (3 and 5) and its shape (2), gold B-PER:
 * one step from no weight, the features drop hides left alone. */
static int32_t *
step_hiding(unsigned char drop)
{
	static const uint32_t f[] = { 1, 3, 5, 2 };
	static const size_t foff[] = { 0, 4 };
	static const unsigned char ident[] = { 1 }, know[] = { 2 };
	static const unsigned char gold[] = { NL_B_PER };
	static struct learn l;
	unsigned char pred[1];
	int32_t emit[NER_LABELS], *w;
	struct sample x = { f, foff, ident, gold, pred, 1, know };
	struct perceptron p;
	size_t nw = ((size_t)1 << BITS) * NER_LABELS;

	perceptron_init(&p, BITS, &l);
	train_one(&p, &x, &drop, emit, pred);
	assert_int_not_equal(pred[0], NL_B_PER);
	w = malloc(nw * sizeof *w);
	assert_non_null(w);
	memcpy(w, p.w, nw * sizeof *w);
	perceptron_free(&p);
	return w;
}

/* Each DROP_* bit hides its block of the token's features, and only
 * it: the word's first, the knowledge in the middle. */
static void
test_dropout_blocks(void **state)
{
	static const unsigned char drops[] = { 0, DROP_WORD, DROP_KNOW,
		DROP_WORD | DROP_KNOW };
	static const uint32_t f[] = { 1, 3, 5, 2 };

	(void)state;
	for (unsigned k = 0; k < 4; k++) {
		int32_t *w = step_hiding(drops[k]);

		for (unsigned j = 0; j < 4; j++) {
			bool hidden = (j == 0 && (drops[k] & DROP_WORD)) ||
			    ((j == 1 || j == 2) && (drops[k] & DROP_KNOW));

			assert_int_equal(w[wk(f[j], NL_B_PER)], hidden ? 0 : 1);
		}
		free(w);
	}
}

/* Two one-token sentences told apart by their words (1, 17) and by
 * what the lists say of them (3, 19), of the same shape (2): the
 * averaged weights after 20 epochs with knowledge dropout p. */
static double *
train_known(double p, bool with_know)
{
	static const uint32_t f[2][3] = { { 1, 3, 2 }, { 17, 19, 2 } };
	static const size_t foff[] = { 0, 3 };
	static const unsigned char ident[] = { 1 }, know[] = { 1 };
	static const unsigned char gold[2] = { NL_B_PER, NL_B_LOC };
	unsigned char pred[2];
	struct learn l = { 0, 0, 0, p };
	struct sample x[2];
	struct perceptron pc;
	struct avg_model m;

	for (unsigned k = 0; k < 2; k++)
		x[k] = (struct sample){ f[k], foff, ident, &gold[k], &pred[k],
			1, with_know ? know : NULL };
	perceptron_init(&pc, BITS, &l);
	train(&pc, x, 2, 20, 7);
	avg_model_init(&m, BITS);
	avg_model_add(&m, &pc);
	perceptron_free(&pc);
	return m.w;
}

/* Knowledge dropout: off, the weights of a learner that knows no such
 * block; all but always, the lists' features keep no weight and the
 * word's learn; half the time, the same weights from the same seed and
 * others than off. */
static void
test_knowledge_dropout(void **state)
{
	double *off = train_known(0, true), *none = train_known(0, false);
	double *all = train_known(0.999999, true);
	double *h1 = train_known(0.5, true), *h2 = train_known(0.5, true);

	(void)state;
	assert_memory_equal(off, none, NW * sizeof *off);
	assert_true(off[wk(3, NL_B_PER)] > 0);
	assert_true(all[wk(1, NL_B_PER)] > 0);
	free(none);
	check_dropout(all, 3, 19, h1, h2, off);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_step_perceptron),
		cmocka_unit_test(test_step_pa),
		cmocka_unit_test(test_step_pa_shared_bucket),
		cmocka_unit_test(test_update_by_step),
		cmocka_unit_test(test_min_count),
		cmocka_unit_test(test_ensemble_sum),
		cmocka_unit_test(test_dropout_none),
		cmocka_unit_test(test_dropout_hides_word),
		cmocka_unit_test(test_dropout_draws),
		cmocka_unit_test(test_dropout_blocks),
		cmocka_unit_test(test_knowledge_dropout),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
