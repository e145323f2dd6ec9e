/* term_modes.c - terminal modes set outside curses (term_modes.h). */
#include "config.h"

#include "ui/term_modes.h"

#include <curses.h>
#include <errno.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

void
term_mode_write(const char *seq)
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

void
term_drag_reports(bool on)
{
	static bool is_on;

	if (on == is_on || !has_mouse())
		return;
	is_on = on;
	term_mode_write(on ? "\033[?1002h" : "\033[?1002l");
}

void
term_accept_normal_cursor_keys(void)
{
	static const struct {
		const char *seq;
		int key;
	} normal[] = {
		{ "\033[A", KEY_UP }, { "\033[B", KEY_DOWN },
		{ "\033[C", KEY_RIGHT }, { "\033[D", KEY_LEFT },
		{ "\033[H", KEY_HOME }, { "\033[F", KEY_END },
	};

	for (size_t i = 0; i < sizeof normal / sizeof normal[0]; i++)
		if (key_defined(normal[i].seq) == 0)
			define_key(normal[i].seq, normal[i].key);
}
