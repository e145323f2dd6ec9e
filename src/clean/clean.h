/* clean.h - one load: the documents named by one invocation, cleaned
 * together.  Evidence across files (a line that every page of a site
 * repeats is furniture) comes from the whole load, which is why cleaning a
 * file alone may differ from cleaning it among its siblings. */
#ifndef GALLEY_CLEAN_H
#define GALLEY_CLEAN_H

#include <stddef.h>

#include "doc/doc.h"

struct load {
	struct doc **docs;	/* NULL where a file failed */
	char **errors;		/* message for each failed file, else NULL */
	char **paths;
	size_t n;
};

/* Computes features, cross-file repeats, classification and metadata for
 * every document of the load. */
void clean_load(struct load *l);

/* Counts, for every short line of every loaded document, the other files
 * of the load that contain it (f.repeats_in_load).  Returns whether any
 * line is repeated at all. */
bool clean_cross_file(struct load *l);

/* Classifies and extracts metadata for one document; cross-file evidence
 * must already be in its blocks. */
void clean_doc(struct doc *d);

void load_free(struct load *l);

#endif
