/* html_clean.c - tell article from boilerplate in an HTML page. */
#include "config.h"

#include "clean/html_clean.h"

#include <stdlib.h>
#include <string.h>

#include "clean/boilerplate.h"
#include "clean/features.h"
#include "clean/meta.h"
#include "base/util.h"

/* Shorter paragraphs are captions, teasers and buttons as often as text. */
#define PROSE_MIN_CHARS 80
/* Prose a container must add to the article to be climbed to. */
#define CLIMB_MIN_PROSE 300
/* Share of the text it adds that must be prose. */
#define CLIMB_MIN_SHARE 0.6
/* Words from which a line naming a button or a network, between two kept
 * blocks of its run, is a sentence of the story (keep_inside_runs). */
#define RUN_SENTENCE_WORDS 6
/* Words from which a sentence that is mostly one link, between two kept
 * blocks of its run, is the story's own text with a link in it; a
 * teaser of another story is its headline, shorter than this. */
#define RUN_LINKED_PROSE_WORDS 20
/* Longer than this, a line after a quote is more than whose words the
 * quote gives. */
#define ATTRIBUTION_MAX_CHARS 120
/* Dropped blocks after the article's last prose paragraph from which
 * what follows is cut off from the story (drop_detached_tail). */
#define TAIL_GAP 4
/* What a candidate inside page furniture, or wholly above the page's
 * headline, keeps of its score. */
#define FURNITURE_SCORE_SHARE 0.5
/* What one holding the lead that the page's description quotes gains. */
#define DESCRIPTION_SCORE_GAIN 1.5

struct agg {
	double score;		/* content score from paragraphs below */
	size_t chars;		/* text below */
	size_t link_chars;	/* text inside links below */
	size_t prose;		/* text of prose paragraphs below */
	size_t own_prose;	/* of them, in blocks of this element */
	size_t last_block;	/* index of the last block below, plus one */
	bool scored;
	bool furniture;		/* it or an ancestor is page furniture */
};

static double
tag_bonus(enum html_tag tag)
{
	switch (tag) {
	case TAG_DIV: case TAG_ARTICLE: case TAG_MAIN: case TAG_SECTION:
		return 5;
	case TAG_PRE: case TAG_TD: case TAG_BLOCKQUOTE:
		return 3;
	case TAG_ADDRESS: case TAG_OL: case TAG_UL: case TAG_DL: case TAG_DD:
	case TAG_DT: case TAG_LI: case TAG_FORM:
		return -3;
	case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5:
	case TAG_H6: case TAG_TH: case TAG_NAV: case TAG_FOOTER: case TAG_ASIDE:
	case TAG_HEADER:
		return -5;
	default:
		return 0;
	}
}

static size_t
count_commas(const char *s, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		if (s[i] == ',')
			c++;
	return c;
}

/* Table cells count: pages laid out with tables put their prose straight
 * into <td>, between <br>s.  A data table's cells are too short to score. */
static bool
is_text_kind(enum block_kind k)
{
	return k == BLOCK_PARAGRAPH || k == BLOCK_TEXT || k == BLOCK_QUOTE ||
	    k == BLOCK_PREFORMATTED || k == BLOCK_TABLE_CELL;
}

static void
touch(const struct doc *d, struct agg *a, uint32_t e)
{
	if (!a[e].scored) {
		a[e].scored = true;
		a[e].score = tag_bonus((enum html_tag)d->elems[e].tag) +
		    d->elems[e].weight;
	}
}

/* A paragraph of running text: long enough, ending like a sentence,
 * little of it links. */
static bool
is_prose(const struct doc *d, const struct block *b)
{
	return is_text_kind(b->kind) && b->f.chars >= PROSE_MIN_CHARS &&
	    b->f.link_chars * 4 < b->f.chars &&
	    ends_like_sentence(d->text + b->bstart, b->bend - b->bstart);
}

/* Paragraph scores go to the owning element's parent and, fading, to its
 * ancestors: the parent of paragraphs is what holds the article. */
