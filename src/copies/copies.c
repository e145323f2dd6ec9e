/* copies.c - shared passages and story groups, one source at a time. */
#include "config.h"

#include "copies/copies.h"
#include "copies/copies_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "clean/boilerplate.h"

void
copies_init(struct copies *c)
{
	*c = (struct copies){ 0 };
	band_table_init(&c->bands);
	band_table_init(&c->lines);
}

void
copies_free(struct copies *c)
{
	free(c->paras);
	u32_free(&c->shingles);
	u32_free(&c->words);
	band_table_free(&c->bands);
	band_table_free(&c->lines);
	free(c->passages);
	free(c->parts.v);
	free(c->parent);
	free(c->para_parent);
	free(c->body_words);
	free(c->first_para);
	copies_init(c);
}

static uint32_t
find_root(uint32_t *parent, uint32_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

size_t
copies_group(struct copies *c, size_t source)
{
	return find_root(c->parent, (uint32_t)source);
}

uint32_t
copies_para_union(struct copies *c, uint32_t para)
{
	return find_root(c->para_parent, para);
}

/* Unites the sets of x and y in parent under the smaller number. */
static void
unite_in(uint32_t *parent, uint32_t x, uint32_t y)
{
	x = find_root(parent, x);
	y = find_root(parent, y);
	if (x < y)
		parent[y] = x;
	else if (y < x)
		parent[x] = y;
}

/* Unites two groups under the smaller source number. */
static void
unite(struct copies *c, uint32_t x, uint32_t y)
{
	unite_in(c->parent, x, y);
}

struct slot_source {
	uint32_t slot, source;
};

struct slot_list {
	struct slot_source *v;
	size_t n, cap;
};

static int
cmp_slot_source(const void *x, const void *y)
{
	const struct slot_source *p = x, *q = y;

	if (p->slot != q->slot)
		return p->slot < q->slot ? -1 : 1;
	return (p->source > q->source) - (p->source < q->source);
}

/* Notes that the union of slot s (0: none asked about) is carried by
 * source. */
static void
push_carrier(struct slot_list *l, uint32_t s, uint32_t source)
{
	if (s == 0)
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = (struct slot_source){ s - 1, source };
}

void
copies_carriers(struct copies *c, const uint32_t *paras, size_t n,
    uint32_t *out)
{
	/* slot[root] - 1: the union's number among those asked about. */
	uint32_t *slot = xcalloc(c->nparas ? c->nparas : 1, sizeof *slot);
	uint32_t *count = xcalloc(n ? n : 1, sizeof *count), nslots = 0;
	struct slot_list v = { NULL, 0, 0 };

	for (size_t i = 0; i < n; i++) {
		uint32_t r = find_root(c->para_parent, paras[i]);

		if (slot[r] == 0)
			slot[r] = ++nslots;
	}
	for (uint32_t p = 0; p < c->nparas; p++)
		push_carrier(&v, slot[find_root(c->para_parent, p)],
		    c->paras[p].source);
	/* A paragraph split or joined in another source: carried by it. */
	for (size_t i = 0; i < c->parts.n; i++) {
		const struct copies_passage *p = &c->parts.v[i];

		push_carrier(&v, slot[find_root(c->para_parent, p->a)],
		    c->paras[p->b].source);
		push_carrier(&v, slot[find_root(c->para_parent, p->b)],
		    c->paras[p->a].source);
	}
	if (v.n > 0)
		qsort(v.v, v.n, sizeof *v.v, cmp_slot_source);
	for (size_t i = 0; i < v.n; i++)
		if (i == 0 || v.v[i].slot != v.v[i - 1].slot ||
		    v.v[i].source != v.v[i - 1].source)
			count[v.v[i].slot]++;
	/* Its own source is one of them. */
	for (size_t i = 0; i < n; i++) {
		uint32_t k = count[slot[find_root(c->para_parent, paras[i])] - 1];

		out[i] = k > 0 ? k - 1 : 0;
	}
	free(v.v);
	free(count);
	free(slot);
}

static size_t
new_source(struct copies *c)
{
	if (c->nsources == c->sources_cap) {
		c->sources_cap = c->sources_cap ? 2 * c->sources_cap : 64;
		c->parent = xreallocarray(c->parent, c->sources_cap,
		    sizeof *c->parent);
		c->body_words = xreallocarray(c->body_words, c->sources_cap,
		    sizeof *c->body_words);
		c->first_para = xreallocarray(c->first_para, c->sources_cap,
		    sizeof *c->first_para);
	}
	c->first_para[c->nsources] = c->nparas;
	c->parent[c->nsources] = (uint32_t)c->nsources;
	c->body_words[c->nsources] = 0;
	return c->nsources++;
}

static struct copies_para *
new_para(struct copies *c)
{
	if (c->nparas == c->paras_cap) {
		c->paras_cap = c->paras_cap ? 2 * c->paras_cap : 256;
		c->paras = xreallocarray(c->paras, c->paras_cap, sizeof *c->paras);
		c->para_parent = xreallocarray(c->para_parent, c->paras_cap,
		    sizeof *c->para_parent);
	}
	c->para_parent[c->nparas] = (uint32_t)c->nparas;
	return memset(&c->paras[c->nparas++], 0, sizeof *c->paras);
}

void
copies_join(struct copies *c, uint32_t a, uint32_t b, double similarity)
{
	if (c->npassages == c->passages_cap) {
		c->passages_cap = c->passages_cap ? 2 * c->passages_cap : 256;
		c->passages = xreallocarray(c->passages, c->passages_cap,
		    sizeof *c->passages);
	}
	c->passages[c->npassages++] = (struct copies_passage){ a, b,
	    (float)similarity };
	unite_in(c->para_parent, a, b);
}

void
copies_push_passage(struct passage_list *l, struct copies_passage p)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 256;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = p;
}

