/* text_clean.c - tell article from boilerplate in a plain-text dump. */
#include "config.h"

#include "clean/text_clean.h"

#include <stdlib.h>
#include <string.h>

#include "clean/boilerplate.h"
#include "clean/features.h"
#include "base/util.h"

/* jusText's default thresholds. */
#define LENGTH_LOW 70
#define LENGTH_HIGH 200
#define STOPWORDS_LOW 0.30
#define STOPWORDS_HIGH 0.32
/* Words from which a short closing line is a sentence of the story
 * (keep_closing_sentences).  On aeb-dev's text dumps, F1 dev 0.9026 ->
 * 0.9037, held-out 0.9292 -> 0.9303 with 6; 4 and 9 measured alike. */
#define CLOSING_WORDS 6
/* Words from which a line other stories of the load repeat is spared as
 * a sentence of syndicated copy (is_furniture): two versions of a story
 * whose paragraphs differ by a typo are not known as one story, and
 * their shared closing line ("Shipping agents said three vessels were
 * waiting offshore.") is no menu.  10 before; 6 raised the F1 of
 * load-wide cleaning on tools/make-syndication sets (seeds 19, 5, 11:
 * 0.9090, 0.9273, 0.9305 -> 0.9105, 0.9309, 0.9313) and left the
 * load-wide F1 of aeb-dev's and wceb-dev's pages as it was. */
#define SPARE_WORDS 6
/* Words up to which a photo credit is a credit alone, not a caption. */
#define CREDIT_WORDS 8

/* RELATED marks related-post runs, CAPTION photo captions: dropped, and
 * invisible to the context pass so that they don't cut the story in
 * two. */
enum cls { BAD, SHORT, NEARGOOD, GOOD, RELATED, CAPTION };

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

/* A page that shows a list of teasers twice (a carousel and its copy)
 * repeats a run of blocks; an interview that asks each guest the same
 * question repeats single blocks between different answers. */
static bool
in_repeated_run(const struct doc *d, size_t i)
{
	return (i > 0 && d->blocks[i - 1].f.repeats_in_doc > 0) ||
	    (i + 1 < d->nblocks && d->blocks[i + 1].f.repeats_in_doc > 0);
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
	    !(b->f.words >= SPARE_WORDS && sd >= 0.2 && ends_like_sentence(s, n)))
		return true;
	if (boilerplate_cookie_notice(s, n) || boilerplate_calendar_line(s, n))
		return true;
	if (b->f.chars < LENGTH_HIGH && (boilerplate_phrase(s, n) ||
	    looks_like_link_or_contact(s, n)))
		return true;
	return b->f.repeats_in_doc > 0 && (b->f.chars < 100 ||
	    in_repeated_run(d, (size_t)(b - d->blocks)));
}

static enum cls
initial_class(const struct doc *d, const struct block *b, bool have_lang)
{
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;
	double sd = stop_density(b);

	if (is_furniture(d, b))
		return BAD;
	if (!have_lang || block_is_unspaced(b)) {
		/* No stoplist knows the language, or the block is in a script
		 * without spaces, where words cannot be counted: length and
		 * punctuation. */
		size_t len = block_length(b);

		if (len >= LENGTH_HIGH && ends_like_sentence(s, n))
			return GOOD;
		return len < LENGTH_LOW ? SHORT : NEARGOOD;
	}
	if (b->f.chars < LENGTH_LOW)
		return SHORT;
	if (sd >= STOPWORDS_HIGH)
		return b->f.chars > LENGTH_HIGH ? GOOD : NEARGOOD;
	if (sd >= STOPWORDS_LOW)
		return NEARGOOD;
	return BAD;
}

/* For every block, the class of the nearest block before and after it
 * that is GOOD or BAD (or also NEARGOOD when near is set), BAD past the
 * page's edge; related runs and captions are invisible.  Linear, so a
 * dump of a million short lines costs no more than its length. */
static void
neighbours(const enum cls *c, size_t n, bool near, enum cls *before,
    enum cls *after)
{
	enum cls last = BAD;

