/* anno_emit.h - one annotation's sidecar text, written directly.
 *
 * Saving a sidecar of 100,000 annotations through jansson builds a tree
 * per annotation and dumps it: more time than reading the file.  This
 * writes the same bytes straight into a buffer, as json_dumps would lay
 * out anno_json_write()'s object with JSON_INDENT(1)|JSON_PRESERVE_ORDER
 * at a given depth.  Where jansson would drop a member (a NULL or
 * invalid UTF-8 string), it declines and the caller uses jansson. */
#ifndef GALLEY_ANNO_EMIT_H
#define GALLEY_ANNO_EMIT_H

#include <stdbool.h>

#include "anno/anno.h"
#include "base/util.h"

/* Appends a, with target source, nested depth levels deep (its members
 * at depth + 1), to b.  Returns false, b unchanged, when it cannot be
 * written the way jansson would write it. */
bool anno_emit(struct buf *b, const struct anno *a, const char *source,
    int depth);

#endif
