/* prose_fallback.c - keep the best prose block of a page left empty. */
#include "config.h"

#include "clean/prose_fallback.h"

#include "clean/boilerplate.h"
#include "clean/features.h"

/* Below this a "paragraph" is a caption, a teaser or a button. */
#define PROSE_MIN_WORDS 12

static double
link_share(const struct block *b)
{
	return b->f.chars ? (double)b->f.link_chars / (double)b->f.chars : 0;
}

/* A short article's other paragraphs may be one short sentence ("The
 * ministry did not comment."): beside the best prose block, this many
 * words are enough. */
#define NEIGHBOUR_MIN_WORDS 6

static bool
prose_of_words(const struct doc *d, const struct block *b, size_t min_words)
{
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;

	if (b->kind == BLOCK_TITLE || b->kind == BLOCK_HEADING ||
	    b->kind == BLOCK_CAPTION || b->kind == BLOCK_TABLE_CELL)
		return false;
	if (!block_has_words(b, min_words))
		return false;
	if (link_share(b) > 0.3 || !ends_like_sentence(s, n))
		return false;
	if (b->f.repeats_in_load > 0 || b->f.repeats_in_doc > 0)
		return false;
	return !boilerplate_cookie_notice(s, n) &&
	    !(b->f.chars < 200 && boilerplate_phrase(s, n));
}

bool
prose_block(const struct doc *d, const struct block *b)
{
	return prose_of_words(d, b, PROSE_MIN_WORDS);
}

static bool
prose_neighbour(const struct doc *d, const struct block *b)
{
	return prose_of_words(d, b, NEIGHBOUR_MIN_WORDS);
}

static bool
any_kept(const struct doc *d)
{
	for (size_t i = 0; i < d->nblocks; i++)
		if (d->blocks[i].keep && d->blocks[i].kind != BLOCK_TITLE &&
		    !block_is_blank(d, &d->blocks[i]))
			return true;
	return false;
}

/* Stop words say "sentences of a language"; a list of names or numbers
 * has few.  Length says how much there is to read. */
static double
prose_score(const struct block *b)
{
	double sd = b->f.words ? (double)b->f.stopwords / b->f.words : 0;

	return (double)block_length(b) * (0.5 + sd) * (1.0 - link_share(b));
}

/* A block the last resort may show: not the title, not a notice, a
 * button or a line the page repeats. */
static bool
text_block(const struct doc *d, const struct block *b)
{
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;

	return b->kind != BLOCK_TITLE && b->f.words > 0 &&
	    b->f.repeats_in_load == 0 && b->f.repeats_in_doc == 0 &&
	    !boilerplate_cookie_notice(s, n) &&
	    !(b->f.chars < 200 && boilerplate_phrase(s, n));
}

static bool
same_container(const struct doc *d, const struct block *a,
    const struct block *b)
{
	if (d->format != DOC_HTML || d->nelems == 0)
		return a->kind == b->kind;
	return d->elems[a->f.elem].parent == d->elems[b->f.elem].parent;
}

/* A page with no paragraph of prose at all (a list of headlines, a page
 * of short lines) still shows something: the block with the most words,
 * links weighed down, and the blocks of the same container around it
 * (the rest of its list). */
static bool
last_resort(struct doc *d)
{
	size_t best = d->nblocks;
	double best_score = 0;

	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];
		double s = (double)b->f.words * (1.0 - 0.5 * link_share(b));

		if (text_block(d, b) && s > best_score) {
			best_score = s;
			best = i;
		}
	}
	if (best == d->nblocks)
		return false;
	d->blocks[best].keep = true;
	for (size_t i = best + 1; i < d->nblocks &&
	    same_container(d, &d->blocks[best], &d->blocks[i]); i++)
		d->blocks[i].keep = text_block(d, &d->blocks[i]);
	for (size_t i = best; i-- > 0 &&
	    same_container(d, &d->blocks[best], &d->blocks[i]);)
		d->blocks[i].keep = text_block(d, &d->blocks[i]);
	return true;
}

bool
prose_fallback(struct doc *d)
{
	size_t best = d->nblocks;
	double best_score = 0;

	if (any_kept(d))
		return false;
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];
		double s;

		if (!prose_block(d, b))
			continue;
		s = prose_score(b);
		if (s > best_score) {
			best_score = s;
			best = i;
		}
	}
	if (best == d->nblocks)
		return last_resort(d);
	d->blocks[best].keep = true;
	/* The paragraphs right before and after it are the rest of a short
	 * article. */
	for (size_t i = best + 1; i < d->nblocks &&
	    prose_neighbour(d, &d->blocks[i]); i++)
		d->blocks[i].keep = true;
	for (size_t i = best; i-- > 0 && prose_neighbour(d, &d->blocks[i]);)
		d->blocks[i].keep = true;
	return true;
}
