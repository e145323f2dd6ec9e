/* cmd_clean.c - `galley clean`: print each file's article, as text or
 * JSON, markup debris left out (debris.h), or the decoded text as it is
 * (--raw). */
#include "config.h"

#include "cli/commands.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "clean/clean.h"
#include "session/session.h"
#include "cli/output.h"
#include "cli/block_evidence_json.h"
#include "base/file_io.h"
#include "ingest/load.h"
#include "ingest/paths.h"
#include "view/debris.h"
#include "base/util.h"

enum format { FORMAT_TEXT, FORMAT_JSON };

static json_t *
string_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *
blocks_json(const struct doc *d)
{
	json_t *arr = json_array();
	bool evidence = block_evidence_wanted();

	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];
		json_t *o = json_object();

		json_object_set_new(o, "start", json_integer((json_int_t)b->start));
		json_object_set_new(o, "end", json_integer((json_int_t)b->end));
		json_object_set_new(o, "line", json_integer((json_int_t)b->line));
		json_object_set_new(o, "kind", json_string(block_kind_name(b->kind)));
		json_object_set_new(o, "keep", json_boolean(b->keep));
		if (evidence)
			json_object_set_new(o, "features",
			    block_evidence_json(d, b));
		json_array_append_new(arr, o);
	}
	return arr;
}

static void
print_json(const char *path, struct doc *d, bool raw)
{
	json_t *o = json_object();
	char *body = raw ? xstrdup(d->text) : debris_body(d, NULL);

	json_object_set_new(o, "file", output_path_json(path));
	json_object_set_new(o, "format",
	    json_string(d->format == DOC_HTML ? "html" : "text"));
	json_object_set_new(o, "encoding", string_or_null(d->encoding));
	json_object_set_new(o, "title", string_or_null(d->title));
	json_object_set_new(o, "author", string_or_null(d->author));
	json_object_set_new(o, "date", string_or_null(d->date));
	json_object_set_new(o, "site", string_or_null(d->site));
	json_object_set_new(o, "body", json_string(body));
	json_object_set_new(o, "blocks", blocks_json(d));
	free(body);
	output_json_line(o);
}

/* The title, a blank line and body (the article's, or corrected). */
static void
print_article(struct buf *out, const char *title, const char *body)
{
	if (title)
		buf_add_printable(out, title, strlen(title));
	buf_adds(out, "\n\n");
	buf_add_printable(out, body, strlen(body));
	if (*body)
		buf_addc(out, '\n');
}

/* Decoded text as --raw prints it: made printable, ending a line. */
static void
print_raw(const char *text, size_t len)
{
	struct buf out;

	buf_init(&out);
	buf_add_printable(&out, text, len);
	if (len > 0 && text[len - 1] != '\n')
		buf_addc(&out, '\n');
	fwrite(out.data ? out.data : "", 1, out.len, stdout);
	buf_free(&out);
}

static void
print_text(struct doc *d, bool raw)
{
	struct buf out;
	char *body;

	if (raw) {
		print_raw(d->text, d->text_len);
		return;
	}
	buf_init(&out);
	body = debris_body(d, NULL);
	print_article(&out, d->title, body);
	free(body);
	fwrite(out.data ? out.data : "", 1, out.len, stdout);
	buf_free(&out);
}

/* --corrected: the article with its corrections layer applied (z= in
 * the reader), or a unified diff of the decoded text. */
enum { CORR_NONE, CORR_TEXT, CORR_DIFF };

static int
corrected_arg(const char *arg)
{
	if (arg == NULL || strcmp(arg, "text") == 0)
		return CORR_TEXT;
	if (strcmp(arg, "diff") == 0)
		return CORR_DIFF;
	warn_file("--corrected", "wants text or diff");
	return -1;
}

/* d's corrections c as a diff that patch(1) applies to its file (path,
 * as given), read again for its lines as they are; 2 when it cannot. */
static int
print_diff(struct doc *d, const struct corrections *c, const char *path)
{
	char *raw = NULL, *cause = NULL, *out;
	size_t len = 0;

	if (d->format != DOC_HTML && fio_read(d->path, 0, LOAD_MAX_BYTES,
	    &raw, &len) < 0) {
		warn_file(path, fio_read_error(errno, 0));
		return 2;
	}
	out = corrections_diff(c, d, path, raw, len, &cause);
	free(raw);
	if (out == NULL) {
		warn_line("%s", cause);
		free(cause);
		return 2;
	}
	fputs(out, stdout);
	free(out);
	return 0;
}

