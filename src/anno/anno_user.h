/* anno_user.h - who annotates: $GALLEY_USER, else the "user" setting,
 * else LOGIN@HOST.  The one place this order is decided, for the reader
 * and galley annotate alike. */
#ifndef GALLEY_ANNO_USER_H
#define GALLEY_ANNO_USER_H

#include "base/settings.h"

/* A new string; never NULL.  cfg may be NULL (no settings read). */
char *anno_user(const struct config *cfg);

#endif
