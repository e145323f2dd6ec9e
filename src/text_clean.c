/* text_clean.c - tell article from boilerplate in a plain-text dump. */
#include "config.h"

#include "text_clean.h"

#include <stdlib.h>
#include <string.h>

#include "boilerplate.h"
#include "util.h"

/* jusText's default thresholds. */
#define LENGTH_LOW 70
#define LENGTH_HIGH 200
#define STOPWORDS_LOW 0.30
#define STOPWORDS_HIGH 0.32

/* RELATED marks related-post runs: dropped, and invisible to the context
 * pass so that they don't cut the story in two. */
enum cls { BAD, SHORT, NEARGOOD, GOOD, RELATED };

static double
stop_density(const struct block *b)
{
	return b->f.words ? (double)b->f.stopwords / (double)b->f.words : 0.0;
}

static bool
looks_like_link_or_contact(const char *s, size_t n)
{
	return contains_ci(s, n, "http://") || contains_ci(s, n, "https://") ||
	    contains_ci(s, n, "www.") || (contains_ci(s, n, "@") && n < 80);
}

/* Page furniture whatever its prose: menus and footers repeated across
 * the load, notices, calendars, buttons, links, lines repeated in the
 * page. */
static bool
is_furniture(const struct doc *d, const struct block *b)
{
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;
	double sd = stop_density(b);

	/* Lines every page of a site repeats are furniture; but syndicated
	 * copy repeats whole paragraphs across sources, so prose is spared. */
	if (b->f.repeats_in_load > 0 && b->f.chars < 300 &&
	    !(b->f.words >= 10 && sd >= 0.2 && ends_like_sentence(s, n)))
		return true;
	if (boilerplate_cookie_notice(s, n) || boilerplate_calendar_line(s, n))
		return true;
	if (b->f.chars < LENGTH_HIGH && (boilerplate_phrase(s, n) ||
	    looks_like_link_or_contact(s, n)))
		return true;
	return b->f.repeats_in_doc > 0 && b->f.chars < 100;
}

static enum cls
initial_class(const struct doc *d, const struct block *b, bool have_lang)
{
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;
	double sd = stop_density(b);

	if (is_furniture(d, b))
		return BAD;
	if (!have_lang) {
		/* No stoplist knows the language: length and punctuation. */
		if (b->f.chars >= LENGTH_HIGH && ends_like_sentence(s, n))
			return GOOD;
		return b->f.chars < LENGTH_LOW ? SHORT : NEARGOOD;
	}
	if (b->f.chars < LENGTH_LOW)
		return SHORT;
	if (sd >= STOPWORDS_HIGH)
		return b->f.chars > LENGTH_HIGH ? GOOD : NEARGOOD;
	if (sd >= STOPWORDS_LOW)
		return NEARGOOD;
	return BAD;
}

/* Nearest class before (dir -1) or after (dir 1) i that is GOOD or BAD,
 * optionally also stopping at NEARGOOD; BAD past the page's edge. */
static enum cls
neighbour(const enum cls *c, size_t n, size_t i, int dir, bool stop_near)
{
	for (size_t k = i;;) {
		if (dir < 0 && k == 0)
			return BAD;
		k = (size_t)((ptrdiff_t)k + dir);
		if (k >= n)
			return BAD;
		if (c[k] == RELATED)
			continue;
		if (c[k] == GOOD || c[k] == BAD ||
		    (stop_near && c[k] == NEARGOOD))
			return c[k];
	}
}

/* Prose too short for GOOD on its own: two near-good paragraphs in a row,
 * or a page with no GOOD block at all (a brief), are the article. */
static void
promote_neargood_runs(const struct doc *d, enum cls *c, size_t n)
{
	bool any_good = false;

	for (size_t i = 0; i < n; i++)
		any_good |= c[i] == GOOD;
	for (size_t i = 0; i < n; i++) {
		const struct block *b = &d->blocks[i];

		if (c[i] != NEARGOOD ||
		    !ends_like_sentence(d->text + b->bstart, b->bend - b->bstart))
			continue;
		if (!any_good || (i + 1 < n && c[i + 1] == NEARGOOD) ||
		    (i > 0 && c[i - 1] == NEARGOOD))
			c[i] = GOOD;
	}
}

