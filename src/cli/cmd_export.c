/* cmd_export.c - `galley export`: annotations for other tools, to
 * standard output or as files in a directory; never over an article. */
#include "config.h"

#include "cli/commands.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "anno/anchor.h"
#include "anno/anno_store.h"
#include "anno/anno_tag.h"
#include "anno/export.h"
#include "base/file_io.h"
#include "ingest/load.h"
#include "cli/output.h"
#include "ingest/paths.h"
#include "base/util.h"

enum format {
	FMT_W3C, FMT_BRAT, FMT_JSONL, FMT_DOCCANO, FMT_CSV, FMT_LABELSTUDIO,
	FMT_WEBANNO
};

static const struct {
	const char *name;
	const char *ext;	/* file name ending with -o DIR */
} formats[] = {
	[FMT_W3C] = { "w3c", ".jsonld" },
	[FMT_BRAT] = { "brat", ".ann" },
	[FMT_JSONL] = { "jsonl", ".jsonl" },
	[FMT_DOCCANO] = { "doccano", ".doccano.jsonl" },
	[FMT_CSV] = { "csv", ".csv" },
	[FMT_LABELSTUDIO] = { "labelstudio", ".labelstudio.json" },
	[FMT_WEBANNO] = { "webanno", ".tsv" },
};

struct export_run {
	enum format format;
	enum export_offsets offsets;
	bool have_offsets;		/* given, not the format's default */
	struct export_filter filter;
	struct export_losses losses;	/* summed over the files */
	const char *outdir;
	struct path_list *files;
	struct path_list written;	/* outputs of this run */
	struct buf out;			/* standard output's share */
	bool terminal;			/* standard output is a terminal */
};

/* The article's name without directory and extension. */
static char *
stem(const char *path)
{
	const char *base = fio_base_name(path), *dot;

	dot = strrchr(base, '.');
	if (dot == NULL || dot == base)
		return xstrdup(base);
	return xstrndup(base, (size_t)(dot - base));
}

static bool
same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 &&
	    sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Refuses an output that is a symbolic link (writing would clobber its
 * target, wherever that is), an article of the load, one that another
 * file of this run already wrote, or an existing article-named file with
 * other content (a .txt of brat that differs is somebody's article,
 * whatever wrote it: only the very text it would write is replaced). */
static int
may_write(struct export_run *r, const char *out, const char *data,
    size_t len)
{
	char *old = NULL, *cause = NULL;
	size_t n = 0;
	bool same;

	if (fio_may_replace(out, &cause) < 0) {
		warn_line("%s", cause);
		free(cause);
		return -1;
	}

	for (size_t i = 0; i < r->files->n; i++)
		if (same_file(out, r->files->paths[i])) {
			warn_file(out, "is an article of this load; not "
			    "overwritten");
			return -1;
		}
	for (size_t i = 0; i < r->written.n; i++)
		if (strcmp(out, r->written.paths[i]) == 0) {
			warn_file(out, "two files of the load export to this "
			    "name; not overwritten");
			return -1;
		}
	/* The name, not the path: "./e.txt" (-o .) is an article too. */
	if (!paths_is_article_name(fio_base_name(out)))
		return 0;
	if (fio_read(out, FIO_NOFOLLOW, len + 1, &old, &n) < 0) {
		/* None: a first export.  Longer than the text (EFBIG) or
		 * unreadable: not provably ours, so it is kept. */
		if (errno == ENOENT)
			return 0;
		same = false;
	} else {
		same = n == len && memcmp(old, data, len) == 0;
		free(old);
	}
	if (!same) {
		warn_file(out, "exists with other text; not overwritten");
		return -1;
	}
	return 0;
}

/* Writes one output as every file galley writes (file_io.h): a
 * temporary file in DIR, fsynced and renamed over the target, so that a
 * link planted meanwhile is replaced, never written through, and a full
 * disk leaves the previous export whole. */