/* Document f corrected; 2 when its corrections could not be read. */
static int
print_corrected(struct session *s, size_t f, int how, enum format format,
    bool raw)
{
	struct doc *d = s->load.docs[f];
	char *cause = NULL, *out, *title;
	struct corrections *c = session_corrections(s, f, &cause);
	int status = 0;

	if (cause != NULL) {	/* "FILE:LINE: reason" */
		warn_line("%s", cause);
		free(cause);
		status = 2;
	}
	/* Corrections the text no longer has: said, the file kept. */
	if ((cause = session_corrections_unmatched(s, f)) != NULL) {
		warn_line("%s", cause);
		free(cause);
	}
	if (how == CORR_DIFF)
		return status | print_diff(d, c, s->load.paths[f]);
	title = debris_title(d, c);
	if (format == FORMAT_JSON) {
		json_t *o = json_object();

		out = raw ? corrections_apply(c, d, 0, d->text_cps) :
		    debris_body(d, c);
		json_object_set_new(o, "file", output_path_json(s->load.paths[f]));
		json_object_set_new(o, "title", string_or_null(title));
		json_object_set_new(o, "body", json_string(out));
		json_object_set_new(o, "corrections",
		    json_integer((json_int_t)c->n));
		output_json_line(o);
	} else if (raw) {
		/* --raw: the whole decoded text, corrected. */
		out = corrections_apply(c, d, 0, d->text_cps);
		print_raw(out, strlen(out));
	} else {
		struct buf b;

		out = debris_body(d, c);
		buf_init(&b);
		print_article(&b, title, out);
		fwrite(b.data, 1, b.len, stdout);
		buf_free(&b);
	}
	free(title);
	free(out);
	return status;
}

/* The options: getopt parses them and --help lists them from here. */
const struct command_option clean_options[] = {
	{ "format", required_argument, 'f', false, "=text|json",
	  "text (the default), or json: one object per file" },
	{ "raw", no_argument, 'r', false, NULL,
	  "print the decoded text without cleaning" },
	{ "corrected", optional_argument, 'c', false, "[=diff]",
	  "apply the corrections chosen in the reader (z=),\n"
	  "or print them as a unified diff (=diff)" },
	{ "help", no_argument, 'h', true, NULL, "show this help and exit" },
	{ NULL, 0, 0, false, NULL, NULL }
};

int
cmd_clean(int argc, char **argv)
{
	enum format format = FORMAT_TEXT;
	struct path_list files = { NULL, 0, 0 };
	struct session s;
	struct load *l = &s.load;
	bool raw = false, json;
	const char *format_arg = NULL, *corrected_as = NULL;
	int corrected = CORR_NONE;
	int c, status = 0;

	optind = 1;
	while ((c = command_getopt(argc, argv, "clean")) != -1) {
		switch (c) {
		case 'f':
			if (!cmd_format_arg(optarg, "text", &json, "clean") ||
			    cmd_once("clean", &format_arg, optarg,
			    "--format") != 0)
				return 2;
			format = json ? FORMAT_JSON : FORMAT_TEXT;
			break;
		case 'r':
			raw = true;
			break;
		case 'c':
			if ((corrected = corrected_arg(optarg)) < 0)
				return cmd_usage_error("clean");
			/* --corrected alone is --corrected=text. */
			if (cmd_once("clean", &corrected_as, optarg ? optarg :
			    "text", "--corrected") != 0)
				return 2;
			break;
		case 'h':
			return cmd_help("clean");
		default:
			return cmd_usage_error("clean");
		}
	}
	if (corrected == CORR_DIFF && format == FORMAT_JSON)
		return cmd_usage_problem("clean", "--corrected=diff writes a "
		    "diff, not JSON: leave out --format=json");
	if (optind >= argc)
		return cmd_no_files("clean");
	if (cmd_stdin_once("clean", argc - optind, argv + optind) >= 0)
		return 2;
	status = cmd_expand_paths(&files, argc - optind, argv + optind);
	session_init(&s, files.paths, files.n);
	session_set_options(&s, &(struct session_options){ .raw = raw });
	session_load_all(&s);
	for (size_t i = 0; i < l->n; i++) {
		bool many = l->n > 1 && format == FORMAT_TEXT;

		if (l->docs[i] == NULL) {
			warn_file(l->paths[i], l->errors[i]);
			if (format == FORMAT_JSON)
				output_json_error(l->paths[i], l->errors[i]);
			status = 2;
			continue;
		}
		warn_doc(l->paths[i], l->docs[i]);
		/* A blocks file read in part: the choices before its bad
		 * line hold, as in the reader. */
		if (s.docs[i].choices_cause != NULL) {
			warn_line("%s", s.docs[i].choices_cause);
			status = 2;
		}
		if (many) {
			struct buf h;

			buf_init(&h);
			buf_printf(&h, "%s==> ", i > 0 ? "\n" : "");
			buf_add_printable_line(&h, l->paths[i]);
			buf_adds(&h, " <==\n");
			fputs(h.data, stdout);
			buf_free(&h);
		}
		if (corrected != CORR_NONE)
			status |= print_corrected(&s, i, corrected, format, raw);
		else if (format == FORMAT_JSON)
			print_json(l->paths[i], l->docs[i], raw);
		else
			print_text(l->docs[i], raw);
	}
	session_free(&s);
	paths_free(&files);
	return cmd_finish(status);
}
