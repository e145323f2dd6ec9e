/* clean.c - load and clean the documents of one invocation together. */
#include "config.h"

#include "clean/clean.h"

#include <stdlib.h>
#include <string.h>

#include "clean/boilerplate.h"
#include "clean/features.h"
#include "base/hash.h"
#include "clean/html_clean.h"
#include "ingest/load.h"
#include "clean/meta.h"
#include "clean/prose_fallback.h"
#include "clean/text_clean.h"
#include "doc/segment.h"
#include "base/util.h"

/* Whether a block is prose enough to show that two files carry the same
 * story when both have it: a sentence of some length, not a notice.
 * Teasers of related stories, which pages of one site share by the
 * dozen, mostly end without a full stop. */
static bool
story_evidence(const struct doc *d, const struct block *b)
{
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;

	return block_has_words(b, 12) && ends_like_sentence(s, n) &&
	    !boilerplate_cookie_notice(s, n) && !boilerplate_phrase(s, n);
}

static size_t
find_root(size_t *root, size_t i)
{
	while (root[i] != i)
		i = root[i] = root[root[i]];
	return i;
}

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

/* A prose block is known by its first and by its last STORY_KEY_WORDS
 * words: a version of syndicated copy with a word edited in one half
 * still shares the other.  A word is a run of characters between
 * spaces, or a letter of a script written without spaces (Chinese,
 * Japanese), as compare and copies take them (seg_unspaced_letter). */
#define STORY_KEY_WORDS 8

/* The next word of t[0..n) from *i: its bytes [*start, *end), *i past
 * it.  False when there is none. */
static bool
next_key_word(const char *t, size_t n, size_t *i, size_t *start,
    size_t *end)
{
	size_t len = 0, cps;

	while (*i < n && t[*i] == ' ')
		(*i)++;
	if (*i == n)
		return false;
	*start = *i;
	if ((len = seg_unspaced_letter(t, *i, n, &cps)) > 0) {
		*i += len;
		*end = *i;
		return true;
	}
	while (*i < n && t[*i] != ' ' &&
	    seg_unspaced_letter(t, *i, n, &cps) == 0)
		(*i)++;
	*end = *i;
	return true;
}

/* The bytes of t[0..n) up to the end of its STORY_KEY_WORDS-th word. */
static size_t
head_len(const char *t, size_t n)
{
	size_t i = 0, words = 0, start, end;

	while (next_key_word(t, n, &i, &start, &end))
		if (++words == STORY_KEY_WORDS)
			return end;
	return n;
}

/* The bytes of t[0..n) from the start of its STORY_KEY_WORDS-th word
 * from the end. */
static size_t
tail_len(const char *t, size_t n)
{
	size_t starts[STORY_KEY_WORDS], i = 0, words = 0, start, end;

	while (next_key_word(t, n, &i, &start, &end))
		starts[words++ % STORY_KEY_WORDS] = start;
	if (words <= STORY_KEY_WORDS)
		return n;
	return n - starts[words % STORY_KEY_WORDS];
}

/* The first file that had key t[0..n) (file i, when none before it),
 * noting file i as its owner when it is new. */
static size_t
block_owner(struct hash *h, const char *t, size_t n, size_t i)
{
	struct hash_entry *e = hash_get(h, t, n);

	if (e == NULL) {
		hash_add(h, t, n)->tag = i;
		return i;
	}
	return e->tag;
}

/* The story most of owners[0..n) (the files that first had file i's
 * prose blocks) belong to, and in *count how many. */
static size_t
main_story(size_t *root, size_t *owners, size_t n, size_t *count)
{
	size_t best = SIZE_MAX, run = 0;

	*count = 0;
	if (n == 0)
		return SIZE_MAX;	/* owners may be NULL: no qsort */
	for (size_t k = 0; k < n; k++)
		owners[k] = find_root(root, owners[k]);
	qsort(owners, n, sizeof *owners, cmp_size);
	for (size_t k = 0; k < n; k++) {
		run = k > 0 && owners[k] == owners[k - 1] ? run + 1 : 1;
		if (run > *count) {
			*count = run;
			best = owners[k];
		}
	}
	return best;
}

/* Files that share most of their prose are versions of one story:
 * root[i] is the same for all of them.  Each prose block is owned by
 * the first file that had its first or, failing that, its last words;
 * a file joins the story that owns most of its blocks when that is two
 * or more blocks and more than half of its prose and of the story's
 * largest file's.  Counted by story, not by
 * file: each version of syndicated copy has a few paragraphs edited, so
 * the blocks it shares come from different earlier versions, none of
 * which alone holds half.  A cookie notice or an "about us" blurb that
 * a site repeats on every page is a small share of each page's prose,
 * so a site's pages stay apart.  Linear but for sorting each file's
 * owners. */
