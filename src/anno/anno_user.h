/* anno_user.h - who annotates: $GALLEY_USER, else the "user" setting,
 * else LOGIN@HOST.  The one place this order is decided, for the reader
 * and galley annotate alike. */
#ifndef GALLEY_ANNO_USER_H
#define GALLEY_ANNO_USER_H

#include <stdbool.h>

#include "anno/anno.h"
#include "base/settings.h"

/* A new string; never NULL.  cfg may be NULL (no settings read). */
char *anno_user(const struct config *cfg);

/* Why name cannot sign an annotation (a control character, a line
 * break or a tab, invalid UTF-8: refused as in a tag, for it would go
 * raw into every export), as a message naming where it comes from; NULL
 * when it can.  A new string. */
char *anno_user_fault(const char *name);

/* The key names are compared by: case and accents ignored, as entity
 * names are ("bob" finds "Bob", "Zoe" finds "Zoë").  A new string. */
char *anno_user_key(const char *name);

/* Whether a was made by the person whose key (anno_user_key) is key. */
bool anno_made_by(const struct anno *a, const char *key);

#endif
