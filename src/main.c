/* main.c - galley's entry point: global options and subcommand dispatch. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>

#include "commands.h"

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
	printf("Usage: galley [OPTION]...\n");
	for (size_t i = 0; i < NCOMMANDS; i++)
		printf("       galley %s %s\n", commands[i].name,
		    commands[i].synopsis);
	printf("\nA terminal reader for scraped and syndicated news "
	    "articles.\n\nCommands:\n");
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
	    "  -h, --help     show this help and exit\n"
	    "  -V, --version  show the version and exit\n"
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

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	LIBXML_TEST_VERSION;

	if (argc < 2) {
		fputs("galley: the interactive reader is not available in "
		    "this version; use a command\n", stderr);
		print_usage(stderr);
		return 2;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		print_help();
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
		return 0;
	}
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].run(argc - 1, argv + 1);
	fprintf(stderr, "galley: unknown command '%s'\n", argv[1]);
	print_usage(stderr);
	return 2;
}
