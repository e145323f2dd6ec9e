/* anchor.c - re-anchoring: exact position, exact quote, approximate
 * match (Myers' bit-parallel algorithm, O(n) per pattern of up to 64
 * code points, widened to whole words) and context. */
#include "config.h"

#include "anno/anchor.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "base/levenshtein.h"
#include "base/util.h"
#include "doc/segment.h"

/* Longest quote an edit distance is computed on whole (O(m^2)). */
#define ANCHOR_MAX_VERIFY 2000
#define ANCHOR_WORD 64

static uint32_t
utf8_next(const unsigned char **p)
{
	const unsigned char *s = *p;
	uint32_t c = *s;
	int n = 0;

	if (c >= 0xF0)
		c &= 0x07, n = 3;
	else if (c >= 0xE0)
		c &= 0x0F, n = 2;
	else if (c >= 0xC0)
		c &= 0x1F, n = 1;
	s++;
	while (n-- > 0 && (*s & 0xC0) == 0x80)
		c = (c << 6) | (*s++ & 0x3F);
	*p = s;
	return c;
}

static uint32_t *
decode(const char *s, size_t len, size_t *n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + len;
	uint32_t *out = xcalloc(len + 1, sizeof *out);

	*n = 0;
	while (p < e)
		out[(*n)++] = utf8_next(&p);
	return out;
}

uint32_t *
anchor_codepoints(struct doc *d, size_t *n)
{
	return decode(d->text, d->text_len, n);
}