static int
write_out(struct export_run *r, const char *out, const char *data,
    size_t len)
{
	char *cause = NULL;
	int rc;

	if (may_write(r, out, data, len) < 0)
		return -1;
	r->written.paths = xreallocarray(r->written.paths, r->written.n + 1,
	    sizeof *r->written.paths);
	r->written.paths[r->written.n++] = xstrdup(out);
	rc = fio_replace(out, data, len, &cause);
	if (cause != NULL)
		warn_line("%s", cause);
	free(cause);
	return rc;
}

static void
render(enum format format, struct buf *b, const struct export_ctx *x,
    bool header)
{
	switch (format) {
	case FMT_W3C: export_w3c(b, x); break;
	case FMT_BRAT: export_brat(b, x); break;
	case FMT_JSONL: export_jsonl(b, x); break;
	case FMT_DOCCANO: export_doccano(b, x); break;
	case FMT_CSV:
		if (header)
			export_csv_header(b);
		export_csv(b, x);
		break;
	case FMT_LABELSTUDIO:
		/* A file holds a list of tasks: "[", tasks, "]" (the
		 * command closes it). */
		buf_adds(b, header ? "[" : ",");
		export_labelstudio(b, x);
		break;
	case FMT_WEBANNO: export_webanno(b, x); break;
	}
}

/* Writes x's file into the directory.  What the format could not hold
 * counts only when the file was written: a refused write is one
 * message, its cause. */
static int
export_to_dir(struct export_run *r, const struct export_ctx *x)
{
	char *name = stem(x->path), *out;
	struct export_losses before = r->losses;
	struct buf b;
	int rc = 0;

	buf_init(&b);
	if (r->format == FMT_BRAT) {
		out = xasprintf("%s/%s.txt", r->outdir, name);
		rc = write_out(r, out, x->doc->text, x->doc->text_len);
		free(out);
	}
	render(r->format, &b, x, true);
	if (r->format == FMT_LABELSTUDIO)
		buf_adds(&b, "]\n");
	out = xasprintf("%s/%s%s", r->outdir, name, formats[r->format].ext);
	if (rc == 0)
		rc = write_out(r, out, b.data ? b.data : "", b.len);
	if (rc != 0)
		r->losses = before;
	free(out);
	free(name);
	buf_free(&b);
	return rc;
}

/* Formats that cannot hold an annotation without its text, or on a
 * text that changed under it unconfirmed, say how many were left out. */
static void
say_left_out(const struct export_run *r, const char *path, size_t n,
    const char *what)
{
	char *msg;

	if (n == 0 || r->format == FMT_W3C || r->format == FMT_CSV)
		return;
	msg = xasprintf("%zu %s annotation%s not exported (see galley "
	    "annotations)", n, what, n == 1 ? "" : "s");
	warn_file(path, msg);
	free(msg);
}

static int
export_file(struct export_run *r, const char *path)
{
	char *cause = NULL;
	struct doc *d;
	struct anno_set *s;
	struct export_ctx x;
	struct anno_threads threads;
	size_t orphans, fuzzy;
	int status = 0;

	if (strcmp(path, "-") == 0) {
		warn_file(path, "standard input has no annotations");
		return 2;
	}
	d = cmd_load_file(path, &cause);
	if (d == NULL) {
		free(cause);
		return 2;
	}
	s = cmd_open_annotations(path);
	if (s->readonly) {
		warn_line("%s; not exported", s->damage);
		anno_set_destroy(s);
		doc_free(d);
		return 2;
	}
	anchor_set(s, d);
	anno_threads_build(&threads, s);
	/* Only what is shown on a terminal is made safe for it; a file or
	 * a pipe gets the annotations as stored (export.h). */
	x = (struct export_ctx){ d, s, path, r->offsets, &r->filter,
	    &r->losses, &threads, r->outdir == NULL && r->terminal };
	orphans = export_orphans(&x);
	fuzzy = export_fuzzy(&x);
	if (r->outdir != NULL)
		status = export_to_dir(r, &x) < 0 ? 2 : 0;
	else
		/* The first file that gets through opens the output (csv's
		 * header, Label Studio's list), even if one before failed. */
		render(r->format, &r->out, &x, r->out.len == 0);
	/* A file that could not be written lost nothing of its own: only
	 * why it could not is said. */
	if (status == 0) {
		say_left_out(r, path, orphans, "orphaned");
		say_left_out(r, path, fuzzy, "fuzzy (unconfirmed)");
	}
	anno_threads_free(&threads);
	anno_set_destroy(s);
	doc_free(d);
	return status;
}

