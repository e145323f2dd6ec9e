/* anno_foreign.h - what another tool's annotation says that galley does
 * not model, put into words for the lists that show annotations. */
#ifndef GALLEY_ANNO_FOREIGN_H
#define GALLEY_ANNO_FOREIGN_H

#include "anno/anno.h"

/* The bodies of a that galley carries through without reading them
 * (a->foreign: a tag or note with members galley does not write, a
 * comment in HTML, a body of another purpose, a body that is a link,
 * a bodyValue), as one line: each "PURPOSE: TEXT" (or its link),
 * joined by "; ", each text to its first line.  A new string, or NULL
 * when there are none. */
char *anno_other_bodies(const struct anno *a);

#endif
