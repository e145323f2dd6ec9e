/* anno_merge.h - merging what is in memory with what another process
 * saved, by annotation id.
 *
 * Rules: a tombstone on either side deletes the annotation, unless a
 * version of it was restored by undoing that very deletion (its
 * "galley:restored" time is not earlier: then the tombstone goes); an
 * annotation only one side has is kept; one the user did not change takes
 * the saved version; one changed here but not there since it was read
 * keeps the change; one changed on both sides goes to the later edit, and
 * the other version is kept among its conflicts. */
#ifndef GALLEY_ANNO_MERGE_H
#define GALLEY_ANNO_MERGE_H

#include "anno/anno.h"

/* Merges disk into mem; disk is left empty (its parts are moved). */
void anno_merge(struct anno_set *mem, struct anno_set *disk);

#endif