static void
score_paragraphs(const struct doc *d, struct agg *a)
{
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];
		uint32_t e;
		double s;

		a[b->f.elem].chars += b->f.chars;
		a[b->f.elem].link_chars += b->f.link_chars;
		a[b->f.elem].last_block = i + 1;
		if (is_prose(d, b)) {
			a[b->f.elem].prose += b->f.chars;
			a[b->f.elem].own_prose += b->f.chars;
		}
		if (!is_text_kind(b->kind) || b->f.chars < 25)
			continue;
		s = 1.0 + (double)count_commas(d->text + b->bstart,
		    b->bend - b->bstart);
		s += b->f.chars / 100 < 3 ? (double)(b->f.chars / 100) : 3.0;
		e = b->f.elem;
		for (int level = 0; level < 5 && e != 0; level++) {
			e = d->elems[e].parent;
			touch(d, a, e);
			a[e].score += level == 0 ? s : level == 1 ? s / 2 :
			    s / (level * 3);
		}
	}
	/* Elements come in document order, parents first: a reverse pass
	 * sums text up the tree in linear time, whatever the depth. */
	for (size_t i = d->nelems; i-- > 1;) {
		uint32_t p = d->elems[i].parent;
		a[p].chars += a[i].chars;
		a[p].link_chars += a[i].link_chars;
		a[p].prose += a[i].prose;
		if (a[i].last_block > a[p].last_block)
			a[p].last_block = a[i].last_block;
	}
}

/* The heading that states the page's title, as a block index, or
 * SIZE_MAX: the heading whose text the page's <title> or og:title
 * states, not the page's first <h1>, often the site's name. */
static size_t
title_heading(const struct doc *d)
{
	long t = meta_title_block(d);

	if (t < 0 || d->blocks[t].kind != BLOCK_HEADING)
		return SIZE_MAX;
	return (size_t)t;
}

static double
link_density(const struct agg *a)
{
	return a->chars ? (double)a->link_chars / (double)a->chars : 0.0;
}

/* Marks the elements that are, or sit inside, an element named or
 * tagged as page furniture (a comment form, a hidden box, a sidebar).
 * Elements come parents first, so one forward pass does it. */
static bool
is_furniture(const struct elem *e)
{
	enum html_tag t = (enum html_tag)e->tag;

	return e->weight < 0 || t == TAG_NAV || t == TAG_ASIDE ||
	    t == TAG_FOOTER;
}

static void
mark_furniture(const struct doc *d, struct agg *a)
{
	for (size_t i = 1; i < d->nelems; i++)
		a[i].furniture = a[d->elems[i].parent].furniture ||
		    is_furniture(&d->elems[i]);
}

/* Whether all of a candidate's text comes before the page's headline:
 * a left-hand column's notice or a list of posts, not the story the
 * headline heads, which follows it. */
static bool
above_title(const struct agg *a, size_t title)
{
	return title != SIZE_MAX && a->last_block <= title;
}

static bool
is_inside(const struct doc *d, uint32_t e, uint32_t ancestor)
{
	for (; e != 0 && e != ancestor; e = d->elems[e].parent)
		;
	return e == ancestor;
}

/* The element of the block that holds the page's stated description,
 * or 0. */
static uint32_t
description_elem(const struct doc *d)
{
	long lead = meta_description_block(d);

	return lead >= 0 ? d->blocks[lead].f.elem : 0;
}

/* The element with the best content score.  One inside furniture counts
 * half: a comment form's help text, hidden until needed, or a sidebar's
 * notice beats a short article by its length alone (Readability drops
 * such elements before scoring; here they only lose, so that an article
 * whose template names its wrappers like clutter is still found).  So
 * does one whose text all comes before the heading that the page's title
 * states: a left-hand column's notice, whose wrapper is named like
 * content ("module-content"), beat a blog's one-paragraph post that way
 * (#14, round 9).  When the title names no heading, one that holds the
 * block the page's description quotes counts more (a story's lead is
 * often its description): a short story beside a site's longer "about"
 * text is found by it (#14, round 14). */
