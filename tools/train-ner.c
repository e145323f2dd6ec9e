/* train-ner - trains galley's entity model (src/ner/ner_model.h) on
 * CoNLL-format files: an averaged structured perceptron over the features
 * of src/ner/ner_feat.c, with the rules' mentions as evidence, exactly as
 * `galley entities` computes them.  The same files, options and
 * dictionary give the same bytes: the order of sentences comes from
 * --seed alone.
 *
 * usage: tools/train-ner [--epochs N] [--seed N] [--bits N] [--passes 1|2]
 *                        [--ensemble K] [--pa C] [--min-count N]
 *                        [--word-dropout P] [--knowledge-dropout P]
 *                        [--crf [--l2 C] [--crf-rate R]]
 *                        [--skip-last N] -o MODEL FILE...
 *
 * The defaults (8 epochs, 2^17 buckets, two passes, an ensemble of 3,
 * word dropout 0.75) are the shipped model's: two passes of 2^17
 * buckets of 16-bit weights, 4.7 MB.  --ensemble K ships the sum of K models' averaged weights,
 * model j trained on the order of sentences of seed + 1000 j (the
 * jackknife of the first pass's labels stays one model a fold; K = 1 is
 * the plain averaged perceptron of rounds one to six); --pa C takes
 * passive-aggressive steps of at most C instead of the perceptron's;
 * --min-count N leaves features seen fewer than N times in training
 * without weight; --word-dropout P hides each token's features of the
 * word itself (its forms, affixes and bigrams: ner_seq.ident) with
 * probability P each time its sentence is learnt from, so that weight
 * goes to what a word shares with names never seen: shape, lists,
 * clusters and context (tools/ner_learn.h; issue 15, round ten); 0
 * learns from every feature every time; --knowledge-dropout P (0 by
 * default) hides, drawn apart, each token's features of what the lists
 * and clusters say of it (ner_seq.know) the same way (round eleven:
 * it lost); --crf trains a linear-chain CRF (tools/ner_crf.h) in place
 * of each perceptron, by stochastic gradient with a first step of R
 * (0.1) and an L2 penalty of C / 2 ||w||^2 (1), with the same features,
 * dropouts, ensemble and jackknife (round twelve; not with --pa or
 * --min-count).  Tagging is unchanged.
 *
 * FILE: one token a line, its tag last (IOB1 or IOB2: PER ORG LOC MISC),
 * a blank line between sentences, "-DOCSTART-" between documents. */
#include "config.h"

#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/load.h"
#include "ner/ner.h"
#include "ner/ner_model.h"
#include "ner/ner_seq.h"
#include "proof/spell.h"
#include "base/util.h"
#include "ner_crf.h"
#include "ner_learn.h"

struct gold_doc {
	struct buf text;	/* a sentence a line, tokens joined by spaces */
	size_t *tok_start;	/* byte offsets of the tokens */
	unsigned char *tag;	/* CoNLL type of each: 0 O, 1 PER .. 4 MISC,
				   + 8 when it begins a new name (B-) */
	size_t n, cap;
};

/* A training document as the model sees it, and its labels. */
struct tdoc {
	struct doc *d;
	struct ner_seq s;
	unsigned char *gold;	/* enum ner_label of each token of s */
	unsigned char *first;	/* the first pass's labels, jackknifed */
};

static unsigned
type_code(const char *t)
{
	static const char *const names[] = { "PER", "ORG", "LOC", "MISC" };

	for (unsigned i = 0; i < 4; i++)
		if (strcmp(t, names[i]) == 0)
			return i + 1;
	return 0;
}

static void
gold_add(struct gold_doc *g, const char *word, const char *tag, bool newline)
{
	unsigned code = 0;

	if (g->n == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 256;
		g->tok_start = xreallocarray(g->tok_start, g->cap,
		    sizeof *g->tok_start);
		g->tag = xreallocarray(g->tag, g->cap, 1);
	}
	if (g->text.len > 0)
		buf_addc(&g->text, newline ? '\n' : ' ');
	if (strlen(tag) > 2 && tag[1] == '-') {
		code = type_code(tag + 2);
		if (code && tag[0] == 'B')
			code |= 8;
	}
	g->tok_start[g->n] = g->text.len;
	g->tag[g->n++] = (unsigned char)code;
	buf_adds(&g->text, word);
}