static int
parse_format(const char *arg, enum format *f)
{
	for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
		if (strcmp(arg, formats[i].name) == 0) {
			*f = (enum format)i;
			return 0;
		}
	return -1;
}

/* "unknown format 'ARG'" and the usage: a usage error. */
static int
format_problem(const char *what, const char *arg)
{
	char *msg = xasprintf("%s '%s'", what, arg);
	int status = cmd_usage_problem("export", msg);

	free(msg);
	return status;
}

/* The options: getopt parses them and --help lists them from here. */
const struct command_option export_options[] = {
	{ "format", required_argument, 'f', false,
	  "=w3c|brat|jsonl|doccano|csv|labelstudio|webanno",
	  "the format to write (needed)" },
	{ "offsets", required_argument, 'O', false, "=codepoint|utf16",
	  "count offsets in code points (the default; UTF-16\n"
	  "for labelstudio and webanno) or UTF-16 code units" },
	{ "tag", required_argument, 't', false, "=TAG",
	  "only annotations with this tag (and replies);\n"
	  "given again, with any of the tags" },
	{ "creator", required_argument, 'c', false, "=NAME",
	  "only the threads NAME took part in; given again,\n"
	  "any of the NAMEs" },
	{ "since", required_argument, 's', false, "=DATE",
	  "only the threads changed at or after DATE (UTC)" },
	{ "output", required_argument, 'o', true, "=DIR",
	  "write a file per FILE into DIR, not to standard\n"
	  "output" },
	{ "help", no_argument, 'h', true, NULL, "show this help and exit" },
	{ NULL, 0, 0, false, NULL, NULL }
};

/* A filter given again adds a value: the export takes any of them. */
static void
add_value(const char ***values, size_t *n, const char *value)
{
	*values = xreallocarray(*values, *n + 1, sizeof **values);
	(*values)[(*n)++] = value;
}

/* Returns the exit status when the command ends here (help, bad usage),
 * else -1. */
static int
parse_opts(int argc, char **argv, struct export_run *r)
{
	const char *format_arg = NULL, *offsets_arg = NULL;
	int c, rc = 0;

	optind = 1;
	while (rc == 0 && (c = command_getopt(argc, argv, "export")) != -1) {
		switch (c) {
		case 'f':
			if (parse_format(optarg, &r->format) < 0) {
				return format_problem("unknown format", optarg);
			}
			rc = cmd_once("export", &format_arg, optarg, "--format");
			break;
		case 't':
			/* One that is no tag could match nothing: an
			 * empty export would look like nothing to send. */
			if (!anno_tag_ok(optarg))
				return format_problem("--tag wants one tag "
				    "(letters, digits, -_.:/), not a tag:",
				    optarg);
			add_value(&r->filter.tags, &r->filter.ntags,
			    optarg);
			break;
		case 'c':
			if (*optarg == '\0')
				return format_problem("--creator wants a name, "
				    "not", optarg);
			add_value(&r->filter.creators,
			    &r->filter.ncreators, optarg);
			break;
		case 's':
			if (!export_since_ok(optarg))
				return format_problem("--since wants a UTC "
				    "date or time that exists, "
				    "YYYY-MM-DD[THH:MM[:SS]][Z], not", optarg);
			rc = cmd_once("export", &r->filter.since, optarg,
			    "--since");
			break;
		case 'O':
			r->have_offsets = true;
			if (strcmp(optarg, "codepoint") == 0)
				r->offsets = EXPORT_CODEPOINT;
			else if (strcmp(optarg, "utf16") == 0)
				r->offsets = EXPORT_UTF16;
			else {
				return format_problem("unknown offsets", optarg);
			}
			rc = cmd_once("export", &offsets_arg, optarg,
			    "--offsets");
			break;
		case 'o':
			if (*optarg == '\0')
				return cmd_usage_problem("export", "-o wants a "
				    "directory name, not an empty one");
			rc = cmd_once("export", &r->outdir, optarg, "-o");
			break;
		case 'h':
			return cmd_help("export");
		default:
			return cmd_usage_error("export");
		}
	}
	if (rc != 0)
		return rc;
	if (format_arg == NULL || optind >= argc) {
		return cmd_usage_problem("export", "--format and a FILE are "
		    "needed");
	}
	/* Label Studio counts offsets in JavaScript strings. */
	if (r->format == FMT_LABELSTUDIO && !r->have_offsets)
		r->offsets = EXPORT_UTF16;
	if (r->format == FMT_WEBANNO && r->have_offsets &&
	    r->offsets == EXPORT_CODEPOINT) {
		return cmd_usage_problem("export", "webanno counts UTF-16 code "
		    "units only");
	}
	/* The W3C model's TextPositionSelector counts code points: UTF-16
	 * there would be a selector no other reader of it understands. */
	if (r->format == FMT_W3C && r->offsets == EXPORT_UTF16) {
		return cmd_usage_problem("export", "w3c counts code points "
		    "only (its TextPositionSelector says so)");
	}
	/* A .tsv holds one document. */
	if (r->format == FMT_WEBANNO && r->outdir == NULL &&
	    argc - optind > 1) {
		return cmd_usage_problem("export", "webanno writes one "
		    "document per file: give -o DIR for several");
	}
	if (r->format == FMT_BRAT && r->outdir == NULL) {
		return cmd_usage_problem("export", "brat writes files: give -o "
		    "DIR");
	}
	return -1;
}

