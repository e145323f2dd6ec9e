/* anno_tag.h - what a tag may hold.
 *
 * A tag is a token, never a sentence: letters (of any script, with their
 * combining marks), digits and the five characters - _ . : / ; no spaces
 * and no other punctuation.  That keeps every export valid (a brat type,
 * a doccano or Label Studio label, a CSV field split on ';') and leaves
 * sentences to notes.  Lists of tags are separated by ',' or ';'. */
#ifndef GALLEY_ANNO_TAG_H
#define GALLEY_ANNO_TAG_H

#include <stdbool.h>
#include <stddef.h>

/* The characters a tag may hold besides letters and digits. */
#define ANNO_TAG_PUNCT "-_.:/"

/* Whether s (any bytes) is a valid tag: not empty, UTF-8, letters,
 * digits and ANNO_TAG_PUNCT only. */
bool anno_tag_ok(const char *s);

/* Splits text on ',' and ';' into trimmed, non-empty tags without
 * repeats.  Returns how many (0 is fine: no tags) and fills *out, or
 * -1 when one is not a tag: then *bad is a copy of it, *out NULL. */
long anno_tags_split(const char *text, char ***out, char **bad);
void anno_tags_free(char **tags, size_t n);

#endif
