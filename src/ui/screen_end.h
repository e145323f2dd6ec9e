/* screen_end.h - curses handing the terminal back to the shell.
 *
 * A terminal with an alternate screen (rmcup) gets the shell's screen
 * back as it was.  One without (TERM=linux, vt100) keeps the reader's
 * last screen, and the shell's prompt would land on the status line,
 * mixed with what it said: its last line is cleared first and the
 * cursor left at its start, as less does. */
#ifndef GALLEY_UI_SCREEN_END_H
#define GALLEY_UI_SCREEN_END_H

/* endwin, with the last line cleared when there is no alternate
 * screen.  For quitting and for Ctrl-Z. */
void screen_end(void);

#endif
