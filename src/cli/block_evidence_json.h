/* block_evidence_json.h - the evidence the cleaning classifiers weighed
 * for each block, as JSON, for the benchmark scripts that study the
 * decision (tools/bench/clean-learn).  Not a user feature: `galley clean
 * --format=json` adds it only when GALLEY_CLEAN_FEATURES=1 is set. */
#ifndef GALLEY_BLOCK_EVIDENCE_JSON_H
#define GALLEY_BLOCK_EVIDENCE_JSON_H

#include <stdbool.h>

#include <jansson.h>

#include "doc/doc.h"

/* Whether GALLEY_CLEAN_FEATURES is set to 1. */
bool block_evidence_wanted(void);

/* Block b's features: counts, the DOM's marks (HTML), what the container
 * choice found, and its element's tag, depth and class weight. */
json_t *block_evidence_json(const struct doc *d, const struct block *b);

#endif
