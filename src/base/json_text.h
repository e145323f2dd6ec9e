/* json_text.h - JSON text as jansson's json_dumps writes it, without a
 * jansson tree: for output so big that building a tree per item and
 * dumping it costs more than the rest of the work (a sidecar of 100,000
 * annotations saved or listed). */
#ifndef GALLEY_JSON_TEXT_H
#define GALLEY_JSON_TEXT_H

#include <stdbool.h>

#include "base/util.h"

/* Appends s as a JSON string, as jansson's dump_string writes it
 * without flags: '"', '\\' and controls below U+0020 escaped (\b \f \n
 * \r \t, else \u00XX), everything else (UTF-8 included) as it is.
 * False for NULL or invalid UTF-8, which json_string() refuses; b may
 * then hold part of the string, and the caller drops what it wrote. */
bool json_text_string(struct buf *b, const char *s);

#endif
