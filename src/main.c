/* main.c - galley's entry point: global options and subcommand dispatch. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <libxml/parser.h>

#include "commands.h"

static const char help_text[] =
    "Usage: galley [OPTION]...\n"
    "       galley clean [--format=text|json] [--raw] FILE...\n"
    "\n"
    "A terminal reader for scraped and syndicated news articles.\n"
    "\n"
    "Commands:\n"
    "  clean     print each file's article (boilerplate removed): its\n"
    "            title, a blank line and its paragraphs; with\n"
    "            --format=json one JSON object per file; with --raw the\n"
    "            decoded text without cleaning\n"
    "\n"
    "FILE may be a directory (searched for *.txt, *.text, *.htm, *.html\n"
    "and *.xhtml) or - for standard input.  All files of one invocation\n"
    "are cleaned together: a line repeated across them is boilerplate.\n"
    "\n"
    "Options:\n"
    "  -h, --help     show this help and exit\n"
    "  -V, --version  show the version and exit\n"
    "\n"
    "Exit status: 0 success, 2 usage error or a file that could not be\n"
    "processed.\n";

static const char usage_text[] =
    "usage: galley clean [--format=text|json] [--raw] FILE...\n"
    "Try 'galley --help' for more information.\n";

int
main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	LIBXML_TEST_VERSION;

	if (argc < 2) {
		fputs("galley: the interactive reader is not available in "
		    "this version; use 'galley clean'\n", stderr);
		fputs(usage_text, stderr);
		return 2;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fputs(help_text, stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
		return 0;
	}
	if (strcmp(argv[1], "clean") == 0)
		return cmd_clean(argc - 1, argv + 1);
	fprintf(stderr, "galley: unknown command '%s'\n%s", argv[1],
	    usage_text);
	return 2;
}
