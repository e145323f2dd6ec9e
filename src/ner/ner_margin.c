/* ner_margin.c - how sure the model is of each token's label: the
 * max-marginal margin between the best labelling and the best one that
 * gives the token another type (forward and backward Viterbi scores). */
#include "config.h"

#include "ner/ner_model.h"

#include <stdint.h>
#include <stdlib.h>

#include "base/util.h"

#define NONE (INT64_MIN / 4)	/* no path: far below any score */

/* The type of label y: 0 for O, 1 PER .. 4 MISC (B- and I- alike). */
static unsigned
label_type(unsigned y)
{
	return (y + 1) / 2;
}

/* fwd[i][y]: the best score of labels 0..i ending with y (emit i in). */
static void
forward(const int32_t *emit, const int32_t *trans, size_t n, int64_t *fwd)
{
	for (unsigned y = 0; y < NER_LABELS; y++)
		fwd[y] = ner_label_allowed(NER_LABELS, y) ?
		    (int64_t)trans[NER_LABELS * NER_LABELS + y] + emit[y] : NONE;
	for (size_t i = 1; i < n; i++)
		for (unsigned y = 0; y < NER_LABELS; y++) {
			int64_t best = NONE;

			for (unsigned x = 0; x < NER_LABELS; x++)
				if (ner_label_allowed(x, y) &&
				    fwd[(i - 1) * NER_LABELS + x] +
				    trans[x * NER_LABELS + y] > best)
					best = fwd[(i - 1) * NER_LABELS + x] +
					    trans[x * NER_LABELS + y];
			fwd[i * NER_LABELS + y] = best +
			    emit[i * NER_LABELS + y];
		}
}

/* bwd[i][x]: the best score of labels i+1..n-1 after x at i. */
static void
backward(const int32_t *emit, const int32_t *trans, size_t n, int64_t *bwd)
{
	for (unsigned x = 0; x < NER_LABELS; x++)
		bwd[(n - 1) * NER_LABELS + x] = 0;
	for (size_t i = n - 1; i-- > 0;)
		for (unsigned x = 0; x < NER_LABELS; x++) {
			int64_t best = NONE;

			for (unsigned y = 0; y < NER_LABELS; y++) {
				int64_t s = (int64_t)trans[x * NER_LABELS + y] +
				    emit[(i + 1) * NER_LABELS + y] +
				    bwd[(i + 1) * NER_LABELS + y];

				if (ner_label_allowed(x, y) && s > best)
					best = s;
			}
			bwd[i * NER_LABELS + x] = best;
		}
}

void
ner_max_margins(const int32_t *emit, const int32_t *trans, size_t n,
    const unsigned char *labels, int32_t *margin)
{
	int64_t *fwd, *bwd;

	if (n == 0)
		return;
	fwd = xmalloc(n * NER_LABELS * sizeof *fwd);
	bwd = xmalloc(n * NER_LABELS * sizeof *bwd);
	forward(emit, trans, n, fwd);
	backward(emit, trans, n, bwd);
	for (size_t i = 0; i < n; i++) {
		const int64_t *f = fwd + i * NER_LABELS, *b = bwd + i *
		    NER_LABELS;
		int64_t best = f[labels[i]] + b[labels[i]], other = NONE, d;

		for (unsigned y = 0; y < NER_LABELS; y++)
			if (label_type(y) != label_type(labels[i]) &&
			    f[y] + b[y] > other)
				other = f[y] + b[y];
		d = best - other;
		margin[i] = (int32_t)(d > INT32_MAX ? INT32_MAX : d < 0 ? 0 :
		    d);
	}
	free(fwd);
	free(bwd);
}