static size_t
utf8_count(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

static size_t
dist(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* Matches of the exact quote, by bytes (UTF-8 cannot match in the middle
 * of a character); the best by context, then by nearness.  *context is
 * how many bytes of its context are intact around the one chosen. */
static bool
find_exact(struct anno *a, struct doc *d, size_t *context)
{
	size_t qlen = strlen(a->exact), plen = strlen(a->prefix);
	size_t slen = strlen(a->suffix), best_score = 0, best_at = 0;
	const char *p = d->text, *end = d->text + d->text_len;
	bool found = false;

	if (qlen == 0)
		return false;
	while ((p = memmem(p, (size_t)(end - p), a->exact, qlen)) != NULL) {
		size_t off = (size_t)(p - d->text), score = 0, cp;

		while (score < plen && score < off && a->prefix[plen - 1 -
		    score] == d->text[off - 1 - score])
			score++;
		for (size_t k = 0; k < slen && off + qlen + k < d->text_len &&
		    a->suffix[k] == d->text[off + qlen + k]; k++)
			score++;
		cp = doc_byte_to_cp(d, off);
		if (!found || score > best_score || (score == best_score &&
		    dist(cp, a->start) < dist(best_at, a->start))) {
			best_score = score;
			best_at = cp;
			found = true;
		}
		p++;
	}
	if (found) {
		a->cur_start = best_at;
		a->cur_end = best_at + utf8_count(a->exact, qlen);
		*context = best_score;
	}
	return found;
}

/* Pattern masks for Myers' algorithm: code point -> bit set. */
struct peq {
	uint32_t cp[ANCHOR_WORD];
	uint64_t mask[ANCHOR_WORD];
	size_t n;
};

static void
peq_build(struct peq *q, const uint32_t *p, size_t m)
{
	q->n = 0;
	for (size_t i = 0; i < m; i++) {
		size_t k;

		for (k = 0; k < q->n && q->cp[k] != p[i]; k++)
			;
		if (k == q->n) {
			q->cp[k] = p[i];
			q->mask[k] = 0;
			q->n++;
		}
		q->mask[k] |= (uint64_t)1 << i;
	}
}

static uint64_t
peq_get(const struct peq *q, uint32_t c)
{
	for (size_t k = 0; k < q->n; k++)
		if (q->cp[k] == c)
			return q->mask[k];
	return 0;
}

/* The end (exclusive) of the best approximate match of p (m <= 64) in
 * t with at most k edits, nearest to near; false if none. */
static bool
myers_best_end(const uint32_t *t, size_t n, const uint32_t *p, size_t m,
    size_t k, size_t near, size_t *end, size_t *score)
{
	uint64_t pv = ~(uint64_t)0, mv = 0, top = (uint64_t)1 << (m - 1);
	size_t sc = m, best = SIZE_MAX, at = 0;
	struct peq q;

	peq_build(&q, p, m);
	for (size_t j = 0; j < n; j++) {
		uint64_t eq = peq_get(&q, t[j]), xv = eq | mv;
		uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
		uint64_t ph = mv | ~(xh | pv), mh = pv & xh;

		if (ph & top)
			sc++;
		else if (mh & top)
			sc--;
		ph <<= 1;
		mh <<= 1;
		pv = mh | ~(xv | ph);
		mv = ph & xv;
		if (sc <= k && (sc < best || (sc == best &&
		    dist(j + 1, near) < dist(at, near)))) {
			best = sc;
			at = j + 1;
		}
	}
	if (best == SIZE_MAX)
		return false;
	*end = at;
	*score = best;
	return true;
}

/* Given the end of an approximate match, the start that makes it best. */
static size_t
best_start(const uint32_t *t, size_t end, const uint32_t *p, size_t m,
    size_t k)
{
	size_t lo = end > m + k ? end - m - k : 0;
	size_t hi = end > m ? end - m + k : end;
	size_t best = SIZE_MAX, at = end > m ? end - m : 0;

	if (hi > end)
		hi = end;
	for (size_t s = lo; s <= hi; s++) {
		size_t dd = levenshtein_u32(p, m, t + s, end - s);

		if (dd < best) {
			best = dd;
			at = s;
		}
	}
	return at;
}

static bool
approx_short(const uint32_t *t, size_t n, const uint32_t *p, size_t m,
    size_t near, size_t *s, size_t *e)
{
	size_t k = m / 4, score;

	if (m < 4 || !myers_best_end(t, n, p, m, k, near + m, e, &score))
		return false;
	*s = best_start(t, *e, p, m, k);
	return *e > *s;
}

/* Long quotes: their first and last 64 code points, each matched
 * approximately, at about the right distance apart. */
static bool
approx_long(const uint32_t *t, size_t n, const uint32_t *p, size_t m,
    size_t near, size_t *s, size_t *e)
{
	size_t hs, he, ts, te;

	if (!approx_short(t, n, p, ANCHOR_WORD, near, &hs, &he) ||
	    !approx_short(t, n, p + m - ANCHOR_WORD, ANCHOR_WORD,
	    near + m - ANCHOR_WORD, &ts, &te))
		return false;
	if (te <= hs || dist(te - hs, m) > m / 4)
		return false;
	if (m <= ANCHOR_MAX_VERIFY &&
	    levenshtein_u32(p, m, t + hs, te - hs) > m / 4)
		return false;
	*s = hs;
	*e = te;
	return true;
}

/* How much a context that is found intact tells: a long one is strong
 * evidence; one shorter than ANNO_CONTEXT reached the text's edge when
 * the quote was made, and found at the edge again it is strong too
 * (the edge is part of it); other short ones, and an empty one at the
 * edge, are weak.  Too short (under 8 code points, not at the edge): no
 * evidence. */
enum context_weight { CONTEXT_NONE, CONTEXT_WEAK, CONTEXT_STRONG };

static enum context_weight
context_weight(size_t len, bool at_edge)
{
	/* An empty one is the edge alone, no evidence that nothing was
	 * added there since ("UPDATE:" before the first sentence). */
	if (len == 0)
		return at_edge ? CONTEXT_WEAK : CONTEXT_NONE;
	if (len >= 16 || (len < ANNO_CONTEXT && at_edge))
		return CONTEXT_STRONG;
	return len >= 8 ? CONTEXT_WEAK : CONTEXT_NONE;
}

/* The stretch between the intact prefix and suffix, when it is about as
 * long as the quote and, where the context is weak evidence, not too
 * different from it.  With strong_only, only where both sides are
 * strong evidence. */
static bool
between_context(struct anno *a, struct doc *d, const uint32_t *t,
    const uint32_t *p, size_t m, bool strong_only)
{
	size_t plen = strlen(a->prefix), slen = strlen(a->suffix);
	const char *x = d->text, *end = d->text + d->text_len;

	while ((x = plen ? memmem(x, (size_t)(end - x), a->prefix, plen) :
	    x) != NULL) {
		const char *from = x + plen, *y;
		size_t s = doc_byte_to_cp(d, (size_t)(from - d->text)), e;
		enum context_weight pw, sw;

		/* No suffix: the quote ended the text. */
		y = slen ? memmem(from, (size_t)(end - from), a->suffix,
		    slen) : end;
		if (y == NULL)
			return false;
		pw = context_weight(utf8_count(a->prefix, plen), x == d->text);
		sw = context_weight(utf8_count(a->suffix, slen),
		    y + slen == end);
		e = doc_byte_to_cp(d, (size_t)(y - d->text));
		if (pw != CONTEXT_NONE && sw != CONTEXT_NONE &&
		    (!strong_only || (pw == CONTEXT_STRONG &&
		    sw == CONTEXT_STRONG)) &&
		    e - s >= (m + 1) / 2 && e - s <= 2 * m &&
		    ((pw == CONTEXT_STRONG && sw == CONTEXT_STRONG) ||
		    m > ANCHOR_MAX_VERIFY ||
		    levenshtein_u32(p, m, t + s, e - s) <= m / 2)) {
			a->cur_start = s;
			a->cur_end = e;
			return true;
		}
		/* No prefix: the quote began the text, the one place. */
		if (plen == 0)
			return false;
		x++;
	}
	return false;
}

/* Whether t[i] is part of a word where a fuzzy match may not cut:
 * letters of scripts written without spaces are words of their own. */
static bool
word_at(const uint32_t *t, size_t n, size_t i)
{
	int32_t prev = i > 0 ? (int32_t)t[i - 1] : -1;
	int32_t next = i + 1 < n ? (int32_t)t[i + 1] : -1;

	return i < n && !seg_is_unspaced((int32_t)t[i]) &&
	    seg_word_char(prev, (int32_t)t[i], next);
}

/* Whether position i (between t[i - 1] and t[i]) is inside a word. */
static bool
inside_word(const uint32_t *t, size_t n, size_t i)
{
	return i > 0 && i < n && word_at(t, n, i - 1) && word_at(t, n, i);
}

/* Whether the quote p (m code points) began and ended inside a word of
 * the text it was made on, as its prefix and suffix tell. */
static void
quote_cuts(const struct anno *a, const uint32_t *p, size_t m,
    bool *cut_start, bool *cut_end)
{
	size_t np, ns;
	uint32_t *pre = decode(a->prefix, strlen(a->prefix), &np);
	uint32_t *suf = decode(a->suffix, strlen(a->suffix), &ns);
	uint32_t *all = xcalloc(np + m + ns + 1, sizeof *all);

	memcpy(all, pre, np * sizeof *all);
	memcpy(all + np, p, m * sizeof *all);
	memcpy(all + np + m, suf, ns * sizeof *all);
	*cut_start = inside_word(all, np + m + ns, np);
	*cut_end = inside_word(all, np + m + ns, np + m);
	free(pre);
	free(suf);
	free(all);
}

/* An approximate match may start or end inside a word ("15 percent"
 * found as "en percent" in "fifteen percent"): each end that cuts a
 * word the quote did not cut is widened to the word's edge.  False when
 * that makes the passage more than twice as long as the quote: then
 * there is no good match. */
static bool
snap_to_words(const struct anno *a, const uint32_t *p, size_t m,
    const uint32_t *t, size_t n, size_t *s, size_t *e)
{
	bool cut_start, cut_end;

	quote_cuts(a, p, m, &cut_start, &cut_end);
	if (!cut_start)
		while (inside_word(t, n, *s))
			(*s)--;
	if (!cut_end)
		while (inside_word(t, n, *e))
			(*e)++;
	return *e - *s <= 2 * m;
}

/* The word run [*ws, *we) that ends last before position i of t
 * (backwards) or starts first at or after it (forwards); false if none. */
static bool
word_near(const uint32_t *t, size_t n, size_t i, bool backwards,
    size_t *ws, size_t *we)
{
	if (backwards) {
		while (i > 0 && !word_at(t, n, i - 1))
			i--;
		if (i == 0)
			return false;
		*we = i;
		while (i > 0 && word_at(t, n, i - 1))
			i--;
		*ws = i;
	} else {
		while (i < n && !word_at(t, n, i))
			i++;
		if (i == n)
			return false;
		*ws = i;
		while (i < n && word_at(t, n, i))
			i++;
		*we = i;
	}
	return true;
}

static bool
same_run(const uint32_t *x, size_t xs, size_t xe, const uint32_t *y,
    size_t ys, size_t ye)
{
	return xe - xs == ye - ys &&
	    memcmp(x + xs, y + ys, (xe - xs) * sizeof *x) == 0;
}

/* Whether the end word of the match [*s, *e) of t (its first when
 * at_start) is the context's word beside the quote (the prefix's last,
 * the suffix's first) and not the quote's own: then it is dropped.  An
 * approximate match of "telephone wait times" in "reported phone
 * waiting times that" takes in "reported", whole once snapped. */
static void
drop_context_word(const uint32_t *ctx, size_t nc, const uint32_t *p,
    size_t m, const uint32_t *t, size_t *s, size_t *e, bool at_start)
{
	size_t cs, ce, qs, qe, ms, me, next_s, next_e;

	if (!word_near(ctx, nc, at_start ? nc : 0, at_start, &cs, &ce) ||
	    !word_near(p, m, at_start ? 0 : m, !at_start, &qs, &qe) ||
	    !word_near(t + *s, *e - *s, at_start ? 0 : *e - *s, !at_start,
	    &ms, &me))
		return;
	if (!same_run(ctx, cs, ce, t + *s, ms, me) ||
	    same_run(p, qs, qe, t + *s, ms, me))
		return;
	/* What is left starts at the next word (ends at the one before). */
	if (!word_near(t + *s, *e - *s, at_start ? me : ms, !at_start,
	    &next_s, &next_e))
		return;
	if (at_start)
		*s += next_s;
	else
		*e = *s + next_e;
}

static void
drop_context_words(const struct anno *a, const uint32_t *p, size_t m,
    const uint32_t *t, size_t *s, size_t *e)
{
	size_t np, ns;
	uint32_t *pre = decode(a->prefix, strlen(a->prefix), &np);
	uint32_t *suf = decode(a->suffix, strlen(a->suffix), &ns);

	drop_context_word(pre, np, p, m, t, s, e, true);
	drop_context_word(suf, ns, p, m, t, s, e, false);
	free(pre);
	free(suf);
}

static bool
find_fuzzy(struct anno *a, struct doc *d, const uint32_t *t, size_t n)
{
	size_t m, s, e;
	uint32_t *p = decode(a->exact, strlen(a->exact), &m);
	bool ok;

	/* The passage between strong intact context wins over a near
	 * match elsewhere: "the Authorities in" edited to "the officials
	 * in" is that passage, not "authorities" three paragraphs on. */
	if (between_context(a, d, t, p, m, true)) {
		free(p);
		return true;
	}
	if (m <= ANCHOR_WORD)
		ok = approx_short(t, n, p, m, a->start, &s, &e);
	else
		ok = approx_long(t, n, p, m, a->start, &s, &e);
	if (ok && !snap_to_words(a, p, m, t, n, &s, &e))
		ok = false;
	if (ok)
		drop_context_words(a, p, m, t, &s, &e);
	if (ok) {
		a->cur_start = s;
		a->cur_end = e;
	} else
		ok = between_context(a, d, t, p, m, false);
	free(p);
	return ok;
}

/* Whether the exact quote, found at [cur_start, cur_end) with only
 * context bytes of its context, is another occurrence than the passage
 * it was made on: the stretch between its whole intact context, apart
 * from it, is that passage with its own words edited ("Harcourt" at the
 * start of the text made "Harcort", the score line's "Harcourt" below
 * is not it).  Then a->cur_start and cur_end are that stretch. */
static bool
edited_in_place(struct anno *a, struct doc *d, const uint32_t *t,
    size_t context)
{
	size_t m, s = a->cur_start, e = a->cur_end;
	uint32_t *p;
	bool ok;

	if (context == strlen(a->prefix) + strlen(a->suffix))
		return false;
	p = decode(a->exact, strlen(a->exact), &m);
	ok = between_context(a, d, t, p, m, false) &&
	    (a->cur_end <= s || a->cur_start >= e);
	free(p);
	if (!ok) {
		a->cur_start = s;
		a->cur_end = e;
	}
	return ok;
}

static bool
at_position(struct anno *a, struct doc *d)
{
	size_t a0, a1, qlen = strlen(a->exact);

	if (a->end > d->text_cps || a->start >= a->end)
		return false;
	a0 = doc_cp_to_byte(d, a->start);
	a1 = doc_cp_to_byte(d, a->end);
	return a1 - a0 == qlen && memcmp(d->text + a0, a->exact, qlen) == 0;
}

void
anchor_one(struct anno *a, struct doc *d, const uint32_t *cps, size_t ncps)
{
	size_t context;

	if (at_position(a, d)) {
		a->state = ANNO_ANCHORED;
		a->cur_start = a->start;
		a->cur_end = a->end;
	} else if (find_exact(a, d, &context)) {
		/* Placed by its quote alone, nothing claimed it elsewhere. */
		if (edited_in_place(a, d, cps, context))
			a->state = ANNO_FUZZY;
		else
			a->state = a->no_position ? ANNO_ANCHORED : ANNO_MOVED;
	} else if (find_fuzzy(a, d, cps, ncps)) {
		a->state = ANNO_FUZZY;
	} else {
		/* Placed nowhere: its saved offsets may lie past the end of
		 * the current text. */
		a->state = ANNO_ORPHAN;
		a->cur_start = a->cur_end = 0;
	}
}

/* The annotation of s with id, the first one as anno_set_find finds
 * it, through ids (each id's first place in s). */
static struct anno *
find_indexed(const struct anno_set *s, const struct hash *ids,
    const char *id)
{
	struct hash_entry *e = hash_get(ids, id, strlen(id));

	return e ? s->items[e->tag] : NULL;
}

void
anchor_set(struct anno_set *s, struct doc *d)
{
	size_t n;
	uint32_t *cps = anchor_codepoints(d, &n);
	struct hash ids;	/* a search per reply was quadratic */

	hash_init(&ids);
	for (size_t i = 0; i < s->n; i++) {
		struct hash_entry *e = hash_add(&ids, s->items[i]->id,
		    strlen(s->items[i]->id));

		if (e->count == 1)
			e->tag = i;
	}
	for (size_t i = 0; i < s->n; i++)
		if (s->items[i]->reply_to == NULL)
			anchor_one(s->items[i], d, cps, n);
	for (size_t i = 0; i < s->n; i++) {
		struct anno *r = s->items[i], *p = r;

		/* Follow the thread up to its passage; a loop or a missing
		 * parent leaves the reply an orphan. */
		for (size_t hops = 0; p != NULL && p->reply_to != NULL &&
		    hops <= s->n; hops++)
			p = find_indexed(s, &ids, p->reply_to);
		if (r->reply_to == NULL)
			continue;
		if (p == NULL || p->reply_to != NULL) {
			r->state = ANNO_ORPHAN;
			r->cur_start = r->cur_end = 0;
		} else {
			r->state = p->state;
			r->cur_start = p->cur_start;
			r->cur_end = p->cur_end;
		}
	}
	hash_free(&ids);
	free(cps);
}
