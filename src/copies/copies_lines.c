/* copies_lines.c - short lines of two versions of one story, paired as
 * a patience diff pairs lines: those equal after folding and found once
 * in each version, in an order that agrees with the passages already
 * found, then (a line repeated in its version) right after a pair, as
 * patience diff extends a match; and, between two pairs where none is
 * paired so, lines found once that differ by a word or so.
 * A list item or a table row has too few words for a lookup by its
 * sketch, and is often not framed by two passages. */
#include "config.h"

#include "copies/copies_int.h"

#include <stdlib.h>

#include "base/levenshtein.h"
#include "base/util.h"

/* A paragraph of one source by its line key. */
struct keyed {
	uint64_t line;
	uint32_t para;
};

static int
cmp_keyed(const void *x, const void *y)
{
	const struct keyed *p = x, *q = y;

	if (p->line != q->line)
		return p->line < q->line ? -1 : 1;
	return (p->para > q->para) - (p->para < q->para);
}

/* A pair to order: paragraphs x and y of the two sources; weight says
 * how much keeping it is worth. */
struct cand {
	uint32_t x, y;
	uint32_t weight;
	bool anchor;
};

/* A passage found by its sketch or by gap filling outweighs every line
 * pair of a source of fewer than 2^20 blocks: the order of the lines
 * must agree with the passages, never the other way round. */
#define ANCHOR_WEIGHT (1u << 20)

static int
cmp_cand(const void *p, const void *q)
{
	const struct cand *a = p, *b = q;

	if (a->x != b->x)
		return a->x < b->x ? -1 : 1;
	/* Descending y: two pairs of one x never chain. */
	return (a->y < b->y) - (a->y > b->y);
}

/* Whether the key of line para is furniture: carried by a source of
 * another story group.  The table keeps a key's first
 * COPIES_LINE_CHAIN sources; a line they all carry in one group is the
 * story's, however many versions of it there are (a wire story is
 * republished by dozens of sites: counting them made every list line
 * of its 32nd version on furniture). */
static bool
line_furniture(struct copies *c, uint32_t para, size_t group)
{
	for (uint32_t e = band_table_first(&c->lines, c->paras[para].line);
	    e != BAND_NONE; e = band_table_next(&c->lines, e)) {
		uint32_t o = c->lines.value[e];

		if (c->paras[o].line != c->paras[para].line)
			continue;	/* another key in the same slot */
		if (copies_group(c, c->paras[o].source) != group)
			return true;
	}
	return false;
}

/* The lines of paragraphs [from, to) that may pair, sorted by key: not
 * furniture, not a site's header, not yet in a passage with the other
 * source (taken). */
static size_t
keyed_lines(const struct copies *c, uint32_t from, uint32_t to,
    const bool *taken, struct keyed *out)
{
	size_t n = 0;

	for (uint32_t p = from; p < to; p++)
		if (!c->paras[p].furniture && !c->paras[p].header &&
		    !taken[p - from])
			out[n++] = (struct keyed){ c->paras[p].line, p };
	qsort(out, n, sizeof *out, cmp_keyed);
	return n;
}

/* Whether v[i]'s key is v's only one of its kind. */
static bool
once(const struct keyed *v, size_t n, size_t i)
{
	return (i == 0 || v[i - 1].line != v[i].line) &&
	    (i + 1 == n || v[i + 1].line != v[i].line);
}

/* Appends to out the pairs of a line found once in each of ka[0..na)
 * and kb[0..nb) (both sorted by key) that is not furniture. */
static size_t
unique_pairs(struct copies *c, const struct keyed *ka, size_t na,
    const struct keyed *kb, size_t nb, size_t group, struct cand *out)
{
	size_t i = 0, j = 0, n = 0;

	while (i < na && j < nb) {
		if (ka[i].line < kb[j].line) {
			i++;
		} else if (ka[i].line > kb[j].line) {
			j++;
		} else {
			if (once(ka, na, i) && once(kb, nb, j) &&
			    !line_furniture(c, ka[i].para, group))
				out[n++] = (struct cand){ ka[i].para, kb[j].para,
				    1, false };
			i++;
			j++;
		}
	}
	return n;
}

