/* layout.h - a document laid out in screen lines of a given width.
 *
 * The clean view shows the kept blocks (without the title, which the pane
 * header shows) as paragraphs separated by blank lines; the raw view shows
 * every line of the decoded text, lines outside kept blocks marked dim.
 * Lines are word-wrapped with the same widths the renderer uses
 * (cells.h), so wide and combining characters and placeholders fit.  No
 * curses here: the reader draws what this computes. */
#ifndef GALLEY_LAYOUT_H
#define GALLEY_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"
#include "proof/corrections.h"
#include "view/debris.h"

enum layout_flag {
	LAYOUT_DIM = 1 << 0,		/* raw view: not article text */
	LAYOUT_BLANK = 1 << 1,		/* separator line */
	LAYOUT_HEADING = 1 << 2,	/* heading or title block */
	LAYOUT_MARKER = 1 << 3,		/* clean view: "[3 blocks dropped]" */
};

struct layout_line {
	size_t bstart, bend;	/* bytes of the document text shown */
	size_t start, end;	/* the same as code points */
	unsigned flags;
	/* LAYOUT_MARKER: the first dropped block of the run, and how many
	 * it has (blocks of white space not counted); the line's text is
	 * empty, at that block's start. */
	uint32_t run, nrun;
};

struct layout {
	struct layout_line *v;
	size_t n, cap;
	int width;
	bool raw;
	bool utf8;
	/* Corrections drawn in place of their words (NULL: none), set by
	 * the caller before layout_build: lines are wrapped for the
	 * corrected text, a correction never split. */
	const struct corrections *corr;
	/* Clean view: markup debris not shown (debris.h), filled by
	 * layout_build; lines are wrapped without it. */
	struct hidden_list hide;
	/* Clean view: runs of dropped blocks between kept ones show as one
	 * marker line; a run whose first block i has open[i] set (an array
	 * of doc->nblocks, or NULL) also shows its blocks, dim.  Set by the
	 * caller before layout_build. */
	const unsigned char *open;
	/* Laid out in steps (layout_start, layout_extend): whether the
	 * whole document is, and where the next step goes on. */
	bool done;
	struct layout_resume {
		size_t i;		/* clean: the next block; raw: the
					   next line's first byte */
		size_t run, nrun;	/* clean: dropped blocks since the
					   last kept one */
		bool shown;		/* clean: a kept block is shown */
		size_t cp, line, blk;	/* raw: the next line's code point,
					   number and first block */
	} at;
};

/* Lays d out for width columns (at least 1). */
void layout_build(struct layout *l, struct doc *d, int width, bool raw,
    bool utf8);

/* The same in steps, so that the first screen need not wait for the
 * whole document: layout_start empties l; layout_extend lays out more of
 * d (the same d, unchanged, every time) until l has at least `nlines`
 * lines and one that starts after code point cp, or the document ends.
 * A block (clean) or a line of the text (raw) is laid out whole, so a
 * step may go past `nlines`.  The lines laid out so far are those the
 * whole layout starts with, and layout_find(l, cp) gives the line the
 * whole layout would.  Returns l->done. */
void layout_start(struct layout *l, int width, bool raw, bool utf8);
bool layout_extend(struct layout *l, struct doc *d, size_t cp, size_t nlines);
void layout_free(struct layout *l);

/* The index of the line showing code point cp, or of the nearest line
 * after it when cp is not shown (a dropped block in the clean view). */
size_t layout_find(const struct layout *l, size_t cp);

/* The unit of a line at byte b, code point cp (text[b, e) the rest of the
 * line): one character, a corrected word whole, as wide as its
 * correction, or hidden debris, no width.  Returns its bytes and sets its width in columns and its
 * code points; *next is the first correction to look at (0 at a line's
 * start, then kept from call to call). */
size_t layout_unit(const struct layout *l, const char *text, size_t b,
    size_t e, size_t cp, size_t *next, int *width, size_t *cps);

#endif
