/* features.h - per-block evidence shared by both classifiers: word and
 * stopword counts (and the document's language, the stoplist with the most
 * hits), repeats of a line within the page. */
#ifndef GALLEY_FEATURES_H
#define GALLEY_FEATURES_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"

/* Fills f.chars, f.words, f.stopwords and f.repeats_in_doc of every block,
 * and d->lang. */
void features_compute(struct doc *d);

/* Calls fn for every word of s[0..n): a run of letters, digits and inner
 * apostrophes, lower-cased into word (at most cap-1 bytes, NUL-ended). */
void features_words(const char *s, size_t n, char *word, size_t cap,
    void (*fn)(const char *word, size_t len, void *arg), void *arg);

/* A block's length in Latin letters: its code points, an ideograph or a
 * letter of another script written without spaces counting two (it says
 * about as much, and takes two columns).  Length thresholds tuned on
 * English apply to Chinese and Japanese through it. */
size_t block_length(const struct block *b);

/* Whether a block is mostly in scripts written without spaces, where
 * word and stopword counts mean little. */
bool block_is_unspaced(const struct block *b);

/* Whether a block has n words or more; in a script written without
 * spaces, where words cannot be counted, a block_length of 2n or more. */
bool block_has_words(const struct block *b, size_t n);

/* Whether a block holds nothing but white space, no-break spaces,
 * invisible format characters (a layout cell's &nbsp;) and the
 * conditional-comment marks of Word's HTML ("<![endif]>"): nothing a
 * browser shows. */
bool block_is_blank(const struct doc *d, const struct block *b);

/* Whether s[0..n) starts with an upper-case letter. */
bool starts_upper(const char *s, size_t n);

/* The share of the space-separated words of s[0..n) that start with a
 * capital or a digit: a headline's Title Case is 0.6 or more. */
double capitalised_share(const char *s, size_t n);

/* Code points in s[0..n). */
size_t utf8_count(const char *s, size_t n);

#endif