static uint32_t
top_candidate(const struct doc *d, struct agg *a)
{
	uint32_t best = 0;
	double best_score = 0;
	size_t title = title_heading(d);
	uint32_t lead = title == SIZE_MAX ? description_elem(d) : 0;

	mark_furniture(d, a);
	for (size_t i = 1; i < d->nelems; i++) {
		double s;

		if (!a[i].scored)
			continue;
		s = a[i].score * (1.0 - link_density(&a[i]));
		if (a[i].furniture || above_title(&a[i], title))
			s *= FURNITURE_SCORE_SHARE;
		else if (lead != 0 && is_inside(d, lead, (uint32_t)i))
			s *= DESCRIPTION_SCORE_GAIN;
		a[i].score = s;
		if (s > best_score) {
			best_score = s;
			best = (uint32_t)i;
		}
	}
	return best;
}

/* An article split into sibling containers (one per paragraph run, cut
 * apart by players, promo cards, pull quotes) has its best container as
 * one piece only: climb to the ancestor that holds the other pieces, as
 * long as what it adds to the article is mostly prose.  Wrappers that add
 * little are climbed through without deciding. */
static uint32_t
climb_to_article(const struct doc *d, const struct agg *a, uint32_t top)
{
	uint32_t cur = top;

	for (uint32_t p = d->elems[top].parent; p != 0;
	    p = d->elems[p].parent) {
		size_t prose = a[p].prose - a[cur].prose;
		size_t chars = a[p].chars - a[cur].chars;

		if (chars < CLIMB_MIN_PROSE)
			continue;
		if (prose < CLIMB_MIN_PROSE ||
		    (double)prose < CLIMB_MIN_SHARE * (double)chars)
			break;
		cur = p;
	}
	return cur;
}

/* The article as chosen: its containers, and the class names of the
 * containers between the best one and the top, which a template repeats
 * for each piece of a split article ("body__container adrail" around every
 * run of paragraphs) and which therefore never mark clutter. */
#define PIECE_CLASSES 16

struct article {
	bool *chosen;		/* per element */
	uint32_t piece_class[PIECE_CLASSES];
	size_t npiece;
};

/* The element that holds the most prose paragraphs itself. */
static uint32_t
densest_prose(const struct doc *d, const struct agg *a)
{
	uint32_t best = 0;

	for (size_t i = 1; i < d->nelems; i++)
		if (a[i].own_prose > a[best].own_prose)
			best = (uint32_t)i;
	return best;
}

/* Records the class names of the containers between the best container's
 * run of prose paragraphs and the article's top. */
static void
note_pieces(const struct doc *d, const struct agg *a, uint32_t best,
    uint32_t top, struct article *art)
{
	uint32_t from = densest_prose(d, a);

	if (!is_inside(d, from, best))
		from = best;
	for (uint32_t e = from; e != top && e != 0; e = d->elems[e].parent)
		if (d->elems[e].class_hash != 0 && art->npiece < PIECE_CLASSES)
			art->piece_class[art->npiece++] = d->elems[e].class_hash;
}

static bool
is_piece(const struct article *art, uint32_t class_hash)
{
	for (size_t i = 0; i < art->npiece; i++)
		if (class_hash != 0 && art->piece_class[i] == class_hash)
			return true;
	return false;
}

/* The container and its siblings that carry enough content join the
 * article; marks them in chosen[]. */
static void
choose_article(const struct doc *d, const struct agg *a, uint32_t best,
    struct article *art)
{
	uint32_t top = climb_to_article(d, a, best);
	uint32_t parent = d->elems[top].parent;
	double threshold = a[best].score * 0.2 > 10 ? a[best].score * 0.2 : 10;
	bool *chosen = art->chosen;

