/* output.h - what every batch subcommand shares: messages in the
 * "galley: FILE: reason" form, JSON records on standard output. */
#ifndef GALLEY_OUTPUT_H
#define GALLEY_OUTPUT_H

#include <stdio.h>

#include <jansson.h>

#include "base/escape.h"
#include "base/settings.h"
#include "doc/doc.h"

/* "galley: FILE: message" on standard error, made printable and kept on
 * one line. */
void warn_file(const char *path, const char *message);
/* Reports what loading d left out (HTML nested too deep), if anything:
 * a command that found nothing in half a page must say so. */
void warn_doc(const char *path, const struct doc *d);
/* "galley: " and the formatted message, made printable the same way: for
 * messages that quote file names or file contents in another shape. */
void warn_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Every problem of the settings file ("FILE:LINE: problem"), a line
 * each, as vim and tmux say theirs before they start. */
void warn_settings(const struct config *c);

/* A path as a JSON string (bytes that are not UTF-8 become U+FFFD). */
json_t *output_path_json(const char *path);

/* Prints o as one compact line on standard output, safely, and frees it. */
void output_json_line(json_t *o);

/* {"file": path, "error": error} as one line. */
void output_json_error(const char *path, const char *error);

/* The lines and columns of n code point offsets of d in any order, as
 * GNU messages give them (vim -q, Emacs): over the decoded text of a
 * text file, over the page's own source for HTML (as galley check
 * counts them). */
void output_gnu_positions(struct doc *d, const size_t *cps, size_t n,
    size_t *line_of, size_t *col_of);


#endif