/* jusText's context-sensitive pass. */
static void
smooth(enum cls *c, size_t n)
{
	enum cls *out = xmalloc(n * sizeof *out);

	memcpy(out, c, n * sizeof *out);
	for (size_t i = 0; i < n; i++) {
		enum cls p, q;

		if (c[i] != SHORT)
			continue;
		p = neighbour(c, n, i, -1, false);
		q = neighbour(c, n, i, 1, false);
		if (p == GOOD && q == GOOD)
			out[i] = GOOD;
		else if (p == BAD && q == BAD)
			out[i] = BAD;
		else if ((p == BAD && neighbour(c, n, i, -1, true) == NEARGOOD) ||
		    (q == BAD && neighbour(c, n, i, 1, true) == NEARGOOD))
			out[i] = GOOD;
		else
			out[i] = BAD;
	}
	for (size_t i = 0; i < n; i++) {
		if (out[i] != NEARGOOD)
			continue;
		if (neighbour(out, n, i, -1, false) == BAD &&
		    neighbour(out, n, i, 1, false) == BAD)
			out[i] = BAD;
		else
			out[i] = GOOD;
	}
	memcpy(c, out, n * sizeof *c);
	free(out);
}

static bool
headline_like(const struct doc *d, const struct block *b)
{
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;

	return b->f.chars < 140 && !ends_like_sentence(s, n);
}

/* Related posts wedged into the story: a marker line ("Related", "Read
 * also") and the headline-like lines after it, or a run of three or more
 * headline-like lines, are dropped even between article paragraphs.  A
 * single short line (a subheading) stays. */
static void
mark_related_runs(const struct doc *d, enum cls *c)
{
	size_t n = d->nblocks;

	for (size_t i = 0; i < n; i++) {
		const struct block *b = &d->blocks[i];
		size_t j = i;

		if (boilerplate_related_marker(d->text + b->bstart,
		    b->bend - b->bstart)) {
			c[i] = RELATED;
			/* Headlines have four words or more; a shorter line
			 * after them is the story's own subheading. */
			for (j = i + 1; j < n && headline_like(d, &d->blocks[j]) &&
			    d->blocks[j].f.words >= 4; j++)
				c[j] = RELATED;
			i = j - 1;
			continue;
		}
		while (j < n && headline_like(d, &d->blocks[j]) &&
		    d->blocks[j].f.words >= 4)
			j++;
		if (j - i >= 3)
			for (size_t k = i; k < j; k++)
				c[k] = RELATED;
		if (j > i)
			i = j - 1;
	}
}

/* Spun or telegraphic copy (thesaurus-rewritten syndication) has fewer
 * function words than jusText expects.  Between two article paragraphs,
 * a block of a dozen words or more that is not furniture is article text
 * too: the bullets and closing paragraph of such a story. */
static bool
rescuable(const struct doc *d, const enum cls *c, size_t i)
{
	const struct block *b = &d->blocks[i];

	return c[i] == BAD && b->f.words >= 12 && stop_density(b) >= 0.08 &&
	    !is_furniture(d, b);
}

static void
rescue_prose(const struct doc *d, enum cls *c)
{
	size_t n = d->nblocks, prev_good = SIZE_MAX;

	/* First the long blocks after the story began: the closing
	 * paragraph has no article after it. */
	for (size_t i = 0; i < n; i++) {
		if (c[i] == GOOD)
			prev_good = i;
		else if (prev_good != SIZE_MAX && rescuable(d, c, i) &&
		    d->blocks[i].f.chars >= 400)
			c[i] = GOOD;
	}
	/* Then whatever lies between two article paragraphs. */
	prev_good = SIZE_MAX;
	for (size_t i = 0; i < n; i++) {
		if (c[i] == GOOD) {
			prev_good = i;
			continue;
		}
		if (prev_good == SIZE_MAX || !rescuable(d, c, i))
			continue;
		for (size_t k = i + 1; k < n && k <= i + 20; k++)
			if (c[k] == GOOD) {
				c[i] = GOOD;
				break;
			}
	}
}

void
text_clean_classify(struct doc *d)
{
	size_t n = d->nblocks;
	enum cls *c;

	if (n == 0)
		return;
	c = xmalloc(n * sizeof *c);
	for (size_t i = 0; i < n; i++)
		c[i] = initial_class(d, &d->blocks[i], d->lang != NULL);
	mark_related_runs(d, c);
	promote_neargood_runs(d, c, n);
	smooth(c, n);
	rescue_prose(d, c);
	for (size_t i = 0; i < n; i++)
		d->blocks[i].keep = c[i] == GOOD;
	free(c);
}
