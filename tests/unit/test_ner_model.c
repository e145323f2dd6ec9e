/* Unit tests for the entity model: src/ner/ner_model.c (file format,
 * loader, Viterbi), ner_seq.c (tokens and sentences) and the recogniser
 * with a model (ner_tag.c). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "ingest/load.h"
#include "ner/ner.h"
#include "ner/ner_model.h"
#include "ner/ner_seq.h"
#include "proof/spell.h"
#include "base/util.h"

#define BITS 10
#define NW ((1u << BITS) * NER_LABELS)
#define NT ((NER_LABELS + 1) * NER_LABELS)

static char *
temp_path(void)
{
	char *p = xasprintf("%s/galley-test-model.XXXXXX",
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	int fd = mkstemp(p);

	assert_true(fd >= 0);
	close(fd);
	return p;
}

/* A model of one or two passes whose every feature gives B-MISC w0 (the
 * first pass) or w1 (the second) and I-MISC i0 (the first pass), and
 * whose transitions are zero. */
static char *
write_weights(unsigned passes, unsigned features, int16_t w0, int16_t w1,
    int16_t i0)
{
	int16_t *w[2], *t[2];
	char *path = temp_path();

	for (unsigned k = 0; k < 2; k++) {
		w[k] = xcalloc(NW, sizeof *w[k]);
		t[k] = xcalloc(NT, sizeof *t[k]);
		for (size_t i = 0; i < NW; i++)
			if (i % NER_LABELS == NL_B_MISC)
				w[k][i] = k ? w1 : w0;
			else if (i % NER_LABELS == NL_I_MISC && k == 0)
				w[k][i] = i0;
	}
	assert_int_equal(ner_model_write(path, BITS, features, passes, t, w),
	    0);
	for (unsigned k = 0; k < 2; k++) {
		free(w[k]);
		free(t[k]);
	}
	return path;
}

/* The same with only B-MISC weighted: every token a name of its own. */
static char *
write_model(unsigned passes, unsigned features, int16_t w0, int16_t w1)
{
	return write_weights(passes, features, w0, w1, 0);
}

static unsigned char *
slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	unsigned char *p;
	long len;

	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	p = xmalloc((size_t)len + 1);
	assert_int_equal(fread(p, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	*n = (size_t)len;
	return p;
}

static void
spill(const char *path, const unsigned char *p, size_t n)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(p, 1, n, f), n);
	fclose(f);
}

static void
test_write_load(void **state)
{
	char *path = write_model(2, NER_FEATURES_VERSION, 7, -3), *cause = NULL;
	struct ner_model *m = ner_model_load(path, &cause);
	uint32_t feats[3] = { 1, 5, 1 };
	int32_t emit[NER_LABELS];

	(void)state;
	assert_non_null(m);
	assert_int_equal(m->bits, BITS);
	assert_int_equal(m->passes, 2);
	assert_int_equal(m->features, NER_FEATURES_VERSION);
	assert_int_equal(m->map_len, NER_MODEL_HEADER + 2 * (NT + NW) * 2);
	ner_model_emit(m, 0, feats, 3, emit);
	assert_int_equal(emit[NL_B_MISC], 21);
	assert_int_equal(emit[NL_O], 0);
	ner_model_emit(m, 1, feats, 3, emit);
	assert_int_equal(emit[NL_B_MISC], -9);
	ner_model_free(m);
	unlink(path);
	free(path);
}

/* A model written over one that has another name too (a hard link,
 * as a model a running galley maps) replaces the name and never the
 * bytes under the other (a temporary file renamed over it); a FIFO as
 * the model is refused at once, never opened to wait for a writer. */
