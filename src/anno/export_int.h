/* export_int.h - what the export formats' files share. */
#ifndef GALLEY_EXPORT_INT_H
#define GALLEY_EXPORT_INT_H

#include "anno/export.h"

/* The next head from *i on that the filter keeps (and, with
 * placed_only, that has a place in the text); NULL at the end. */
const struct anno *export_next(const struct export_ctx *x, size_t *i,
    bool placed_only);

/* Counts what a format that holds neither notes (unless keeps_notes)
 * nor replies drops of head's thread. */
void export_lose(const struct export_ctx *x, const struct anno *head,
    bool keeps_notes);

#endif
