/* suspend.h - Ctrl-Z that is never lost.
 *
 * ncurses' own SIGTSTP handler is ignored while it updates the screen:
 * doupdate sets SIGTSTP to SIG_IGN for its length, and a Ctrl-Z typed
 * then is discarded by the kernel.  The reader draws often while it
 * loads and analyses, so a Ctrl-Z went unanswered now and then (a test
 * saw it under load).  When job control is on, galley catches SIGTSTP
 * itself before curses starts, so that curses leaves it alone: the
 * handler only notes the signal (and interrupts a blocking read), and
 * the reader's loop suspends between keys.
 */
#ifndef GALLEY_UI_SUSPEND_H
#define GALLEY_UI_SUSPEND_H

#include <stdbool.h>

/* Before curses starts: catches SIGTSTP unless it is ignored (no job
 * control, as in a shell that cannot stop its jobs). */
void suspend_catch(void);

/* Whether a Ctrl-Z came that the loop has not answered. */
bool suspend_pending(void);

/* Leaves curses, stops the process as SIGTSTP's default would and,
 * once continued, catches SIGTSTP again and draws the screen as it was
 * (curses' terminal modes back; a resize made meanwhile seen).  Nothing
 * when no Ctrl-Z is pending. */
void suspend_now(void);

#endif
