/* term_modes.h - terminal modes galley sets itself, outside curses'
 * output buffer: they are no screen content, must reach the terminal in
 * order with what curses wrote before them, and must be off before
 * curses hands the terminal back (quitting, Ctrl-Z).  Bracketed paste
 * (paste.c) and drag reports. */
#ifndef GALLEY_UI_TERM_MODES_H
#define GALLEY_UI_TERM_MODES_H

#include <stdbool.h>

/* Writes seq straight to the terminal (standard output). */
void term_mode_write(const char *seq);

/* ncurses asks xterm-like terminals for presses and releases only;
 * button-motion reports (mode 1002) let a drag show the selection as it
 * grows.  On between keys, once curses has drawn (its own mouse mode
 * is then on, and set after it 1002 holds); off before curses leaves:
 * set through stdio, it reached the terminal only at exit, after the
 * shell's screen was back, and left the shell's terminal reporting
 * the mouse. */
void term_drag_reports(bool on);

/* Curses asks for the terminal's application cursor keys (ESC O B for
 * Down) and knows only those; a key typed before it asked, a terminal
 * that ignores the request or a TERM naming another terminal sends the
 * normal mode's ESC [ B.  Makes curses read both as the same key, as vim
 * and less do.  After keypad(). */
void term_accept_normal_cursor_keys(void);

#endif
