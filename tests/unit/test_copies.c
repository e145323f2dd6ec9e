/* Unit tests for syndicated copy (src/copies/): the sketch's folding and
 * similarity, shared passages and story groups, paragraph alignment and
 * word differences. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/util.h"
#include "copies/align.h"
#include "copies/shingle_index.h"
#include "copies/copies.h"
#include "copies/sketch.h"
#include "copies/worddiff.h"
#include "doc/doc.h"

/* A document of one kept paragraph per line. */
static struct doc *
doc_of_lines(const char *text)
{
	struct doc *d = doc_new("t.txt", DOC_TEXT);
	size_t start = 0;

	d->text = xstrdup(text);
	d->text_len = strlen(text);
	for (size_t i = 0; i <= d->text_len; i++)
		if (i == d->text_len || text[i] == '\n') {
			if (i > start)
				doc_add_block(d, start, i, BLOCK_PARAGRAPH)->keep = true;
			start = i + 1;
		}
	doc_index_blocks(d);
	return d;
}

static double
similarity(const char *x, const char *y)
{
	struct u32_list wx = { NULL, 0, 0 }, wy = { NULL, 0, 0 };
	uint32_t sx[64], sy[64];
	size_t nx, ny;
	double s;

	sketch_words(x, 0, strlen(x), &wx);
	sketch_words(y, 0, strlen(y), &wy);
	nx = sketch_shingles(wx.v, wx.n, sx);
	ny = sketch_shingles(wy.v, wy.n, sy);
	s = sketch_jaccard(sx, nx, sy, ny);
	u32_free(&wx);
	u32_free(&wy);
	return s;
}

static void
test_folding(void **state)
{
	(void)state;
	/* Case, quotes, apostrophes and punctuation do not count. */
	assert_true(similarity("The mayor said: \u201cWe don\u2019t know.\u201d",
	    "the MAYOR said \"we dont know\"") == 1.0);
	/* One word changed in twelve: still similar; another text: not. */
	assert_true(similarity("one two three four five six seven eight nine "
	    "ten eleven twelve", "one two three four five six seven EIGHTY "
	    "nine ten eleven twelve") > 0.5);
	assert_true(similarity("one two three four five six seven eight",
	    "the harbour authority opened a new quay today") == 0.0);
}

static void
test_minhash_agrees(void **state)
{
	uint32_t a[] = { 1, 2, 3, 4, 5, 6, 7, 8 }, b[] = { 1, 2, 3, 4, 5, 6,
	    7, 9 };
	uint32_t sa[SKETCH_HASHES], sb[SKETCH_HASHES], sa2[SKETCH_HASHES];
	unsigned same = 0;

	(void)state;
	sketch_minhash(a, 8, sa);
	sketch_minhash(a, 8, sa2);
	sketch_minhash(b, 8, sb);
	assert_memory_equal(sa, sa2, sizeof sa);	/* deterministic */
	for (unsigned i = 0; i < SKETCH_HASHES; i++)
		same += sa[i] == sb[i];
	/* Jaccard 7/9: about that share of the minima agree. */
	assert_in_range(same, SKETCH_HASHES / 2, SKETCH_HASHES - 1);
}

static const char story[] =
    "The harbour authority said on Tuesday that the new quay would open in the spring.\n"
    "Dockworkers who had threatened to strike said they were satisfied with the agreement.\n"
    "The mayor called the quay the first step of a much larger plan for the waterfront.\n";
static const char retold[] =
    "Dockworkers who had threatened to strike said they were satisfied with the deal.\n"
    "The harbour authority said on Tuesday that the new quay would open in the spring.\n";
static const char other[] =
    "A meteorite fell on a farm near the river and was found by two children playing.\n"
    "Scientists from the university came to collect the fragments for their studies.\n";

static void
test_groups(void **state)
{
	struct doc *d[4] = { doc_of_lines(story), doc_of_lines(other),
	    doc_of_lines(retold), NULL };
	struct copies c;

	(void)state;
	copies_init(&c);
	for (int i = 0; i < 4; i++)
		assert_int_equal(copies_add(&c, d[i]), i);
	assert_int_equal(copies_group(&c, 0), 0);
	assert_int_equal(copies_group(&c, 1), 1);
	assert_int_equal(copies_group(&c, 2), 0);	/* the story again */
	assert_int_equal(copies_group(&c, 3), 3);	/* not loaded: alone */
	/* Two passages, both between the story and its retelling. */
	assert_int_equal(c.npassages, 2);
	for (size_t i = 0; i < c.npassages; i++) {
		assert_int_equal(c.paras[c.passages[i].a].source, 0);
		assert_int_equal(c.paras[c.passages[i].b].source, 2);
	}
	assert_int_equal(c.paras[c.passages[0].a].start, 0);
	assert_int_equal(c.paras[c.passages[0].b].start, 81);
	copies_free(&c);
	for (int i = 0; i < 3; i++)
		doc_free(d[i]);
}

