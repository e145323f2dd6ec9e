/* winch.h - a resize (or a stop signal, or Ctrl-Z: their handlers
 * count here too) never waits for the next key.
 *
 * ncurses learns of a resize from its SIGWINCH handler, which only sets
 * a flag; the flag is looked at when a read finds no key (wgetch's
 * "check_sigwinch").  A blocking read that was running when the signal
 * came is interrupted (reader.c installs the handler without
 * SA_RESTART) and finds the flag.  But a signal that comes while the
 * reader draws, or runs a background step, is seen by no read: the next
 * read blocks, and when a key ends it, wgetch returns the key without
 * looking at the flag.  The screen then stays drawn for the old size
 * until the key after (a test saw it under valgrind).
 *
 * So the signal is counted here too, and the reader reads without
 * waiting until a read that looked at the flag began after the last
 * signal: one that returned no key (ERR) or KEY_RESIZE.
 */
#ifndef GALLEY_UI_WINCH_H
#define GALLEY_UI_WINCH_H

#include <stdbool.h>

/* From the SIGWINCH handler: async-signal-safe. */
void winch_note(void);

/* Before a read: the delay to give curses (timeout()), wanted unless a
 * resize is unseen, then 0.  Remembers the signals counted so far. */
int winch_read_delay(int wanted);

/* After that read: looked is true when it returned ERR or KEY_RESIZE,
 * the two results of a read that looked at curses' flag. */
void winch_read_done(bool looked);

#endif