static void
test_write_atomic_fifo(void **state)
{
	char *path = write_model(1, NER_FEATURES_VERSION, 7, 0);
	char *other = xasprintf("%s.other", path);
	char *fifo = xasprintf("%s.fifo", path), *cause = NULL;
	int16_t *t = xcalloc(NT, sizeof *t), *w = xcalloc(NW, sizeof *w);
	uint32_t feats[1] = { 1 };
	int32_t emit[NER_LABELS];
	struct ner_model *m;

	(void)state;
	assert_int_equal(link(path, other), 0);
	assert_int_equal(ner_model_write(path, BITS, NER_FEATURES_VERSION, 1,
	    &t, &w), 0);
	m = ner_model_load(other, &cause);
	assert_non_null(m);
	ner_model_emit(m, 0, feats, 1, emit);
	assert_int_equal(emit[NL_B_MISC], 7);	/* the old model, whole */
	ner_model_free(m);
	m = ner_model_load(path, &cause);
	assert_non_null(m);
	ner_model_emit(m, 0, feats, 1, emit);
	assert_int_equal(emit[NL_B_MISC], 0);	/* the new one */
	ner_model_free(m);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	alarm(10);	/* a hang fails, not stalls, the suite */
	assert_null(ner_model_load(fifo, &cause));
	alarm(0);
	assert_string_equal(cause, "not a regular file");
	free(cause);
	unlink(fifo);
	unlink(other);
	unlink(path);
	free(fifo);
	free(other);
	free(path);
	free(t);
	free(w);
}

/* Each kind of damage is refused with its own message. */
static void
expect_refused(const unsigned char *img, size_t n, const char *why)
{
	char *path = temp_path(), *cause = NULL;

	spill(path, img, n);
	assert_null(ner_model_load(path, &cause));
	assert_non_null(cause);
	if (strstr(cause, why) == NULL)
		fail_msg("'%s' does not say '%s'", cause, why);
	free(cause);
	unlink(path);
	free(path);
}

static void
test_damage(void **state)
{
	char *path = write_model(1, NER_FEATURES_VERSION, 1, 0), *cause = NULL;
	size_t n;
	unsigned char *img = slurp(path, &n), *bad = xmalloc(n + 8);

	(void)state;
	expect_refused(img, 0, "not a galley entity model");
	expect_refused(img, n - 1, "wrong size");
	expect_refused(img, 20, "not a galley entity model");
	memcpy(bad, img, n);
	memset(bad + n, 0, 8);
	expect_refused(bad, n + 2, "wrong size");
	bad[0] = 'X';
	expect_refused(bad, n, "not a galley entity model");
	memcpy(bad, img, n);
	bad[8] = 9;
	expect_refused(bad, n, "model format 9");
	memcpy(bad, img, n);
	bad[12] = 1;
	expect_refused(bad, n, "byte order");
	memcpy(bad, img, n);
	bad[24] = 30;
	expect_refused(bad, n, "wrong size");
	memcpy(bad, img, n);
	bad[28] = 3;
	expect_refused(bad, n, "wrong size");
	memcpy(bad, img, n);
	bad[n / 2] ^= 0x40;
	expect_refused(bad, n, "checksum");
	assert_null(ner_model_load("/nonexistent/galley.model", &cause));
	assert_non_null(cause);
	free(cause);
	free(bad);
	free(img);
	unlink(path);
	free(path);
}

/* A model for other features is refused by the recogniser. */
static void
test_feature_version(void **state)
{
	char *path = write_model(1, NER_FEATURES_VERSION + 1, 1, 0);
	char *cause = NULL;
	struct ner *n = ner_create(NULL);

	(void)state;
	assert_false(ner_use_model(n, path, &cause));
	assert_non_null(strstr(cause, "retrain"));
	assert_false(ner_has_model(n));
	free(cause);
	ner_destroy(n);
	unlink(path);
	free(path);
}

