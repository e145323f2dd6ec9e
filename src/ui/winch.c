/* winch.c - a resize never waits for the next key (see winch.h). */
#include <signal.h>
#include <stdint.h>

#include "config.h"

#include "ui/winch.h"

static volatile sig_atomic_t winch_count;	/* signals, wrapping */
static sig_atomic_t seen_count;		/* counted before the last look */
static sig_atomic_t read_count;		/* counted before the current read */

void
winch_note(void)
{
	/* Only told apart from the last count: wrapping (without signed
	 * overflow) is harmless. */
	winch_count = winch_count == SIG_ATOMIC_MAX ? 0 : winch_count + 1;
}

int
winch_read_delay(int wanted)
{
	read_count = winch_count;
	return read_count != seen_count ? 0 : wanted;
}

void
winch_read_done(bool looked)
{
	/* A signal after read_count was taken may have come after curses
	 * looked: it stays unseen, and the next read does not wait. */
	if (looked)
		seen_count = read_count;
}