	note_pieces(d, a, best, top, art);
	chosen[top] = true;
	if (top == 0)
		return;
	for (size_t i = 1; i < d->nelems; i++) {
		if (d->elems[i].parent != parent || i == top)
			continue;
		if (a[i].scored && a[i].score >= threshold)
			chosen[i] = true;
		else if (d->elems[i].tag == TAG_P && a[i].chars > 80 &&
		    link_density(&a[i]) < 0.25)
			chosen[i] = true;
	}
}

/* Whether any element between the block's owner and the article
 * container is marked as clutter by its class or id, or is page
 * furniture by its tag; a figure's caption and credit are not the
 * article's text (no benchmark's ground truth has them). */
static bool
under_clutter(const struct doc *d, uint32_t e, const struct article *art)
{
	for (; e != 0 && !art->chosen[e]; e = d->elems[e].parent) {
		enum html_tag t = (enum html_tag)d->elems[e].tag;

		if (d->elems[e].weight < 0 &&
		    is_piece(art, d->elems[e].class_hash))
			continue;
		if (is_furniture(&d->elems[e]) || t == TAG_FORM ||
		    t == TAG_FIGURE || t == TAG_FIGCAPTION)
			return true;
	}
	return false;
}

static uint32_t
chosen_ancestor(const struct doc *d, uint32_t e, const bool *chosen)
{
	for (; e != 0; e = d->elems[e].parent)
		if (chosen[e])
			return e;
	return chosen[0] ? 0 : UINT32_MAX;
}

/* Mostly links: a menu, a list of other stories, "Read more: ...". */
static bool
link_heavy(const struct block *b)
{
	double ld = b->f.chars ? (double)b->f.link_chars / b->f.chars : 0;

	return ld > 0.5 || (b->f.chars < 80 && ld > 0.3);
}

static bool
keep_block(const struct doc *d, const struct block *b,
    const struct article *art)
{
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;

	if (chosen_ancestor(d, b->f.elem, art->chosen) == UINT32_MAX)
		return false;
	if (under_clutter(d, b->f.elem, art))
		return false;
	if (link_heavy(b))
		return false;
	if (boilerplate_cookie_notice(s, n))
		return false;
	if (b->f.chars < 100 && boilerplate_phrase(s, n))
		return false;
	return true;
}

/* The nearest block before (step -1) or after (+1) block i that is not
 * blank, or SIZE_MAX. */
static size_t
neighbour(const struct doc *d, size_t i, int step)
{
	for (size_t k = i + (size_t)step; k < d->nblocks; k += (size_t)step)
		if (!block_is_blank(d, &d->blocks[k]))
			return k;
	return SIZE_MAX;
}

static bool
same_run(const struct doc *d, const struct block *a, const struct block *b)
{
	return a->kind == b->kind &&
	    d->elems[a->f.elem].parent == d->elems[b->f.elem].parent;
}

/* A line that is one web address: a reference the story gives (a
 * shop's link under each item of a list), not a headline of another
 * story, which is words. */
static bool
is_bare_url(const char *s, size_t n)
{
	if (memchr(s, ' ', n) != NULL)
		return false;
	return (n > 8 && strncmp(s, "https://", 8) == 0) ||
	    (n > 7 && strncmp(s, "http://", 7) == 0) ||
	    (n > 4 && strncmp(s, "www.", 4) == 0);
}

/* A sentence that says something: ends like one, but not with the colon
 * of a line that introduces what follows ("Reach us by phone or mail:"). */
static bool
ends_like_statement(const char *s, size_t n)
{
	return n > 0 && s[n - 1] != ':' && ends_like_sentence(s, n);
}

/* A short line with a link in it that is a sentence of the story ("I
 * thank the Gazette for the tip."), not the Title Case headline of
 * another story ("Why Fancy Ketchup Costs So Much?") nor a credit. */
static bool
linked_sentence(const char *s, size_t n)
{
	return ends_like_statement(s, n) && capitalised_share(s, n) < 0.6;
}

/* A block that may join the kept run around it: not clutter, not a
 * notice, not a link to elsewhere ("Read more: ...") unless a bare
 * address or, when under half of it is the link, a sentence; a line
 * naming a network or a button only when it is a sentence of the story
 * ("She saw the Twitter reaction and changed her mind."). */