static void
test_viterbi_constraints(void **state)
{
	int32_t trans[NT] = { 0 };
	int32_t emit[3 * NER_LABELS] = { 0 };
	unsigned char labels[3];

	(void)state;
	/* I-PER scores best everywhere, but may not start a sentence nor
	 * follow O: the best allowed path is B-PER I-PER I-PER. */
	for (int i = 0; i < 3; i++) {
		emit[i * NER_LABELS + NL_I_PER] = 10;
		emit[i * NER_LABELS + NL_B_PER] = 6;
	}
	ner_viterbi(emit, trans, 3, labels);
	assert_int_equal(labels[0], NL_B_PER);
	assert_int_equal(labels[1], NL_I_PER);
	assert_int_equal(labels[2], NL_I_PER);
	/* I-ORG may not follow B-PER: a strong I-ORG turns its B-PER into
	 * a B-ORG. */
	memset(emit, 0, sizeof emit);
	emit[NL_B_PER] = 10;
	emit[NER_LABELS + NL_I_ORG] = 100;
	emit[NER_LABELS + NL_O] = 1;
	ner_viterbi(emit, trans, 2, labels);
	assert_int_equal(labels[0], NL_B_ORG);
	assert_int_equal(labels[1], NL_I_ORG);
	assert_true(ner_label_allowed(NL_B_ORG, NL_I_ORG));
	assert_true(ner_label_allowed(NL_I_ORG, NL_I_ORG));
	assert_false(ner_label_allowed(NL_O, NL_I_ORG));
	assert_false(ner_label_allowed(NER_LABELS, NL_I_LOC));
	assert_false(ner_label_allowed(NL_B_LOC, NL_I_MISC));
	/* Transitions count: a strong O -> O beats weak emissions. */
	memset(emit, 0, sizeof emit);
	emit[NL_B_LOC] = 1;
	trans[NER_LABELS * NER_LABELS + NL_O] = 5;
	ner_viterbi(emit, trans, 1, labels);
	assert_int_equal(labels[0], NL_O);
}

static void
test_max_margins(void **state)
{
	int32_t trans[NT] = { 0 };
	int32_t emit[3 * NER_LABELS] = { 0 };
	unsigned char labels[3];
	int32_t margin[3];

	(void)state;
	/* O, then a two-word PER whose second word is barely a person's
	 * (I-PER 3 against O 1 and I-ORG's path: B-ORG 0 + I-ORG 2). */
	emit[NL_O] = 5;
	emit[NER_LABELS + NL_B_PER] = 8;
	emit[2 * NER_LABELS + NL_I_PER] = 3;
	emit[2 * NER_LABELS + NL_O] = 1;
	emit[2 * NER_LABELS + NL_I_ORG] = 2;
	ner_viterbi(emit, trans, 3, labels);
	assert_int_equal(labels[1], NL_B_PER);
	assert_int_equal(labels[2], NL_I_PER);
	ner_max_margins(emit, trans, 3, labels, margin);
	/* Best 5 + 8 + 3 = 16.  Token 0 a name of any type: 0 + 8 + 3 =
	 * 11; margin 5. */
	assert_int_equal(margin[0], 5);
	/* Token 1 not a person: at best B-ORG, 5 + 0 + I-ORG 2 = 7 (O
	 * gives 5 + 0 + 1); margin 9. */
	assert_int_equal(margin[1], 9);
	/* Token 2 not a person: 5 + 8 + O 1 = 14; margin 2.  B-PER, the
	 * same type, does not count against it. */
	assert_int_equal(margin[2], 2);
	/* Transitions count like emissions. */
	trans[NL_B_PER * NER_LABELS + NL_O] = 4;
	ner_viterbi(emit, trans, 3, labels);
	ner_max_margins(emit, trans, 3, labels, margin);
	assert_int_equal(labels[2], NL_O);
	assert_int_equal(margin[2], 2);
}

static void
assert_tokens(const char *text, const char *const *want, size_t nsent)
{
	struct ner_seq s;
	size_t i = 0;

	ner_seq_init(&s, text);
	ner_seq_scan(&s, 0, strlen(text), 0);
	for (; want[i] != NULL; i++) {
		assert_true(i < s.n);
		if (strlen(want[i]) != s.v[i].bend - s.v[i].bstart ||
		    memcmp(want[i], text + s.v[i].bstart, strlen(want[i])))
			fail_msg("token %zu: '%.*s', want '%s'", i,
			    (int)(s.v[i].bend - s.v[i].bstart),
			    text + s.v[i].bstart, want[i]);
	}
	assert_int_equal(s.n, i);
	assert_int_equal(s.nsent, nsent);
	ner_seq_free(&s);
}