/* Page furniture (a share button, a footer line, a list of links): the
 * same on every site, so no sign of a shared story beside a passage. */
static bool
block_furniture(const struct doc *d, const struct block *b)
{
	return boilerplate_phrase(d->text + b->bstart, b->bend - b->bstart) ||
	    b->f.link_chars * 2 > b->f.chars;
}

/* Sketches block b of d as paragraph of source; false when it has fewer
 * than min_words words.  words is scratch space. */
static bool
sketch_block(struct copies *c, const struct doc *d, const struct block *b,
    uint32_t source, size_t min_words, struct u32_list *words)
{
	struct copies_para *p;
	size_t at;

	words->n = 0;
	if (sketch_words(d->text, b->bstart, b->bend, words) < min_words ||
	    words->n == 0)
		return false;
	at = c->shingles.n;
	for (size_t i = 0; i < words->n; i++)	/* room for the shingles */
		u32_push(&c->shingles, 0);
	p = new_para(c);
	p->source = source;
	p->start = b->start;
	p->end = b->end;
	p->words = (uint32_t)words->n;
	p->line = sketch_line_key(words->v, words->n);
	p->word_at = c->words.n;
	for (size_t i = 0; i < words->n; i++)
		u32_push(&c->words, words->v[i]);
	p->heading = b->kind == BLOCK_HEADING;
	p->furniture = block_furniture(d, b);
	p->shingle_at = at;
	p->nshingles = (uint32_t)sketch_shingles(words->v, words->n,
	    c->shingles.v + at);
	c->shingles.n = at + p->nshingles;
	return true;
}

static double
para_similarity(const struct copies *c, const struct copies_para *x,
    const struct copies_para *y)
{
	return sketch_jaccard(c->shingles.v + x->shingle_at, x->nshingles,
	    c->shingles.v + y->shingle_at, y->nshingles);
}

double
copies_similarity(const struct copies *c, uint32_t x, uint32_t y)
{
	return para_similarity(c, &c->paras[x], &c->paras[y]);
}

/* Finds the earlier paragraphs sharing a band with paragraph q and
 * keeps those similar enough as passages; then files q's bands. */
static void
match_para(struct copies *c, uint32_t q)
{
	uint32_t sig[SKETCH_HASHES];
	uint64_t keys[SKETCH_BANDS];
	struct copies_para *p = &c->paras[q];

	sketch_minhash(c->shingles.v + p->shingle_at, p->nshingles, sig);
	c->lookup++;
	for (unsigned b = 0; b < SKETCH_BANDS; b++) {
		keys[b] = sketch_band_key(sig, b);
		for (uint32_t e = band_table_first(&c->bands, keys[b]);
		    e != BAND_NONE; e = band_table_next(&c->bands, e)) {
			uint32_t o = c->bands.value[e];
			struct copies_para *op = &c->paras[o];
			double sim;

			if (op->seen == c->lookup || op->source == p->source)
				continue;
			op->seen = c->lookup;
			sim = para_similarity(c, op, p);
			if (sim >= COPIES_SIMILAR) {
				copies_join(c, o, q, sim);
			}
		}
	}
	for (unsigned b = 0; b < SKETCH_BANDS; b++)
		band_table_add(&c->bands, keys[b], q, COPIES_MAX_CHAIN);
}

static int
cmp_by_source_then_paras(const void *x, const void *y, const struct copies *c)
{
	const struct copies_passage *p = x, *q = y;
	uint32_t sp = c->paras[p->a].source, sq = c->paras[q->a].source;

	if (sp != sq)
		return sp < sq ? -1 : 1;
	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	return (p->b > q->b) - (p->b < q->b);
}

