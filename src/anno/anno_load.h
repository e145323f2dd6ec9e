/* anno_load.h - the annotations of a whole load, for the reader's
 * annotations view ("this document" or "the whole load") and the source
 * list's counts.  Each document's set is opened and anchored in its
 * current text; a damaged sidecar gives a read-only set (set->damage). */
#ifndef GALLEY_ANNO_LOAD_H
#define GALLEY_ANNO_LOAD_H

#include <stddef.h>

#include "anno/anno.h"
#include "clean/clean.h"

struct anno_load {
	struct anno_set **sets;	/* one per document; NULL where it failed */
	size_t n;
};

void anno_load_open(struct anno_load *al, struct load *l);
void anno_load_free(struct anno_load *al);

/* Annotations (replies not counted) in document i, and in all. */
size_t anno_load_count(const struct anno_load *al, size_t i);
size_t anno_load_total(const struct anno_load *al);
/* Documents whose sidecar is damaged (read-only). */
size_t anno_load_damaged(const struct anno_load *al);

#endif