/* A paragraph in 70 sources, more than the band table chains (64): every
 * copy is counted as carried by the 69 others, the last added as the
 * first; a paragraph of one source alone by none. */
enum { N = 70 };

/* N copies of story, then another story: more than the band chains'
 * 64. */
static void
add_many_copies(struct copies *c, struct doc **d)
{
	copies_init(c);
	for (int i = 0; i <= N; i++) {
		d[i] = doc_of_lines(i < N ? story : other);
		copies_add(c, d[i]);
	}
}

static void
free_many_copies(struct copies *c, struct doc **d)
{
	copies_free(c);
	for (int i = 0; i <= N; i++)
		doc_free(d[i]);
}

static void
test_many_copies(void **state)
{
	struct doc *d[N + 1];
	struct copies c;
	uint32_t paras[N], out[N], own, none;
	size_t np = 0;

	(void)state;
	add_many_copies(&c, d);
	/* Each copy's first paragraph. */
	for (uint32_t p = 0; p < c.nparas; p++)
		if (c.paras[p].source < N && (p == 0 ||
		    c.paras[p].source != c.paras[p - 1].source))
			paras[np++] = p;
	assert_int_equal(np, N);
	copies_carriers(&c, paras, np, out);
	for (size_t i = 0; i < np; i++)
		assert_int_equal(out[i], N - 1);
	own = (uint32_t)c.nparas - 1;	/* the other story's */
	assert_int_equal(c.paras[own].source, N);
	copies_carriers(&c, &own, 1, &none);
	assert_int_equal(none, 0);
	free_many_copies(&c, d);
}

/* A paragraph split in two by another version, and two joined in one
 * (as align.h finds them): each part is carried by the sources that
 * carry its whole, and each whole by those that carry a part, though a
 * part is too small a share of its whole to match it alone. */
#define LEDE1 "Long queues formed at petrol stations across the capital on Wednesday."
#define LEDE2 "Drivers said they had waited for hours in the heat, and several " \
    "stations ran dry before noon, according to their owners and managers."
#define TANKER "The energy ministry blamed a delayed tanker and said new " \
    "supplies would arrive by the weekend, though it gave no date."
#define BUSES "Bus companies cut services on several routes to save fuel, " \
    "and taxi drivers raised their fares by a third."
#define OVENS "Bakeries in the northern district said they could no longer " \
    "run their ovens, and several closed their doors for the week."

static void
test_carriers_parts(void **state)
{
	static const char whole[] = LEDE1 " " LEDE2 "\n" TANKER "\n" BUSES "\n"
	    OVENS "\n";
	static const char parts[] = LEDE1 "\n" LEDE2 "\n" TANKER "\n" BUSES " "
	    OVENS "\n";
	struct doc *d[3] = { doc_of_lines(whole), doc_of_lines(whole),
	    doc_of_lines(parts) };
	struct copies c;
	uint32_t paras[4], out[4];

	(void)state;
	copies_init(&c);
	for (int i = 0; i < 3; i++)
		copies_add(&c, d[i]);
	paras[0] = (uint32_t)c.first_para[2];		/* LEDE1 */
	paras[1] = (uint32_t)c.first_para[2] + 3;	/* BUSES OVENS */
	paras[2] = 0;					/* LEDE1 LEDE2 */
	paras[3] = 2;					/* BUSES */
	assert_int_equal(c.paras[paras[0]].start, 0);
	assert_int_equal(c.paras[paras[3]].start, d[0]->blocks[2].start);
	copies_carriers(&c, paras, 4, out);
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(out[i], 2);
	copies_free(&c);
	for (int i = 0; i < 3; i++)
		doc_free(d[i]);
}

/* The passages listed for 70 copies: every pair of copies of each
 * paragraph, those past the band chains' 64th copy too; none with
 * another story's paragraph. */
static void
test_many_copies_pairs(void **state)
{
	struct doc *d[N + 1];
	struct copies c;
	struct copies_passage *ps;
	size_t n, nparas = 0, late = 0;

	(void)state;
	add_many_copies(&c, d);
	for (uint32_t p = 0; p < c.nparas; p++)
		nparas += c.paras[p].source == 0;
	ps = copies_passages_complete(&c, &n);
	assert_int_equal(n, nparas * N * (N - 1) / 2);
	for (size_t i = 0; i < n; i++) {
		uint32_t sa = c.paras[ps[i].a].source, sb = c.paras[ps[i].b].source;

		assert_true(sa < sb && sb < N);
		late += sa >= 64;
	}
	assert_int_equal(late, nparas * (N - 64) * (N - 65) / 2);
	free(ps);
	free_many_copies(&c, d);
}