	for (size_t i = 0; i < n; i++) {
		before[i] = last;
		if (c[i] == GOOD || c[i] == BAD || (near && c[i] == NEARGOOD))
			last = c[i];
	}
	last = BAD;
	for (size_t i = n; i-- > 0;) {
		after[i] = last;
		if (c[i] == GOOD || c[i] == BAD || (near && c[i] == NEARGOOD))
			last = c[i];
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
	enum cls *p = xmalloc(n * sizeof *p), *q = xmalloc(n * sizeof *q);
	enum cls *pn = xmalloc(n * sizeof *pn), *qn = xmalloc(n * sizeof *qn);

	memcpy(out, c, n * sizeof *out);
	neighbours(c, n, false, p, q);
	neighbours(c, n, true, pn, qn);
	for (size_t i = 0; i < n; i++) {
		if (c[i] != SHORT)
			continue;
		if (p[i] == GOOD && q[i] == GOOD)
			out[i] = GOOD;
		else if (p[i] == BAD && q[i] == BAD)
			out[i] = BAD;
		else if ((p[i] == BAD && pn[i] == NEARGOOD) ||
		    (q[i] == BAD && qn[i] == NEARGOOD))
			out[i] = GOOD;
		else
			out[i] = BAD;
	}
	/* As in jusText, a near-good block decided here is seen by the
	 * ones after it: the left neighbour is tracked while deciding. */
	neighbours(out, n, false, p, q);
	{
		enum cls last = BAD;

		for (size_t i = 0; i < n; i++) {
			if (out[i] == NEARGOOD)
				out[i] = last == BAD && q[i] == BAD ? BAD : GOOD;
			if (out[i] == GOOD || out[i] == BAD)
				last = out[i];
		}
	}
	memcpy(c, out, n * sizeof *c);
	free(out);
	free(p);
	free(q);
	free(pn);
	free(qn);
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

/* A photo's caption, wherever it is, is dropped and no break in the
 * story (a closing paragraph after the last photo is the story's).  A
 * credit alone ("Photo: Getty Images") is furniture and still a break:
 * the photo's description above it is no more the story's. */
static void
mark_captions(const struct doc *d, enum cls *c)
{
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		if (boilerplate_photo_credit(d->text + b->bstart,
		    b->bend - b->bstart))
			c[i] = b->f.words > CREDIT_WORDS ? CAPTION : BAD;
	}
}

/* Lists of story cards (more from the section, most read, sponsored)
 * alternate labels (a headline, a kicker, a time, a byline, a section:
 * short lines that are not sentences) with a one- or two-sentence
 * summary that reads as prose, so they are recognised by that rhythm: at
 * least three cards, two labels a card on average.  A story's own
 * subheadings come one to a paragraph. */
#define CARD_LABEL_CHARS 140
#define CARD_SUMMARY_CHARS 300
#define CARD_RUN_MIN 3
#define CARD_TRAILING_LABELS 2

static bool
card_label(const struct doc *d, const struct block *b)
{
	return b->f.chars < CARD_LABEL_CHARS &&
	    !ends_like_sentence(d->text + b->bstart, b->bend - b->bstart);
}

static bool
card_summary(const struct doc *d, const struct block *b)
{
	return !card_label(d, b) && b->f.chars <= CARD_SUMMARY_CHARS &&
	    b->f.words >= 4;
}

/* The card runs of a page, found right to left in one pass each, so that
 * a dump of many short lines costs no more than its length (asking each
 * block for the run after it, label by label, was quadratic: QA 37 F2,
 * 40,000 short lines took half a minute). */
struct card_scan {
	size_t *label_end;	/* the first block from i on that is no label */
	size_t *cards;		/* cards in the run of cards from i */
	size_t *labels;		/* their labels */
	size_t *run_end;	/* the block after that run's last card */
	size_t *last;		/* the start of the run's last card */
};

static void
card_scan_init(struct card_scan *cs, const struct doc *d)
{
	size_t n = d->nblocks;

	cs->label_end = xreallocarray(NULL, n + 1, sizeof *cs->label_end);
	cs->cards = xreallocarray(NULL, n + 1, sizeof *cs->cards);
	cs->labels = xreallocarray(NULL, n + 1, sizeof *cs->labels);
	cs->run_end = xreallocarray(NULL, n + 1, sizeof *cs->run_end);
	cs->last = xreallocarray(NULL, n + 1, sizeof *cs->last);
	cs->label_end[n] = cs->run_end[n] = cs->last[n] = n;
	cs->cards[n] = cs->labels[n] = 0;
	for (size_t i = n; i-- > 0;) {
		size_t j;

		cs->label_end[i] = card_label(d, &d->blocks[i]) ?
		    cs->label_end[i + 1] : i;
		/* A card: labels, then a summary; j is its end. */
		j = cs->label_end[i];
		if (j == i || j >= n || !card_summary(d, &d->blocks[j])) {
			cs->cards[i] = cs->labels[i] = 0;
			cs->run_end[i] = cs->last[i] = i;
			continue;
		}
		j++;
		cs->cards[i] = 1 + cs->cards[j];
		cs->labels[i] = cs->label_end[i] - i + cs->labels[j];
		cs->run_end[i] = cs->cards[j] ? cs->run_end[j] : j;
		cs->last[i] = cs->cards[j] ? cs->last[j] : i;
	}
}

static void
card_scan_free(struct card_scan *cs)
{
	free(cs->label_end);
	free(cs->cards);
	free(cs->labels);
	free(cs->run_end);
	free(cs->last);
}

/* The end of the run of cards starting at i, its cards and labels.  A
 * summary followed straight by more prose is no card's: it is the lead
 * of the story whose headline and byline are the labels before it. */
static size_t
card_run_end(const struct doc *d, const struct card_scan *cs, size_t i,
    size_t *cards, size_t *labels)
{
	size_t j = cs->run_end[i], last = cs->last[i], trailing;

	*cards = cs->cards[i];
	*labels = cs->labels[i];
	if (*cards > 0 && j < d->nblocks && !card_label(d, &d->blocks[j])) {
		(*cards)--;
		*labels -= cs->label_end[last] - last;
		return last;
	}
	/* The last card's own time or section lines count, not the menu
	 * or footer that may follow the run. */
	trailing = cs->label_end[j] - j;
	*labels += trailing < CARD_TRAILING_LABELS ? trailing :
	    CARD_TRAILING_LABELS;
	return cs->label_end[j];
}

static void
mark_card_runs(const struct doc *d, enum cls *c)
{
	struct card_scan cs;

	card_scan_init(&cs, d);
	for (size_t i = 0; i < d->nblocks; i++) {
		size_t cards, labels, j = card_run_end(d, &cs, i, &cards,
		    &labels);

		if (cards < CARD_RUN_MIN || labels < 2 * cards)
			continue;
		for (size_t k = i; k < j; k++)
			c[k] = RELATED;
		i = j - 1;
	}
	card_scan_free(&cs);
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

/* Whether block i reads as a sentence of prose: a capital, a full stop
 * at the end. */
static bool
prose_sentence(const struct doc *d, size_t i)
{
	const struct block *b = &d->blocks[i];
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;

	return n > 0 && s[0] >= 'A' && s[0] <= 'Z' && ends_like_sentence(s, n);
}

static void
rescue_prose(const struct doc *d, enum cls *c)
{
	size_t n = d->nblocks, prev_good = SIZE_MAX, prev = SIZE_MAX;

	/* First the long blocks after the story began, and a sentence
	 * right after an article paragraph (captions between them unseen):
	 * the closing paragraph has no article after it, and one of names
	 * and dates ("Earlier, on August 6, 2024, Niger broke relations
	 * with Ukraine") has too few function words for jusText. */
	for (size_t i = 0; i < n; i++) {
		if (c[i] == CAPTION)
			continue;
		if (c[i] == GOOD)
			prev_good = i;
		else if (prev_good != SIZE_MAX && rescuable(d, c, i) &&
		    (d->blocks[i].f.chars >= 400 || (prev_good == prev &&
		    prose_sentence(d, i))))
			c[i] = GOOD;
		prev = i;
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

/* After rescue_prose, short lines that now sit between article blocks
 * on both sides join them, as jusText's short rule would have had the
 * rescued blocks been good from the start (a table inside the story). */
static void
reconsider_shorts(const enum cls *orig, enum cls *c, size_t n)
{
	enum cls *view = xmalloc(n * sizeof *view);
	enum cls *p = xmalloc(n * sizeof *p), *q = xmalloc(n * sizeof *q);

	for (size_t i = 0; i < n; i++)
		view[i] = orig[i] == SHORT ? SHORT : c[i];
	neighbours(view, n, false, p, q);
	for (size_t i = 0; i < n; i++)
		if (orig[i] == SHORT && c[i] == BAD && p[i] == GOOD &&
		    q[i] == GOOD)
			c[i] = GOOD;
	free(view);
	free(p);
	free(q);
}

/* A story's closing lines are often short ("The ministry did not respond
 * to requests for comment.") and have the article on one side only:
 * jusText drops a short block with no good block after it.  A short
 * block right after the article that reads as a sentence of prose (a
 * capital, enough words, function words, a full stop) and is not
 * furniture continues it. */
static bool
closing_sentence(const struct doc *d, const enum cls *orig, size_t i)
{
	const struct block *b = &d->blocks[i];
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;

	return (orig[i] == SHORT || orig[i] == NEARGOOD) &&
	    b->f.words >= CLOSING_WORDS && stop_density(b) >= STOPWORDS_LOW &&
	    n > 0 && s[0] >= 'A' && s[0] <= 'Z' && ends_like_sentence(s, n) &&
	    !is_furniture(d, b);
}

static void
keep_closing_sentences(const struct doc *d, const enum cls *orig,
    enum cls *c, size_t n)
{
	enum cls prev = BAD;

	for (size_t i = 0; i < n; i++) {
		if (c[i] == CAPTION)
			continue;
		if (c[i] == BAD && prev == GOOD && closing_sentence(d, orig, i))
			c[i] = GOOD;
		prev = c[i];
	}
}

/* The article is one stretch of the dump.  Past its main run, a gap of
 * DETACHED_GAP or more dropped lines (the end of the story's furniture:
 * share buttons, tags, a comment count, then commenters' names, times
 * and votes) separates what follows from the story, however well it
 * reads: comments, an about-the-author box, notices.  The metric and the
 * reader both pay for such a tail on every page, while a story's own
 * interruptions (a subheading, an advertisement line) are shorter.
 * Related runs were cut out of the story and open no gap.  Measured on
 * aeb-dev's text dumps, gaps of 3 to 8 lines all help on each quarter of
 * the pages; 4 helps most. */
#define DETACHED_GAP 4

/* Just past the last kept block of the kept run with the most text, runs
 * being split by DETACHED_GAP dropped blocks; n when nothing is kept. */
static size_t
main_run_end(const struct doc *d, const enum cls *c, size_t n)
{
	size_t gap = 0, chars = 0, best = 0, end = n, best_end = n;
	bool started = false;

	for (size_t i = 0; i < n; i++) {
		if (c[i] == RELATED || c[i] == CAPTION)
			continue;
		if (c[i] != GOOD) {
			gap++;
			continue;
		}
		if (started && gap >= DETACHED_GAP) {
			if (chars > best) {
				best = chars;
				best_end = end;
			}
			chars = 0;
		}
		started = true;
		gap = 0;
		chars += d->blocks[i].f.chars;
		end = i + 1;
	}
	return chars > best ? end : best_end;
}

static void
drop_detached_tail(const struct doc *d, enum cls *c, size_t n)
{
	for (size_t i = main_run_end(d, c, n); i < n; i++)
		if (c[i] == GOOD)
			c[i] = BAD;
}

void
text_clean_classify(struct doc *d)
{
	size_t n = d->nblocks;
	enum cls *c, *orig;

	if (n == 0)
		return;
	c = xmalloc(n * sizeof *c);
	for (size_t i = 0; i < n; i++)
		c[i] = initial_class(d, &d->blocks[i], d->lang_guess != NULL);
	mark_captions(d, c);
	mark_related_runs(d, c);
	mark_card_runs(d, c);
	promote_neargood_runs(d, c, n);
	orig = xmalloc(n * sizeof *orig);
	memcpy(orig, c, n * sizeof *orig);
	smooth(c, n);
	rescue_prose(d, c);
	reconsider_shorts(orig, c, n);
	keep_closing_sentences(d, orig, c, n);
	drop_detached_tail(d, c, n);
	free(orig);
	for (size_t i = 0; i < n; i++)
		d->blocks[i].keep = c[i] == GOOD;
	free(c);
}
