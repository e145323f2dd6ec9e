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
#include <string.h>
#include <term.h>

#include "ui/reader_int.h"
#include "ui/term_modes.h"

static const char *mode_on = "\033[?2004h", *mode_off = "\033[?2004l";
static int code_start, code_end;		/* curses codes of the markers */
static bool enabled;

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
}

void
paste_mode(bool on)
{
	if (on == (bool)enabled)
		return;
	enabled = on;
	term_mode_write(on ? mode_on : mode_off);
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