/* Keeps the pairs of v[0..n) (sorted by cmp_cand) on the heaviest chain
 * increasing in both x and y: a longest increasing subsequence weighted,
 * by a Fenwick tree of prefix maxima over y - y0 (ny values).  Marks
 * the chosen in keep. */
static void
heaviest_chain(const struct cand *v, size_t n, uint32_t y0, size_t ny,
    bool *keep)
{
	uint64_t *best = xcalloc(n ? n : 1, sizeof *best);
	size_t *prev = xreallocarray(NULL, n ? n : 1, sizeof *prev);
	size_t *tree = xreallocarray(NULL, ny + 1, sizeof *tree);
	size_t top = SIZE_MAX;

	for (size_t i = 0; i <= ny; i++)
		tree[i] = SIZE_MAX;	/* no chain yet */
	for (size_t i = 0; i < n; i++) {
		size_t at = SIZE_MAX;

		/* Best chain ending at a y below v[i].y. */
		for (size_t k = v[i].y - y0; k > 0; k -= k & -k)
			if (tree[k] != SIZE_MAX &&
			    (at == SIZE_MAX || best[tree[k]] > best[at]))
				at = tree[k];
		best[i] = v[i].weight + (at == SIZE_MAX ? 0 : best[at]);
		prev[i] = at;
		for (size_t k = v[i].y - y0 + 1; k <= ny; k += k & -k)
			if (tree[k] == SIZE_MAX || best[i] > best[tree[k]])
				tree[k] = i;
		if (top == SIZE_MAX || best[i] > best[top])
			top = i;
	}
	for (size_t i = top; i != SIZE_MAX; i = prev[i])
		keep[i] = true;
	free(tree);
	free(prev);
	free(best);
}

/* The word edit distance of two short lines x and y (their folded
 * words). */
static size_t
word_distance(const struct copies *c, uint32_t x, uint32_t y)
{
	const struct copies_para *p = &c->paras[x], *q = &c->paras[y];

	return levenshtein_u32(c->words.v + p->word_at, p->words,
	    c->words.v + q->word_at, q->words);
}

/* Whether short lines x and y differ by a word or so: in at most a
 * third of the longer's words ("Meal 2" and "Meal 3" are two lines). */
static bool
near_equal(const struct copies *c, uint32_t x, uint32_t y)
{
	uint32_t nx = c->paras[x].words, ny = c->paras[y].words;
	uint32_t most = nx > ny ? nx : ny;

	return nx <= COPIES_LINE_WORDS && ny <= COPIES_LINE_WORDS &&
	    3 * word_distance(c, x, y) <= most;
}

/* How deep pair_range looks between pairs it chose: a bound on its
 * stack and its time (each level sorts the lines once) on a text made
 * to nest without end. */
#define LINES_DEPTH 32

/* Which ends of a range of pair_range a pair or a passage bounds. */
#define FRAMED_BEFORE 1u
#define FRAMED_AFTER 2u

/* The two sources being paired: a (earlier) and b, their paragraphs
 * [a0, a1) and [b0, b1), which are in a passage with the other (taken,
 * a's then b's), and their story group. */
struct two {
	struct copies *c;
	uint32_t a0, a1, b0, b1;
	bool *taken;
	bool *repeated;		/* the same way: a key its source has twice */
	size_t group;
};

/* Whether paragraph p (of a when in_a) may still pair. */
static bool
free_line(const struct two *t, uint32_t p, bool in_a)
{
	const struct copies_para *q = &t->c->paras[p];

	return !q->furniture && !q->header &&
	    !t->taken[in_a ? p - t->a0 : (t->a1 - t->a0) + p - t->b0];
}

/* Between two pairs, no line found once in each: pairs each line of
 * [xa, xb) with one of the next COPIES_EDGE_LOOK free lines of [ya, yb)
 * near equal to it, in order (a word added or misspelt in one), unless
 * either is furniture by line_furniture. */