/* Tokens as CoNLL-2003 has them. */
static void
test_tokens(void **state)
{
	static const char *const a[] = { "Gen.", "Tiani", "'s", "U.S.",
		"visit", ",", "1,000", "people", "at", "AT&T", "Corp.", "—",
		"well-known", ".", "Next", "!", NULL };
	static const char *const b[] = { "Niger", "’s", "café", "\"", "x",
		"\"", "line", "two", NULL };

	(void)state;
	assert_tokens("Gen. Tiani's U.S. visit, 1,000 people at AT&T Corp. "
	    "\xe2\x80\x94 well-known. Next!", a, 2);
	assert_tokens("Niger’s café \"x\"\nline two", b, 2);
}

/* Code point offsets survive multi-byte letters. */
static void
test_token_offsets(void **state)
{
	const char *text = "Nigér et Ségolène";
	struct ner_seq s;

	(void)state;
	ner_seq_init(&s, text);
	ner_seq_scan(&s, 0, strlen(text), 100);
	assert_int_equal(s.n, 3);
	assert_int_equal(s.v[0].start, 100);
	assert_int_equal(s.v[0].end, 105);
	assert_int_equal(s.v[2].start, 109);
	assert_int_equal(s.v[2].end, 117);
	ner_seq_free(&s);
}

static struct mention_list
run(struct ner *n, const char *text)
{
	struct mention_list ml = { NULL, 0, 0 };
	char *cause = NULL;
	struct doc *d = load_bytes("t.txt", (const unsigned char *)text,
	    strlen(text), &cause);

	assert_non_null(d);
	ner_doc(n, d, true, &ml);
	doc_free(d);
	return ml;
}

/* With a model that says B-MISC for every token, each word is a MISC of
 * its own (punctuation is no name), or a NORP where the lists say so, and the
 * rules' date, overlapped, goes.  A second pass decides when there is
 * one: when it says no token is a name, only the rules' date is left. */
static void
test_model_decides(void **state)
{
	char *path = write_model(1, NER_FEATURES_VERSION, 100, 0);
	char *cause = NULL;
	struct ner *n = ner_create(NULL);
	struct mention_list ml;

	(void)state;
	assert_true(ner_use_model(n, path, &cause));
	assert_true(ner_has_model(n));
	ml = run(n, "the Russian quokka came on May 10, 2025, early\n");
	assert_int_equal(ml.n, 9);
	assert_int_equal(ml.v[0].type, ENTITY_MISC);	/* the */
	assert_int_equal(ml.v[1].type, ENTITY_NORP);	/* Russian */
	assert_int_equal(ml.v[1].start, 4);
	assert_int_equal(ml.v[1].end, 11);
	assert_int_equal(ml.v[7].type, ENTITY_MISC);	/* 2025, not "," */
	assert_int_equal(ml.v[7].start, 35);
	assert_int_equal(ml.v[7].end, 39);
	for (size_t i = 0; i < ml.n; i++)
		assert_int_not_equal(ml.v[i].type, ENTITY_DATE);
	mentions_free(&ml);
	unlink(path);
	free(path);
	/* The second pass says nothing is a name. */
	path = write_model(2, NER_FEATURES_VERSION, 100, -100);
	assert_true(ner_use_model(n, path, &cause));
	ml = run(n, "the Russian quokka came on May 10, 2025, early\n");
	assert_int_equal(ml.n, 1);
	assert_int_equal(ml.v[0].type, ENTITY_DATE);
	assert_int_equal(ml.v[0].start, 27);
	mentions_free(&ml);
	ner_destroy(n);
	unlink(path);
	free(path);
}

/* A model of BIG_BITS whose features give B-MISC 100 where they are
 * features of a token written word in text and of no other token: the
 * model draws that word alone. */
#define BIG_BITS 16