/* Reads the documents of a CoNLL file; returns how many, -1 on error. */
static long
read_conll(const char *path, struct gold_doc **docs, size_t *ndocs)
{
	FILE *f = fopen(path, "r");
	char line[4096];
	bool newline = false;
	size_t first = *ndocs;
	struct gold_doc *g = NULL;

	if (f == NULL) {
		perror(path);
		return -1;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		char *word = strtok(line, " \t\r\n"), *tag = word, *p;

		if (word == NULL) {
			newline = true;
			continue;
		}
		while ((p = strtok(NULL, " \t\r\n")) != NULL)
			tag = p;
		if (strcmp(word, "-DOCSTART-") == 0 || g == NULL) {
			*docs = xreallocarray(*docs, *ndocs + 1, sizeof **docs);
			g = &(*docs)[(*ndocs)++];
			memset(g, 0, sizeof *g);
			buf_init(&g->text);
			newline = false;
			if (strcmp(word, "-DOCSTART-") == 0)
				continue;
		}
		gold_add(g, word, tag, newline);
		newline = false;
	}
	fclose(f);
	return (long)(*ndocs - first);
}

/* The gold label of a token of the model's sequence that starts at byte
 * b: the CoNLL token's (B- at a name's start), I- inside a token the
 * model's tokenisation split. */
static unsigned char
gold_label(const struct gold_doc *g, size_t b, size_t *j)
{
	unsigned code, type;

	while (*j + 1 < g->n && g->tok_start[*j + 1] <= b)
		(*j)++;
	code = g->tag[*j];
	type = code & 7;
	if (type == 0)
		return NL_O;
	if (g->tok_start[*j] == b) {
		bool begins = (code & 8) || *j == 0 || (g->tag[*j - 1] & 7) !=
		    type || g->text.data[b - 1] == '\n';

		return (unsigned char)(begins ? 2 * type - 1 : 2 * type);
	}
	return (unsigned char)(2 * type);
}

/* Makes the training document of g: the rules' mentions, the sequence
 * and its gold labels. */
static void
prepare(struct ner *rules, const struct gold_doc *g, struct tdoc *t)
{
	struct mention_list ml = { NULL, 0, 0 };
	char *cause = NULL;
	size_t j = 0;

	t->d = load_bytes("conll.txt", (const unsigned char *)g->text.data,
	    g->text.len, &cause);
	if (t->d == NULL || t->d->text_len != g->text.len) {
		fprintf(stderr, "train-ner: %s\n", cause ? cause :
		    "a document's text changed in decoding");
		exit(1);
	}
	ner_doc(rules, t->d, true, &ml);
	ner_doc_seq(rules, t->d, true, ml.v, ml.n, &t->s);
	t->gold = xmalloc(t->s.n + 1);
	t->first = xcalloc(t->s.n + 1, 1);
	for (size_t i = 0; i < t->s.n; i++)
		t->gold[i] = gold_label(g, t->s.v[i].bstart, &j);
	mentions_free(&ml);
}

/* The sentences of the documents whose index i has (i % folds == fold)
 * == in (all of them when folds is 0); pred points at labels[]. */
static struct sample *
samples(struct tdoc *docs, size_t ndocs, size_t folds, size_t fold, bool in,
    bool first, size_t *ns)
{
	struct sample *sv = NULL;

	*ns = 0;
	for (size_t d = 0; d < ndocs; d++) {
		const struct ner_seq *s = &docs[d].s;

		if (folds > 0 && (d % folds == fold) != in)
			continue;
		for (size_t k = 0; k < s->nsent; k++) {
			size_t a = s->sent[k];
			struct sample *x;

			sv = xreallocarray(sv, *ns + 1, sizeof *sv);
			x = &sv[(*ns)++];
			x->feats = s->feats;
			x->foff = s->foff + a;
			x->ident = s->ident + a;
			x->know = s->know + a;
			x->gold = docs[d].gold + a;
			x->pred = first ? docs[d].first + a : NULL;
			x->n = ner_seq_sent_end(s, k) - a;
		}
	}
	return sv;
}

/* What a training run is given (the options). */
struct train_opts {
	unsigned bits, epochs;
	unsigned ensemble;	/* models averaged, each from its own order
				   of sentences */
	uint64_t seed;
	struct learn learn;
	bool crf;	/* a CRF (ner_crf.h) instead of the perceptron */
	double l2, rate;	/* the CRF's penalty and first step */
};

/* Trains p afresh on the selected sentences (samples()), the order of
 * sentences from seed: a perceptron, or a CRF whose weights p gets. */
