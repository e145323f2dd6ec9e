/* keep_block.c - zk: the user keeps a block the cleaner dropped (shown
 * with za, or in the raw view) or drops one it kept, against the
 * cleaner.  The choice is
 * saved beside the article (ARTICLE.blocks, block_choices.h), and galley
 * clean honours it. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/util.h"
#include "ui/reader_int.h"

/* The block that code point cp is in (or just after: a caret at a
 * block's end), SIZE_MAX when none; blocks are in text order. */
static size_t
block_at(const struct doc *d, size_t cp)
{
	size_t lo = 0, hi = d->nblocks;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (d->blocks[mid].start <= cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* lo: the first block starting after cp. */
	while (lo-- > 0) {
		const struct block *b = &d->blocks[lo];

		if (cp <= b->end && b->start < b->end)
			return lo;
		if (b->end < cp)
			break;
	}
	return SIZE_MAX;
}

/* Where zk acts: the caret, else the screen's top line. */
static size_t
keep_position(struct reader *r)
{
	if (r->caret_on)
		return r->caret;
	return r->top < r->lay.n ? r->lay.v[r->top].start : 0;
}

void
keep_block_toggle(struct reader *r)
{
	struct doc *d;
	size_t i;
	bool keep;
	char *cause = NULL;

	/* The raw view too: it shows the blocks no marker stands for,
	 * before the article's first kept block and after its last. */
	if (r->cur == SIZE_MAX || (d = r->s.load.docs[r->cur]) == NULL) {
		set_message(r, true, "zk: no article open");
		return;
	}
	ensure_layout(r);
	i = block_at(d, keep_position(r));
	if (i == SIZE_MAX || d->blocks[i].kind == BLOCK_TITLE) {
		set_message(r, true, "zk: no block here to keep or drop (the "
		    "title stays)");
		return;
	}
	if (!reader_source_unchanged(r, r->cur))
		return;
	keep = !d->blocks[i].keep;
	if (keep)
		dropped_keep_open_after(r, i);
	if (session_choose_block(&r->s, r->cur, i, keep, &cause) < 0) {
		set_message(r, true, cause);
		free(cause);
	} else if (session_block_is_cleaners(&r->s, r->cur, i))
		set_message(r, false, keep ? "block kept: back to the "
		    "cleaner's choice (zk drops it again)" : "block dropped: "
		    "back to the cleaner's choice (zk keeps it again)");
	else
		set_message(r, false, keep ? "block kept (zk drops it again)" :
		    "block dropped (za shows it, zk keeps it again)");
	if (r->s.docs[r->cur].analysed)
		analysis_doc(r, r->cur);
	invalidate_layout(r);
	ensure_layout(r);
	/* The matches n and N step through: a search's now hidden or
	 * shown, the chosen entity's numbered anew. */
	if (r->pattern != NULL)
		find_matches(r);
	else
		entities_mentions_refresh(r);
}
