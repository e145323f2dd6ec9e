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

/* What is wrong with $TERM when the database does not know it: unset
 * and empty are said as such, not as a type named "(unset)". */
static char *
unknown_term(const char *term)
{
	if (term == NULL)
		return xstrdup("TERM is not set");
	if (*term == '\0')
		return xstrdup("TERM is empty");
	return xasprintf("TERM=%s is not in this system's terminfo database",
	    term);
}

const char *
term_type_choose(char **notice, char **why)
{
	const char *term = getenv("TERM");
	char *unknown;
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
	unknown = unknown_term(term);
	for (size_t i = 0; i < sizeof stand_ins / sizeof *stand_ins; i++)
		if (known(stand_ins[i], &moves) && moves) {
			*notice = xasprintf("%s: drawing as %s", unknown,
			    stand_ins[i]);
			free(unknown);
			return stand_ins[i];
		}
	*why = xasprintf("%s, and no stand-in type is in the terminfo "
	    "database; set TERM to a type it knows", unknown);
	free(unknown);
	return NULL;
}
