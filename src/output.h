/* output.h - helpers every batch subcommand shares: messages in the
 * "galley: FILE: reason" form and text that is safe to print. */
#ifndef GALLEY_OUTPUT_H
#define GALLEY_OUTPUT_H

#include <stdio.h>

#include <jansson.h>

#include "doc.h"
#include "util.h"

/* "galley: FILE: message" on standard error, made printable and kept on
 * one line. */
void warn_file(const char *path, const char *message);
/* Reports what loading d left out (HTML nested too deep), if anything:
 * a command that found nothing in half a page must say so. */
void warn_doc(const char *path, const struct doc *d);
/* "galley: " and the formatted message, made printable the same way: for
 * messages that quote file names or file contents in another shape. */
void warn_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Appends s[0..n) with every control character other than newline and
 * tab replaced by a visible placeholder (U+2400 block for C0, U+2421 for
 * DEL, U+FFFD for C1), so untrusted text cannot drive a terminal. */
void buf_add_printable(struct buf *b, const char *s, size_t n);
/* The same, with newlines shown as U+2424 so that s stays on one line
 * (a file name in a one-line-per-record format). */
void buf_add_printable_line(struct buf *b, const char *s);
/* The same, with tabs also shown as U+2409: a field of a TSV line. */
void buf_add_tsv_field(struct buf *b, const char *s);

/* Writes (or appends) JSON text s with DEL and the C1 controls, which
 * JSON allows raw but a terminal may obey (U+009B is CSI), as \u
 * escapes. */
void output_json_safe(FILE *f, const char *s);
void buf_add_json_safe(struct buf *b, const char *s);

/* A path as a JSON string (bytes that are not UTF-8 become U+FFFD). */
json_t *output_path_json(const char *path);

/* Prints o as one compact line on standard output, safely, and frees it. */
void output_json_line(json_t *o);

/* {"file": path, "error": error} as one line. */
void output_json_error(const char *path, const char *error);

/* The body: the text of kept blocks other than the title, joined by blank
 * lines. */
char *doc_body(const struct doc *d);

/* --format=NAME for the commands with one plain format and JSON: sets
 * *json and returns true, or prints "unknown format" and usage to stderr
 * and returns false. */
bool output_format_arg(const char *arg, const char *plain, bool *json,
    const char *usage);

#endif
