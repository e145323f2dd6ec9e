/* anno_json.h - annotations as W3C Web Annotation JSON.
 *
 * A sidecar is an AnnotationCollection whose embedded first page holds
 * the annotations; sources are IRIs relative to the sidecar (the article's
 * file name), exports use absolute ones.  galley's own bookkeeping rides
 * along in extension properties the model allows: "galley:source" (the
 * article's size and SHA-256), "galley:deleted" (tombstones) and, on an
 * annotation, "galley:conflicts" (versions lost to a concurrent edit). */
#ifndef GALLEY_ANNO_JSON_H
#define GALLEY_ANNO_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "anno/anno.h"

/* One annotation; source is the target's IRI. */
json_t *anno_json_write(const struct anno *a, const char *source);

/* The whole set as a collection named collection_id, targets naming
 * source. */
json_t *anno_json_write_set(const struct anno_set *s,
    const char *collection_id, const char *source);

/* The collection as the text of a sidecar (indented, final newline). */
char *anno_json_dump_set(const struct anno_set *s, const char *collection_id,
    const char *source);

/* Reads a sidecar's text into s (which must be empty).  Returns -1 with
 * *cause = "LINE:COLUMN: reason" when the text is not JSON or not a
 * collection of annotations as galley writes them. */
int anno_json_read_set(struct anno_set *s, const char *text, size_t len,
    char **cause);

/* Items arrays of this many bytes or more are decoded in two threads
 * (the same set and the same first failure as one thread gives). */
#define ANNO_SPLIT_MIN ((size_t)1024 * 1024)

/* anno_json_read_set splitting items arrays of split_min bytes or more
 * (SIZE_MAX: never); *split, unless split is NULL, says whether one
 * was read in two threads. */
int anno_json_read_set_split(struct anno_set *s, const char *text,
    size_t len, size_t split_min, bool *split, char **cause);

#endif