static bool
run_member(const struct doc *d, const struct block *b,
    const struct article *art)
{
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;
	bool links = link_heavy(b) && !is_bare_url(s, n);
	bool mostly_link = b->f.link_chars * 2 > b->f.chars &&
	    b->f.words < RUN_LINKED_PROSE_WORDS;

	if (under_clutter(d, b->f.elem, art) || (links &&
	    (mostly_link || !linked_sentence(s, n))) ||
	    boilerplate_cookie_notice(s, n) ||
	    boilerplate_related_marker(s, n))
		return false;
	return !boilerplate_phrase(s, n) ||
	    (b->f.words >= RUN_SENTENCE_WORDS && ends_like_statement(s, n));
}

/* A block of the article dropped for its form alone (a short line that
 * names a social network, a line that is one web address) between two
 * kept blocks of the same kind and container is part of that run:
 * paragraphs, list items and rows of one container are one thing (#14
 * item 6).  Only what is boilerplate on its own merits stays out
 * (run_member).  One block at a time: two dropped in a row stay out. */
static void
keep_inside_runs(struct doc *d, const struct article *art)
{
	for (size_t i = 1; i + 1 < d->nblocks; i++) {
		struct block *b = &d->blocks[i];
		size_t p, n;

		if (b->keep || block_is_blank(d, b))
			continue;
		p = neighbour(d, i, -1);
		n = neighbour(d, i, 1);
		if (p == SIZE_MAX || n == SIZE_MAX || !d->blocks[p].keep ||
		    !d->blocks[n].keep || !same_run(d, b, &d->blocks[p]) ||
		    !same_run(d, b, &d->blocks[n]))
			continue;
		if (!run_member(d, b, art))
			continue;
		b->keep = true;
	}
}

/* The nearest blockquote holding element e, below the article's
 * container, or 0. */
static uint32_t
quote_of(const struct doc *d, uint32_t e, const bool *chosen)
{
	for (; e != 0 && !chosen[e]; e = d->elems[e].parent)
		if (d->elems[e].tag == TAG_BLOCKQUOTE)
			return e;
	return 0;
}

/* Whether s starts with a dash that sets off whom a quote is by: an em
 * or en dash, a horizontal bar, or two hyphens. */
static bool
starts_with_dash(const char *s, size_t n)
{
	return (n >= 3 && (memcmp(s, "\xE2\x80\x94", 3) == 0 ||
	    memcmp(s, "\xE2\x80\x93", 3) == 0 ||
	    memcmp(s, "\xE2\x80\x95", 3) == 0)) ||
	    (n >= 2 && memcmp(s, "--", 2) == 0);
}

/* A quote kept in the article keeps the line that says whose words they
 * are ("- Jane Doe (@jane) May 3, 2024" under an embedded post), which
 * a link to its source and a date make look like furniture. */
static void
keep_quote_attributions(struct doc *d, const struct article *art)
{
	for (size_t i = 1; i < d->nblocks; i++) {
		struct block *b = &d->blocks[i];
		size_t p = neighbour(d, i, -1);
		uint32_t q;

		if (b->keep || p == SIZE_MAX || !d->blocks[p].keep ||
		    b->f.chars > ATTRIBUTION_MAX_CHARS ||
		    !starts_with_dash(d->text + b->bstart, b->bend - b->bstart))
			continue;
		q = quote_of(d, b->f.elem, art->chosen);
		if (q != 0 && q == quote_of(d, d->blocks[p].f.elem, art->chosen))
			b->keep = true;
	}
}

/* After the article's last prose paragraph, past a gap of TAIL_GAP
 * dropped blocks, short lines are no longer the story: the headings of
 * a tag list or of trackbacks, "Add your comment", the blurbs of story
 * cards under their dropped headline links.  Prose there still counts.
 * Gaps of 4 to 6 measure alike on wceb-dev and aeb-dev (8 gains less);
 * cutting long blocks there too loses (PERFORMANCE.md). */
