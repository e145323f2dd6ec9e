/* cmd_common.c - the scaffolding every subcommand shares: its usage on
 * request or after a bad option, the FILE operands and the final check
 * that standard output was written. */
#include "config.h"

#include "cli/commands.h"

#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "anno/anno_store.h"
#include "base/util.h"
#include "ingest/load.h"
#include "cli/output.h"
#include "ingest/paths.h"
#include "session/session.h"

int
cmd_help(const char *name)
{
	command_print_help(stdout, name);
	return cmd_finish(0);
}

int
cmd_usage_error(const char *name)
{
	command_print_usage(stderr, name);
	return 2;
}

int
cmd_no_files(const char *name)
{
	return cmd_usage_problem(name, "no FILE given");
}

int
cmd_usage_problem(const char *name, const char *message)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "galley %s: ", name);
	buf_add_printable_line(&b, message);
	buf_addc(&b, '\n');
	fwrite(b.data, 1, b.len, stderr);
	buf_free(&b);
	return cmd_usage_error(name);
}

int
cmd_once(const char *name, const char **slot, const char *arg,
    const char *option)
{
	char *why;
	int rc;

	if (*slot == NULL || strcmp(*slot, arg) == 0) {
		*slot = arg;
		return 0;
	}
	why = xasprintf("%s is given twice, with different values",
	    option);
	rc = cmd_usage_problem(name, why);
	free(why);
	return rc;
}

int
cmd_stdin_once(const char *name, int n, char **args)
{
	bool seen = false;

	for (int i = 0; i < n; i++) {
		if (strcmp(args[i], "-") != 0)
			continue;
		if (seen)
			return cmd_usage_problem(name, "standard input (-) is "
			    "named twice; it can be read only once");
		seen = true;
	}
	return -1;
}

/* A path that does not exist is left to the loader, which reports it as
 * it reports a file it cannot read: in the JSON formats too, as a
 * {"file", "error"} record, so that a script sees every file it named.
 * A directory without an article is said (paths_expand), as the reader
 * says it, and is a path that could not be processed. */
int
cmd_expand_paths(struct path_list *files, int n, char **args)
{
	struct stat st;
	int status = 0;

	for (int i = 0; i < n; i++) {
		if (strcmp(args[i], "-") != 0 && stat(args[i], &st) != 0)
			paths_add(files, args[i]);
		else if (paths_expand(files, args[i], warn_file) > 0)
			status = 2;
	}
	paths_dedupe(files);
	return status;
}

struct doc *
cmd_load_file(const char *path, char **cause)
{
	struct doc *d = load_file(path, cause);

	if (d == NULL)
		warn_file(path, *cause);
	else
		warn_doc(path, d);
	return d;
}

int
cmd_finish(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("galley: standard output");
		return 2;
	}
	return status;
}

struct anno_set *
cmd_open_annotations(const char *path)
{
	struct anno_set *s = anno_store_open(path);

	if (s->warning != NULL)
		warn_line("%s", s->warning);
	return s;
}

bool
cmd_format_arg(const char *arg, const char *plain, bool *json,
    const char *command)
{
	char *msg;

	if (strcmp(arg, plain) == 0 || strcmp(arg, "json") == 0) {
		*json = strcmp(arg, "json") == 0;
		return true;
	}
	msg = xasprintf("unknown format '%s'", arg);
	cmd_usage_problem(command, msg);
	free(msg);
	return false;
}

bool
cmd_open_proofreader(struct session *s)
{
	char *notice = session_open_analysers(s);

	if (s->proof == NULL)
		warn_line("%s", s->proof_cause);
	else if (notice != NULL)
		warn_line("%s", notice);
	free(notice);
	return s->proof != NULL;
}
