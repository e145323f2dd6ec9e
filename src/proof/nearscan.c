/* nearscan.c - table words within a few edits of a word (nearscan.h).
 *
 * The table is sorted, so a word shares its start with the word before
 * it: the rows of the edit-distance matrix for that start (one row per
 * letter of the table word) are kept and only the rows of the letters
 * after it are computed, as in a walk down a trie of the table, with no
 * trie to build.  A row whose least cell is past the bound ends the word
 * and every following word that begins with the same letters. */
#include "config.h"

#include "proof/nearscan.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

#define NEAR_MAX_WORD 40

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* How many first letters a and b share, case ignored. */
static size_t
shared_start(const char *a, const char *b)
{
	size_t i = 0;

	while (a[i] && lower(a[i]) == lower(b[i]))
		i++;
	return i;
}

/* For each table word, the letters it shares with the word before it
 * (case ignored) and its length, both capped at 255: computed once, on
 * the first pass, so that a pass costs a few instructions a word. */
struct shape {
	unsigned char same, len;
};

static struct shape *shapes;

static unsigned char
cap255(size_t n)
{
	return n > 255 ? 255 : (unsigned char)n;
}

static void
build_shapes(void)
{
	const char *prev = "";

	shapes = xreallocarray(NULL, wordfreq_count ? wordfreq_count : 1,
	    sizeof *shapes);
	for (size_t k = 0; k < wordfreq_count; k++) {
		const char *w = wordfreq_word(&wordfreq_table[k]);

		shapes[k].same = cap255(shared_start(prev, w));
		shapes[k].len = cap255(strlen(w));
		prev = w;
	}
}

void
nearscan_free(void)
{
	free(shapes);
	shapes = NULL;
}

struct matrix {
	const char *w;		/* the word, in lower case */
	size_t n;
	size_t maxd;
	/* row[i][j]: the distance of the table word's first i letters and
	 * w's first j; only cells within maxd of the diagonal are kept (the
	 * others are past the bound), their neighbours read as maxd + 1 */
	size_t row[NEAR_MAX_WORD + 1][NEAR_MAX_WORD + 2];
};

/* Fills row i for the table word t (its letter i - 1); returns the
 * row's least cell.  Optimal string alignment: a swap of two neighbours
 * is one edit. */
static size_t
fill_row(struct matrix *mx, const char *t, size_t i)
{
	const size_t *up = mx->row[i - 1], *up2 = i > 1 ? mx->row[i - 2] :
	    NULL;
	size_t *cur = mx->row[i], far = mx->maxd + 1, least = far;
	size_t lo = i > mx->maxd ? i - mx->maxd : 1;
	size_t hi = i + mx->maxd < mx->n ? i + mx->maxd : mx->n;
	char c = lower(t[i - 1]), before = i > 1 ? lower(t[i - 2]) : 0;

	cur[lo - 1] = lo == 1 ? i : far;
	if (lo == 1 && i < least)
		least = i;
	for (size_t j = lo; j <= hi; j++) {
		size_t d = up[j - 1] + (c != mx->w[j - 1]);

		if (up[j] + 1 < d)
			d = up[j] + 1;
		if (cur[j - 1] + 1 < d)
			d = cur[j - 1] + 1;
		if (up2 != NULL && j > 1 && c == mx->w[j - 2] &&
		    before == mx->w[j - 1] && up2[j - 2] + 1 < d)
			d = up2[j - 2] + 1;
		cur[j] = d;
		if (d < least)
			least = d;
	}
	cur[hi + 1] = far;	/* what the next row reads above it */
	return least;
}

void
nearscan(const char *word, size_t maxd,
    void (*found)(const struct wordfreq_entry *, size_t, void *),
    void *arg)
{
	static struct matrix mx;
	char w[NEAR_MAX_WORD + 1];
	size_t n = strlen(word), valid = 0, dead = 0;

	if (n > NEAR_MAX_WORD)
		return;
	if (shapes == NULL)
		build_shapes();
	for (size_t i = 0; i <= n; i++)
		w[i] = lower(word[i]);
	mx.w = w;
	mx.n = n;
	mx.maxd = maxd;
	for (size_t j = 0; j <= n + 1; j++)
		mx.row[0][j] = j <= maxd ? j : maxd + 1;
	for (size_t k = 0; k < wordfreq_count; k++) {
		const struct wordfreq_entry *e = &wordfreq_table[k];
		size_t same = shapes[k].same, m = shapes[k].len, i;

		/* A start already past the bound: skip the word. */
		if (dead > 0 && same >= dead)
			continue;
		dead = 0;
		if (valid > same)
			valid = same;
		/* Too long or short: its rows are not computed. */
		if (m > NEAR_MAX_WORD || m + maxd < n || n + maxd < m)
			continue;
		for (i = valid + 1; i <= m; i++)
			if (fill_row(&mx, wordfreq_word(e), i) > maxd)
				break;
		if (i <= m) {
			dead = i;
			valid = i - 1;
			continue;
		}
		valid = m;
		if (mx.row[m][n] <= maxd)
			found(e, mx.row[m][n], arg);
	}
}
