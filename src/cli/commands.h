/* commands.h - the subcommands; each takes argc/argv after its name and
 * returns the exit status (0 success, 1 where the command says so, 2
 * usage error or a file that could not be processed). */
#ifndef GALLEY_COMMANDS_H
#define GALLEY_COMMANDS_H

int cmd_clean(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_entities(int argc, char **argv);
int cmd_annotate(int argc, char **argv);
int cmd_annotations(int argc, char **argv);
int cmd_export(int argc, char **argv);

/* cmd_common.c: what the subcommands share.  Each returns the exit status
 * it stands for, so that a command can return it. */

struct doc;
struct path_list;

/* Prints usage to standard output (-h, --help); returns 0. */
int cmd_help(const char *usage);
/* Prints usage to standard error (a bad option); returns 2. */
int cmd_usage_error(const char *usage);
/* Says that command name got no FILE, then its usage; returns 2. */
int cmd_no_files(const char *name, const char *usage);
/* Appends the files named by args[0..n) to files, each file once,
 * reporting each directory that cannot be read; returns 2 if there was
 * one, else 0. */
int cmd_expand_paths(struct path_list *files, int n, char **args);
/* Loads one file (annotate, annotations, export).  A failure is reported
 * and NULL returned with *cause set (for a JSON record; the caller frees
 * it); text that loading left out (HTML nested too deep) is reported. */
struct doc *cmd_load_file(const char *path, char **cause);
/* Flushes standard output; returns status, or 2 (with a message) when
 * the output could not be written. */
int cmd_finish(int status);

#endif