static void
fit(struct perceptron *p, const struct train_opts *o, struct tdoc *docs,
    size_t ndocs, size_t folds, size_t fold, uint64_t seed)
{
	size_t ns;
	struct sample *sv = samples(docs, ndocs, folds, fold, false, false,
	    &ns);

	perceptron_init(p, o->bits, &o->learn);
	if (o->crf) {
		struct crf c;

		crf_init(&c, o->bits, &o->learn, o->l2, o->rate);
		crf_train(&c, sv, ns, o->epochs, seed);
		crf_export(&c, p);
		crf_free(&c);
	} else {
		perceptron_count(p, sv, ns);
		train(p, sv, ns, o->epochs, seed);
	}
	free(sv);
}

/* The first pass's labels of every document, each from a model that did
 * not see it (folds-fold jackknife), as the second pass will meet them
 * on new text.  One model a fold, even with --ensemble. */
static void
jackknife(struct tdoc *docs, size_t ndocs, const struct train_opts *o,
    size_t folds)
{
	int32_t *emit = NULL;

	for (size_t k = 0; k < folds; k++) {
		struct perceptron p;
		size_t ns;
		struct sample *sv;

		fit(&p, o, docs, ndocs, folds, k, o->seed);
		sv = samples(docs, ndocs, folds, k, true, true, &ns);
		for (size_t i = 0; i < ns; i++) {
			emit = xreallocarray(emit, sv[i].n + 1,
			    NER_LABELS * sizeof *emit);
			predict(&p, &sv[i], emit, sv[i].pred);
		}
		free(sv);
		perceptron_free(&p);
	}
	free(emit);
}

/* The seed of the ensemble's model j: far apart from the next outer
 * seed's, so that --seed 1 and --seed 2 share no model. */
static uint64_t
member_seed(uint64_t seed, unsigned j)
{
	return seed + (uint64_t)j * 1000;
}

/* Trains o->ensemble models on every document and sums their averaged
 * weights into m (a sum, not a mean: quantise() rescales). */
static void
fit_ensemble(struct avg_model *m, const struct train_opts *o,
    struct tdoc *docs, size_t ndocs)
{
	avg_model_init(m, o->bits);
	for (unsigned j = 0; j < o->ensemble; j++) {
		struct perceptron p;

		fit(&p, o, docs, ndocs, 0, 0, member_seed(o->seed, j));
		avg_model_add(m, &p);
		perceptron_free(&p);
	}
}

static int
save(const struct avg_model *m, unsigned passes, const char *path)
{
	int16_t *qw[NER_MODEL_MAX_PASSES], *qt[NER_MODEL_MAX_PASSES];
	int r;

	for (unsigned k = 0; k < passes; k++) {
		qw[k] = xmalloc(((size_t)1 << m[k].bits) * NER_LABELS *
		    sizeof **qw);
		qt[k] = xmalloc((NER_LABELS + 1) * NER_LABELS * sizeof **qt);
		quantise(&m[k], qw[k], qt[k]);
	}
	r = ner_model_write(path, m[0].bits, NER_FEATURES_VERSION, passes, qt,
	    qw);
	for (unsigned k = 0; k < passes; k++) {
		free(qw[k]);
		free(qt[k]);
	}
	return r;
}

/* Frees what main() read and prepared: a leak checker then sees the
 * trainer's own leaks alone. */
static void
docs_free(struct tdoc *docs, size_t ndocs, struct gold_doc *gold,
    size_t ngold)
{
	for (size_t i = 0; i < ndocs; i++) {
		doc_free(docs[i].d);
		ner_seq_free(&docs[i].s);
		free(docs[i].gold);
		free(docs[i].first);
	}
	free(docs);
	for (size_t i = 0; i < ngold; i++) {
		buf_free(&gold[i].text);
		free(gold[i].tok_start);
		free(gold[i].tag);
	}
	free(gold);
}

