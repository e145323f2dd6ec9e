/* commands.c - the table of subcommands: main() dispatches on it,
 * --help lists it and each command's usage is printed from it. */
#include "config.h"

#include "cli/commands.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "base/util.h"

/* One row per subcommand: dispatch and --help come from this table. */
const struct command commands[] = {
	{ "clean", cmd_clean, "[--format=text|json] [--raw] "
	  "[--corrected[=diff]] FILE...",
	  "print each file's article (boilerplate removed): its\n"
	  "title, a blank line and its paragraphs; with\n"
	  "--format=json one JSON object per file; with --raw the\n"
	  "decoded text without cleaning; with --corrected the\n"
	  "corrections chosen in the reader (z=) applied, or as a\n"
	  "unified diff for patch(1) (--corrected=diff)",
	  clean_options },
	{ "check", cmd_check, "[--format=gnu|json] [--all] [-d DICTS] "
	  "[--suggest] [--no-user-words] FILE...",
	  "proofread each file's article (--all: the whole page):\n"
	  "spelling, casing, split words, markup debris, mojibake,\n"
	  "spacing, repeated words, spelling consistency; exit 1\n"
	  "when problems are found",
	  check_options },
	{ "entities", cmd_entities, "[--format=tsv|json] [--all] [--corpus] "
	  "[--model FILE | --no-model] [--merge NAME NAME | --split NAME] "
	  "[--type NAME=TYPE | --not-entity NAME] FILE...",
	  "list the people, organisations, places, nationalities\n"
	  "and dates of each file's article, grouped across files\n"
	  "under canonical names; --corpus prints the index",
	  entities_options },
	{ "annotate", cmd_annotate, "FILE (--range START:END | --quote TEXT | --reply-to ID) "
	  "[--nth N] [--tag TAG]... [--note TEXT] "
	  "[--verdict accepted|rejected]",
	  "add one annotation to FILE's sidecar, or a reply or review of\n"
	  "one, and print its id",
	  annotate_options },
	{ "annotations", cmd_annotations, "[--format=gnu|json] [--travel] "
	  "FILE...",
	  "list each file's annotations and where they are now\n"
	  "(anchored, moved, fuzzy or orphan); --travel: those the\n"
	  "other files made on paragraphs they share with it",
	  annotations_options },
	{ "export", cmd_export, "--format=w3c|brat|jsonl|doccano|csv|"
	  "labelstudio|webanno [--offsets=codepoint|utf16] [--tag=TAG] "
	  "[--creator=NAME] [--since=DATE] [-o DIR] FILE...",
	  "export annotations for other tools",
	  export_options },
	{ "copies", cmd_copies, "[--format=tsv|json] PATH...",
	  "group the files into stories (syndicated copies of one\n"
	  "text) and list the paragraphs they share",
	  copies_options },
	{ "compare", cmd_compare, "[--format=gnu|json|wdiff] [--raw] A B",
	  "align the paragraphs of two versions (moved, cut, added)\n"
	  "and show their word differences; exit 1 when they differ",
	  compare_options },
};

const size_t ncommands = sizeof commands / sizeof commands[0];

