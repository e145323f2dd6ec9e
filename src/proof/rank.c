/* rank.c - corrections ranked by a noisy channel (see rank.h). */
#include "config.h"

#include "proof/rank.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "proof/irregular.h"
#include "proof/nearscan.h"

/* The costs of slips (negative log-likelihoods, roughly): lower is a
 * likelier slip.  Tuned on the development part of the Wikipedia list
 * (tools/bench/check). */
#define COST_TRANSPOSE 1.0
#define COST_DOUBLING 1.0	/* a letter doubled or undoubled */
#define COST_VOWEL 1.2		/* a vowel for another */
#define COST_SOUND 1.5		/* c for k, s for z, i for y ... */
#define COST_KEY 1.7		/* a neighbouring key */
#define COST_INSERT 2.0		/* a stray letter */
#define COST_DELETE 2.0		/* a dropped letter */
#define COST_DROPPED_VOWEL 1.5
#define COST_OTHER 2.8		/* any letter for another */
#define COST_SECOND 0.5		/* extra for a second slip */
#define COST_EXTRA 1.5		/* per edit of a caller's candidate */
#define COST_IRREGULAR 0.5	/* maked for made, buyed for bought */
#define COST_MOVE 1.5		/* a letter typed two places late or early */
#define COST_PARTICIPLE 0.1	/* taken after took for taked */
/* How much a SCOWL level step of 10 costs, and the level of a word only
 * the dictionary knows. */
#define COST_PER_LEVEL 0.6
/* How much a tenfold count among the commonest words saves. */
#define COST_COMMON 0.7
#define LEVEL_UNLISTED 85
#define COST_OTHER_VARIETY 3.0
#define MAX_WORD 40
/* From this length on a word is looked for three edits away. */
#define NEAR_LONG 7
/* A swap at a sentence start (Teh, Hte) is taken for a slip only of the
 * very commonest words, counted 100,000 times or more in SUBTLEXus (the,
 * and, this, with: 82 words; wordfreq.h's common is then 100 or more):
 * names that are a swap of a rarer common word are too many (Mya: may,
 * 26,080 times). */
#define TRANSPOSED_MIN_COMMON 100
/* From this length on, such a swap may come with a second swap (Tath:
 * two from that); a second slip of another kind flagged names (Athey:
 * they, Nato: not, on CoNLL-2003 pages). */
#define TRANSPOSED_SECOND_MIN 4
/* At a sentence start, the first two letters swapped (Hwile, Omre) are
 * taken for a slip of the commonest words: en-common.txt's, counted some
 * 10,000 times or more in SUBTLEXus (487 words; wordfreq.h's common is
 * then 1 or more).  A stray or a changed first letter is a name's as
 * often (Athey: they, Hever: never), and words of three letters are too
 * close to names (Mya: may). */
#define COMMON_SLIP_MIN 1
#define COMMON_SLIP_LEN 4

struct cand {
	char *word;	/* in lower case, or as the list writes it */
	double cost;
};

struct ranker {
	struct speller *sp;	/* NULL: SCOWL's words only */
	/* Words its dictionaries mark NOSUGGEST are never kept; NULL: no
	 * word is vetoed. */
	struct speller *veto;
	enum word_variant dialect;
	int max_level;
	bool second;		/* look two slips away */
	bool second_swaps;	/* the second slip only a transposition */
	bool best_only;		/* keep the best candidate alone, in best */
	size_t from;		/* slips only from this letter on */
	bool counts;		/* the commonest words' counts weigh too */
	/* Only words whose wordfreq_entry.common is at least this; 0: any
	 * word. */
	int min_common;
	const char *best;	/* a word of the table */
	double best_cost;
	struct cand *v;
	size_t n, cap;
};

