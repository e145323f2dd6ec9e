/* segment.h - where words and characters begin and end, for the two
 * carets: the reader's (caret.c) and the note editor's (textedit.c).
 *
 * A word is a run of letters, combining marks and digits (Unicode
 * categories L, M and N), and of joiners that belong to it only between
 * two of those:
 *   - apostrophes, ASCII ' and U+2019: "don't", "l'État" and "O’Neill"
 *     are one word each, while the quote marks of 'quoted' and ‘quoted’
 *     are not part of the word (nor is the apostrophe of "the players'
 *     union", which cannot be told from a closing quote);
 *   - connector punctuation, '_' among it: "snake_case", "@some_user"
 *     and "file_name" are one word each.  Articles show them in handles
 *     and file names; notes seldom hold identifiers, but when one is
 *     typed or pasted it names one thing, so Ctrl-W should take it whole,
 *     and a markdown-style _emphasis_ keeps its underscores out as quotes
 *     do.  One rule for both carets: w in the reader and Alt-f in the
 *     note editor stop at the same places;
 *   - '.' and ',' between two digits: "3.14" and "1,000,000" are one word
 *     each, "in 2019, the" is not joined to the next word.
 * Hyphens separate words ("well-known" is two), as spaces and other
 * punctuation do.
 *
 * Characters are extended grapheme clusters (utf8proc, UAX #29): a flag
 * (two regional indicators), an emoji with a skin tone or a ZWJ sequence
 * is one character. */
#ifndef GALLEY_SEGMENT_H
#define GALLEY_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Whether c, between prev and next, is part of a word.  A negative code
 * point stands for no character (the start or end of the text, a line
 * break a caret adds) and is never part of a word. */
bool seg_word_char(int32_t prev, int32_t c, int32_t next);

/* Letters, marks and numbers (categories L, M and N) of any script:
 * what words are made of, here and in the cleaner's word counts. */
bool seg_is_word_core(int32_t c);

/* Letters of the scripts written without spaces between words: Chinese,
 * Japanese kana, Thai, Lao, Tibetan, Myanmar, Khmer.  Word counts mean
 * little in them. */
bool seg_is_unspaced(int32_t c);

/* The bytes of the letter at s[i] (of n bytes) when it is of such a
 * script, with the combining marks after it (a Thai vowel sign), *cps
 * set to its code points; 0 when s[i] starts no such letter.  Comparing
 * versions (copies, compare) takes each as a word of its own, as CJK
 * search engines index them: a paragraph of Chinese is not one word. */
size_t seg_unspaced_letter(const char *s, size_t i, size_t n, size_t *cps);

/* Decimal digits, of any script. */
bool seg_is_digit(int32_t c);

/* Whether a cluster surely starts between l and r, whatever comes
 * before l: no rule of UAX #29 joins across it or looks further back.
 * A scan with seg_cluster_break may start there with a fresh state.
 * Most text has such a point every character or two. */
bool seg_cluster_start(int32_t l, int32_t r);

/* Whether a cluster boundary lies between c and d, with the state
 * utf8proc carries through a run (0 at a seg_cluster_start point).  A
 * negative c or d is a boundary and starts the state afresh. */
bool seg_cluster_break(int32_t c, int32_t d, int32_t *state);

#endif
