/* term_type.c - which terminal type curses draws with. */
#include "config.h"

#include "ui/term_type.h"

#include <curses.h>
#include <stdbool.h>
#include <stdlib.h>
#include <term.h>
#include <unistd.h>

#include "base/util.h"

/* Types tried, in order, for a $TERM the database does not know. */
static const char *const stand_ins[] = { "xterm-256color", "vt100" };

/* Whether the database knows type, and whether (*moves) it can place
 * the cursor. */
static bool
known(const char *type, bool *moves)
{
	int err = 0;
	const char *cup;

	*moves = false;
	if (setupterm(type, STDOUT_FILENO, &err) != OK)
		return false;
	cup = tigetstr("cup");
	*moves = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	return true;
}

const char *
term_type_choose(char **notice, char **why)
{
	const char *term = getenv("TERM");
	bool moves;

	*notice = *why = NULL;
	if (term != NULL && *term != '\0' && known(term, &moves)) {
		if (moves)
			return term;
		*why = xasprintf("the terminal (TERM=%s) cannot place the "
		    "cursor, so the reader cannot draw; galley clean, check "
		    "and entities print articles without it", term);
		return NULL;
	}
	for (size_t i = 0; i < sizeof stand_ins / sizeof *stand_ins; i++)
		if (known(stand_ins[i], &moves) && moves) {
			*notice = xasprintf("TERM=%s is not in this system's "
			    "terminfo database: drawing as %s", term && *term ?
			    term : "(unset)", stand_ins[i]);
			return stand_ins[i];
		}
	*why = xasprintf("TERM=%s is not in this system's terminfo database, "
	    "nor is any stand-in; set TERM to a type it knows", term && *term ?
	    term : "(unset)");
	return NULL;
}