static void
pair_near(struct two *t, uint32_t xa, uint32_t xb, uint32_t ya,
    uint32_t yb)
{
	uint32_t y = ya;

	if (xb - xa > COPIES_GAP_BLOCKS || yb - ya > COPIES_GAP_BLOCKS)
		return;
	for (uint32_t x = xa; x < xb && y < yb; x++) {
		if (!free_line(t, x, true) || t->repeated[x - t->a0])
			continue;
		for (uint32_t k = y; k < yb && k < y + COPIES_EDGE_LOOK; k++)
			if (free_line(t, k, false) &&
			    !t->repeated[(t->a1 - t->a0) + k - t->b0] &&
			    near_equal(t->c, x, k) &&
			    !line_furniture(t->c, x, t->group) &&
			    !line_furniture(t->c, k, t->group)) {
				copies_join(t->c, x, k,
				    copies_similarity(t->c, x, k));
				t->taken[x - t->a0] = true;
				t->taken[(t->a1 - t->a0) + k - t->b0] = true;
				y = k + 1;
				break;
			}
	}
}

/* Between two pairs, a line found once in each of the two ranges but
 * more than once in its source ("Meal 1" once per plan, "Yes" once per
 * row of a table) pairs only right after the pair before (as patience
 * diff extends a match): anywhere else in a range that a re-sorted table
 * makes wide it would pair cells of different rows, and their unions
 * would join every "Yes" of every version.  Keeps those of v[0..n)
 * that are so; returns how many. */
static size_t
next_to_frame(struct cand *v, size_t n, uint32_t xa, uint32_t ya,
    unsigned framed)
{
	size_t kept = 0;

	for (size_t i = 0; i < n; i++)
		if ((framed & FRAMED_BEFORE) && v[i].x == xa && v[i].y == ya)
			v[kept++] = v[i];
	return kept;
}

/* Marks in rep[p - from] the paragraphs of [from, to) whose line key
 * another paragraph of the range has too. */
static void
mark_repeated(const struct copies *c, uint32_t from, uint32_t to,
    bool *rep)
{
	size_t n = to - from;
	struct keyed *k = xreallocarray(NULL, n + 1, sizeof *k);

	for (uint32_t p = from; p < to; p++)
		k[p - from] = (struct keyed){ c->paras[p].line, p };
	qsort(k, n, sizeof *k, cmp_keyed);
	for (size_t i = 0; i < n; i++)
		rep[k[i].para - from] = !once(k, n, i);
	free(k);
}

/* Pairs the lines of paragraphs [xa, xb) of a and [ya, yb) of b found
 * once in each of the two ranges, with the passages v[0..n) (anchors)
 * on the heaviest chain; then does the same between every two pairs so
 * chosen, where a line seen twice in the whole may be seen once, but
 * only right after the pair before (next_to_frame: "Meal 1" after its
 * plan's heading).  Where none pairs so and a pair or a passage frames
 * the range on both sides (framed: FRAMED_BEFORE | FRAMED_AFTER), lines
 * near equal are paired (pair_near).  v has room for n + min(xb - xa,
 * yb - ya). */
static void
pair_range(struct two *t, uint32_t xa, uint32_t xb, uint32_t ya,
    uint32_t yb, struct cand *v, size_t n, unsigned framed, unsigned depth)
{
	size_t na = xb - xa, nb = yb - ya, nka, nkb, nkeep = 0;
	struct keyed *ka = xreallocarray(NULL, na + 1, sizeof *ka),
	    *kb = xreallocarray(NULL, nb + 1, sizeof *kb);
	struct cand *sub;
	bool *keep;

	nka = keyed_lines(t->c, xa, xb, t->taken + (xa - t->a0), ka);
	nkb = keyed_lines(t->c, ya, yb,
	    t->taken + (t->a1 - t->a0) + (ya - t->b0), kb);
	n += unique_pairs(t->c, ka, nka, kb, nkb, t->group, v + n);
	free(kb);
	free(ka);
	if (depth > 0)
		n = next_to_frame(v, n, xa, ya, framed);
	qsort(v, n, sizeof *v, cmp_cand);
	keep = xcalloc(n + 1, sizeof *keep);
	heaviest_chain(v, n, ya, nb, keep);
	for (size_t i = 0; i < n; i++) {
		if (!keep[i])
			continue;
		if (!v[i].anchor) {
			copies_join(t->c, v[i].x, v[i].y, 1.0);
			t->taken[v[i].x - t->a0] = true;
			t->taken[(t->a1 - t->a0) + v[i].y - t->b0] = true;
		}
		v[nkeep++] = v[i];	/* the chain, in order */
	}
	free(keep);
	if (nkeep == 0 && framed == (FRAMED_BEFORE | FRAMED_AFTER))
		pair_near(t, xa, xb, ya, yb);
	sub = xreallocarray(NULL, (na < nb ? na : nb) + 1, sizeof *sub);
	for (size_t i = 0; i <= nkeep && nkeep > 0; i++) {
		uint32_t x0 = i == 0 ? xa : v[i - 1].x + 1,
		    x1 = i == nkeep ? xb : v[i].x,
		    y0 = i == 0 ? ya : v[i - 1].y + 1,
		    y1 = i == nkeep ? yb : v[i].y;

		unsigned f = (i == 0 ? framed & FRAMED_BEFORE : FRAMED_BEFORE) |
		    (i == nkeep ? framed & FRAMED_AFTER : FRAMED_AFTER);

		if (x0 < x1 && y0 < y1 && depth < LINES_DEPTH)
			pair_range(t, x0, x1, y0, y1, sub, 0, f, depth + 1);
	}
	free(sub);
}