/* Past the band chains' 64 copies, the listing pairs a paragraph's
 * copies again at COPIES_SIMILAR: a passage found by gap filling below
 * that (an edited paragraph framed by two shared ones) is kept. */
static void
test_many_copies_framed_kept(void **state)
{
	const char *p1 = "The harbour authority said on Tuesday that the new quay would open in the spring.";
	const char *p2 = "Dockworkers who had threatened to strike said they were satisfied with the agreement.";
	const char *e1 = "Shipping agents said three vessels were waiting offshore for the pilots to return to work on Monday.";
	const char *e2 = "Shipping agents said four ships were waiting offshore for the pilots to come back to work on Monday.";
	char *x = xasprintf("%s\n%s\n%s\n", p1, e1, p2);
	char *y = xasprintf("%s\n%s\n%s\n", p1, e2, p2);
	struct doc *d[N];
	struct copies c;
	struct copies_passage *ps;
	size_t n, matched = 0, listed = 0;
	uint32_t edited;

	(void)state;
	copies_init(&c);
	for (int i = 0; i < N; i++) {
		d[i] = doc_of_lines(i < N - 1 ? x : y);
		copies_add(&c, d[i]);
	}
	edited = (uint32_t)c.nparas - 2;	/* the last version's e2 */
	assert_int_equal(c.paras[edited].source, N - 1);
	for (size_t i = 0; i < c.npassages; i++)
		matched += c.passages[i].b == edited;
	assert_true(matched > 0);
	ps = copies_passages_complete(&c, &n);
	for (size_t i = 0; i < n; i++)
		if (ps[i].a == edited || ps[i].b == edited) {
			assert_true(ps[i].similarity < COPIES_SIMILAR);
			listed++;
		}
	assert_int_equal(listed, matched);
	free(ps);
	copies_free(&c);
	for (int i = 0; i < N; i++)
		doc_free(d[i]);
	free(x);
	free(y);
}

/* A paragraph one version's cleaner dropped is still shared text when it
 * reads as prose; a dropped list of links is not, even beside it. */
static void
test_dropped_prose(void **state)
{
	struct doc *a = doc_of_lines(story), *b = doc_of_lines(story);
	struct copies c;

	(void)state;
	for (size_t i = 0; i < b->nblocks; i++) {
		struct block *k = &b->blocks[i];

		k->keep = false;
		k->f.chars = k->end - k->start;
		k->f.words = 14;
		k->f.stopwords = i == 0 ? 5 : 0;	/* the second: no prose */
		k->f.link_chars = i == 0 ? 0 : k->f.chars;
	}
	copies_init(&c);
	copies_add(&c, a);
	copies_add(&c, b);
	assert_int_equal(c.npassages, 1);
	assert_int_equal(c.paras[c.passages[0].b].start, b->blocks[0].start);
	copies_free(&c);
	doc_free(a);
	doc_free(b);
}

/* Two versions of a story, one a line a paragraph, matched in c. */
struct two_versions {
	struct doc *a, *b;
	struct copies c;
};

static void
two_versions_match(struct two_versions *t, const char *x, const char *y)
{
	t->a = doc_of_lines(x);
	t->b = doc_of_lines(y);
	copies_init(&t->c);
	copies_add(&t->c, t->a);
	copies_add(&t->c, t->b);
}

static void
two_versions_free(struct two_versions *t)
{
	copies_free(&t->c);
	doc_free(t->a);
	doc_free(t->b);
}

/* Between two shared paragraphs, short lines equal in both versions are
 * shared too, in order, and so are those beyond the last one (the walk
 * of extend_edge); a short line found in one version only is not. */
static void
test_framed_short_lines(void **state)
{
	static const char va[] =
	    "The harbour authority said on Tuesday that the new quay would open in the spring.\n"
	    "Meal 2\n"
	    "Only here\n"
	    "Dockworkers who had threatened to strike said they were satisfied with the agreement.\n"
	    "Meal 3\n";
	static const char vb[] =
	    "The harbour authority said on Tuesday that the new quay would open in the spring.\n"
	    "Meal 2\n"
	    "Dockworkers who had threatened to strike said they were satisfied with the agreement.\n"
	    "Meal 3\n";
	struct two_versions t;
	struct copies *c = &t.c;
	size_t meal2 = 0, framed = 0;

	(void)state;
	two_versions_match(&t, va, vb);
	assert_int_equal(c->npassages, 4);
	for (size_t i = 0; i < c->npassages; i++) {
		const struct copies_para *x = &c->paras[c->passages[i].a];
		const struct copies_para *y = &c->paras[c->passages[i].b];

		assert_int_equal(x->source, 0);
		assert_int_equal(y->source, 1);
		if (x->context) {
			framed++;
			meal2 += strncmp(va + x->start, "Meal 2", 6) == 0 &&
			    strncmp(vb + y->start, "Meal 2", 6) == 0;
		}
	}
	assert_int_equal(framed, 2);
	assert_int_equal(meal2, 1);
	/* A short line is no paragraph of the body: grouping is unchanged. */
	assert_int_equal(copies_group(c, 1), 0);
	two_versions_free(&t);
}