static void
drop_detached_tail(struct doc *d)
{
	size_t last = SIZE_MAX, run = 0;
	bool detached = false;

	for (size_t i = 0; i < d->nblocks; i++)
		if (d->blocks[i].keep && is_prose(d, &d->blocks[i]))
			last = i;
	if (last == SIZE_MAX)
		return;
	for (size_t i = last + 1; i < d->nblocks; i++) {
		struct block *b = &d->blocks[i];

		if (block_is_blank(d, b))
			continue;
		if (!b->keep) {
			detached |= ++run >= TAIL_GAP;
			continue;
		}
		run = 0;
		if (detached && b->f.chars < PROSE_MIN_CHARS)
			b->keep = false;
	}
}

/* The first prose paragraph the article keeps, or SIZE_MAX. */
static size_t
first_kept_prose(const struct doc *d)
{
	for (size_t i = 0; i < d->nblocks; i++)
		if (d->blocks[i].keep && is_prose(d, &d->blocks[i]))
			return i;
	return SIZE_MAX;
}

/* Whether the nearest block before (step -1) or after (+1) block i that
 * is not blank is kept. */
static bool
kept_beside(const struct doc *d, size_t i, int step)
{
	size_t k = neighbour(d, i, step);

	return k != SIZE_MAX && d->blocks[k].keep;
}

/* A short kept line with dropped blocks on both sides is no part of a
 * run of the story: a dateline between a dropped headline and a
 * dropped byline, a sidebar's heading or a lone promo line that the
 * container's score carried in.  The story's own short lines (a
 * subheading, a list item) sit next to its paragraphs.  Only when
 * prose is kept elsewhere: a page of short lines keeps them. */
static void
drop_stranded_lines(struct doc *d)
{
	bool *stranded;
	size_t first = first_kept_prose(d);

	if (first == SIZE_MAX)
		return;
	stranded = xcalloc(d->nblocks, sizeof *stranded);
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		if (b->kind == BLOCK_HEADING)
			continue;
		stranded[i] = b->keep && b->f.chars < PROSE_MIN_CHARS &&
		    !kept_beside(d, i, -1) && !kept_beside(d, i, 1);
	}
	/* Decided on the blocks as they were, then applied: dropping one
	 * line must not strand the next. */
	for (size_t i = 0; i < d->nblocks; i++)
		if (stranded[i])
			d->blocks[i].keep = false;
	free(stranded);
}

/* Keeps in each block what the container choice found about it, for
 * whoever weighs the evidence again (tools/bench/clean-learn). */
static void
note_evidence(struct doc *d, const struct agg *a, uint32_t best,
    const struct article *art)
{
	for (size_t i = 0; i < d->nblocks; i++) {
		struct block_features *f = &d->blocks[i].f;
		uint32_t p = d->elems[f->elem].parent;

		f->in_chosen = chosen_ancestor(d, f->elem, art->chosen) !=
		    UINT32_MAX;
		f->under_clutter = under_clutter(d, f->elem, art);
		f->score_share = a[best].score > 0 && a[p].scored ?
		    (float)(a[p].score / a[best].score) : 0.0f;
	}
}

void
html_clean_classify(struct doc *d)
{
	struct article art = { NULL, { 0 }, 0 };
	struct agg *a;
	uint32_t best;

	if (d->nblocks == 0 || d->nelems == 0)
		return;
	a = xcalloc(d->nelems, sizeof *a);
	art.chosen = xcalloc(d->nelems, sizeof *art.chosen);
	score_paragraphs(d, a);
	best = top_candidate(d, a);
	choose_article(d, a, best, &art);
	note_evidence(d, a, best, &art);
	for (size_t i = 0; i < d->nblocks; i++)
		d->blocks[i].keep = keep_block(d, &d->blocks[i], &art);
	keep_inside_runs(d, &art);
	keep_quote_attributions(d, &art);
	drop_detached_tail(d);
	drop_stranded_lines(d);
	free(a);
	free(art.chosen);
}