static char *
write_word_model(struct ner *n, const char *text, const char *word)
{
	size_t nw = ((size_t)1 << BIG_BITS) * NER_LABELS;
	uint32_t mask = ((uint32_t)1 << BIG_BITS) - 1;
	int16_t *w[1] = { xcalloc(nw, sizeof **w) };
	int16_t *t[1] = { xcalloc(NT, sizeof **t) };
	unsigned char *other = xcalloc((size_t)mask + 1, 1);
	char *path = temp_path();
	struct ner_seq s;

	ner_seq_init(&s, text);
	ner_seq_scan(&s, 0, strlen(text), 0);
	ner_seq_finish(&s, n, NULL, 0);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < s.n; i++) {
			bool is = s.v[i].bend - s.v[i].bstart == strlen(word) &&
			    memcmp(text + s.v[i].bstart, word,
			    strlen(word)) == 0;

			for (size_t f = s.foff[i]; f < s.foff[i + 1]; f++) {
				uint32_t k = s.feats[f] & mask;

				if (pass == 0 && !is)
					other[k] = 1;
				else if (pass == 1 && is && !other[k])
					w[0][k * NER_LABELS + NL_B_MISC] = 100;
			}
		}
	ner_seq_free(&s);
	assert_int_equal(ner_model_write(path, BIG_BITS, NER_FEATURES_VERSION,
	    1, t, w), 0);
	free(other);
	free(w[0]);
	free(t[0]);
	return path;
}

/* A line of common words with at most function words beside them is a
 * heading, not a name, whatever the model says; a word on a longer line,
 * or one that is no common word, is still the model's.  So are common
 * words the model draws one by one on a line of their own ("Collins,
 * Phil"), but not one it draws beside common words it leaves out
 * ("Timeline" of "Story Timeline"). */
static void
test_common_heading(void **state)
{
	char *path = write_model(1, NER_FEATURES_VERSION, 100, 0);
	char *cause = NULL;
	struct ner *n = ner_create(NULL);
	struct mention_list ml;

	(void)state;
	assert_true(ner_use_model(n, path, &cause));
	/* Without a speller, the stop words are the common words.  The
	 * model makes every token a name of its own: "the" on the second
	 * line is one ("Just" beside it is no function word), "Just" there
	 * is not ("the" is).  (Not "About": it starts clauses, never a
	 * name, whatever the line.) */
	ml = run(n, "Just\n\nthe Just\n\nJust quokka\n\nQuokka\n");
	assert_int_equal(ml.n, 4);
	assert_int_equal(ml.v[0].start, 6);	/* the */
	assert_int_equal(ml.v[1].start, 16);	/* Just, on a line with */
	assert_int_equal(ml.v[2].start, 21);	/* quokka, no common word */
	assert_int_equal(ml.v[3].start, 29);	/* Quokka alone */
	mentions_free(&ml);
	ml = run(n, "Very, Just\n");
	assert_int_equal(ml.n, 2);
	mentions_free(&ml);
	unlink(path);
	free(path);
	/* A model that draws "Just" alone: on a line with "Very" it is a
	 * heading's word, with "quokka" a name. */
	path = write_word_model(n, "Very Just\n\nJust quokka\n", "Just");
	assert_true(ner_use_model(n, path, &cause));
	ml = run(n, "Very Just\n\nJust quokka\n");
	assert_int_equal(ml.n, 1);
	assert_int_equal(ml.v[0].start, 11);
	assert_int_equal(ml.v[0].end, 15);
	mentions_free(&ml);
	ner_destroy(n);
	unlink(path);
	free(path);
}

/* The type of the mention of [start, end), or -1. */
static int
mention_type(const struct mention_list *ml, size_t start, size_t end)
{
	for (size_t k = 0; k < ml->n; k++)
		if (ml->v[k].start == start && ml->v[k].end == end)
			return (int)ml->v[k].type;
	return -1;
}

/* Whether ml holds a mention of code points [start, end). */
static bool
has_mention(const struct mention_list *ml, size_t start, size_t end)
{
	return mention_type(ml, start, end) != -1;
}

