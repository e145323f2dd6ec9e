/* main.c - galley's entry point: global options and subcommand dispatch. */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "base/file_io.h"
#include "base/settings.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "ingest/paths.h"
#include "ui/excmd.h"
#include "ui/keys.h"
#include "ui/reader.h"
#include "ui/theme_table.h"
#include "ui/theme_test.h"

/* The reader's wait for another program's lock on a file it saves: a
 * moment, not a frozen screen; the change stays unsaved and is saved
 * at the next one. */
#define READER_LOCK_WAIT_MS 1500

/* A batch command waiting for another program's lock says so, once
 * (the path made printable, as every message is). */
static void
say_waiting(const char *path)
{
	warn_line("waiting for the lock on %s", path);
}

/* The reader's form, then each command's, the first line starting with
 * lead ("Usage:" in the help, "usage:" after a bad option). */
static void
print_synopsis(FILE *f, const char *lead)
{
	fprintf(f, "%s galley [OPTION]... [PATH]...\n", lead);
	for (size_t i = 0; i < ncommands; i++)
		command_print_synopsis(f, "      ", &commands[i]);
}

static void
print_help(void)
{
	print_synopsis(stdout, "Usage:");
	printf("\nA terminal reader for scraped and syndicated news "
	    "articles.\n"
	    "Without a command, opens the reader on PATHs (default: the\n"
	    "current directory): a source list beside a reading pane.\n"
	    "\nCommands:\n");
	for (size_t i = 0; i < ncommands; i++) {
		const char *s = commands[i].summary;

		printf("  %-9s ", commands[i].name);
		for (; *s; s++) {
			putchar(*s);
			if (*s == '\n')
				printf("            ");
		}
		putchar('\n');
	}
	printf("\n"
	    "FILE may be a directory (searched for " PATHS_ARTICLE_GLOBS ";\n"
	    "one without any is an error) or - for standard input.  All files\n"
	    "of one invocation are cleaned together: a line repeated across\n"
	    "them is boilerplate.\n"
	    "\n"
	    "Options:\n"
	    "      --no-color      no colours, only attributes (bold, italic,\n"
	    "                      underline, reverse; also when NO_COLOR is set)\n"
	    "      --theme=THEME   auto (ask the terminal), light or dark\n"
	    "      --theme-test    show every element of the screen and exit\n"
	    "      --colors        list the elements and their colours and exit\n"
	    "      --config=FILE   read settings from FILE instead of\n"
	    "                      $XDG_CONFIG_HOME/galley/config\n"
	    "      --keys          list the reader's keys and exit\n"
	    "  -h, --help          show this help and exit\n"
	    "  -V, --version       show the version and exit\n"
	    "\n"
	    "Exit status: 0 success, 1 where a command says so, 2 usage error\n"
	    "or a file that could not be processed.\n");
}

static void
print_usage(FILE *f)
{
	print_synopsis(f, "usage:");
	fputs("Try 'galley --help' for more information.\n", f);
}

/* The problems of the reader's paths ("PATH: message", printable): on
 * the reader's status line, and on standard error once the screen is
 * gone, as the screen would hide what went there before it. */
static char **path_problems;
static size_t npath_problems;

static void
note_path_problem(const char *path, const char *message)
{
	struct buf b;

	buf_init(&b);
	buf_add_printable_line(&b, path);
	buf_adds(&b, ": ");
	buf_add_printable_line(&b, message);
	path_problems = xreallocarray(path_problems, npath_problems + 1,
	    sizeof *path_problems);
	path_problems[npath_problems++] = b.data ? b.data : xstrdup("");
}

/* Each problem as the reader's notice, saying how many there are (a
 * directory given may hold several unreadable ones: not "of" the paths
 * given). */
static char **
path_notices(void)
{
	char **n = xcalloc(npath_problems + 1, sizeof *n);

	for (size_t i = 0; i < npath_problems; i++)
		n[i] = xasprintf("could not open %zu path%s: %s",
		    npath_problems, npath_problems == 1 ? "" : "s",
		    path_problems[i]);
	return n;
}

/* Says the problems on standard error and forgets them. */
static void
report_path_problems(void)
{
	for (size_t i = 0; i < npath_problems; i++) {
		warn_line("%s", path_problems[i]);
		free(path_problems[i]);
	}
	free(path_problems);
	path_problems = NULL;
	npath_problems = 0;
}

/* A command named after an option ("galley --no-color clean FILE") is
 * taken for a path; when no such file exists, say where it goes. */
static bool
misplaced_command(int argc, char **argv)
{
	struct stat st;

	for (int i = optind; i < argc; i++)
		if (command_find(argv[i]) != NULL && stat(argv[i], &st) < 0) {
			fprintf(stderr, "galley: %s: no such file, and commands "
			    "come before options: galley %s [OPTION]...\n",
			    argv[i], argv[i]);
			return true;
		}
	return false;
}

/* The settings, read once for the reader or --theme-test, before
 * anything else is checked: an explicit --config that cannot be read is
 * a usage error, as any other bad option; the default file may be
 * missing.  Every problem goes to standard error.  Returns 0, or -1
 * with nothing to free. */
static int
load_settings(struct config *cfg, const char *path)
{
	int rc = config_load(cfg, path);

	/* Said before the screen opens, and again on the status line. */
	warn_settings(cfg);
	if (rc == 0)
		return 0;
	config_free(cfg);
	return -1;
}

static int start_reader(int argc, char **argv, struct reader_options *o,
    bool theme_test);

/* --colors, --keys, --help or --version (opt, its argument arg): print,
 * and the exit status: 0, or 2 when standard output could not be
 * written. */