/* Whether c has a passage joining the line of version a starting with
 * x to the line of version b starting with y. */
static bool
has_passage(const struct two_versions *t, const char *x, const char *y)
{
	for (size_t i = 0; i < t->c.npassages; i++) {
		const struct copies_para *p = &t->c.paras[t->c.passages[i].a];
		const struct copies_para *q = &t->c.paras[t->c.passages[i].b];

		if (strncmp(t->a->text + p->start, x, strlen(x)) == 0 &&
		    strncmp(t->b->text + q->start, y, strlen(y)) == 0)
			return true;
	}
	return false;
}

/* The versions of test_edge_lists: the same but for one line. */
#define EDGE_HEAD "Politics\nHarbour deal\nIngredients\n" \
	"The harbour authority said on Tuesday that the new quay would open in the spring.\n" \
	"Dockworkers who had threatened to strike said they were satisfied with the agreement.\n" \
	"Meal 1\nEat every 2 hours\n"
#define EDGE_TAIL "Green tea\nOat porridge\nShare this article\n"

/* A list before the first and after the last shared paragraph is the
 * story's too: its items are matched in order, past one cut in either
 * version and one edited beyond recognition, up to the site's furniture
 * ("Share this article" is on every site, not a sign of the story) and
 * not past the title (a site's menu above it is not the story's). */
static void
test_edge_lists(void **state)
{
	static const char va[] = EDGE_HEAD "Cut in b\n" EDGE_TAIL;
	static const char vb[] = EDGE_HEAD "Black coffee\n" EDGE_TAIL;
	struct two_versions t;

	(void)state;
	/* As the cleaner would: the lines that are no sentence dropped. */
	t.a = doc_of_lines(va);
	t.b = doc_of_lines(vb);
	for (size_t i = 0; i < t.a->nblocks; i++)
		t.a->blocks[i].keep = t.b->blocks[i].keep = i == 3 || i == 4;
	t.a->blocks[1].kind = t.b->blocks[1].kind = BLOCK_TITLE;
	copies_init(&t.c);
	copies_add(&t.c, t.a);
	copies_add(&t.c, t.b);
	assert_true(has_passage(&t, "Ingredients", "Ingredients"));
	assert_true(has_passage(&t, "Meal 1", "Meal 1"));
	assert_true(has_passage(&t, "Eat every", "Eat every"));
	assert_true(has_passage(&t, "Green tea", "Green tea"));
	assert_true(has_passage(&t, "Oat porridge", "Oat porridge"));
	assert_false(has_passage(&t, "Politics", "Politics"));
	assert_false(has_passage(&t, "Share this", "Share this"));
	assert_false(has_passage(&t, "Cut in b", "Black coffee"));
	assert_int_equal(t.c.npassages, 7);
	two_versions_free(&t);
}

/* Drops (as the cleaner would) every block of d but the lines of more
 * than 12 words: the rest is matched as context only. */
static struct doc *
doc_of_lines_dropped(const char *text)
{
	struct doc *d = doc_of_lines(text);

	for (size_t i = 0; i < d->nblocks; i++) {
		size_t words = 1;

		for (size_t k = d->blocks[i].bstart; k < d->blocks[i].bend; k++)
			words += d->text[k] == ' ';
		d->blocks[i].keep = words > 12;
	}
	return d;
}

#define LINES_P1 "The harbour authority said on Tuesday that the new quay would open in the spring.\n"
#define LINES_P2 "Dockworkers who had threatened to strike said they were satisfied with the agreement.\n"
#define LINES_PLAN "Plan A\nMeal 1\nOat porridge\nMeal 2\nGreen salad\n" \
	"Plan B\nMeal 1\nRye bread\nMeal 2\nBean soup\n"

/* Short lines equal in two versions of one story, found once in each,
 * are shared in the order of the shared paragraphs, however far from
 * them (past five lines of b's own, where the edge walk gives up); a
 * line found twice in each ("Meal 1") is paired between the lines that
 * pair around it ("Plan A", "Plan B"); a line out of that order ("Quay
 * map") is not, nor one an unrelated story carries too ("Results"). */
