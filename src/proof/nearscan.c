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

#include <string.h>

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

struct matrix {
	const char *w;		/* the word, in lower case */
	size_t n;
	/* row[i][j]: the distance of the table word's first i letters and
	 * w's first j */
	size_t row[NEAR_MAX_WORD + 1][NEAR_MAX_WORD + 1];
};

/* Fills row i for the table word t (its letter i - 1); returns the
 * row's least cell.  Optimal string alignment: a swap of two neighbours
 * is one edit. */
static size_t
fill_row(struct matrix *mx, const char *t, size_t i)
{
	const size_t *up = mx->row[i - 1];
	size_t *cur = mx->row[i], least;
	char c = lower(t[i - 1]);

	cur[0] = least = i;
	for (size_t j = 1; j <= mx->n; j++) {
		size_t d = up[j - 1] + (c != mx->w[j - 1]);

		if (up[j] + 1 < d)
			d = up[j] + 1;
		if (cur[j - 1] + 1 < d)
			d = cur[j - 1] + 1;
		if (i > 1 && j > 1 && c == mx->w[j - 2] &&
		    lower(t[i - 2]) == mx->w[j - 1] &&
		    mx->row[i - 2][j - 2] + 1 < d)
			d = mx->row[i - 2][j - 2] + 1;
		cur[j] = d;
		if (d < least)
			least = d;
	}
	return least;
}

void
nearscan(const char *word, size_t maxd,
    void (*found)(const struct wordfreq_entry *, size_t, void *),
    void *arg)
{
	static struct matrix mx;
	char w[NEAR_MAX_WORD + 1];
	const char *prev = "";
	size_t n = strlen(word), valid = 0, dead = 0;

	if (n > NEAR_MAX_WORD)
		return;
	for (size_t i = 0; i <= n; i++)
		w[i] = lower(word[i]);
	mx.w = w;
	mx.n = n;
	for (size_t j = 0; j <= n; j++)
		mx.row[0][j] = j;
	for (size_t k = 0; k < wordfreq_count; k++) {
		const struct wordfreq_entry *e = &wordfreq_table[k];
		size_t same = shared_start(prev, e->word), m, i;

		prev = e->word;
		/* A start already past the bound: skip the word. */
		if (dead > 0 && same >= dead)
			continue;
		dead = 0;
		if (valid > same)
			valid = same;
		m = strlen(e->word);
		if (m > NEAR_MAX_WORD)
			continue;
		for (i = valid + 1; i <= m; i++)
			if (fill_row(&mx, e->word, i) > maxd)
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