static bool
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* QWERTY neighbours, the rows offset as on a keyboard. */
static bool
neighbours(char a, char b)
{
	static const char *const rows[] = { "qwertyuiop", "asdfghjkl",
	    "zxcvbnm" };
	static const double shift[] = { 0, 0.25, 0.75 };
	double xa = -9, xb = -9;
	int ra = -9, rb = -9;

	for (int r = 0; r < 3; r++) {
		const char *pa = strchr(rows[r], a), *pb = strchr(rows[r], b);

		if (a && pa) {
			ra = r;
			xa = (double)(pa - rows[r]) + shift[r];
		}
		if (b && pb) {
			rb = r;
			xb = (double)(pb - rows[r]) + shift[r];
		}
	}
	return a != b && abs(ra - rb) <= 1 && xa - xb <= 1.0 && xb - xa <= 1.0;
}

static bool
sound_alike(char a, char b)
{
	static const char *const pairs[] = { "ck", "cs", "sz", "iy", "gj",
	    "fv", "sc", "ts", "mn", NULL };

	for (size_t i = 0; pairs[i]; i++)
		if ((pairs[i][0] == a && pairs[i][1] == b) ||
		    (pairs[i][0] == b && pairs[i][1] == a))
			return true;
	return false;
}

static double
substitute_cost(char from, char to)
{
	if (is_vowel(from) && is_vowel(to))
		return COST_VOWEL;
	if (sound_alike(from, to))
		return COST_SOUND;
	if (neighbours(from, to))
		return COST_KEY;
	return COST_OTHER;
}

static double
prior(int level)
{
	return (level - 10) / 10.0 * COST_PER_LEVEL;
}

/* SCOWL's level, and for its commonest words their counts: "the" is
 * likelier than "other" (ther).  Whether a capitalised word is a slip at
 * all is judged by the level alone (tuned so, proof_word.c). */
static double
entry_prior(const struct ranker *r, const struct wordfreq_entry *e)
{
	return prior(e->level) - (r->counts ? COST_COMMON * e->common /
	    100.0 : 0);
}

static void
keep(struct ranker *r, const char *word, double cost)
{
	if (r->veto != NULL && !speller_may_suggest(r->veto, word))
		return;
	if (r->best_only) {	/* word is then the table's */
		if (r->best == NULL || cost < r->best_cost) {
			r->best = word;
			r->best_cost = cost;
		}
		return;
	}
	for (size_t i = 0; i < r->n; i++)
		if (strcmp(r->v[i].word, word) == 0) {
			if (cost < r->v[i].cost)
				r->v[i].cost = cost;
			return;
		}
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->v = xreallocarray(r->v, r->cap, sizeof *r->v);
	}
	r->v[r->n].word = xstrdup(word);
	r->v[r->n++].cost = cost;
}

/* The SCOWL entry of s, as written or, when proper is true, capitalised
 * (a proper noun). */
static const struct wordfreq_entry *
listed(char *s, size_t n, bool proper)
{
	const struct wordfreq_entry *e = wordfreq_find(s, n);
	char c = s[0];

	if (e == NULL && proper && c >= 'a' && c <= 'z') {
		s[0] = (char)(c - 'a' + 'A');
		e = wordfreq_find(s, n);
		s[0] = c;
	}
	return e;
}

/* s[0, n) (NUL-terminated) is the word after slips costing channel. */
static void
consider(struct ranker *r, char *s, size_t n, double channel, bool first)
{
	/* Proper nouns are looked for one slip away only. */
	const struct wordfreq_entry *e = listed(s, n, first);
	double cost;

	if (e != NULL) {
		if (e->level > r->max_level || (int)e->common < r->min_common)
			return;
		cost = channel + entry_prior(r, e);
		if (r->dialect != VARIANT_BOTH && e->variant != VARIANT_BOTH &&
		    e->variant != r->dialect)
			cost += COST_OTHER_VARIETY;
		keep(r, wordfreq_word(e), cost);
	} else if (first && r->sp != NULL && r->max_level >= LEVEL_UNLISTED &&
	    speller_check(r->sp, s))
		keep(r, s, channel + prior(LEVEL_UNLISTED));
}

static void edits(struct ranker *r, const char *w, size_t n, double base,
    bool first);
static void transpositions(struct ranker *r, const char *w, size_t n,
    double base, bool first);

