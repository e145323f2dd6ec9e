/* commands.c - the table of subcommands: main() dispatches on it,
 * --help lists it and each command's usage is printed from it. */
#include "config.h"

#include "cli/commands.h"

#include <stdio.h>
#include <string.h>

/* One row per subcommand: dispatch and --help come from this table. */
const struct command commands[] = {
	{ "clean", cmd_clean, "[--format=text|json] [--raw] "
	  "[--corrected[=diff]] FILE...",
	  "print each file's article (boilerplate removed): its\n"
	  "title, a blank line and its paragraphs; with\n"
	  "--format=json one JSON object per file; with --raw the\n"
	  "decoded text without cleaning; with --corrected the\n"
	  "corrections chosen in the reader (z=) applied, or as a\n"
	  "unified diff of the decoded text (--corrected=diff)" },
	{ "check", cmd_check, "[--format=gnu|json] [--all] [-d DICTS] "
	  "[--suggest] [--no-user-words] FILE...",
	  "proofread each file's article (--all: the whole page):\n"
	  "spelling, casing, split words, markup debris, mojibake,\n"
	  "spacing, repeated words; exit 1 when problems are found" },
	{ "entities", cmd_entities, "[--format=tsv|json] [--all] [--corpus] "
	  "[--model FILE | --no-model] [--merge NAME NAME | --split NAME] "
	  "[--type NAME=TYPE | --not-entity NAME] FILE...",
	  "list the people, organisations, places, nationalities\n"
	  "and dates of each file's article, grouped across files\n"
	  "under canonical names; --corpus prints the index" },
	{ "annotate", cmd_annotate, "FILE (--range START:END | --quote TEXT | --reply-to ID) "
	  "[--nth N] [--tag TAG]... [--note TEXT] "
	  "[--verdict accepted|rejected]",
	  "add one annotation to FILE's sidecar, or a reply or review of\n"
	  "one, and print its id" },
	{ "annotations", cmd_annotations, "[--format=gnu|json] [--travel] "
	  "FILE...",
	  "list each file's annotations and where they are now\n"
	  "(anchored, moved, fuzzy or orphan); --travel: those the\n"
	  "other files made on paragraphs they share with it" },
	{ "export", cmd_export, "--format=w3c|brat|jsonl|doccano|csv|"
	  "labelstudio|webanno [--offsets=codepoint|utf16] [--tag=TAG] "
	  "[--creator=NAME] [--since=DATE] [-o DIR] FILE...",
	  "export annotations for other tools" },
	{ "copies", cmd_copies, "[--format=tsv|json] PATH...",
	  "group the files into stories (syndicated copies of one\n"
	  "text) and list the paragraphs they share" },
	{ "compare", cmd_compare, "[--format=gnu|json|wdiff] A B",
	  "align the paragraphs of two versions (moved, cut, added)\n"
	  "and show their word differences; exit 1 when they differ" },
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
