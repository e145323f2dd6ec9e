/* worddiff.c - word-level differences: longest common subsequence. */
#include "config.h"

#include "copies/worddiff.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/hash.h"
#include "base/util.h"
#include "doc/cells.h"
#include "doc/segment.h"

void
words_free(struct word_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

static bool
is_space(utf8proc_int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return true;
	default:
		return false;
	}
}

static void
push_word(struct word_list *l, const char *text, struct word w)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	w.hash = (uint32_t)hash_bytes(text + w.bstart, w.bend - w.bstart);
	l->v[l->n++] = w;
}

void
words_split(const char *text, size_t bstart, size_t bend, size_t cp_start,
    struct word_list *out)
{
	struct word w = { 0 };
	bool in_word = false;
	size_t i = bstart, cp = cp_start, ucps;

	while (i < bend) {
		utf8proc_int32_t c;
		utf8proc_ssize_t len = utf8proc_iterate(
		    (const utf8proc_uint8_t *)text + i,
		    (utf8proc_ssize_t)(bend - i), &c);

		if (len <= 0) {
			c = 0xFFFD;
			len = 1;
		}
		size_t ulen = seg_unspaced_letter(text, i, bend, &ucps);

		if ((is_space(c) || ulen > 0) && in_word) {
			w.end = cp;
			w.bend = i;
			push_word(out, text, w);
			in_word = false;
		}
		if (ulen > 0) {		/* a word of its own */
			w.start = cp;
			w.bstart = i;
			w.end = cp + ucps;
			w.bend = i + ulen;
			push_word(out, text, w);
			i += ulen;
			cp += ucps;
			continue;
		}
		if (!is_space(c) && !in_word) {
			w.start = cp;
			w.bstart = i;
			in_word = true;
		}
		i += (size_t)len;
		cp++;
	}
	if (in_word) {
		w.end = cp;
		w.bend = i;
		push_word(out, text, w);
	}
}

void
wd_free(struct wd_list *l)
{
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

void
wd_append(struct wd_list *l, const struct wd_run *w)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = *w;
}

static void
push_run(struct wd_list *l, enum wd_kind kind, size_t a0, size_t a1,
    size_t b0, size_t b1)
{
	if (a0 == a1 && b0 == b1)
		return;
	if (l->n > 0 && l->v[l->n - 1].kind == kind &&
	    l->v[l->n - 1].a1 == a0 && l->v[l->n - 1].b1 == b0) {
		l->v[l->n - 1].a1 = a1;
		l->v[l->n - 1].b1 = b1;
		return;
	}
	wd_append(l, &(struct wd_run){ kind, a0, a1, b0, b1 });
}

void
block_words(const struct doc *d, const struct block *k,
    const struct hidden_list *h, struct word_list *out)
{
	struct shown_parts it;

	hidden_shown_init(&it, h, k->bstart, k->bend, k->start, k->end);
	while (hidden_next_shown(&it))
		words_split(d->text, it.part.bstart, it.part.bend,
		    it.part.start, out);
}

bool
word_spaced_before(const struct word *w, size_t i)
{
	return i > 0 && w[i - 1].bend < w[i].bstart;
}

bool
same_word(const char *at, const struct word *a, const char *bt,
    const struct word *b)
{
	return a->hash == b->hash && a->bend - a->bstart == b->bend - b->bstart
	    && memcmp(at + a->bstart, bt + b->bstart, a->bend - a->bstart) == 0;
}

bool
word_lists_same(const char *at, const struct word_list *a, const char *bt,
    const struct word_list *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (!same_word(at, &a->v[i], bt, &b->v[i]))
			return false;
	return true;
}

bool
same_words_in(const char *at, size_t a0, size_t a1, const char *bt,
    size_t b0, size_t b1)
{
	struct word_list a = { NULL, 0, 0 }, b = { NULL, 0, 0 };
	bool same;

	if (a1 - a0 == b1 - b0 && memcmp(at + a0, bt + b0, a1 - a0) == 0)
		return true;
	words_split(at, a0, a1, 0, &a);
	words_split(bt, b0, b1, 0, &b);
	same = word_lists_same(at, &a, bt, &b);
	words_free(&a);
	words_free(&b);
	return same;
}

/* The LCS of a[a0, a1) and b[b0, b1) by dynamic programming over the
 * suffixes, then the runs read off from the front. */
static void
diff_middle(const char *at, const struct word *a, size_t a0, size_t a1,
    const char *bt, const struct word *b, size_t b0, size_t b1,
    struct wd_list *out)
{
	size_t n = a1 - a0, m = b1 - b0, w = m + 1;
	uint32_t *len;
	size_t i = 0, j = 0;

