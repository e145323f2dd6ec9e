/* cmd_check.c - `galley check`: proofread each file and print its
 * problems in the GNU format (FILE:LINE:COL: KIND: TEXT) or as JSON. */
#include "config.h"

#include "cli/commands.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "clean/clean.h"
#include "cli/output.h"
#include "ingest/paths.h"
#include "proof/proof.h"
#include "session/session.h"
#include "base/util.h"

enum format { FORMAT_GNU, FORMAT_JSON };

struct check_opts {
	enum format format;
	bool all, suggest, user_words;
	const char *dicts;
};

/* corr: the corrections chosen in the reader (z=); a problem with one
 * carries it as "correction".  Without the default dictionary the object
 * says "spelling_checked": false, so that no issue is not read as no
 * misspelling. */
static void
print_json(struct proof *p, const char *path, struct doc *d,
    const struct problem_list *l, bool suggest,
    const struct corrections *corr)
{
	json_t *o = json_object(), *issues = json_array();

	for (size_t i = 0; i < l->n; i++) {
		const struct problem *pr = &l->v[i];
		json_t *it = json_object(), *sugg = json_array();
		const char *chosen = corrections_fix(corr, pr->start, pr->end);
		char *text = xstrndup(d->text + pr->bstart, pr->bend - pr->bstart);
		char **list;
		size_t line, col, n = proof_corrections(p, d, pr, suggest,
		    NULL, &list);

		doc_line_col(d, pr->start, &line, &col);
		for (size_t j = 0; j < n; j++)
			json_array_append_new(sugg, json_string(list[j]));
		speller_free_list(list, n);
		json_object_set_new(it, "start", json_integer((json_int_t)pr->start));
		json_object_set_new(it, "end", json_integer((json_int_t)pr->end));
		json_object_set_new(it, "line", json_integer((json_int_t)line));
		json_object_set_new(it, "col", json_integer((json_int_t)col));
		json_object_set_new(it, "kind",
		    json_string(problem_kind_name(pr->kind)));
		json_object_set_new(it, "text", json_string(text));
		json_object_set_new(it, "suggestions", sugg);
		if (chosen != NULL)
			json_object_set_new(it, "correction",
			    json_string(chosen));
		json_array_append_new(issues, it);
		free(text);
	}
	json_object_set_new(o, "file", output_path_json(path));
	if (proof_warning(p) != NULL)
		json_object_set_new(o, "spelling_checked", json_false());
	json_object_set_new(o, "issues", issues);
	output_json_line(o);
}

/* One line a problem; newlines inside a problem's text are shown as
 * spaces so that one problem stays one line for vim and Emacs.  corr:
 * as for print_json; a chosen correction is the one after "->". */
static void
print_gnu(struct proof *p, const char *path, struct doc *d,
    const struct problem_list *l, bool suggest,
    const struct corrections *corr)
{
	struct buf out;
	struct screen_pos pos = { 0 };

	buf_init(&out);
	for (size_t i = 0; i < l->n; i++) {
		const struct problem *pr = &l->v[i];
		size_t line, col;

		/* HTML: the page's own line and column, for vim -q. */
		doc_file_line_col(d, &pos, pr->start, &line, &col);
		buf_add_printable_line(&out, path);
		buf_printf(&out, ":%zu:%zu: ", line, col);
		proof_problem_line(p, d, pr, suggest, corrections_fix(corr,
		    pr->start, pr->end), &out);
		buf_addc(&out, '\n');
	}
	fwrite(out.data ? out.data : "", 1, out.len, stdout);
	buf_free(&out);
}

/* The options: getopt parses them and --help lists them from here. */
const struct command_option check_options[] = {
	{ "format", required_argument, 'f', false, "=gnu|json",
	  "FILE:LINE:COL: KIND: TEXT lines (gnu, the\n"
	  "default), or json: one object per file" },
	{ "all", no_argument, 'a', false, NULL,
	  "check every block of the page, not only the article" },
	{ "dict", required_argument, 'd', true, "=DICTS",
	  "Hunspell dictionaries, comma-separated" },
	{ "suggest", no_argument, 's', false, NULL,
	  "also print suggestions for misspelt words" },
	{ "no-user-words", no_argument, 'n', false, NULL,
	  "ignore the personal and project word lists" },
	{ "help", no_argument, 'h', true, NULL, "show this help and exit" },
	{ NULL, 0, 0, false, NULL, NULL }
};

