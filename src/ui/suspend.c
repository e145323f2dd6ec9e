/* suspend.c - Ctrl-Z answered between keys (suspend.h). */
#include "config.h"

#include "ui/suspend.h"

#include <curses.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "ui/reader_int.h"

static volatile sig_atomic_t pending;

static void
on_tstp(int sig)
{
	(void)sig;
	pending = 1;
}

/* Without SA_RESTART: a blocking read returns, and the loop looks. */
static void
catch_tstp(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_tstp;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTSTP, &sa, NULL);
}

void
suspend_catch(void)
{
	struct sigaction old;

	if (sigaction(SIGTSTP, NULL, &old) == 0 && old.sa_handler == SIG_DFL)
		catch_tstp();
}

bool
suspend_pending(void)
{
	return pending != 0;
}

void
suspend_now(void)
{
	struct sigaction dfl;

	if (!pending)
		return;
	pending = 0;
	paste_mode(false);	/* the shell gets plain pastes */
	endwin();
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	sigaction(SIGTSTP, &dfl, NULL);
	/* Stops here; returns when continued (fg). */
	kill(getpid(), SIGTSTP);
	catch_tstp();
	/* doupdate sets the terminal up again (and sees a resize made
	 * while stopped); all of the screen is drawn, as the shell wrote
	 * over it. */
	clearok(curscr, TRUE);
	doupdate();
}
