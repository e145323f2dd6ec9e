/* layout.c - a document laid out in screen lines of a given width. */
#include "config.h"

#include "view/layout.h"

#include <stdlib.h>
#include <string.h>

#include "doc/cells.h"
#include "clean/features.h"
#include "base/util.h"

static struct layout_line *
push(struct layout *l, size_t bstart, size_t bend, size_t start, size_t end,
    unsigned flags)
{
	struct layout_line *line;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 256;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	line = &l->v[l->n++];
	line->bstart = bstart;
	line->bend = bend;
	line->start = start;
	line->end = end;
	line->flags = flags;
	line->run = line->nrun = 0;
	return line;
}

/* The correction that starts at code point cp, from *next on (they are
 * sorted, and the text is wrapped in order), or NULL. */
static const struct correction *
correction_at(const struct layout *l, size_t cp, size_t *next)
{
	const struct corrections *c = l->corr;

	while (c != NULL && *next < c->n && c->v[*next].start < cp)
		(*next)++;
	if (c == NULL || *next >= c->n || c->v[*next].start != cp)
		return NULL;
	return &c->v[*next];
}

/* Where wrapping is in the corrections and the hidden spans. */
struct unit_cursor {
	size_t corr;	/* the next correction, l->corr */
	size_t hide;	/* the next hidden span, l->hide */
};

/* The hidden span that starts at byte b, or NULL. */
static const struct hidden_span *
hidden_at(const struct layout *l, size_t b, size_t *next)
{
	const struct hidden_list *h = &l->hide;

	while (*next < h->n && h->v[*next].bstart < b)
		(*next)++;
	if (*next >= h->n || h->v[*next].bstart != b)
		return NULL;
	return &h->v[*next];
}

/* The unit of text at byte b, code point cp: a character, a whole
 * corrected word, counted as wide as its correction, or hidden debris,
 * no width, a break after it if it ends in a space.  Returns its bytes
 * and sets its width, code points and first character. */
static size_t
next_unit(const struct layout *l, const char *text, size_t b, size_t e,
    size_t cp, struct unit_cursor *uc, int *w, size_t *cps, int32_t *c)
{
	const struct hidden_span *h = hidden_at(l, b, &uc->hide);
	const struct correction *x;
	size_t k;

	if (h != NULL && h->bend <= e) {
		*cps = h->end - h->start;
		*w = 0;
		*c = text[h->bend - 1] == ' ' ? ' ' : 0;
		return h->bend - b;
	}
	x = correction_at(l, cp, &uc->corr);
	k = cell_next(text, b, e, c);

	*cps = 1;
	*w = cell_width(*c, l->utf8);
	if (x == NULL || x->end <= cp)
		return k;
	*cps = x->end - cp;
	*w = cell_text_width(x->fix, strlen(x->fix), l->utf8);
	for (size_t i = 1; i < *cps && b + k < e; i++) {
		int32_t d;

		k += cell_next(text, b + k, e, &d);
	}
	return k;
}

size_t
layout_unit(const struct layout *l, const char *text, size_t b, size_t e,
    size_t cp, size_t *next, int *width, size_t *cps)
{
	struct unit_cursor uc = { *next, hidden_from_byte(&l->hide, b) };
	int32_t c;
	size_t k = next_unit(l, text, b, e, cp, &uc, width, cps, &c);

	*next = uc.corr;
	return k;
}

/* Wraps text[b, e) (code points from cp) into lines of l->width columns,
 * breaking after spaces where possible.  A newline in it (a <pre>
 * block's) ends a line: it is not shown, and takes its code point. */