/* Returns the exit status when the command ends here (help, bad usage),
 * else -1. */
static int
parse_args(int argc, char **argv, struct check_opts *o)
{
	const char *format_arg = NULL;
	int c;
	bool json;

	optind = 1;
	while ((c = command_getopt(argc, argv, "check")) != -1) {
		switch (c) {
		case 'f':
			if (!cmd_format_arg(optarg, "gnu", &json, "check") ||
			    cmd_once("check", &format_arg, optarg,
			    "--format") != 0)
				return 2;
			o->format = json ? FORMAT_JSON : FORMAT_GNU;
			break;
		case 'a':
			o->all = true;
			break;
		case 'd':
			if (cmd_once("check", &o->dicts, optarg, "-d") != 0)
				return 2;
			break;
		case 's':
			o->suggest = true;
			break;
		case 'n':
			o->user_words = false;
			break;
		case 'h':
			return cmd_help("check");
		default:
			return cmd_usage_error("check");
		}
	}
	if (optind >= argc)
		return cmd_no_files("check");
	return cmd_stdin_once("check", argc - optind, argv + optind);
}

/* Checks every document of the session; returns the exit status: 1 for
 * a document with problems, and for every document read without the
 * default dictionary (its spelling was not checked: a CI job must not
 * pass it), 2 for one that could not be processed. */
static int
check_load(struct session *s, const struct check_opts *o)
{
	struct load *l = &s->load;
	int status = 0;

	for (size_t i = 0; i < l->n; i++) {
		const struct problem_list *probs = &s->docs[i].problems;
		const struct corrections *corr;
		char *cause;

		if (l->docs[i] == NULL) {
			warn_file(l->paths[i], l->errors[i]);
			if (o->format == FORMAT_JSON)
				output_json_error(l->paths[i], l->errors[i]);
			status = 2;
			continue;
		}
		warn_doc(l->paths[i], l->docs[i]);
		session_analyse(s, i);
		if (s->docs[i].notice != NULL) {
			warn_file(l->paths[i], s->docs[i].notice);
			status = 2;
		}
		if ((probs->n > 0 || proof_warning(s->proof) != NULL) &&
		    status == 0)
			status = 1;
		corr = session_corrections(s, i, &cause);
		if (cause != NULL) {	/* "FILE:LINE: reason" */
			warn_line("%s", cause);
			free(cause);
			status = 2;
		}
		/* Corrections the text no longer has, as clean says them. */
		if ((cause = session_corrections_unmatched(s, i)) != NULL) {
			warn_line("%s", cause);
			free(cause);
		}
		if (o->format == FORMAT_JSON)
			print_json(s->proof, l->paths[i], l->docs[i], probs,
			    o->suggest, corr);
		else
			print_gnu(s->proof, l->paths[i], l->docs[i], probs,
			    o->suggest, corr);
	}
	return status;
}

int
cmd_check(int argc, char **argv)
{
	struct check_opts o = { FORMAT_GNU, false, false, true, NULL };
	struct path_list files = { NULL, 0, 0 };
	struct session s;
	int status = parse_args(argc, argv, &o), st;

	if (status >= 0)
		return status;
	status = cmd_expand_paths(&files, argc - optind, argv + optind);
	session_init(&s, files.paths, files.n);
	session_set_options(&s, &(struct session_options){ .proof = true,
	    .all = o.all, .dicts = o.dicts, .user_words = o.user_words });
	if (!cmd_open_proofreader(&s)) {
		session_free(&s);
		paths_free(&files);
		return 2;
	}
	session_load_all(&s);
	st = check_load(&s, &o);
	if (st > status)
		status = st;
	session_free(&s);
	paths_free(&files);
	return cmd_finish(status);
}
