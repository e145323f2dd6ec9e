/* load.h - read one article file (or standard input) into a document:
 * raw bytes, size and SHA-256, decoded text and blocks. */
#ifndef GALLEY_LOAD_H
#define GALLEY_LOAD_H

#include <stdbool.h>
#include <stdint.h>

#include "doc/doc.h"

/* Largest file galley reads; bigger ones are refused with a message. */
#define LOAD_MAX_BYTES ((size_t)512 * 1024 * 1024)

/* Loads path ("-" is standard input).  Returns a document, or NULL with
 * *cause set to a message (without the path) that the caller frees. */
struct doc *load_file(const char *path, char **cause);

/* The SHA-256 of path's bytes now, as load_file() gives it the
 * document; false when it cannot be read (or is standard input). */
bool load_file_digest(const char *path, uint8_t sha256[32]);

/* Builds a document from bytes already in memory; format is guessed from
 * name's extension, or from the bytes when name has none of ours. */
struct doc *load_bytes(const char *name, const unsigned char *raw, size_t n,
    char **cause);

#endif