/* qsort has no context argument: the index being sorted for. */
static const struct copies *sorting;

static int
cmp_passages(const void *x, const void *y)
{
	return cmp_by_source_then_paras(x, y, sorting);
}

void
copies_sort_passages(const struct copies *c, struct copies_passage *v,
    size_t n)
{
	sorting = c;
	qsort(v, n, sizeof *v, cmp_passages);
}

/* Words of the distinct paragraphs among passages[from, to) on side a
 * (an earlier source) or side b (the new one). */
static size_t
shared_words(const struct copies *c, size_t from, size_t to, bool side_a)
{
	size_t total = 0;

	for (size_t i = from; i < to; i++) {
		uint32_t para = side_a ? c->passages[i].a : c->passages[i].b;
		bool again = false;

		for (size_t j = from; j < i && !again; j++)
			again = (side_a ? c->passages[j].a : c->passages[j].b)
			    == para;
		if (!again)
			total += c->paras[para].words;
	}
	return total;
}

/* Passages [from, npassages) are the new source's: sorted by the other
 * source, they say which earlier sources tell the same story. */
static void
group_new_source(struct copies *c, size_t from, uint32_t source)
{
	if (c->npassages == from)	/* nothing shared (and maybe no array) */
		return;
	copies_sort_passages(c, c->passages + from, c->npassages - from);
	for (size_t i = from, j; i < c->npassages; i = j) {
		uint32_t other = c->paras[c->passages[i].a].source;
		size_t mine, theirs;

		for (j = i; j < c->npassages &&
		    c->paras[c->passages[j].a].source == other; j++)
			;
		mine = shared_words(c, i, j, false);
		theirs = shared_words(c, i, j, true);
		if (mine < COPIES_GROUP_MIN_WORDS &&
		    theirs < COPIES_GROUP_MIN_WORDS)
			continue;
		if (mine >= COPIES_GROUP_SHARE * (double)c->body_words[source] ||
		    theirs >= COPIES_GROUP_SHARE * (double)c->body_words[other])
			unite(c, other, source);
	}
}

/* Joins, in order, the blocks between paragraphs a1 and a2 of one
 * source with those between b1 and b2 of another, where the passages
 * a1-b1 and a2-b2 frame them: context blocks, and paragraphs edited
 * more than a lookup would find (COPIES_GAP_SIMILAR). */
static void
fill_gap(struct copies *c, uint32_t a1, uint32_t a2, uint32_t b1,
    uint32_t b2)
{
	uint32_t y = b1 + 1;

	for (uint32_t x = a1 + 1; x < a2 && y < b2; x++)
		for (uint32_t k = y; k < b2; k++) {
			double sim = para_similarity(c, &c->paras[x],
			    &c->paras[k]);

			if (sim >= COPIES_GAP_SIMILAR) {
				copies_join(c, x, k, sim);
				y = k + 1;
				break;
			}
		}
}

/* Passages [from, npassages) are the new source's, sorted by the other
 * source and then by paragraph: each two in a row that keep the order
 * of both texts frame a gap to fill. */
static void
fill_gaps(struct copies *c, size_t from)
{
	size_t end = c->npassages;

	for (size_t i = from; i + 1 < end; i++) {
		const struct copies_passage p = c->passages[i],
		    q = c->passages[i + 1];

		if (c->paras[p.a].source != c->paras[q.a].source ||
		    q.a <= p.a + 1 || q.b <= p.b + 1 ||
		    q.a - p.a > COPIES_GAP_BLOCKS ||
		    q.b - p.b > COPIES_GAP_BLOCKS)
			continue;
		fill_gap(c, p.a, q.a, p.b, q.b);
	}
}

/* Whether the walk of extend_edge can step (by step) onto paragraph x
 * of source s: it exists, is not furniture, and the title is not
 * between (a page's header and its article are not one list). */
static bool
edge_open(const struct copies *c, int64_t x, uint32_t s, int step)
{
	if (x < 0 || (size_t)x >= c->nparas || c->paras[x].source != s ||
	    c->paras[x].furniture)
		return false;
	return !(step > 0 ? c->paras[x].after_title :
	    c->paras[x + 1].after_title);
}

/* From passage a-b, walks on (step 1) or back (step -1) through both
 * sources' blocks, matching each block of a's source with one of the
 * next COPIES_EDGE_LOOK of b's at COPIES_EDGE_SIMILAR, as fill_gap does
 * between two passages: a list or a table after the last passage is
 * still the story's.  The walk ends at page furniture (a site's footer
 * is alike on every site) or after COPIES_EDGE_LOOK blocks in a row
 * matched with none. */