static void
test_unique_lines(void **state)
{
	static const char va[] = LINES_P1 "Quay map\n" LINES_P2
	    "Results\n1 Ann Lee 52\n2 Bo Kim 48\n3 Cy Dow 45\n" LINES_PLAN;
	static const char vb[] = LINES_P1 LINES_P2 "Quay map\n"
	    "Photo one\nPhoto two\nPhoto three\nPhoto four\nPhoto five\n"
	    "Results\n1 Ann Lee 52\n2 Bo Kim 48\n3 Cy Dow 45\n" LINES_PLAN;
	static const char unrelated[] =
	    "A meteorite fell on a farm near the village on Sunday night, and nobody was hurt.\n"
	    "Results\n";
	struct doc *o = doc_of_lines_dropped(unrelated);
	struct two_versions t;

	(void)state;
	t.a = doc_of_lines_dropped(va);
	t.b = doc_of_lines_dropped(vb);
	copies_init(&t.c);
	copies_add(&t.c, o);
	copies_add(&t.c, t.a);
	copies_add(&t.c, t.b);
	assert_int_equal(copies_group(&t.c, 2), 1);
	assert_true(has_passage(&t, "1 Ann Lee", "1 Ann Lee"));
	assert_true(has_passage(&t, "2 Bo Kim", "2 Bo Kim"));
	assert_true(has_passage(&t, "3 Cy Dow", "3 Cy Dow"));
	assert_true(has_passage(&t, "Plan A", "Plan A"));
	assert_true(has_passage(&t, "Plan B", "Plan B"));
	assert_true(has_passage(&t, "Rye bread", "Rye bread"));
	assert_true(has_passage(&t, "Bean soup", "Bean soup"));
	assert_false(has_passage(&t, "Results", "Results"));
	assert_false(has_passage(&t, "Quay map", "Quay map"));
	/* Each Meal line with its own plan's, not the other plan's. */
	for (size_t i = 0; i < t.c.npassages; i++) {
		const struct copies_para *p = &t.c.paras[t.c.passages[i].a];
		const struct copies_para *q = &t.c.paras[t.c.passages[i].b];

		if (p->source == 1 && strncmp(va + p->start, "Meal", 4) == 0)
			assert_int_equal(strlen(va) - p->start,
			    strlen(vb) - q->start);
	}
	/* Two Meal lines of each plan, the 2 paragraphs, the 3 rows, the 2
	 * plans and their 4 dishes. */
	assert_int_equal(t.c.npassages, 4 + 2 + 3 + 2 + 4);
	two_versions_free(&t);
	doc_free(o);
}

/* Between two lines paired so (or passages), a line with a word added,
 * cut or misspelt is paired with its twin in order; two lines of two
 * words that differ by one ("Meal 2", "Meal 3") are not, nor lines
 * beyond the last pair, which nothing frames. */
static void
test_near_lines(void **state)
{
	static const char va[] = LINES_P1 LINES_P2 "Plan A\n"
	    "Drink during your workout\nMeal 2\nOat porridge\nPlan B\n"
	    "Drink water after every run\n";
	static const char vb[] = LINES_P1 LINES_P2 "Plan A\n"
	    "Drink during the workout\nMeal 3\nOat porridge\nPlan B\n"
	    "Drink water after each run\n";
	struct two_versions t;

	(void)state;
	t.a = doc_of_lines_dropped(va);
	t.b = doc_of_lines_dropped(vb);
	copies_init(&t.c);
	copies_add(&t.c, t.a);
	copies_add(&t.c, t.b);
	assert_true(has_passage(&t, "Drink during", "Drink during"));
	assert_false(has_passage(&t, "Meal 2", "Meal 3"));
	assert_false(has_passage(&t, "Drink water", "Drink water"));
	/* The 2 paragraphs, Plan A, Oat porridge, Plan B, Drink during. */
	assert_int_equal(t.c.npassages, 6);
	two_versions_free(&t);
}

/* A paragraph edited too much to be looked up is still found between
 * two shared paragraphs. */
static void
test_framed_edited_paragraph(void **state)
{
	static const char e1[] =
	    "Shipping agents said three vessels were waiting offshore for the pilots to return to work on Monday.";
	static const char e2[] =
	    "Shipping agents said four ships were waiting offshore for the pilots to come back to work on Monday.";
	const char *p1 = "The harbour authority said on Tuesday that the new quay would open in the spring.";
	const char *p2 = "Dockworkers who had threatened to strike said they were satisfied with the agreement.";
	char *x = xasprintf("%s\n%s\n%s\n", p1, e1, p2);
	char *y = xasprintf("%s\n%s\n%s\n", p1, e2, p2);
	double sim = similarity(e1, e2);
	struct two_versions t;
	struct copies *c = &t.c;

	(void)state;
	assert_true(sim >= COPIES_GAP_SIMILAR && sim < COPIES_SIMILAR);
	two_versions_match(&t, x, y);
	assert_int_equal(c->npassages, 3);
	assert_int_equal(c->paras[c->passages[2].a].start, strlen(p1) + 1);
	assert_int_equal(c->paras[c->passages[2].b].start, strlen(p1) + 1);
	two_versions_free(&t);
	free(x);
	free(y);
}

/* A short version whose body is half an editor's note is not grouped
 * with an unrelated story carrying the same note. */
