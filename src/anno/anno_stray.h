/* anno_stray.h - a sidecar left behind when its article was renamed or
 * moved: galley finds annotations by the article's name, so a renamed
 * article shows none while its old sidecar sits beside it. */
#ifndef GALLEY_ANNO_STRAY_H
#define GALLEY_ANNO_STRAY_H

#include "doc/doc.h"

/* What the directories looked at hold: each is read once, however many
 * articles of it are asked about (a run over thousands of files). */
struct anno_strays;

struct anno_strays *anno_strays_create(void);
void anno_strays_destroy(struct anno_strays *c);

/* When article has no sidecar: a sidecar in its directory whose own
 * article is gone and which was last saved on d's text (the same
 * SHA-256), as a new string; NULL when there is none. */
char *anno_strays_find(struct anno_strays *c, const char *article,
    const struct doc *d);

/* The message that says so: "ARTICLE: no annotations of its own;
 * STRAY was saved on the same text and its article is gone: rename it
 * to ARTICLE.anno.json to keep them".  A new string. */
char *anno_stray_message(const char *article, const char *stray);

#endif