/* Looks at s after a slip: a candidate itself, and, after a slip of a
 * likely kind, the start of a second one. */
static void
after_slip(struct ranker *r, char *s, size_t n, double cost, bool first,
    bool likely)
{
	consider(r, s, n, cost, first);
	if (first && likely && r->second && r->second_swaps)
		transpositions(r, s, n, cost + COST_SECOND, false);
	else if (first && likely && r->second)
		edits(r, s, n, cost + COST_SECOND, false);
}

/* Two slips are looked for only among the likely kinds (a doubled,
 * undoubled, dropped or stray vowel, a transposition, a vowel or a
 * sound-alike for another), which keeps the search to some thousands of
 * look-ups. */
static void
deletions(struct ranker *r, const char *w, size_t n, double base, bool first)
{
	char s[MAX_WORD + 2];

	for (size_t i = r->from; i < n; i++) {
		bool doubled = (i > 0 && w[i - 1] == w[i]) ||
		    (i + 1 < n && w[i + 1] == w[i]);

		bool likely = doubled || is_vowel(w[i]);

		if (!first && !likely)
			continue;
		memcpy(s, w, i);
		memcpy(s + i, w + i + 1, n - i - 1);
		s[n - 1] = '\0';
		after_slip(r, s, n - 1, base + (doubled ? COST_DOUBLING :
		    COST_INSERT), first, likely);
	}
}

static void
transpositions(struct ranker *r, const char *w, size_t n, double base,
    bool first)
{
	char s[MAX_WORD + 2];

	for (size_t i = r->from; i + 1 < n; i++) {
		if (w[i] == w[i + 1])
			continue;
		memcpy(s, w, n + 1);
		s[i] = w[i + 1];
		s[i + 1] = w[i];
		after_slip(r, s, n, base + COST_TRANSPOSE, first, true);
	}
}

static void
substitutions(struct ranker *r, const char *w, size_t n, double base,
    bool first)
{
	char s[MAX_WORD + 2];

	memcpy(s, w, n + 1);
	for (size_t i = r->from; i < n; i++) {
		for (char c = 'a'; c <= 'z'; c++) {
			bool likely = (is_vowel(c) && is_vowel(w[i])) ||
			    sound_alike(c, w[i]);

			if (c == w[i] || (!first && !likely))
				continue;
			s[i] = c;
			after_slip(r, s, n, base + substitute_cost(w[i], c),
			    first, likely);
		}
		s[i] = w[i];
	}
}

static void
insertions(struct ranker *r, const char *w, size_t n, double base,
    bool first)
{
	char s[MAX_WORD + 2];

	for (size_t i = r->from; i <= n; i++) {
		for (char c = 'a'; c <= 'z'; c++) {
			bool doubling = (i > 0 && w[i - 1] == c) ||
			    (i < n && w[i] == c);
			bool likely = doubling || is_vowel(c);

			if (!first && !likely)
				continue;
			memcpy(s, w, i);
			s[i] = c;
			memcpy(s + i + 1, w + i, n - i + 1);
			after_slip(r, s, n + 1, base + (doubling ?
			    COST_DOUBLING : is_vowel(c) ? COST_DROPPED_VOWEL :
			    COST_DELETE), first, likely);
		}
	}
}

static void
edits(struct ranker *r, const char *w, size_t n, double base, bool first)
{
	if (n == 0 || n >= MAX_WORD)
		return;
	deletions(r, w, n, base, first);
	transpositions(r, w, n, base, first);
	substitutions(r, w, n, base, first);
	insertions(r, w, n, base, first);
}

size_t
rank_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b), *d, res;

	if (n > MAX_WORD || m > MAX_WORD)
		return n > m ? n : m;
	d = xcalloc((n + 1) * (m + 1), sizeof *d);