static void
test_shared_note_no_story(void **state)
{
	static const char note[] =
	    "Editor's note: This story has been updated with more reporting.\n";
	char *x = xasprintf("%s%s", story, note);
	char *y = xasprintf("%sA meteorite fell on a farm.\n", note);
	struct doc *a = doc_of_lines(x), *b = doc_of_lines(y);
	struct copies c;

	(void)state;
	copies_init(&c);
	copies_add(&c, a);
	copies_add(&c, b);
	assert_int_equal(c.npassages, 1);	/* the note is shared... */
	assert_int_equal(copies_group(&c, 1), 1);	/* ...not the story */
	copies_free(&c);
	doc_free(a);
	doc_free(b);
	free(x);
	free(y);
}

static void
test_alignment(void **state)
{
	struct doc *a = doc_of_lines(story), *b = doc_of_lines(retold);
	struct alignment al = { NULL, 0, 0 };

	(void)state;
	align_docs(a, NULL, b, NULL, &al);
	/* b: a's second paragraph (changed) before its first: one of the
	 * two stays in place (the later), the other moved; a's third cut. */
	assert_int_equal(al.n, 3);
	assert_int_equal(al.rows[0].op, ALIGN_MOVED);
	assert_ptr_equal(al.rows[0].a, &a->blocks[1]);
	assert_int_equal(al.rows[1].op, ALIGN_SAME);
	assert_ptr_equal(al.rows[1].a, &a->blocks[0]);
	assert_int_equal(al.rows[2].op, ALIGN_CUT);
	assert_ptr_equal(al.rows[2].a, &a->blocks[2]);
	alignment_free(&al);
	doc_free(a);
	doc_free(b);
}

/* Two paragraphs swapped round a third: the two moved, the third (and
 * those around them) in place. */
static void
test_alignment_swap(void **state)
{
	static const char *const para[] = {
	    "The harbour authority met on Monday to discuss the new quay.",
	    "Dockworkers said the delays had cost them a month of wages.",
	    "The mayor promised a public inquiry into the contract award.",
	    "Engineers found cracks in the concrete of the eastern pier.",
	    "A spokesman said work would resume once the repairs were done.",
	};
	static const size_t order[] = { 0, 3, 2, 1, 4 };
	char *x = xasprintf("%s\n%s\n%s\n%s\n%s\n", para[0], para[1],
	    para[2], para[3], para[4]);
	char *y = xasprintf("%s\n%s\n%s\n%s\n%s\n", para[0], para[3],
	    para[2], para[1], para[4]);
	struct doc *a = doc_of_lines(x), *b = doc_of_lines(y);
	struct alignment al = { NULL, 0, 0 };

	(void)state;
	align_docs(a, NULL, b, NULL, &al);
	assert_int_equal(al.n, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_ptr_equal(al.rows[i].a, &a->blocks[order[i]]);
		assert_int_equal(al.rows[i].op, order[i] == i ? ALIGN_SAME :
		    ALIGN_MOVED);
	}
	alignment_free(&al);
	doc_free(a);
	doc_free(b);
	free(x);
	free(y);
}

/* The rows of aligning a with b (one paragraph a line each), as a line
 * of op letters (= same, ~ changed, > moved, - cut, + added, S split,
 * J joined) and, per row, its paragraph of a (-1: none). */
static void
expect_rows(const char *x, const char *y, const char *ops, const int *want_a,
    bool changed)
{
	static const char letters[] = "=~>-+SJ";
	struct doc *a = doc_of_lines(x), *b = doc_of_lines(y);
	struct alignment al = { NULL, 0, 0 };
	char got[64] = "";

	align_docs(a, NULL, b, NULL, &al);
	for (size_t i = 0; i < al.n && i + 1 < sizeof got; i++)
		got[i] = letters[al.rows[i].op];
	assert_string_equal(got, ops);
	for (size_t i = 0; i < al.n; i++) {
		assert_ptr_equal(al.rows[i].a, want_a[i] < 0 ? NULL :
		    &a->blocks[want_a[i]]);
		if (al.rows[i].op == ALIGN_SPLIT || al.rows[i].op == ALIGN_JOINED)
			assert_true(al.rows[i].changed == changed);
	}
	alignment_free(&al);
	doc_free(a);
	doc_free(b);
}

#define QUAY "The harbour authority met on Monday to discuss the new quay."
#define WAGES "Dockworkers said the delays had cost them a month of wages."
#define INQUIRY "The mayor promised a public inquiry into the contract award."
#define CRACKS1 "Engineers found cracks in the concrete of the eastern pier,"
#define CRACKS2 "and the port said work would resume once the repairs were done."

