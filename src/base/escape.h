/* escape.h - untrusted text made safe to print: control characters as
 * visible placeholders, records kept on one line, JSON without the
 * controls a terminal may obey. */
#ifndef GALLEY_ESCAPE_H
#define GALLEY_ESCAPE_H

#include <stdbool.h>
#include <stdio.h>

#include "base/util.h"

/* Appends s[0..n) with every control character other than newline and
 * tab replaced by a visible placeholder (U+2400 block for C0, U+2421 for
 * DEL, U+FFFD for C1 and for a bidi embedding, override or isolate),
 * so untrusted text cannot drive a terminal or reorder what it shows. */
void buf_add_printable(struct buf *b, const char *s, size_t n);
/* Appends s[0..n) without its control characters (the same ones),
 * dropped rather than shown: text leaving galley (the clipboard, the
 * yank file) as the decoded text, never as escape sequences. */
void buf_add_without_controls(struct buf *b, const char *s, size_t n);
/* The same, with newlines shown as U+2424 so that s stays on one line
 * (a file name in a one-line-per-record format). */
void buf_add_printable_line(struct buf *b, const char *s);
/* The same, with tabs also shown as U+2409: a field of a TSV line. */
void buf_add_tsv_field(struct buf *b, const char *s);

/* Whether file name s holds a character that GNU diff and git quote in
 * a diff's header: a control character, a double quote, a backslash. */
bool name_needs_c_quotes(const char *s);
/* Appends prefix and s in double quotes, with C's escapes (\t, \n,
 * \", \\, \ooo) for those characters, as GNU diff and git write such
 * a name and patch(1) reads it. */
void buf_add_c_quoted(struct buf *b, const char *prefix, const char *s);

/* Writes (or appends) JSON text s with DEL and the C1 controls, which
 * JSON allows raw but a terminal may obey (U+009B is CSI), and U+2028
 * and U+2029, which readers of JSON lines may take for line ends, and
 * the bidi controls, as \u escapes. */
void output_json_safe(FILE *f, const char *s);
void buf_add_json_safe(struct buf *b, const char *s);

#endif
