/* cells.h - how each code point of untrusted text appears on a terminal.
 *
 * Text from files never reaches the terminal raw: C0 and C1 controls,
 * DEL, format characters (bidi overrides, zero-width characters) and
 * line/paragraph separators are shown as visible ASCII placeholders
 * (^[ for ESC, <9B> for C1 CSI, <U+202E> for RIGHT-TO-LEFT OVERRIDE).
 * The zero-width joiner and non-joiner are the exception: common inside
 * emoji sequences and in Persian and Indic words, and unable to move
 * text, they take no column and are left out of what is drawn (a
 * terminal that joined an emoji sequence into one glyph would shift
 * every column after it).
 * In a locale that is not UTF-8, typographic punctuation becomes its
 * ASCII stand-in (curly quotes ' and ", dashes and the middle dot -, the
 * ellipsis ...) and every other non-ASCII character is shown as '?'.
 * Layout and drawing both use these rules, so widths agree. */
#ifndef GALLEY_CELLS_H
#define GALLEY_CELLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CELL_PLACEHOLDER_MAX 12

/* Whether cp is U+200C ZERO WIDTH NON-JOINER or U+200D ZERO WIDTH
 * JOINER: no placeholder, no column, not drawn. */
bool cell_is_joiner(int32_t cp);

/* Writes the placeholder for cp into buf (NUL-terminated ASCII) and
 * returns its length, or returns 0 when cp is drawn as itself. */
size_t cell_placeholder(int32_t cp, bool utf8, char buf[CELL_PLACEHOLDER_MAX]);

/* The ASCII stand-in of typographic punctuation ("'" for U+2019, "..."
 * for U+2026), or NULL. */
const char *cell_ascii_stand_in(int32_t cp);

/* Columns cp occupies: 0 for combining marks (they join the previous
 * character) and the joiners, 2 for wide characters, the placeholder's length for
 * placeholders, 1 for a tab (drawn as a space). */
int cell_width(int32_t cp, bool utf8);

/* Columns cp takes drawn as itself: 0 for combining marks, 2 for wide
 * characters, 1 for anything else (unassigned and private-use code
 * points too). */
int cell_glyph_width(int32_t cp);

/* Decodes one code point at s[i] (bad bytes are U+FFFD, one byte). */
size_t cell_next(const char *s, size_t i, size_t end, int32_t *cp);

/* Decodes the code point that ends at s[i) (start < i), going back over
 * UTF-8 continuation bytes no further than start; returns where it
 * begins.  Bad bytes are U+FFFD, as for cell_next. */
size_t cell_prev(const char *s, size_t start, size_t i, int32_t *cp);

/* Columns s[0, n) occupies, by cell_width. */
int cell_text_width(const char *s, size_t n, bool utf8);

/* Where the first row of s[b, e) at most width columns wide ends: after
 * the last space that fits, or, for a word wider than the row alone,
 * before the first character that does not fit (a wide character is
 * never split, a combining mark stays with its base).  A space that does
 * not fit goes to the next row with the word before it.  e when all of
 * it fits; past b when b < e, even if one cell is wider than the row. */
size_t cell_wrap_end(const char *s, size_t b, size_t e, int width, bool utf8);

/* The screen columns cp takes in those counts (a tab aside). */
size_t doc_screen_width(int32_t cp);

#endif
