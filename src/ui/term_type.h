/* term_type.h - which terminal type curses draws with.
 *
 * $TERM when the terminfo database knows it and it can place the
 * cursor.  A type the database does not know (TERM=xterm-kitty on a
 * server without kitty's entry, a common case over SSH) is drawn as
 * xterm-256color, or vt100 when even that is missing, and the reader
 * says so; a terminal that cannot place the cursor (TERM=dumb) gets no
 * screen at all, and a message that names the batch commands. */
#ifndef GALLEY_UI_TERM_TYPE_H
#define GALLEY_UI_TERM_TYPE_H

/* The type to give newterm, or NULL with *why (to free) when no screen
 * can be drawn.  *notice (to free, or NULL) says what stands in for an
 * unknown type. */
const char *term_type_choose(char **notice, char **why);

#endif
