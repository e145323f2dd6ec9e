/* excmd.h - the reader's ':' commands.  One table drives what they do,
 * the message for a mistyped one and their list in the help screen.  A
 * command that has a key runs that key's action, so that both always do
 * the same thing. */
#ifndef GALLEY_UI_EXCMD_H
#define GALLEY_UI_EXCMD_H

#include <stdio.h>

#include "ui/keys.h"

struct reader;

struct ex_command {
	const char *name;
	const char *alias;	/* a short form (q, q!), or NULL */
	/* Its argument as shown to users: "WORD" (required), "[doc]"
	 * (optional), or NULL (none). */
	const char *arg;
	enum ui_action action;	/* when the command is a key's action */
	void (*run)(struct reader *r, const char *arg);	/* otherwise */
	const char *help;
};

extern const struct ex_command ex_commands[];
extern const size_t ex_ncommands;

/* Runs the command line typed after ':' (modified in place). */
void excmd_run(struct reader *r, char *line);

/* One line per command, "  :name ARG   help", for galley --keys. */
void excmd_print(FILE *f);

/* The same lines for the help screen, NULL-terminated (static). */
const char *const *excmd_help_lines(void);

#endif