static const char usage[] =
    "usage: train-ner [--epochs N] [--seed N] [--bits N] [--passes 1|2]\n"
    "                 [--ensemble K] [--pa C] [--min-count N]\n"
    "                 [--word-dropout P] [--knowledge-dropout P]\n"
    "                 [--crf [--l2 C] [--crf-rate R]]\n"
    "                 [--skip-last N] -o MODEL FILE...\n";

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "epochs", required_argument, NULL, 'e' },
		{ "seed", required_argument, NULL, 's' },
		{ "bits", required_argument, NULL, 'b' },
		{ "passes", required_argument, NULL, 'p' },
		{ "skip-last", required_argument, NULL, 'k' },
		{ "ensemble", required_argument, NULL, 'E' },
		{ "pa", required_argument, NULL, 'a' },
		{ "min-count", required_argument, NULL, 'm' },
		{ "word-dropout", required_argument, NULL, 'w' },
		{ "knowledge-dropout", required_argument, NULL, 'K' },
		{ "crf", no_argument, NULL, 'C' },
		{ "l2", required_argument, NULL, 'L' },
		{ "crf-rate", required_argument, NULL, 'R' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct train_opts o = { .bits = 17, .epochs = 8, .ensemble = 3,
		.seed = 1, .learn = { .word_dropout = 0.75 }, .l2 = 1, .rate = 0.1 };
	unsigned passes = 2;
	size_t skip = 0, ngold = 0, ndocs;
	const char *out = NULL;
	struct gold_doc *gold = NULL;
	struct tdoc *docs;
	struct avg_model m[NER_MODEL_MAX_PASSES];
	struct speller *sp;
	struct ner *rules;
	char *cause = NULL;
	int c, r;

	while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		switch (c) {
		case 'e': o.epochs = (unsigned)strtoul(optarg, NULL, 10); break;
		case 's': o.seed = strtoull(optarg, NULL, 10); break;
		case 'b': o.bits = (unsigned)strtoul(optarg, NULL, 10); break;
		case 'E': o.ensemble = (unsigned)strtoul(optarg, NULL, 10);
			break;
		case 'a': o.learn.pa_c = strtod(optarg, NULL); break;
		case 'm': o.learn.min_count = (unsigned)strtoul(optarg, NULL,
		    10); break;
		case 'w': o.learn.word_dropout = strtod(optarg, NULL); break;
		case 'K': o.learn.know_dropout = strtod(optarg, NULL); break;
		case 'C': o.crf = true; break;
		case 'L': o.l2 = strtod(optarg, NULL); break;
		case 'R': o.rate = strtod(optarg, NULL); break;
		case 'p': passes = (unsigned)strtoul(optarg, NULL, 10); break;
		case 'k': skip = strtoul(optarg, NULL, 10); break;
		case 'o': out = optarg; break;
		case 'h': fputs(usage, stdout); return 0;
		default: fputs(usage, stderr); return 2;
		}
	}
	if (out == NULL || optind >= argc || o.bits < 10 ||
	    o.bits > NER_MODEL_MAX_BITS || passes < 1 ||
	    passes > NER_MODEL_MAX_PASSES || o.ensemble < 1 ||
	    o.ensemble > 16 || !(o.learn.pa_c >= 0) ||
	    o.learn.min_count > 255 || !(o.learn.word_dropout >= 0) ||
	    !(o.learn.word_dropout < 1) || !(o.learn.know_dropout >= 0) ||
	    !(o.learn.know_dropout < 1) || !(o.l2 >= 0) || !(o.rate > 0) ||
	    (o.crf && (o.learn.pa_c > 0 || o.learn.min_count > 1))) {
		fputs(usage, stderr);
		return 2;
	}
	for (int i = optind; i < argc; i++)
		if (read_conll(argv[i], &gold, &ngold) < 0)
			return 1;
	if (skip >= ngold) {
		fprintf(stderr, "train-ner: --skip-last leaves no document\n");
		return 2;
	}
	/* The rules see the text as galley will: with the same dictionary
	 * (the locale's) when there is one. */
	if ((sp = speller_open(NULL, &cause)) == NULL) {
		fprintf(stderr, "train-ner: %s; training without one\n",
		    cause);
		free(cause);
	}
	rules = ner_create(sp);
	ndocs = ngold - skip;
	docs = xcalloc(ndocs, sizeof *docs);
	for (size_t i = 0; i < ndocs; i++)
		prepare(rules, &gold[i], &docs[i]);
	fprintf(stderr, "train-ner: %zu documents\n", ndocs);
	if (passes > 1)
		jackknife(docs, ndocs, &o, 5);
	fit_ensemble(&m[0], &o, docs, ndocs);
	if (passes > 1) {
		for (size_t i = 0; i < ndocs; i++)
			ner_seq_second(&docs[i].s, docs[i].first);
		fit_ensemble(&m[1], &o, docs, ndocs);
	}
	r = save(m, passes, out);
	if (r != 0)
		perror(out);
	for (unsigned k = 0; k < passes; k++)
		avg_model_free(&m[k]);
	docs_free(docs, ndocs, gold, ngold);
	ner_destroy(rules);
	speller_close(sp);
	return r != 0;
}
