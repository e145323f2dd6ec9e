/* suspend.c - Ctrl-Z answered between keys (suspend.h). */
#include "config.h"

#include "ui/suspend.h"

#include <curses.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "ui/reader_int.h"
#include "ui/screen_end.h"
#include "ui/signals.h"
#include "ui/winch.h"

static volatile sig_atomic_t pending;

/* Without SA_RESTART (signal_catch): a blocking read returns, and the
 * loop looks.  Counted as a resize is, so that one that comes after the
 * loop looked but before its read blocks does not wait for a key. */
static void
on_tstp(int sig)
{
	(void)sig;
	pending = 1;
	winch_note();
}

void
suspend_catch(void)
{
	struct sigaction old;

	if (sigaction(SIGTSTP, NULL, &old) == 0 && old.sa_handler == SIG_DFL)
		signal_catch(SIGTSTP, on_tstp, NULL);
}

bool
suspend_pending(void)
{
	return pending != 0;
}

void
suspend_now(void)
{
	if (!pending)
		return;
	pending = 0;
	paste_mode(false);	/* the shell gets plain pastes */
	screen_end();
	signal_catch(SIGTSTP, SIG_DFL, NULL);
	/* Stops here; returns when continued (fg). */
	kill(getpid(), SIGTSTP);
	signal_catch(SIGTSTP, on_tstp, NULL);
	/* doupdate sets the terminal up again (and sees a resize made
	 * while stopped); all of the screen is drawn, as the shell wrote
	 * over it. */
	clearok(curscr, TRUE);
	doupdate();
}