/* Split and joined paragraphs, and paragraphs that are no part. */
static const struct parts_case {
	const char *a, *b, *ops;
	int want_a[6];
	bool changed;
} parts_cases[] = {
	/* A paragraph split in two, the words the same. */
	{ QUAY "\n" CRACKS1 " " CRACKS2 "\n" INQUIRY "\n",
	  QUAY "\n" CRACKS1 "\n" CRACKS2 "\n" INQUIRY "\n", "=SS=",
	  { 0, 1, 1, 2 }, false },
	/* In three, each part too small to match the whole (less than a
	 * quarter of its shingles). */
	{ QUAY "\nThe pier was closed. Boats were sent north. Fishermen were "
	  "not told.\n" INQUIRY "\n",
	  QUAY "\nThe pier was closed.\nBoats were sent north.\nFishermen "
	  "were not told.\n" INQUIRY "\n", "=SSS=", { 0, 1, 1, 1, 2 }, false },
	/* A part of two words (a single shingle, in no paragraph). */
	{ QUAY "\n" WAGES " No comment.\n" INQUIRY "\n",
	  QUAY "\n" WAGES "\nNo comment.\n" INQUIRY "\n", "=SS=",
	  { 0, 1, 1, 2 }, false },
	/* Two paragraphs joined in one. */
	{ QUAY "\n" CRACKS1 "\n" CRACKS2 "\n" INQUIRY "\n",
	  QUAY "\n" CRACKS1 " " CRACKS2 "\n" INQUIRY "\n", "=JJ=",
	  { 0, 1, 2, 3 }, false },
	/* Joined, and a word changed in a part. */
	{ QUAY "\n" CRACKS1 "\n" CRACKS2 "\n" INQUIRY "\n",
	  QUAY "\nEngineers found cracks in the concrete of the western "
	  "pier, " CRACKS2 "\n" INQUIRY "\n", "=JJ=", { 0, 1, 2, 3 }, true },
	/* Joined, a word changed three words from a part's end: 70% of
	 * its words are in shingles the whole has. */
	{ QUAY "\n" CRACKS1 "\n" CRACKS2 "\n" INQUIRY "\n",
	  QUAY "\nEngineers found cracks in the concrete of its eastern "
	  "pier, " CRACKS2 "\n" INQUIRY "\n", "=JJ=", { 0, 1, 2, 3 }, true },
	/* A paragraph's words again elsewhere, not next to its match. */
	{ CRACKS1 " " CRACKS2 "\n" WAGES "\n" INQUIRY "\n",
	  CRACKS1 " " CRACKS2 "\n" WAGES "\n" INQUIRY "\nThe eastern pier.\n",
	  "===+", { 0, 1, 2, -1 }, false },
	/* A paragraph repeated next to itself. */
	{ QUAY "\n" WAGES "\n" INQUIRY "\n",
	  QUAY "\n" WAGES "\n" WAGES "\n" INQUIRY "\n", "==+=",
	  { 0, 1, -1, 2 }, false },
};

static void
test_alignment_parts(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof parts_cases / sizeof *parts_cases; i++) {
		const struct parts_case *t = &parts_cases[i];

		expect_rows(t->a, t->b, t->ops, t->want_a, t->changed);
	}
}

/* A headline made of the lede's first words, next to the lede (which
 * has a word more there, so that the headline is no mere repeat of
 * it): written for itself, not a piece split off the lede. */
static void
test_alignment_title_no_part(void **state)
{
	struct doc *a = doc_of_lines("Pier closed\n" CRACKS1 " " CRACKS2 "\n"
	    INQUIRY "\n");
	struct doc *b = doc_of_lines("Engineers found cracks in the concrete\n"
	    "Engineers found big cracks in the concrete of the eastern pier, "
	    CRACKS2 "\n" INQUIRY "\n");
	struct alignment al = { NULL, 0, 0 };
	static const enum align_op want[] = { ALIGN_ADDED, ALIGN_CUT,
	    ALIGN_CHANGED, ALIGN_SAME };

	(void)state;
	a->blocks[0].kind = b->blocks[0].kind = BLOCK_TITLE;
	align_docs(a, NULL, b, NULL, &al);
	assert_int_equal(al.n, 4);
	for (size_t i = 0; i < al.n; i++)
		assert_int_equal(al.rows[i].op, want[i]);
	alignment_free(&al);
	doc_free(a);
	doc_free(b);
}

/* Under a shingle of few paragraphs, all of them; of many, the window
 * nearest a position, whole at either end. */
