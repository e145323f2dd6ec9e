/* screen_end.c - curses handing the terminal back (screen_end.h). */
#include "config.h"

#include "ui/screen_end.h"
#include "ui/term_modes.h"

#include <curses.h>
#include <term.h>

/* Whether the terminal restores the shell's screen at endwin. */
static bool
has_alternate_screen(void)
{
	const char *rmcup = tigetstr("exit_ca_mode");

	return rmcup != NULL && rmcup != (char *)-1 && *rmcup != '\0';
}

void
screen_end(void)
{
	term_drag_reports(false);
	if (!has_alternate_screen()) {
		/* A window of its own: stdscr's lines may be older than
		 * the panes drawn over them, and would show again. */
		WINDOW *w = newwin(1, COLS, LINES - 1, 0);

		if (w != NULL) {
			werase(w);
			wnoutrefresh(w);
			doupdate();
			delwin(w);
		}
	}
	endwin();	/* the cursor goes to the start of the last line */
}
