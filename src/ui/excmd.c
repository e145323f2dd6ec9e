/* excmd.c - the reader's ':' commands, from one table. */
#include "config.h"

#include "ui/excmd.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "ui/reader_int.h"

static bool
is_doc(const char *arg)
{
	return arg != NULL && strcmp(arg, "doc") == 0;
}

static void
run_quit_anyway(struct reader *r, const char *arg)
{
	(void)arg;
	reader_quit(r, true);
}

static void
run_save(struct reader *r, const char *arg)
{
	anno_edit_save_all(r, arg);
}

static void
run_grep(struct reader *r, const char *arg)
{
	reader_grep(r, arg);
}

static void
run_cnext(struct reader *r, const char *arg)
{
	(void)arg;
	hits_step(r, 1);
}

static void
run_cprev(struct reader *r, const char *arg)
{
	(void)arg;
	hits_step(r, -1);
}

static void
run_clist(struct reader *r, const char *arg)
{
	(void)arg;
	hits_reopen(r);
}

static void
run_filter(struct reader *r, const char *arg)
{
	list_filter_apply(r, arg);
}

static void
run_sort(struct reader *r, const char *arg)
{
	reader_sort_by(r, arg);
}

static void
run_entities(struct reader *r, const char *arg)
{
	entities_open(r, is_doc(arg));
}

static void
run_merge(struct reader *r, const char *arg)
{
	entities_command(r, "merge", arg);
}

static void
run_split(struct reader *r, const char *arg)
{
	entities_command(r, "split", arg);
}

static void
run_type(struct reader *r, const char *arg)
{
	entities_command(r, "type", arg);
}

static void
run_notentity(struct reader *r, const char *arg)
{
	entities_command(r, "notentity", arg);
}

static void
run_annotations(struct reader *r, const char *arg)
{
	annotations_open(r, is_doc(arg));
}

static void
run_only(struct reader *r, const char *arg)
{
	annotations_only(r, arg);
}

static void
run_compare(struct reader *r, const char *arg)
{
	compare_command(r, arg);
}

static void
run_edit(struct reader *r, const char *arg)
{
	(void)arg;
	reader_reload(r);
}

static void
run_by(struct reader *r, const char *arg)
{
	annotations_by(r, arg);
}

const struct ex_command ex_commands[] = {
	{ "grep", NULL, "WORD", ACT_NONE, run_grep,
	  "list the lines of every source that contain WORD" },
	{ "cnext", "cn", NULL, ACT_NONE, run_cnext,
	  "the next :grep hit, across sources" },
	{ "cprev", "cp", NULL, ACT_NONE, run_cprev,
	  "the previous :grep hit" },
	{ "clist", "cl", NULL, ACT_NONE, run_clist,
	  "the :grep hit list again, at the hit gone to last" },
	{ "filter", NULL, "FILTER", ACT_NONE, run_filter,
	  "filter the list shown, as F does" },
	{ "problems", NULL, NULL, ACT_PROBLEM_LIST, NULL,
	  "the open source's problems" },
	{ "entities", NULL, "[doc]", ACT_NONE, run_entities,
	  "the entities view (of every source, or of the open one)" },
	{ "merge", NULL, "NAME | NAME", ACT_NONE, run_merge,
	  "put two entity groups together (kept in .galley-entities)" },
	{ "split", NULL, "NAME", ACT_NONE, run_split,
	  "take a name out of its group" },
	{ "type", NULL, "NAME TYPE", ACT_NONE, run_type,
	  "give a name's mentions a type (PERSON ORG GPE LOC NORP DATE "
	  "MISC)" },
	{ "notentity", NULL, "NAME", ACT_NONE, run_notentity,
	  "say a name is no entity: its mentions go" },
	{ "nofilter", NULL, NULL, ACT_CLEAR_FILTER, NULL,
	  "list every source again" },
	{ "annotations", NULL, "[doc]", ACT_NONE, run_annotations,
	  "the annotations view (of every source, or of the open one)" },
	{ "only", NULL, "VERDICT", ACT_NONE, run_only,
	  "annotations view: only the accepted, rejected or unreviewed "
	  "annotations (VERDICT: accepted, rejected, unreviewed or all)" },
	{ "by", NULL, "NAME|all", ACT_NONE, run_by,
	  "annotations view: only the threads NAME took part in "
	  "(all: anyone's)" },
	{ "compare", NULL, "[mark]", ACT_NONE, run_compare,
	  "compare the selected source with another version of its story "
	  "(as = does); mark: mark it, to compare with the next chosen" },
	{ "edit", "e", NULL, ACT_NONE, run_edit,
	  "read the open source again from disk (after it changed there): "
	  "cleaned and analysed anew, its annotations anchored in the new "
	  "text; one that could not be read is tried again" },
	{ "save", "w", NULL, ACT_NONE, run_save,
	  "save again the annotations that could not be saved" },
	{ "save-to", NULL, "DIR", ACT_NONE, run_save,
	  "save them in DIR instead" },
	{ "sort", NULL, "path|title|date", ACT_NONE, run_sort,
	  "sort the source list" },
	{ "raw", NULL, NULL, ACT_TOGGLE_RAW, NULL,
	  "toggle the raw page and the clean article" },
	{ "list", NULL, NULL, ACT_TOGGLE_LIST, NULL,
	  "show or hide the source list" },
	{ "help", NULL, NULL, ACT_HELP, NULL, "this help" },
	{ "quit", "q", NULL, ACT_QUIT, NULL,
	  "quit (not while annotations are unsaved)" },
	{ "quit!", "q!", NULL, ACT_NONE, run_quit_anyway,
	  "quit, even with unsaved annotations" },
	{ "wq", "x", NULL, ACT_SAVE_QUIT, NULL,
	  "save what could not be saved (as :w), then quit (as :q)" },
};
const size_t ex_ncommands = sizeof ex_commands / sizeof ex_commands[0];