static int
make_outdir(const char *dir)
{
	struct stat st;

	if (mkdir(dir, 0777) < 0 && errno != EEXIST) {
		warn_file(dir, strerror(errno));
		return -1;
	}
	if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode)) {
		warn_file(dir, "is not a directory");
		return -1;
	}
	return 0;
}

/* One line per kind of content the format could not hold, with how
 * many annotations it affected (orphans are said per file). */
static void
say_losses(const struct export_run *r)
{
	const char *name = formats[r->format].name;
	const struct export_losses *l = &r->losses;
	const struct {
		size_t n;
		const char *what, *one, *many;
	} lost[] = {
		{ l->notes, "notes", "note", "notes" },
		{ l->replies, "replies", "reply", "replies" },
		{ l->reviews, "reviews", "review", "reviews" },
		{ l->ids, "ids", "annotation's id", "annotations' ids" },
		{ l->creators, "creators", "annotation's creator",
		    "annotations' creators" },
		{ l->times, "times", "annotation's times",
		    "annotations' times" },
	};

	for (size_t i = 0; i < sizeof lost / sizeof lost[0]; i++)
		if (lost[i].n > 0)
			warn_line("export: %s cannot hold %s: %zu %s left out",
			    name, lost[i].what, lost[i].n,
			    lost[i].n == 1 ? lost[i].one : lost[i].many);
}

int
cmd_export(int argc, char **argv)
{
	struct path_list files = { NULL, 0, 0 };
	struct export_run r = { .format = FMT_W3C, .files = &files };
	int status;

	status = parse_opts(argc, argv, &r);
	if (status < 0 && r.outdir != NULL && make_outdir(r.outdir) < 0)
		status = 2;
	if (status >= 0) {
		free(r.filter.tags);
		free(r.filter.creators);
		return status;
	}
	status = cmd_expand_paths(&files, argc - optind, argv + optind);
	buf_init(&r.out);
	r.terminal = isatty(STDOUT_FILENO);
	for (size_t i = 0; i < files.n; i++)
		if (export_file(&r, files.paths[i]) != 0)
			status = 2;
	if (r.format == FMT_LABELSTUDIO && r.outdir == NULL)
		buf_adds(&r.out, r.out.len ? "]\n" : "[]\n");
	fwrite(r.out.data ? r.out.data : "", 1, r.out.len, stdout);
	/* Nothing written, nothing lost: only the failure is said. */
	if (fflush(stdout) == 0 && !ferror(stdout))
		say_losses(&r);
	buf_free(&r.out);
	free(r.filter.tags);
	free(r.filter.creators);
	paths_free(&r.written);
	paths_free(&files);
	return cmd_finish(status);
}