static void
story_groups(const struct load *l, size_t *root)
{
	struct hash heads, tails;
	size_t *nprose = xcalloc(l->n + 1, sizeof *nprose);
	size_t *most = xcalloc(l->n + 1, sizeof *most);
	size_t *owners = NULL, cap = 0;

	hash_init(&heads);
	hash_init(&tails);
	for (size_t i = 0; i < l->n; i++) {
		const struct doc *d = l->docs[i];
		size_t n = 0, count, story;

		root[i] = i;
		for (size_t k = 0; d && k < d->nblocks; k++) {
			const struct block *b = &d->blocks[k];
			const char *t = d->text + b->bstart;
			size_t len = b->bend - b->bstart, tl, o;

			if (!story_evidence(d, b))
				continue;
			nprose[i]++;
			o = block_owner(&heads, t, head_len(t, len), i);
			tl = tail_len(t, len);
			if (o == i)
				o = block_owner(&tails, t + len - tl, tl, i);
			if (o == i)
				continue;
			if (n == cap) {
				cap = cap ? 2 * cap : 64;
				owners = xreallocarray(owners, cap,
				    sizeof *owners);
			}
			owners[n++] = o;
		}
		story = main_story(root, owners, n, &count);
		if (count >= 2 && 2 * count > nprose[i] &&
		    2 * count > most[story]) {
			root[i] = story;
			if (nprose[i] > most[story])
				most[story] = nprose[i];
		} else
			most[i] = nprose[i];
	}
	for (size_t i = 0; i < l->n; i++)
		root[i] = find_root(root, i);
	hash_free(&heads);
	hash_free(&tails);
	free(owners);
	free(most);
	free(nprose);
}

static const size_t *order_root;

static int
cmp_by_root(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	if (order_root[x] != order_root[y])
		return order_root[x] < order_root[y] ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* For each block, how many other stories of the load have a line with
 * the same text.  Only short lines matter: menus and footers.  Versions
 * of one story count once, or their shared headline would look like a
 * site's furniture. */
bool
clean_cross_file(struct load *l)
{
	struct hash h;
	size_t loaded = 0, *root, *order;
	bool any = false;

	for (size_t i = 0; i < l->n; i++)
		loaded += l->docs[i] != NULL;
	if (loaded < 2)
		return false;
	root = xcalloc(l->n + 1, sizeof *root);
	order = xcalloc(l->n + 1, sizeof *order);
	story_groups(l, root);
	for (size_t i = 0; i < l->n; i++)
		order[i] = i;
	/* A story's files in a row, so that a line is counted once per
	 * story (the entry's tag is the last story that counted it). */
	order_root = root;
	qsort(order, l->n, sizeof *order, cmp_by_root);
	hash_init(&h);
	for (size_t o = 0; o < l->n; o++) {
		struct doc *d = l->docs[order[o]];
		size_t story = root[order[o]];

		for (size_t k = 0; d && k < d->nblocks; k++) {
			struct block *b = &d->blocks[k];
			struct hash_entry *e;

			if (b->f.chars > 300)
				continue;
			e = hash_get(&h, d->text + b->bstart,
			    b->bend - b->bstart);
			if (e != NULL && e->tag == story)
				continue;	/* counted for this story */
			e = hash_add(&h, d->text + b->bstart,
			    b->bend - b->bstart);
			e->tag = story;
		}
	}
	for (size_t i = 0; i < l->n; i++) {
		struct doc *d = l->docs[i];

		for (size_t k = 0; d && k < d->nblocks; k++) {
			struct block *b = &d->blocks[k];
			size_t c;

			if (b->f.chars > 300)
				continue;
			c = hash_count(&h, d->text + b->bstart,
			    b->bend - b->bstart);
			b->f.repeats_in_load = c > 0 ? c - 1 : 0;
			any |= c > 1;
		}
	}
	hash_free(&h);
	free(root);
	free(order);
	return any;
}

void
clean_doc(struct doc *d)
{
	if (d->format == DOC_HTML)
		html_clean_classify(d);
	else
		text_clean_classify(d);
	prose_fallback(d);
	/* A run of no-break spaces is blank rows in the clean view; its
	 * offsets stay, only the view leaves it out. */
	for (size_t i = 0; i < d->nblocks; i++)
		if (d->blocks[i].keep && block_is_blank(d, &d->blocks[i]))
			d->blocks[i].keep = false;
	meta_extract(d);
}

void
clean_load(struct load *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->docs[i])
			features_compute(l->docs[i]);
	clean_cross_file(l);
	for (size_t i = 0; i < l->n; i++)
		if (l->docs[i])
			clean_doc(l->docs[i]);
}

void
load_free(struct load *l)
{
	for (size_t i = 0; i < l->n; i++) {
		doc_free(l->docs[i]);
		free(l->errors[i]);
		free(l->paths[i]);
	}
	free(l->docs);
	free(l->errors);
	free(l->paths);
	memset(l, 0, sizeof *l);
}