	if (n == 0 || m == 0 || n > WORDDIFF_MAX_CELLS / m) {
		push_run(out, WD_DELETE, a0, a1, b0, b0);
		push_run(out, WD_INSERT, a1, a1, b0, b1);
		return;
	}
	len = xcalloc((n + 1) * w, sizeof *len);
	for (size_t x = n; x-- > 0;)
		for (size_t y = m; y-- > 0;)
			len[x * w + y] = same_word(at, &a[a0 + x], bt, &b[b0 + y])
			    ? len[(x + 1) * w + y + 1] + 1
			    : (len[(x + 1) * w + y] >= len[x * w + y + 1]
				? len[(x + 1) * w + y] : len[x * w + y + 1]);
	while (i < n && j < m) {
		if (same_word(at, &a[a0 + i], bt, &b[b0 + j])) {
			push_run(out, WD_EQUAL, a0 + i, a0 + i + 1, b0 + j,
			    b0 + j + 1);
			i++;
			j++;
		} else if (len[(i + 1) * w + j] >= len[i * w + j + 1]) {
			push_run(out, WD_DELETE, a0 + i, a0 + i + 1, b0 + j, b0 + j);
			i++;
		} else {
			push_run(out, WD_INSERT, a0 + i, a0 + i, b0 + j, b0 + j + 1);
			j++;
		}
	}
	push_run(out, WD_DELETE, a0 + i, a1, b0 + j, b0 + j);
	push_run(out, WD_INSERT, a1, a1, b0 + j, b1);
	free(len);
}

/* Runs of deletions and insertions come out interleaved where words
 * were replaced one by one ("-a +b -c +d"); each stretch between equal
 * runs becomes one deletion and one insertion, as diff tools print. */
static void
gather_changes(struct wd_list *l)
{
	size_t out = 0;

	for (size_t i = 0, j; i < l->n; i = j) {
		size_t a0, a1, b0, b1;

		if (l->v[i].kind == WD_EQUAL) {
			l->v[out++] = l->v[i];
			j = i + 1;
			continue;
		}
		a0 = l->v[i].a0;
		b0 = l->v[i].b0;
		for (j = i; j < l->n && l->v[j].kind != WD_EQUAL; j++)
			;
		a1 = l->v[j - 1].a1;
		b1 = l->v[j - 1].b1;
		if (a1 > a0)
			l->v[out++] = (struct wd_run){ WD_DELETE, a0, a1, b0, b0 };
		if (b1 > b0)
			l->v[out++] = (struct wd_run){ WD_INSERT, a1, a1, b0, b1 };
	}
	l->n = out;
}

void
worddiff(const char *atext, const struct word *a, size_t na,
    const char *btext, const struct word *b, size_t nb, struct wd_list *out)
{
	size_t pre = 0, suf = 0;
	struct wd_list mine = { NULL, 0, 0 };

	while (pre < na && pre < nb && same_word(atext, &a[pre], btext, &b[pre]))
		pre++;
	while (suf < na - pre && suf < nb - pre &&
	    same_word(atext, &a[na - 1 - suf], btext, &b[nb - 1 - suf]))
		suf++;
	push_run(&mine, WD_EQUAL, 0, pre, 0, pre);
	diff_middle(atext, a, pre, na - suf, btext, b, pre, nb - suf, &mine);
	push_run(&mine, WD_EQUAL, na - suf, na, nb - suf, nb);
	gather_changes(&mine);
	for (size_t i = 0; i < mine.n; i++)
		push_run(out, mine.v[i].kind, mine.v[i].a0, mine.v[i].a1,
		    mine.v[i].b0, mine.v[i].b1);
	wd_free(&mine);
}

/* Whether cp shows as '-' or '+' on the side (last: its last column)
 * that meets a mark. */
static bool
shows_as_mark(int32_t cp, bool utf8, bool last)
{
	const char *alt = utf8 ? NULL : cell_ascii_stand_in(cp);
	int c = alt == NULL ? (int)cp : last ? alt[strlen(alt) - 1] : alt[0];

	return c == '-' || c == '+';
}

void
wd_marks(const char *s, size_t n, bool insert, bool utf8, const char **open,
    const char **close)
{
	int32_t first = 0, last = 0;

	if (n > 0) {
		cell_next(s, 0, n, &first);
		cell_prev(s, 0, n, &last);
	}
	if (shows_as_mark(first, utf8, false))
		*open = insert ? "{+ " : "[- ";
	else
		*open = insert ? "{+" : "[-";
	if (shows_as_mark(last, utf8, true))
		*close = insert ? " +}" : " -]";
	else
		*close = insert ? "+}" : "-]";
}