#define D(i, j) d[(i) * (m + 1) + (j)]
	for (size_t i = 0; i <= n; i++)
		D(i, 0) = i;
	for (size_t j = 0; j <= m; j++)
		D(0, j) = j;
	for (size_t i = 1; i <= n; i++)
		for (size_t j = 1; j <= m; j++) {
			size_t best = D(i - 1, j - 1) + (a[i - 1] != b[j - 1]);

			if (D(i - 1, j) + 1 < best)
				best = D(i - 1, j) + 1;
			if (D(i, j - 1) + 1 < best)
				best = D(i, j - 1) + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && D(i - 2, j - 2) + 1 < best)
				best = D(i - 2, j - 2) + 1;
			D(i, j) = best;
		}
	res = D(n, m);
#undef D
	free(d);
	return res;
}

static char *
lower_ascii(const char *w)
{
	char *s = xstrdup(w);

	for (char *p = s; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return s;
}

/* The candidate in the misspelling's case: Capitalised or ALL CAPS. */
static char *
in_case_of(const char *word, const char *cand)
{
	char *s = xstrdup(cand);
	bool upper0 = word[0] >= 'A' && word[0] <= 'Z', all = upper0;

	for (const char *p = word; *p && all; p++)
		all = !(*p >= 'a' && *p <= 'z');
	all = all && strlen(word) > 1;
	for (char *p = s; *p; p++)
		if ((p == s ? upper0 : all) && *p >= 'a' && *p <= 'z')
			*p = (char)(*p - 'a' + 'A');
	return s;
}

static int
by_cost(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	if (x->cost != y->cost)
		return x->cost < y->cost ? -1 : 1;
	return strcmp(x->word, y->word);
}

static void
ranker_free(struct ranker *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->v[i].word);
	free(r->v);
}

static void
rank_extra(struct ranker *r, const char *lw, char *const *extra,
    size_t nextra)
{
	for (size_t i = 0; i < nextra; i++) {
		char *le = lower_ascii(extra[i]);
		const struct wordfreq_entry *e = listed(le, strlen(le), true);
		double pr = e ? entry_prior(r, e) : prior(LEVEL_UNLISTED);

		keep(r, e ? wordfreq_word(e) : extra[i], pr +
		    COST_EXTRA * (double)rank_distance(lw, le));
		free(le);
	}
}

static void
keep_near(const struct wordfreq_entry *e, size_t dist, void *arg)
{
	struct ranker *r = arg;
	double cost = entry_prior(r, e) + COST_EXTRA * (double)dist;

	if (r->dialect != VARIANT_BOTH && e->variant != VARIANT_BOTH &&
	    e->variant != r->dialect)
		cost += COST_OTHER_VARIETY;
	keep(r, wordfreq_word(e), cost);
}

/* When no word is a slip or two of the likely kinds away, the table's
 * words two edits away of any kind, or when there are none and the word
 * is long, three, from a pass over the table (nearscan.h): Hunspell's
 * search is then seldom needed. */
static void
rank_far(struct ranker *r, const char *lw)
{
	if (r->n == 0)
		nearscan(lw, 2, keep_near, r);
	if (r->n == 0 && strlen(lw) >= NEAR_LONG)
		nearscan(lw, 3, keep_near, r);
}

/* fomr for from: a letter typed two places late (or early), one slip
 * of the fingers, where the edits above count it as two transpositions.
 * Only in the suggestions: whether a capitalised word is a slip is
 * judged without it. */
static void
moved_letters(struct ranker *r, const char *w, size_t n)
{
	char s[MAX_WORD + 2];

	if (n >= MAX_WORD)
		return;
	for (size_t i = 0; i + 2 < n; i++) {
		memcpy(s, w, n + 1);
		s[i] = w[i + 2];	/* abc -> cab */
		s[i + 1] = w[i];
		s[i + 2] = w[i + 1];
		consider(r, s, n, COST_MOVE, true);
		s[i] = w[i + 1];	/* abc -> bca */
		s[i + 1] = w[i + 2];
		s[i + 2] = w[i];
		consider(r, s, n, COST_MOVE, true);
	}
}

/* maked, buyed: an irregular verb's past forms, likelier than any slip
 * (made is two edits from maked, naked one), the simple past first (ran,
 * then run, for runned) whatever their counts. */