static void
test_shingle_index_near(void **state)
{
	struct shingle_index x;
	size_t from, to;

	(void)state;
	shingle_index_init(&x);
	for (size_t i = 0; i < 200; i++) {
		shingle_index_add(&x, 7, i);
		if (i == 5)
			shingle_index_add(&x, 9, i);
		if (i == 3)
			shingle_index_add(&x, UINT32_MAX, i);
	}
	shingle_index_sort(&x);
	shingle_index_near(&x, 9, 150, 64, &from, &to);
	assert_int_equal(to - from, 1);
	assert_int_equal(x.v[from].para, 5);
	shingle_index_near(&x, UINT32_MAX, 0, 64, &from, &to);
	assert_int_equal(to - from, 1);
	assert_int_equal(x.v[from].para, 3);
	shingle_index_near(&x, 8, 0, 64, &from, &to);
	assert_int_equal(to, from);
	shingle_index_near(&x, 7, 100, 64, &from, &to);
	assert_int_equal(to - from, 64);
	assert_int_equal(x.v[from].para, 68);
	shingle_index_near(&x, 7, 2, 64, &from, &to);
	assert_int_equal(x.v[from].para, 0);
	assert_int_equal(to - from, 64);
	shingle_index_near(&x, 7, 500, 64, &from, &to);
	assert_int_equal(x.v[to - 1].para, 199);
	assert_int_equal(to - from, 64);
	shingle_index_near(&x, 7, 0, 300, &from, &to);
	assert_int_equal(to - from, 200);
	shingle_index_free(&x);
}

/* Two long versions whose every line shares most of its shingles with
 * every other (all pairs similar: the pairs were kept, all of them, in
 * quadratic memory): each line still meets its own. */
static void
test_alignment_long(void **state)
{
	size_t n = 3000, len = 0;
	char *x = malloc(n * 80), *y = malloc(n * 80);
	struct doc *a, *b;
	struct alignment al = { NULL, 0, 0 };

	(void)state;
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(x + len, "Line %zu: the council met on "
		    "Tuesday to discuss the budget for ward %zu.\n", i, i % 97);
	memcpy(y, x, len + 1);
	for (char *p = y; (p = strstr(p, "Tuesday")) != NULL; p += 7)
		memcpy(p, "Fri day", 7);
	a = doc_of_lines(x);
	b = doc_of_lines(y);
	align_docs(a, NULL, b, NULL, &al);
	assert_int_equal(al.n, n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(al.rows[i].op, ALIGN_CHANGED);
		assert_ptr_equal(al.rows[i].a, &a->blocks[i]);
	}
	alignment_free(&al);
	doc_free(a);
	doc_free(b);
	free(x);
	free(y);
}

static void
test_worddiff(void **state)
{
	const char *x = "a b c d e f", *y = "a B c e f g";
	struct word_list wx = { NULL, 0, 0 }, wy = { NULL, 0, 0 };
	struct wd_list runs = { NULL, 0, 0 };
	static const struct wd_run want[] = {
		{ WD_EQUAL, 0, 1, 0, 1 }, { WD_DELETE, 1, 2, 1, 1 },
		{ WD_INSERT, 2, 2, 1, 2 }, { WD_EQUAL, 2, 3, 2, 3 },
		{ WD_DELETE, 3, 4, 3, 3 }, { WD_EQUAL, 4, 6, 3, 5 },
		{ WD_INSERT, 6, 6, 5, 6 },
	};

	(void)state;
	words_split(x, 0, strlen(x), 0, &wx);
	words_split(y, 0, strlen(y), 0, &wy);
	assert_int_equal(wx.n, 6);
	assert_int_equal(wx.v[5].start, 10);
	worddiff(x, wx.v, wx.n, y, wy.v, wy.n, &runs);
	assert_int_equal(runs.n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < runs.n; i++) {
		assert_int_equal(runs.v[i].kind, want[i].kind);
		assert_int_equal(runs.v[i].a0, want[i].a0);
		assert_int_equal(runs.v[i].a1, want[i].a1);
		assert_int_equal(runs.v[i].b0, want[i].b0);
		assert_int_equal(runs.v[i].b1, want[i].b1);
	}
	wd_free(&runs);
	words_free(&wx);
	words_free(&wy);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_folding),
		cmocka_unit_test(test_minhash_agrees),
		cmocka_unit_test(test_groups),
		cmocka_unit_test(test_many_copies),
		cmocka_unit_test(test_carriers_parts),
		cmocka_unit_test(test_many_copies_pairs),
		cmocka_unit_test(test_many_copies_framed_kept),
		cmocka_unit_test(test_dropped_prose),
		cmocka_unit_test(test_framed_short_lines),
		cmocka_unit_test(test_shared_note_no_story),
		cmocka_unit_test(test_framed_edited_paragraph),
		cmocka_unit_test(test_edge_lists),
		cmocka_unit_test(test_unique_lines),
		cmocka_unit_test(test_near_lines),
		cmocka_unit_test(test_alignment),
		cmocka_unit_test(test_alignment_swap),
		cmocka_unit_test(test_alignment_parts),
		cmocka_unit_test(test_alignment_title_no_part),
		cmocka_unit_test(test_shingle_index_near),
		cmocka_unit_test(test_alignment_long),
		cmocka_unit_test(test_worddiff),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
