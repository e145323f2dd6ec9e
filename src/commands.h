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

#endif