void
copies_pair_lines(struct copies *c, uint32_t sa, uint32_t sb,
    const struct copies_passage *p, size_t np)
{
	struct two t = { c, (uint32_t)c->first_para[sa],
	    (uint32_t)c->first_para[sa + 1], (uint32_t)c->first_para[sb],
	    (uint32_t)c->nparas, NULL, NULL, copies_group(c, sb) };
	size_t na = t.a1 - t.a0, nb = t.b1 - t.b0;
	struct cand *v = xreallocarray(NULL, np + (na < nb ? na : nb) + 1,
	    sizeof *v);

	t.taken = xcalloc(na + nb + 1, sizeof *t.taken);
	t.repeated = xcalloc(na + nb + 1, sizeof *t.repeated);
	mark_repeated(c, t.a0, t.a1, t.repeated);
	mark_repeated(c, t.b0, t.b1, t.repeated + na);
	for (size_t i = 0; i < np; i++) {
		t.taken[p[i].a - t.a0] = t.taken[na + p[i].b - t.b0] = true;
		v[i] = (struct cand){ p[i].a, p[i].b, ANCHOR_WEIGHT, true };
	}
	pair_range(&t, t.a0, t.a1, t.b0, t.b1, v, np, 0, 0);
	free(v);
	free(t.repeated);
	free(t.taken);
}

/* The most carriers to keep of the line key of para, newly in source:
 * COPIES_LINE_CHAIN, and one more when all those kept are of one story
 * and source is of another.  Otherwise a line that the 32 first
 * versions of a story carry, and then an unrelated page, would be
 * furniture or not by the order the files were given in. */
static uint32_t
line_cap(struct copies *c, uint64_t key, uint32_t source)
{
	size_t group = SIZE_MAX, n = 0;

	for (uint32_t e = band_table_first(&c->lines, key); e != BAND_NONE;
	    e = band_table_next(&c->lines, e)) {
		size_t g = copies_group(c, c->paras[c->lines.value[e]].source);

		if (group != SIZE_MAX && g != group)
			return COPIES_LINE_CHAIN;	/* two stories seen */
		group = g;
		n++;
	}
	return n >= COPIES_LINE_CHAIN && group != copies_group(c, source) ?
	    COPIES_LINE_CHAIN + 1 : COPIES_LINE_CHAIN;
}

void
copies_file_lines(struct copies *c, size_t first)
{
	size_t n = 0;
	struct keyed *k = xreallocarray(NULL, c->nparas - first + 1,
	    sizeof *k);

	for (size_t p = first; p < c->nparas; p++)
		if (!c->paras[p].furniture)
			k[n++] = (struct keyed){ c->paras[p].line, (uint32_t)p };
	qsort(k, n, sizeof *k, cmp_keyed);
	for (size_t i = 0; i < n; i++)
		if (i == 0 || k[i].line != k[i - 1].line)
			band_table_add(&c->lines, k[i].line, k[i].para,
			    line_cap(c, k[i].line, c->paras[k[i].para].source));
	free(k);
}
