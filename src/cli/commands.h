/* commands.h - the subcommands; each takes argc/argv after its name and
 * returns the exit status (0 success, 1 where the command says so, 2
 * usage error or a file that could not be processed). */
#ifndef GALLEY_COMMANDS_H
#define GALLEY_COMMANDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

int cmd_clean(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_entities(int argc, char **argv);
int cmd_annotate(int argc, char **argv);
int cmd_annotations(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_copies(int argc, char **argv);
int cmd_compare(int argc, char **argv);

/* One option of a subcommand: what getopt_long parses and the line
 * NAME --help gives it.  Each command's list lives beside its parser
 * (cmd_NAME.c) and ends with a row whose name is NULL. */
struct command_option {
	const char *name;	/* the long option, without "--" */
	int has_arg;		/* no_, required_ or optional_argument */
	int val;		/* what command_getopt returns for it */
	bool short_too;		/* val is also a letter: -VAL */
	const char *arg;	/* as --help shows it after the name, with its
				 * separator ("=FILE", "[=diff]"), or NULL */
	const char *help;	/* what it does: lines (\n between them) of
				 * at most OPTION_HELP_WIDTH columns */
};

#define OPTION_HELP_COLUMN 26
#define OPTION_HELP_WIDTH (USAGE_WIDTH - OPTION_HELP_COLUMN)

extern const struct command_option clean_options[], check_options[],
    entities_options[], annotate_options[], annotations_options[],
    export_options[], copies_options[], compare_options[];

/* commands.c: one row per subcommand drives dispatch, --help and every
 * usage message. */
struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *synopsis;	/* after "galley NAME " */
	const char *summary;	/* for --help; lines of at most 60 columns */
	const struct command_option *options;
};
extern const struct command commands[];
extern const size_t ncommands;

/* Usage lines are wrapped to this many columns. */
#define USAGE_WIDTH 79

/* The row for name, or NULL. */
const struct command *command_find(const char *name);
/* "LEAD galley NAME SYNOPSIS", wrapped under the synopsis. */
void command_print_synopsis(FILE *f, const char *lead,
    const struct command *c);
/* "usage: galley NAME SYNOPSIS", wrapped under the synopsis. */
void command_print_usage(FILE *f, const char *name);
/* NAME --help: the usage, the summary and a line per option. */
void command_print_help(FILE *f, const char *name);
/* getopt_long over the options of command name (its table): the next
 * option's val, '?' for a bad one, -1 at the end. */
int command_getopt(int argc, char **argv, const char *name);

/* cmd_common.c: what the subcommands share.  Each returns the exit status
 * it stands for, so that a command can return it. */

struct doc;
struct path_list;

/* Prints name's help to standard output (-h, --help): its usage, what
 * it does and its options; returns 0, or 2 (said) when standard output
 * could not be written. */
int cmd_help(const char *name);
/* Prints name's usage to standard error (a bad option); returns 2. */
int cmd_usage_error(const char *name);
/* Says that command name got no FILE, then its usage; returns 2. */
int cmd_no_files(const char *name);
/* "galley NAME: MESSAGE" then name's usage on standard error; returns
 * 2 (a usage error). */
int cmd_usage_problem(const char *name, const char *message);
/* Sets *slot to arg for command name's option ("--format", "-o") that
 * takes one value: given again with another value, which one was meant
 * is no one's guess (the last won silently).  The same value again is
 * that value.  Returns 0, or 2 after saying so with the usage. */
int cmd_once(const char *name, const char **slot, const char *arg,
    const char *option);
/* Refuses args[0..n) (the FILE operands of command name) when they name
 * standard input ("-") more than once: the second read would find it
 * empty.  Returns 2 after saying so with the usage, else -1. */
int cmd_stdin_once(const char *name, int n, char **args);
/* Appends the files named by args[0..n) to files, each file once,
 * reporting each directory that cannot be read; returns 2 if there was
 * one, else 0. */
int cmd_expand_paths(struct path_list *files, int n, char **args);
/* Loads one file (annotate, annotations, export).  A failure is reported
 * and NULL returned with *cause set (for a JSON record; the caller frees
 * it); text that loading left out (HTML nested too deep) is reported. */
struct anno_set;
struct doc *cmd_load_file(const char *path, char **cause);

/* The annotations of path (anno_store_open), with what the sidecar has
 * to say (it names another article) printed as a warning. */
struct anno_set *cmd_open_annotations(const char *path);
/* Flushes standard output; returns status, or 2 (with a message) when
 * the output could not be written. */
int cmd_finish(int status);

/* The session's proofreader (check, compare); false (after saying why)
 * when there is none.  A dictionary missing is only a warning: the other
 * checks run. */
struct session;
bool cmd_open_proofreader(struct session *s);

/* --format=NAME for the commands with one plain format and JSON: sets
 * *json and returns true, or prints "unknown format" and command's usage
 * to stderr and returns false. */
bool cmd_format_arg(const char *arg, const char *plain, bool *json,
    const char *command);

#endif
