/* decode.h - turn a file's raw bytes into UTF-8 text.
 *
 * Rules, in order: a byte-order mark wins (UTF-8, UTF-16LE, UTF-16BE); UTF-16
 * without a mark is recognised by its zero bytes; an HTML page's declared
 * charset is honoured; everything else is UTF-8 where each byte that is not
 * valid UTF-8 is read as Windows-1252 on its own.  Files with NUL bytes or
 * mostly control bytes are refused as binary. */
#ifndef GALLEY_DECODE_H
#define GALLEY_DECODE_H

#include <stdbool.h>
#include <stddef.h>

struct decoded {
	char *text;		/* UTF-8, NUL-terminated, owned by the caller */
	size_t len;		/* bytes, without the terminator */
	char *encoding;		/* lower-case label, owned by the caller */
};

/* Decodes raw into out.  For text files (html false) CRLF and lone CR become
 * LF.  Returns 0, or -1 with *cause set to a message the caller frees. */
int decode_bytes(const unsigned char *raw, size_t n, bool html,
    struct decoded *out, char **cause);

void decoded_free(struct decoded *d);

/* The charset an HTML page declares in its first bytes, lower-case, or NULL. */
char *decode_sniff_html_charset(const unsigned char *raw, size_t n);

/* Windows-1252's code point for a byte (0x80..0x9F differ from Latin-1). */
int decode_cp1252(unsigned char byte);
/* The Windows-1252 byte for a code point, or -1 when it has none. */
int encode_cp1252(int cp);

#endif