static int
print_and_exit(int opt, const char *arg)
{
	bool roff = arg != NULL && strcmp(arg, "roff") == 0;

	switch (opt) {
	case 'L':
		theme_print_table(stdout, roff);
		break;
	case 'k':
		keys_print(stdout, roff ? 1 : 0);
		if (!roff)
			excmd_print(stdout);
		break;
	case 'h':
		print_help();
		break;
	default:
		printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
		break;
	}
	/* Output that could not be written (a full disk) is no success. */
	return cmd_finish(0);
}

/* Sets *slot to arg for the reader's option that takes one value.
 * Given again with another value, which one was meant is no one's
 * guess (the last won silently): a usage error, as cmd_once() makes it
 * for the subcommands.  The same value again is that value. */
static bool
reader_once(const char **slot, const char *arg, const char *option)
{
	if (*slot == NULL || strcmp(*slot, arg) == 0) {
		*slot = arg;
		return true;
	}
	fprintf(stderr, "galley: %s is given twice, with different values\n",
	    option);
	print_usage(stderr);
	return false;
}

/* galley [OPTION]... [PATH]...: the reader. */
static int
run_reader(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "no-color", no_argument, NULL, 'C' },
		{ "config", required_argument, NULL, 'c' },
		{ "keys", optional_argument, NULL, 'k' },
		{ "theme", required_argument, NULL, 't' },
		{ "theme-test", no_argument, NULL, 'T' },
		{ "colors", optional_argument, NULL, 'L' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	static char prog[] = PACKAGE;
	struct reader_options o = { .theme = -1 };
	enum config_theme theme;
	bool theme_test = false;
	const char *nc = getenv("NO_COLOR"), *config_path = NULL;
	const char *theme_arg = NULL;
	struct config cfg;
	const char *print_arg = NULL;
	int c, print_only = 0;

	o.no_color = nc != NULL && *nc != '\0';
	/* getopt's messages name argv[0]: "galley:", as every other message
	 * says, not the path the program was run by. */
	argv[0] = prog;
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'C':
			o.no_color = true;
			break;
		case 'c':
			if (!reader_once(&config_path, optarg, "--config"))
				return 2;
			break;
		case 't':
			if (!reader_once(&theme_arg, optarg, "--theme"))
				return 2;
			if (config_parse_theme(optarg, &theme) < 0) {
				fputs("galley: --theme must be auto, light or "
				    "dark\n", stderr);
				return 2;
			}
			o.theme = (int)theme;
			break;
		case 'T':
			theme_test = true;
			break;
		case 'L':
		case 'k':
		case 'h':
		case 'V':
			/* Done once every option is read: a bad one after
			 * it is still a usage error. */
			if (print_only == 0) {
				print_only = c;
				print_arg = optarg;
			}
			break;
		default:
			print_usage(stderr);
			return 2;
		}
	}
	if (print_only != 0)
		return print_and_exit(print_only, print_arg);
	if (load_settings(&cfg, config_path) < 0)
		return 2;
	o.cfg = &cfg;
	c = start_reader(argc, argv, &o, theme_test);
	config_free(&cfg);
	return c;
}

/* Whether a path from optind on is "-": the reader reads its keys from
 * the terminal, and standard input can be no source of it, first path
 * or not. */
static bool
names_stdin(int argc, char **argv)
{
	for (int i = optind; i < argc; i++)
		if (strcmp(argv[i], "-") == 0)
			return true;
	return false;
}

/* The reader (or --theme-test) with its options and settings read. */
static int
start_reader(int argc, char **argv, struct reader_options *o,
    bool theme_test)
{
	struct path_list files = { NULL, 0, 0 };
	int c, status = 0;

	if (misplaced_command(argc, argv))
		return 2;
	if (theme_test) {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
			fputs("galley: --theme-test needs a terminal\n",
			    stderr);
			return 2;
		}
		return theme_test_run(o);
	}
	if (names_stdin(argc, argv)) {
		fputs("galley: the reader reads files; for standard input use "
		    "'galley clean -'\n", stderr);
		return 2;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs("galley: the reader needs a terminal; for scripts use "
		    "'galley clean'\n", stderr);
		return 2;
	}
	if (optind >= argc)
		status |= paths_expand(&files, ".", note_path_problem) ? 2 : 0;
	for (int i = optind; i < argc; i++)
		status |= paths_expand(&files, argv[i], note_path_problem) ?
		    2 : 0;
	paths_dedupe(&files);
	/* Every path given was a problem, each said (a directory without
	 * an article names itself). */
	if (files.n == 0) {
		report_path_problems();
		paths_free(&files);
		return 2;
	}
	o->notices = path_notices();
	o->nnotices = npath_problems;
	c = reader_run(files.paths, files.n, o);
	paths_free(&files);
	for (size_t i = 0; i < o->nnotices; i++)
		free(o->notices[i]);
	free(o->notices);
	report_path_problems();
	return c ? c : status;
}

int
main(int argc, char **argv)
{
	const struct command *c;

	setlocale(LC_ALL, "");
	LIBXML_TEST_VERSION;

	c = argc >= 2 ? command_find(argv[1]) : NULL;
	if (c != NULL) {
		/* A batch command may wait long for another program's
		 * lock, saying so; the reader waits a moment only. */
		fio_lock_patience(FIO_LOCK_WAIT_MS, say_waiting);
		return c->run(argc - 1, argv + 1);
	}
	fio_lock_patience(READER_LOCK_WAIT_MS, NULL);
	return run_reader(argc, argv);
}