static void
wrap(struct layout *l, const char *text, size_t b, size_t e, size_t cp,
    unsigned flags)
{
	size_t line_b = b, line_cp = cp;
	size_t brk_b = 0, brk_cp = 0;	/* after the last space, 0: none */
	struct unit_cursor uc = { 0, hidden_from_byte(&l->hide, b) };
	int col = 0;

	if (b == e) {
		push(l, b, e, cp, cp, flags);
		return;
	}
	while (b < e) {
		int32_t c;
		int w;
		size_t cps, k;

		if (text[b] == '\n') {
			push(l, line_b, b, line_cp, cp, flags);
			line_b = ++b;
			line_cp = ++cp;
			brk_b = 0;
			col = 0;
			continue;
		}
		k = next_unit(l, text, b, e, cp, &uc, &w, &cps, &c);
		if (col + w > l->width && col > 0) {
			if (brk_b > line_b) {
				push(l, line_b, brk_b, line_cp, brk_cp, flags);
				line_b = brk_b;
				line_cp = brk_cp;
			} else {
				push(l, line_b, b, line_cp, cp, flags);
				line_b = b;
				line_cp = cp;
			}
			brk_b = 0;
			/* Recount the carried-over part of the line. */
			col = 0;
			uc.corr = 0;
			uc.hide = hidden_from_byte(&l->hide, line_b);
			for (size_t i = line_b, icp = line_cp; i < b;) {
				int32_t d;
				int dw;
				size_t dcps;

				i += next_unit(l, text, i, b, icp, &uc, &dw,
				    &dcps, &d);
				icp += dcps;
				col += dw;
			}
			continue;
		}
		col += w;
		b += k;
		cp += cps;
		if (c == ' ') {
			brk_b = b;
			brk_cp = cp;
		}
	}
	if (b > line_b || l->n == 0 || text[b - 1] == '\n')
		push(l, line_b, b, line_cp, cp, flags);
}

/* A block the cleaner dropped that a marker counts: not the title (the
 * header shows it) nor white space alone. */
static bool
counts_as_dropped(const struct doc *d, const struct block *b)
{
	return !b->keep && b->kind != BLOCK_TITLE && !block_is_blank(d, b);
}

/* The marker of the n dropped blocks from block run on, before block
 * end, and, when the run is open, those blocks, dim. */
static void
push_run(struct layout *l, struct doc *d, size_t run, size_t end, size_t n)
{
	const struct block *first = &d->blocks[run];
	struct layout_line *m;

	push(l, first->bstart, first->bstart, first->start, first->start,
	    LAYOUT_BLANK);
	m = push(l, first->bstart, first->bstart, first->start, first->start,
	    LAYOUT_MARKER | LAYOUT_DIM);
	m->run = (uint32_t)run;
	m->nrun = (uint32_t)n;
	if (l->open == NULL || !l->open[run])
		return;
	for (size_t k = run; k < end; k++) {
		const struct block *b = &d->blocks[k];

		if (!counts_as_dropped(d, b))
			continue;
		push(l, b->bstart, b->bstart, b->start, b->start, LAYOUT_BLANK);
		wrap(l, d->text, b->bstart, b->bend, b->start, LAYOUT_DIM);
	}
}

/* Clean view: the next block, a kept one wrapped after the marker of the
 * dropped ones before it. */
static void
clean_step(struct layout *l, struct doc *d)
{
	struct layout_resume *at = &l->at;
	size_t i = at->i++;
	const struct block *bl = &d->blocks[i];
	size_t hidden = l->hide.n;

	if (counts_as_dropped(d, bl) && at->nrun++ == 0)
		at->run = i;
	if (!bl->keep || bl->kind == BLOCK_TITLE)
		return;
	debris_scan_block(d, bl, &l->hide);
	if (!debris_leaves_text(d, bl, &l->hide, hidden)) {
		l->hide.n = hidden;	/* nothing to show */
		return;
	}
	/* Not before the first kept block: that is the page around the
	 * article, not a cut inside it. */
	if (at->shown && at->nrun > 0 && i <= UINT32_MAX)
		push_run(l, d, at->run, i, at->nrun);
	at->nrun = 0;
	if (at->shown)
		push(l, bl->bstart, bl->bstart, bl->start, bl->start,
		    LAYOUT_BLANK);
	at->shown = true;
	wrap(l, d->text, bl->bstart, bl->bend, bl->start,
	    bl->kind == BLOCK_HEADING ? LAYOUT_HEADING : 0);
}

