/* export_int.h - what the export formats' files share. */
#ifndef GALLEY_EXPORT_INT_H
#define GALLEY_EXPORT_INT_H

#include "anno/export.h"

/* The next head from *i on that the filter keeps (and, with
 * placed_only, that has a place in the text); NULL at the end.  *i is
 * left just past it: the head is items[*i - 1].  A head is an annotation
 * or a reply whose annotation is gone (anno_threads); with placed_only,
 * such a reply's thread is counted as left out (losses). */
const struct anno *export_next(const struct export_ctx *x, size_t *i,
    bool placed_only);

/* What a span format carries of an annotation besides its place and
 * labels. */
enum export_keeps {
	EXPORT_KEEPS_NOTES = 1 << 0,
	EXPORT_KEEPS_REPLIES = 1 << 1,	/* with their creators */
	EXPORT_KEEPS_IDS = 1 << 2,
	EXPORT_KEEPS_CREATORS = 1 << 3,
	EXPORT_KEEPS_TIMES = 1 << 4,
};

/* Counts what a format that carries only `keeps` (EXPORT_KEEPS_*) drops
 * of the thread of items[head]: the head's note, id, creator and times, and each
 * reply or review (counted apart: a review carries a verdict), or, when
 * replies are kept, each reply's id and times. */
void export_lose(const struct export_ctx *x, size_t head, unsigned keeps);

#endif