/* A recogniser with the model at path and the en_US dictionary (*sp). */
static struct ner *
tagger(const char *path, struct speller **sp)
{
	char *cause = NULL;
	struct ner *n;

	*sp = speller_open("en_US", &cause);
	assert_non_null(*sp);
	n = ner_create(*sp);
	assert_true(ner_use_model(n, path, &cause));
	return n;
}

/* A name starts with a word: a bullet the model takes for one is none,
 * nor is a capitalised contraction the dictionary knows in lower case;
 * a word beside them is still the model's.  A name the model runs on
 * loses the bullet in front and the function word at its end (not
 * common words alone, which would be a heading).  A listed common noun
 * in capitals (CEO) is none either. */
static void
test_name_start(void **state)
{
	char *path = write_model(1, NER_FEATURES_VERSION, 100, 0);
	char *cause = NULL;
	struct speller *sp;
	struct ner *n = tagger(path, &sp);
	struct mention_list ml;

	(void)state;
	ml = run(n, "\xe2\x80\xa2 He\xe2\x80\x99ll see O'Neill\n");
	assert_int_equal(ml.n, 2);
	assert_int_equal(ml.v[0].start, 8);	/* see */
	assert_int_equal(ml.v[1].start, 12);	/* O'Neill: no word */
	assert_int_equal(ml.v[1].end, 19);
	mentions_free(&ml);
	/* A word the lists call a common noun however written is no name
	 * where it is written so (CEO, PCs: web pages' acronyms the model
	 * typed ORG or MISC); "Ok" is the model's to judge.  (iPhone, not
	 * capitalised, keeps the line from title case.) */
	ml = run(n, "Zorblat iPhone CEO PCs Ok\n");
	assert_int_equal(ml.n, 3);
	assert_int_equal(ml.v[0].start, 0);	/* Zorblat */
	assert_int_equal(ml.v[1].start, 8);	/* iPhone */
	assert_int_equal(ml.v[2].start, 23);	/* Ok */
	mentions_free(&ml);
	/* A title-case run inside a sentence is the model's (every word a
	 * name of its own here); on a heading line, or as a line's label,
	 * the rules decide (one name), markup debris or not. */
	ml = run(n, "we saw, Grelm Zorblat Tiani, then left\n");
	assert_true(has_mention(&ml, 8, 13));
	mentions_free(&ml);
	ml = run(n, "Grelm Zorblat Tiani\n");
	assert_false(has_mention(&ml, 0, 5));
	mentions_free(&ml);
	ml = run(n, "\xe2\x80\xa2 Grelm Zorblat Tiani: we saw it\n");
	assert_true(has_mention(&ml, 2, 21));
	mentions_free(&ml);
	ml = run(n, "< b >Grelm Zorblat Tiani\n");
	assert_true(has_mention(&ml, 5, 24));
	mentions_free(&ml);
	unlink(path);
	free(path);
	/* One name over the whole line: B-MISC, then I-MISC wins. */
	path = write_weights(1, NER_FEATURES_VERSION, 100, 0, 101);
	assert_true(ner_use_model(n, path, &cause));
	ml = run(n, "\xe2\x80\xa2 Tiani Zorblat of\n");
	assert_int_equal(ml.n, 1);
	assert_int_equal(ml.v[0].start, 2);
	assert_int_equal(ml.v[0].end, 15);	/* without " of" */
	mentions_free(&ml);
	/* A clause's first word is no part of a name; "The" may be. */
	ml = run(n, "Since Tiani Zorblat left\n");
	assert_int_equal(ml.n, 1);
	assert_int_equal(ml.v[0].start, 6);
	assert_int_equal(ml.v[0].end, 24);
	mentions_free(&ml);
	ml = run(n, "The Zorblat left\n");
	assert_int_equal(ml.n, 1);
	assert_int_equal(ml.v[0].start, 0);
	mentions_free(&ml);
	/* A quotation's first word starts a title, not a clause. */
	ml = run(n, "\"For Zorblat Only\" left\n");
	assert_int_equal(ml.n, 1);
	assert_int_equal(ml.v[0].start, 1);
	mentions_free(&ml);
	ner_destroy(n);
	speller_close(sp);
	unlink(path);
	free(path);
}

