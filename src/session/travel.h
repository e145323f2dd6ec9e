/* travel.h - annotations that travel: those another loaded source made
 * on a paragraph this document shares with it, found in this document's
 * version of the paragraph (issue #19, item 4).
 *
 * They are about the same text, so the reader can show them on every
 * version; they stay the other source's: nothing here writes them to
 * this document's sidecar. */
#ifndef GALLEY_TRAVEL_H
#define GALLEY_TRAVEL_H

#include <stddef.h>

#include "anno/anno.h"
#include "session/session.h"

struct travelled {
	size_t start, end;	/* code points of this document's text */
	size_t source;		/* the document the annotation is in */
	/* The annotation, owned by that document's set (session_annos):
	 * valid until that set changes. */
	const struct anno *anno;
};

/* The travelled annotations of document f, ordered by start (then by
 * source), as a new array of *n (NULL when none).  Each other loaded
 * source's annotations (replies and orphans aside; the sidecars opened
 * and anchored as needed) that lie inside one of its paragraphs shared
 * with f (copies_para_union), or kept with one of f's as a whole and
 * a part (one version split it or joined it with another: c->parts),
 * are mapped onto f's copy, part or whole of it (copies/travel_map.h); those that do not map are dropped, and so is
 * one that f's own sidecar holds under the same id. */
struct travelled *session_travelled(struct session *s, size_t f,
    size_t *n);

#endif