/* Raw view: the next line of the decoded text; a line is dim unless a
 * kept block lies on it (a <pre> block spans lines).  Returns false past
 * the last line. */
static bool
raw_step(struct layout *l, struct doc *d)
{
	struct layout_resume *at = &l->at;
	size_t b = at->i;
	const char *nl = memchr(d->text + b, '\n', d->text_len - b);
	size_t e = nl ? (size_t)(nl - d->text) : d->text_len;
	size_t cps = 0;
	bool kept = false;

	/* A final newline ends the last line; it opens no new one. */
	if (b == d->text_len && b > 0)
		return false;
	for (size_t i = b; i < e; i++)
		cps += ((unsigned char)d->text[i] & 0xC0) != 0x80;
	/* Blocks that ended before this line are done; those that start
	 * on it or earlier and reach it lie on it (the last may go on to
	 * the next line, so it stays). */
	while (at->blk < d->nblocks && d->blocks[at->blk].bend < b)
		at->blk++;
	for (size_t k = at->blk; k < d->nblocks && d->blocks[k].bstart <= e;
	    k++)
		kept |= d->blocks[k].keep;
	wrap(l, d->text, b, e, at->cp, kept ? 0 : LAYOUT_DIM);
	if (nl == NULL)
		return false;
	at->cp += cps + 1;
	at->i = e + 1;
	at->line++;
	return true;
}

/* One block or one raw line more; l->done once the document ends. */
static void
layout_step(struct layout *l, struct doc *d)
{
	bool more;

	if (l->raw)
		more = raw_step(l, d);
	else {
		if (l->at.i < d->nblocks)
			clean_step(l, d);
		more = l->at.i < d->nblocks;
	}
	if (more)
		return;
	l->done = true;
	/* Nothing kept at all: the page around the article is all there
	 * is, and a blank pane said nothing; the marker says what was
	 * dropped, and za shows it. */
	if (!l->raw && !l->at.shown && l->at.nrun > 0)
		push_run(l, d, l->at.run, d->nblocks, l->at.nrun);
	if (l->n == 0)
		push(l, 0, 0, 0, 0, LAYOUT_BLANK);
}

void
layout_start(struct layout *l, int width, bool raw, bool utf8)
{
	l->n = 0;
	l->width = width < 1 ? 1 : width;
	l->raw = raw;
	l->utf8 = utf8;
	l->hide.n = 0;
	l->done = false;
	memset(&l->at, 0, sizeof l->at);
	l->at.line = 1;
}

bool
layout_extend(struct layout *l, struct doc *d, size_t cp, size_t nlines)
{
	while (!l->done &&
	    (l->n < nlines || l->n == 0 || l->v[l->n - 1].start <= cp))
		layout_step(l, d);
	return l->done;
}

void
layout_build(struct layout *l, struct doc *d, int width, bool raw, bool utf8)
{
	layout_start(l, width, raw, utf8);
	layout_extend(l, d, SIZE_MAX, SIZE_MAX);
}

void
layout_free(struct layout *l)
{
	free(l->v);
	hidden_free(&l->hide);
	memset(l, 0, sizeof *l);
}

size_t
layout_find(const struct layout *l, size_t cp)
{
	size_t lo = 0, hi = l->n;

	/* Lines are in text order: the last line starting at or before cp. */
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (l->v[mid].start <= cp)
			lo = mid;
		else
			hi = mid;
	}
	if (lo + 1 < l->n && l->v[lo].end < cp &&
	    !(l->v[lo].flags & (LAYOUT_BLANK | LAYOUT_MARKER)))
		return lo + 1;
	return lo;
}