static const struct ex_command *
find(const char *name)
{
	for (size_t i = 0; i < ex_ncommands; i++)
		if (strcmp(ex_commands[i].name, name) == 0 ||
		    (ex_commands[i].alias != NULL &&
		    strcmp(ex_commands[i].alias, name) == 0))
			return &ex_commands[i];
	return NULL;
}

/* Says what is wrong with the argument, or returns false. */
static bool
bad_argument(struct reader *r, const struct ex_command *c, const char *arg)
{
	const char *want = c->arg;
	char *msg = NULL;

	if (want == NULL && arg != NULL)
		msg = xasprintf(":%s takes no argument", c->name);
	else if (want != NULL && *want != '[' && arg == NULL)
		msg = xasprintf(":%s needs %s", c->name, want);
	else if (want != NULL && *want == '[' && arg != NULL &&
	    (strlen(want) != strlen(arg) + 2 ||
	    strncmp(want + 1, arg, strlen(arg)) != 0))
		msg = xasprintf(":%s takes only %s", c->name, want);
	if (msg == NULL)
		return false;
	set_message(r, true, msg);
	free(msg);
	return true;
}

/* "grep WORD, problems, entities [doc], ...": for a mistyped command. */
static const char *
excmd_summary(void)
{
	static char *summary;
	struct buf b;

	if (summary != NULL)
		return summary;
	buf_init(&b);
	for (size_t i = 0; i < ex_ncommands; i++) {
		const struct ex_command *c = &ex_commands[i];

		buf_printf(&b, "%s%s", i ? ", " : "", c->alias ? c->alias :
		    c->name);
		if (c->arg != NULL)
			buf_printf(&b, " %s", c->arg);
	}
	summary = buf_steal(&b);
	return summary;
}

void
excmd_run(struct reader *r, char *line)
{
	const struct ex_command *c;
	char *arg;

	line = str_trim(line);
	if (*line == '\0')
		return;
	arg = strchr(line, ' ');
	if (arg != NULL) {
		*arg++ = '\0';
		arg = str_trim(arg);
		if (*arg == '\0')
			arg = NULL;
	}
	if ((c = find(line)) == NULL) {
		char *msg = xasprintf("unknown command: %s (try %s)", line,
		    excmd_summary());
		set_message(r, true, msg);
		free(msg);
	} else if (!bad_argument(r, c, arg)) {
		if (c->run != NULL)
			c->run(r, arg);
		else
			reader_do_action(r, c->action);
	}
}

/* ":quit, :q" or ":grep WORD": how the help shows a command. */
static char *
label_for(const struct ex_command *c)
{
	return xasprintf(":%s%s%s%s%s", c->name, c->alias ? ", :" : "",
	    c->alias ? c->alias : "", c->arg ? " " : "",
	    c->arg ? c->arg : "");
}

const char *const *
excmd_help_lines(void)
{
	static char **lines;

	if (lines == NULL) {
		lines = xcalloc(ex_ncommands + 1, sizeof *lines);
		for (size_t i = 0; i < ex_ncommands; i++) {
			char *label = label_for(&ex_commands[i]);

			lines[i] = xasprintf("%-22s %s", label,
			    ex_commands[i].help);
			free(label);
		}
	}
	return (const char *const *)lines;
}

void
excmd_print(FILE *f)
{
	const char *const *lines = excmd_help_lines();

	for (size_t i = 0; lines[i] != NULL; i++)
		fprintf(f, "  %s\n", lines[i]);
}
