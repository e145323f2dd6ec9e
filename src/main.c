/* main.c - galley's entry point: global options and subcommand dispatch. */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "cli/commands.h"
#include "cli/output.h"
#include "ingest/paths.h"
#include "ui/keys.h"
#include "ui/reader.h"

/* One row per subcommand: dispatch and --help come from this table. */
static const struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *synopsis;	/* after "galley NAME " */
	const char *summary;	/* for --help; lines of at most 60 columns */
} commands[] = {
	{ "clean", cmd_clean, "[--format=text|json] [--raw] FILE...",
	  "print each file's article (boilerplate removed): its\n"
	  "title, a blank line and its paragraphs; with\n"
	  "--format=json one JSON object per file; with --raw the\n"
	  "decoded text without cleaning" },
	{ "check", cmd_check, "[--format=gnu|json] [--all] [-d DICTS] "
	  "[--suggest] [--no-user-words] FILE...",
	  "proofread each file's article (--all: the whole page):\n"
	  "spelling, casing, split words, markup debris, mojibake,\n"
	  "spacing, repeated words; exit 1 when problems are found" },
	{ "entities", cmd_entities, "[--format=tsv|json] [--all] [--corpus] "
	  "[--merge NAME NAME | --split NAME] FILE...",
	  "list the people, organisations, places, nationalities\n"
	  "and dates of each file's article, grouped across files\n"
	  "under canonical names; --corpus prints the index" },
	{ "annotate", cmd_annotate, "FILE (--range START:END | --quote TEXT [--nth N]) "
	  "[--tag TAG]... [--note TEXT]",
	  "add one annotation to FILE's sidecar and print its id" },
	{ "annotations", cmd_annotations, "[--format=gnu|json] FILE...",
	  "list each file's annotations and where they are now\n"
	  "(anchored, moved, fuzzy or orphan)" },
	{ "export", cmd_export, "--format=w3c|brat|jsonl|doccano|csv "
	  "[--offsets=codepoint|utf16] [-o DIR] FILE...",
	  "export annotations for other tools" },
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void
print_help(void)
{
	printf("Usage: galley [OPTION]... [PATH]...\n");
	for (size_t i = 0; i < NCOMMANDS; i++)
		printf("       galley %s %s\n", commands[i].name,
		    commands[i].synopsis);
	printf("\nA terminal reader for scraped and syndicated news "
	    "articles.\n"
	    "Without a command, opens the reader on PATHs (default: the\n"
	    "current directory): a source list beside a reading pane.\n"
	    "\nCommands:\n");
	for (size_t i = 0; i < NCOMMANDS; i++) {
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
	    "FILE may be a directory (searched for *.txt, *.text, *.htm, *.html\n"
	    "and *.xhtml) or - for standard input.  All files of one invocation\n"
	    "are cleaned together: a line repeated across them is boilerplate.\n"
	    "\n"
	    "Options:\n"
	    "      --no-color      no colours, only bold, underline and reverse\n"
	    "                      (also when NO_COLOR is set)\n"
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
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(f, "%s galley %s %s\n", i == 0 ? "usage:" : "      ",
		    commands[i].name, commands[i].synopsis);
	fputs("Try 'galley --help' for more information.\n", f);
}

/* galley [OPTION]... [PATH]...: the reader. */
static int
run_reader(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "no-color", no_argument, NULL, 'C' },
		{ "config", required_argument, NULL, 'c' },
		{ "keys", optional_argument, NULL, 'k' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct reader_options o = { false, NULL };
	struct path_list files = { NULL, 0, 0 };
	const char *nc = getenv("NO_COLOR");
	int c, status = 0;

	o.no_color = nc != NULL && *nc != '\0';
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'C':
			o.no_color = true;
			break;
		case 'c':
			o.config_path = optarg;
			break;
		case 'k':
			keys_print(stdout, optarg && strcmp(optarg, "roff") == 0);
			return 0;
		case 'h':
			print_help();
			return 0;
		case 'V':
			printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
			return 0;
		default:
			print_usage(stderr);
			return 2;
		}
	}
	if (optind < argc && strcmp(argv[optind], "-") == 0) {
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
		status |= paths_expand(&files, ".", warn_file) ? 2 : 0;
	for (int i = optind; i < argc; i++)
		status |= paths_expand(&files, argv[i], warn_file) ? 2 : 0;
	paths_dedupe(&files);
	if (files.n == 0) {
		fputs("galley: no article files (*.txt, *.text, *.htm, *.html, "
		    "*.xhtml) found\n", stderr);
		paths_free(&files);
		return 2;
	}
	c = reader_run(files.paths, files.n, &o);
	paths_free(&files);
	return c ? c : status;
}

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	LIBXML_TEST_VERSION;

	if (argc >= 2)
		for (size_t i = 0; i < NCOMMANDS; i++)
			if (strcmp(argv[1], commands[i].name) == 0)
				return commands[i].run(argc - 1, argv + 1);
	return run_reader(argc, argv);
}