static void
extend_edge(struct copies *c, uint32_t a, uint32_t b, int step)
{
	uint32_t sa = c->paras[a].source, sb = c->paras[b].source;
	int64_t x = (int64_t)a + step, y = (int64_t)b + step;

	for (unsigned misses = 0; misses < COPIES_EDGE_LOOK &&
	    edge_open(c, x, sa, step); x += step) {
		bool found = false;

		for (int64_t k = y; !found && k != y + step * COPIES_EDGE_LOOK &&
		    edge_open(c, k, sb, step); k += step) {
			double sim = para_similarity(c, &c->paras[x],
			    &c->paras[k]);

			if (sim >= COPIES_EDGE_SIMILAR) {
				copies_join(c, (uint32_t)x, (uint32_t)k, sim);
				y = k + step;
				found = true;
			}
		}
		misses = found ? 0 : misses + 1;
	}
}

/* Passages [from, end) are the new source's, sorted by the other source
 * and then by paragraph: with each other source, the blocks beyond the
 * last passage and before the first, on both sides, are matched while
 * alike (extend_edge), when the two are one story.  Gap filling matched
 * only blocks between two passages, so none beyond is in a passage with
 * that source. */
static void
extend_edges(struct copies *c, size_t from, size_t end, uint32_t source)
{
	for (size_t i = from, j; i < end; i = j) {
		uint32_t other = c->paras[c->passages[i].a].source;
		uint32_t first_b = c->passages[i].b, last_b = first_b;
		bool one_story = copies_group(c, other) ==
		    copies_group(c, source);

		for (j = i; j < end &&
		    c->paras[c->passages[j].a].source == other; j++) {
			if (c->passages[j].b < first_b)
				first_b = c->passages[j].b;
			if (c->passages[j].b > last_b)
				last_b = c->passages[j].b;
		}
		if (!one_story)		/* a wire credit, a note */
			continue;
		extend_edge(c, c->passages[j - 1].a, last_b, 1);
		extend_edge(c, c->passages[i].a, first_b, -1);
	}
}

/* A block the cleaner dropped that still reads as prose: enough words,
 * a sentence's share of stopwords, few of its characters in links.  A
 * version's paragraph cut by its own site's cleaner is still shared
 * text. */
static bool
copies_prose(const struct block *b)
{
	const struct block_features *f = &b->f;

	return f->words >= COPIES_PROSE_WORDS &&
	    f->stopwords * 4 >= f->words && f->link_chars * 4 <= f->chars;
}

/* Passages [from, npassages) are those of the newest source, source:
 * fn for each earlier source of its story group with their passages
 * (a copy, taken before fn adds any). */
static void
each_peer(struct copies *c, size_t from, uint32_t source, copies_peer_fn *fn)
{
	size_t n = c->npassages - from;
	struct copies_passage *v;

	if (n == 0)
		return;
	v = xreallocarray(NULL, n, sizeof *v);
	memcpy(v, c->passages + from, n * sizeof *v);
	copies_sort_passages(c, v, n);
	for (size_t i = 0, j; i < n; i = j) {
		uint32_t other = c->paras[v[i].a].source;

		for (j = i; j < n && c->paras[v[j].a].source == other; j++)
			;
		if (copies_group(c, other) == copies_group(c, source))
			fn(c, other, source, v + i, j - i);
	}
	free(v);
}

size_t
copies_add(struct copies *c, const struct doc *d)
{
	uint32_t source = (uint32_t)new_source(c);
	struct u32_list words = { NULL, 0, 0 };
	size_t first = c->nparas, from = c->npassages, sorted;
	bool title = false;

	for (size_t i = 0; d != NULL && i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];
		size_t n = c->nparas;

		if (b->kind == BLOCK_TITLE) {
			for (size_t q = first; q < c->nparas; q++)
				c->paras[q].header = true;
			title = true;
			continue;
		}
		if ((b->keep || copies_prose(b)) &&
		    sketch_block(c, d, b, source, COPIES_MIN_WORDS, &words))
			c->body_words[source] += c->paras[c->nparas - 1].words;
		else if (sketch_block(c, d, b, source, 1, &words))
			c->paras[c->nparas - 1].context = true;
		if (c->nparas > n) {
			c->paras[n].after_title = title;
			title = false;
		}
	}
	u32_free(&words);
	for (size_t q = first; q < c->nparas; q++)
		if (!c->paras[q].context)
			match_para(c, (uint32_t)q);
	group_new_source(c, from, source);
	/* After grouping: which story the file is in decides how many of
	 * a line's carriers are kept (copies_lines.c). */
	copies_file_lines(c, first);
	sorted = c->npassages;
	fill_gaps(c, from);
	extend_edges(c, from, sorted, source);
	each_peer(c, from, source, copies_pair_lines);
	/* Last: a paragraph split or joined is a part's only where no
	 * passage joins the two already. */
	each_peer(c, from, source, copies_find_parts);
	return source;
}