/* n finds one name in text, a person's starting at code point start. */
static void
assert_sole_person(struct ner *n, const char *text, size_t start)
{
	struct mention_list ml = run(n, text);

	assert_int_equal(ml.n, 1);
	assert_int_equal(ml.v[0].start, start);
	assert_int_equal(ml.v[0].type, ENTITY_PERSON);
	mentions_free(&ml);
}

/* Names known by their form where the model, from news, sees none: an
 * event as "Battle of X" and a product as a designation and a name are
 * one MISC name each, with no help from the model (one that labels
 * nothing); "of" must follow the head in lower case, the name after it
 * be capitalised, and a designation be letters, a hyphen and figures.
 * An ordinal in figures joins the name the model gives after it, unless
 * the name is a person's; an honorific leaves the name it starts (not
 * one in capitals: DR Congo). */
static void
test_named_by_form(void **state)
{
	char *path = write_model(1, NER_FEATURES_VERSION, 0, 0);
	char *cause = NULL;
	struct speller *sp;
	struct ner *n = tagger(path, &sp);
	struct mention_list ml;

	(void)state;
	ml = run(n, "they met at the Battle of Zorblat Creek on foot\n");
	assert_int_equal(mention_type(&ml, 16, 39), ENTITY_MISC);
	mentions_free(&ml);
	ml = run(n, "they met at the Battle of the Zorblat and left\n");
	assert_int_equal(mention_type(&ml, 16, 37), ENTITY_MISC);
	mentions_free(&ml);
	ml = run(n, "they met at the battle of Zorblat and left\n");
	assert_int_equal(mention_type(&ml, 16, 33), -1);
	mentions_free(&ml);
	ml = run(n, "they met at the Battle of the and left\n");
	assert_int_equal(ml.n, 0);
	mentions_free(&ml);
	ml = run(n, "she flew a P-51 Zorblat Mustang in it\n");
	assert_int_equal(mention_type(&ml, 11, 31), ENTITY_MISC);
	mentions_free(&ml);
	ml = run(n, "she flew a P51 Zorblat in it, and a P-51 in it\n");
	assert_int_equal(ml.n, 0);
	mentions_free(&ml);
	unlink(path);
	free(path);
	/* Every word a name of its own: the ordinal is none, so it joins
	 * the name after it. */
	path = write_model(1, NER_FEATURES_VERSION, 100, 0);
	assert_true(ner_use_model(n, path, &cause));
	ml = run(n, "we saw the 65th Zorblat\n");
	assert_true(has_mention(&ml, 11, 23));
	mentions_free(&ml);
	unlink(path);
	free(path);
	/* One name over the line: an honorific at its start is left out,
	 * and the name is a person's, the dot kept apart or not. */
	path = write_weights(1, NER_FEATURES_VERSION, 100, 0, 101);
	assert_true(ner_use_model(n, path, &cause));
	assert_sole_person(n, "Mr. Zorblat Tiani left\n", 4);
	assert_sole_person(n, "Dr Zorblat Tiani left\n", 3);
	ml = run(n, "DR Zorblat left\n");
	assert_int_equal(ml.n, 1);
	assert_int_equal(ml.v[0].start, 0);	/* in capitals: no honorific */
	mentions_free(&ml);
	ner_destroy(n);
	speller_close(sp);
	unlink(path);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_write_load),
		cmocka_unit_test(test_write_atomic_fifo),
		cmocka_unit_test(test_damage),
		cmocka_unit_test(test_feature_version),
		cmocka_unit_test(test_viterbi_constraints),
		cmocka_unit_test(test_max_margins),
		cmocka_unit_test(test_tokens),
		cmocka_unit_test(test_token_offsets),
		cmocka_unit_test(test_model_decides),
		cmocka_unit_test(test_common_heading),
		cmocka_unit_test(test_name_start),
		cmocka_unit_test(test_named_by_form),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