const struct command *
command_find(const char *name)
{
	for (size_t i = 0; i < ncommands; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/* Length of the next word of a synopsis: up to a space outside brackets
 * and parentheses, so that "[--tag TAG]..." is never broken. */
static size_t
synopsis_word(const char *s)
{
	size_t n = 0;
	int depth = 0;

	for (; s[n] != '\0' && (depth > 0 || s[n] != ' '); n++) {
		if (s[n] == '[' || s[n] == '(')
			depth++;
		else if ((s[n] == ']' || s[n] == ')') && depth > 0)
			depth--;
	}
	return n;
}

void
command_print_synopsis(FILE *f, const char *lead, const struct command *c)
{
	const char *s;
	int indent, col;

	indent = col = fprintf(f, "%s galley %s", lead, c->name);
	for (s = c->synopsis; *s != '\0';) {
		size_t n = synopsis_word(s);

		if (col + 1 + (int)n > USAGE_WIDTH && col > indent)
			col = fprintf(f, "\n%*s", indent, "") - 1;
		col += fprintf(f, " %.*s", (int)n, s);
		s += n;
		while (*s == ' ')
			s++;
	}
	fputc('\n', f);
}

void
command_print_usage(FILE *f, const char *name)
{
	const struct command *c = command_find(name);

	if (c != NULL)
		command_print_synopsis(f, "usage:", c);
}

/* "  -X, --NAME=ARG" or "      --NAME=ARG"; returns its width. */
static int
print_option_names(FILE *f, const struct command_option *o)
{
	if (o->short_too)
		return fprintf(f, "  -%c, --%s%s", o->val, o->name,
		    o->arg ? o->arg : "");
	return fprintf(f, "      --%s%s", o->name, o->arg ? o->arg : "");
}

/* The option, then its help from OPTION_HELP_COLUMN (on the next line
 * when the names reach it), each further line of help under the first. */
static void
print_option(FILE *f, const struct command_option *o)
{
	int col = print_option_names(f, o);

	if (col + 2 > OPTION_HELP_COLUMN) {
		fputc('\n', f);
		col = 0;
	}
	fprintf(f, "%*s", OPTION_HELP_COLUMN - col, "");
	for (const char *s = o->help; *s != '\0'; s++) {
		fputc(*s, f);
		if (*s == '\n')
			fprintf(f, "%*s", OPTION_HELP_COLUMN, "");
	}
	fputc('\n', f);
}

void
command_print_help(FILE *f, const char *name)
{
	const struct command *c = command_find(name);
	const char *s;

	if (c == NULL)
		return;
	command_print_synopsis(f, "Usage:", c);
	fputc('\n', f);
	/* The summary as a sentence: capital first. */
	for (s = c->summary; *s != '\0'; s++)
		fputc(s == c->summary && *s >= 'a' && *s <= 'z' ?
		    *s - 'a' + 'A' : *s, f);
	fputs(".\n\nOptions:\n", f);
	for (const struct command_option *o = c->options; o->name; o++)
		print_option(f, o);
}

/* getopt_long's arrays for c, built from its table when c is not the
 * command they were last built for. */
static void
build_getopt(const struct command *c, struct option **longopts,
    char **shortopts)
{
	static const struct command *built;
	size_t n = 0, k = 0;

	if (c == built)
		return;
	for (const struct command_option *o = c->options; o->name; o++)
		n++;
	*longopts = xreallocarray(*longopts, n + 1, sizeof **longopts);
	*shortopts = xreallocarray(*shortopts, 2 * n + 1, 1);
	for (size_t i = 0; i < n; i++) {
		const struct command_option *o = &c->options[i];

		(*longopts)[i] = (struct option){ o->name, o->has_arg, NULL,
		    o->val };
		if (o->short_too) {
			(*shortopts)[k++] = (char)o->val;
			if (o->has_arg == required_argument)
				(*shortopts)[k++] = ':';
		}
	}
	(*longopts)[n] = (struct option){ NULL, 0, NULL, 0 };
	(*shortopts)[k] = '\0';
	built = c;
}

int
command_getopt(int argc, char **argv, const char *name)
{
	static struct option *longopts;
	static char *shortopts;
	/* getopt's messages name argv[0]: "galley check: unrecognized
	 * option", as every other message of a command is prefixed. */
	static char prog[64];
	const struct command *c = command_find(name);
	char *arg0 = argv[0];
	int opt;

	if (c == NULL)
		return -1;
	build_getopt(c, &longopts, &shortopts);
	snprintf(prog, sizeof prog, "%s %s", PACKAGE, c->name);
	argv[0] = prog;
	opt = getopt_long(argc, argv, shortopts, longopts, NULL);
	argv[0] = arg0;
	return opt;
}