static void
rank_irregular(struct ranker *r, const char *lw)
{
	const struct irregular_verb *v = irregular_regularised(lw);

	if (v == NULL)
		return;
	keep(r, v->past, COST_IRREGULAR);
	keep(r, v->participle, COST_IRREGULAR + COST_PARTICIPLE);
}

size_t
rank_corrections(struct speller *sp, const char *word,
    enum word_variant dialect, char *const *extra, size_t nextra,
    size_t max, char ***out)
{
	struct ranker r = { .sp = sp, .veto = sp, .dialect = dialect,
	    .max_level = LEVEL_UNLISTED, .second = true, .counts = true };
	char *lw = lower_ascii(word), **list;
	size_t n = 0;

	edits(&r, lw, strlen(lw), 0, true);
	moved_letters(&r, lw, strlen(lw));
	rank_irregular(&r, lw);
	rank_far(&r, lw);
	rank_extra(&r, lw, extra, nextra);
	if (r.n > 1)
		qsort(r.v, r.n, sizeof *r.v, by_cost);
	list = xreallocarray(NULL, r.n < max ? r.n + 1 : max + 1,
	    sizeof *list);
	for (size_t i = 0; i < r.n && n < max; i++)
		if (strcmp(r.v[i].word, lw) != 0)
			list[n++] = in_case_of(word, r.v[i].word);
	ranker_free(&r);
	free(lw);
	*out = list;
	return n;
}

/* A best_only search's word, in word's case, as a new string, with its
 * score in *cost; NULL when it found none. */
static char *
best_found(const struct ranker *r, const char *word, double *cost)
{
	*cost = r->best_cost;
	return r->best ? in_case_of(word, r->best) : NULL;
}

char *
rank_near_common(struct speller *veto, const char *word, int max_level,
    double *cost)
{
	/* sp NULL: only listed words, so keep gets the table's strings. */
	struct ranker r = { .veto = veto, .dialect = VARIANT_BOTH,
	    .max_level = max_level,
	    .best_only = true, .from = 1 };
	char *lw = lower_ascii(word);

	edits(&r, lw, strlen(lw), 0, true);
	free(lw);
	return best_found(&r, word, cost);
}

char *
rank_top_transposed(struct speller *veto, const char *word, double *cost)
{
	struct ranker r = { .veto = veto, .dialect = VARIANT_BOTH,
	    .max_level = 10,
	    .second_swaps = true, .best_only = true, .counts = true,
	    .min_common = TRANSPOSED_MIN_COMMON };
	char *lw = lower_ascii(word);
	size_t n = strlen(lw);

	r.second = n >= TRANSPOSED_SECOND_MIN;

	if (n < MAX_WORD)
		transpositions(&r, lw, n, 0, true);
	free(lw);
	return best_found(&r, word, cost);
}

char *
rank_common_slip(struct speller *veto, const char *word, double *cost)
{
	struct ranker r = { .veto = veto, .dialect = VARIANT_BOTH,
	    .max_level = 10,
	    .best_only = true, .min_common = COMMON_SLIP_MIN };
	char *lw = lower_ascii(word);
	size_t n = strlen(lw);

	if (n >= COMMON_SLIP_LEN && n < MAX_WORD && lw[0] != lw[1]) {
		char c = lw[0];

		lw[0] = lw[1];
		lw[1] = c;
		consider(&r, lw, n, COST_TRANSPOSE, true);
	}
	free(lw);
	return best_found(&r, word, cost);
}

/* Whether word, in lower case, has wordfreq_entry.common min or more. */
static bool
common_at_least(const char *word, int min)
{
	char *lw = lower_ascii(word);
	const struct wordfreq_entry *e = wordfreq_find(lw, strlen(lw));

	free(lw);
	return e != NULL && (int)e->common >= min;
}

bool
rank_is_commonest(const char *word)
{
	return common_at_least(word, COMMON_SLIP_MIN);
}

bool
rank_is_very_common(const char *word)
{
	return common_at_least(word, TRANSPOSED_MIN_COMMON);
}
