/* html_charref.h - numeric character references as the HTML standard
 * reads them, before libxml2 parses the page.
 *
 * libxml2 (2.9) drops a reference it finds no XML character for: &#0;,
 * a surrogate (&#xD800;), a value past U+10FFFF, a C0 control (&#27;),
 * U+FFFE; and it reads &#128;..&#159; as C1 controls where the standard
 * reads the Windows-1252 characters (&#150; is an en dash).  A page lost
 * characters without a trace.  html_charrefs rewrites each numeric
 * reference into the &#xHEX; of the character the standard gives, with
 * U+FFFD for one that XML cannot carry (a C0 control other than tab, line
 * feed and carriage return: shown as the replacement character, never
 * raw; a form feed is white space, as HTML counts it), and "&#" followed
 * by no digit, which is no reference, into the text it is. */
#ifndef GALLEY_HTML_CHARREF_H
#define GALLEY_HTML_CHARREF_H

#include <stddef.h>

/* The page src[0, len) with its numeric references rewritten, as a new
 * string (*out_len its length), or NULL when it has none.  No line is
 * added or removed: source lines stay the page's. */
char *html_charrefs(const char *src, size_t len, size_t *out_len);

/* The code point the standard gives reference value v (saturated at
 * 0x110000), made one XML can carry. */
unsigned long html_charref_value(unsigned long v);

#endif
