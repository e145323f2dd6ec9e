/* paste.c - bracketed paste.  While a prompt or the note editor is open
 * the terminal is asked (xterm's mode 2004) to wrap what is pasted in
 * ESC [200~ ... ESC [201~; curses reports the two as keys of their own,
 * and what comes between them is text, never keys: an Esc in pasted text
 * no longer cancels the editor.  The mode is off the rest of the time,
 * and at exit and while suspended (Ctrl-Z), so that the shell gets plain
 * pastes.  A terminal without the mode ignores the request and sends
 * pastes as typed keys, as before. */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "ui/reader_int.h"

static const char *mode_on = "\033[?2004h", *mode_off = "\033[?2004l";
static int code_start, code_end;		/* curses codes of the markers */
static volatile sig_atomic_t enabled;
static struct sigaction curses_tstp;

/* A terminfo string (BE, BD, PS, PE: ncurses' names for bracketed
 * paste), else xterm's. */
static const char *
cap_or(const char *name, const char *dflt)
{
	char *s = tigetstr(name);

	return s != NULL && s != (char *)-1 && *s ? s : dflt;
}

/* A key code curses does not use for this terminal. */
static int
unused_key(int from)
{
	while (has_key(from))
		from++;
	return from;
}

/* Written straight to the terminal: this also runs in a signal handler,
 * where curses' output buffer must not be touched. */
static void
write_seq(const char *seq)
{
	size_t n = strlen(seq);

	while (n > 0) {
		ssize_t w = write(STDOUT_FILENO, seq, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		seq += w;
		n -= (size_t)w;
	}
}

/* Ctrl-Z: curses' handler restores the terminal, stops the process and,
 * on SIGCONT, sets the screen up again; the paste mode goes with it. */
static void
on_tstp(int sig)
{
	int saved = errno;
	bool was = enabled;

	if (was)
		write_seq(mode_off);
	curses_tstp.sa_handler(sig);
	if (was)
		write_seq(mode_on);
	errno = saved;
}

/* Wraps curses' SIGTSTP handler, when it installed one (it does not
 * where job control is off: then nothing stops the reader). */
static void
catch_suspend(void)
{
	struct sigaction sa;

	if (sigaction(SIGTSTP, NULL, &curses_tstp) < 0 ||
	    curses_tstp.sa_handler == SIG_DFL ||
	    curses_tstp.sa_handler == SIG_IGN ||
	    (curses_tstp.sa_flags & SA_SIGINFO))
		return;
	sa = curses_tstp;
	sa.sa_handler = on_tstp;
	sigaction(SIGTSTP, &sa, NULL);
}

void
paste_init(void)
{
	const char *start = cap_or("PS", "\033[200~");
	const char *end = cap_or("PE", "\033[201~");

	mode_on = cap_or("BE", mode_on);
	mode_off = cap_or("BD", mode_off);
	code_start = unused_key(KEY_MAX + 1);
	code_end = unused_key(code_start + 1);
	define_key(start, code_start);
	define_key(end, code_end);
	catch_suspend();
}

void
paste_mode(bool on)
{
	if (on == (bool)enabled)
		return;
	enabled = on;
	write_seq(on ? mode_on : mode_off);
}

int
paste_marker(wint_t key)
{
	if (code_start != 0 && (int)key == code_start)
		return 1;
	if (code_end != 0 && (int)key == code_end)
		return -1;
	return 0;
}
