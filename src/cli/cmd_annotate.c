/* cmd_annotate.c - `galley annotate`: add one annotation, reply or review
 * through the same code path as the reader (anno_add, anno_reply,
 * anno_assess, anno_store_save) and print its id. */
#include "config.h"

#include "cli/commands.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "anno/anno.h"
#include "anno/anno_store.h"
#include "anno/anno_stray.h"
#include "anno/anno_tag.h"
#include "anno/anno_user.h"
#include "base/settings.h"
#include "ingest/load.h"
#include "cli/output.h"
#include "base/util.h"
#include "view/search.h"

/* The exit status of an annotation saved whose id could not be printed
 * (man page, EXIT STATUS). */
enum { ANNOTATE_SAVED_UNPRINTED = 3 };

struct annotate_opts {
	const char *range, *quote, *note;
	const char *reply_to, *verdict;	/* a reply or a review */
	size_t nth;
	const char *nth_arg;	/* nth as given */
	char **tags;	/* owned */
	size_t ntags;
};

static int
parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || end == s)
		return -1;
	*out = (size_t)v;
	return (int)(end - s);
}

static int
parse_range(const char *s, size_t *start, size_t *end)
{
	int n = parse_size(s, start), m;

	if (n < 0 || s[n] != ':')
		return -1;
	m = parse_size(s + n + 1, end);
	return m < 0 || s[n + 1 + m] != '\0' ? -1 : 0;
}

/* Each occurrence of quote, overlapping ones too, as code points. */
static size_t
exact_matches(struct doc *d, const char *quote, struct match **out)
{
	size_t qlen = strlen(quote), n = 0, cap = 0;
	const char *p = d->text, *e = d->text + d->text_len;

	*out = NULL;
	while ((p = memmem(p, (size_t)(e - p), quote, qlen)) != NULL) {
		size_t at = (size_t)(p - d->text);

		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		(*out)[n].start = doc_byte_to_cp(d, at);
		(*out)[n++].end = doc_byte_to_cp(d, at + qlen);
		p++;
	}
	return n;
}

/* Finds the nth (1-based; 0: the only) occurrence of quote, as code
 * points: of the exact text, or where it is nowhere, of the text with
 * its apostrophes and quotation marks either way, straight or curly, as
 * the reader's search finds them ("Djoliba's" typed, "Djoliba’s" in the text).  Returns 0,
 * or 1 with a message. */
static int
find_quote(struct doc *d, const char *quote, size_t nth, size_t *start,
    size_t *end, char **cause)
{
	struct match *m;
	size_t count = exact_matches(d, quote, &m);

	if (count == 0) {
		free(m);
		count = search_doc_cased(d, quote, &m);
	}
	if (count == 0)
		*cause = xstrdup("the quote is not in the text");
	else if (nth == 0 && count > 1)
		*cause = xasprintf("the quote occurs %zu times; choose one "
		    "with --nth", count);
	else if (nth > count)
		*cause = xasprintf("the quote occurs only %zu time%s", count,
		    count == 1 ? "" : "s");
	else {
		*start = m[(nth ? nth : 1) - 1].start;
		*end = m[(nth ? nth : 1) - 1].end;
		free(m);
		return 0;
	}
	free(m);
	return 1;
}

/* A tag, quote or note from the command line: UTF-8 without control
 * characters (a tag on one line); only a note may be empty. */
static int
check_text(const char *what, const char *s, bool one_line, bool empty_ok)
{
	if (*s == '\0' && !empty_ok) {
		fprintf(stderr, "galley annotate: %s is empty\n", what);
		return -1;
	}
	switch (anno_text_fault(s, one_line)) {
	case ANNO_TEXT_OK:
		return 0;
	case ANNO_TEXT_CONTROL:
		fprintf(stderr, "galley annotate: %s holds a control character "
		    "(an escape sequence?)\n", what);
		break;
	case ANNO_TEXT_LINE_BREAK:
		fprintf(stderr, "galley annotate: %s holds a line break or a "
		    "tab\n", what);
		break;
	case ANNO_TEXT_BAD_UTF8:
		fprintf(stderr, "galley annotate: %s is not valid UTF-8 text\n",
		    what);
		break;
	}
	return -1;
}

/* --tag TAGS: one tag or several (',' or ';' between them); a sentence
 * is refused with the way to keep it (anno_tag.h). */
static int
add_tags(struct annotate_opts *o, const char *arg)
{
	char **tags, *bad = NULL;
	long n = anno_tags_split(arg, &tags, &bad);

	if (n < 0) {
		fprintf(stderr, "galley annotate: not a tag: \"%s\" (a tag is "
		    "letters, digits and %s, no spaces); give it as --note "
		    "instead\n", bad, ANNO_TAG_PUNCT);
		free(bad);
		return -1;
	}
	if (n == 0) {
		fputs("galley annotate: the tag is empty\n", stderr);
		return -1;
	}
	o->tags = xreallocarray(o->tags, o->ntags + (size_t)n,
	    sizeof *o->tags);
	for (long i = 0; i < n; i++)
		o->tags[o->ntags++] = tags[i];
	free(tags);
	return 0;
}

/* The options: getopt parses them and --help lists them from here. */
const struct command_option annotate_options[] = {
	{ "range", required_argument, 'r', false, "=START:END",
	  "the passage from code point START to END" },
	{ "quote", required_argument, 'q', false, "=TEXT",
	  "the passage with exactly this text (quotes and\n"
	  "apostrophes straight or curly, where it is nowhere\n"
	  "as typed)" },
	{ "nth", required_argument, 'n', false, "=N",
	  "with --quote: its Nth occurrence, from 1" },
	{ "tag", required_argument, 't', false, "=TAG",
	  "a tag, or several (',' or ';' between); repeatable" },
	{ "note", required_argument, 'm', false, "=TEXT",
	  "a note (any UTF-8 text, newlines included)" },
	{ "reply-to", required_argument, 'R', false, "=ID",
	  "instead of a passage: a reply to annotation ID\n"
	  "(with --note), or a review of it (--verdict)" },
	{ "verdict", required_argument, 'V', false, "=accepted|rejected",
	  "review the annotation --reply-to names" },
	{ "help", no_argument, 'h', true, NULL, "show this help and exit" },
	{ NULL, 0, 0, false, NULL, NULL }
};

/* Returns the exit status when the command ends here (help, bad usage),
 * else -1. */
static int
parse_opts(int argc, char **argv, struct annotate_opts *o)
{
	int c, rc = 0;

	optind = 1;
	while (rc == 0 && (c = command_getopt(argc, argv, "annotate")) != -1) {
		switch (c) {
		case 'r':
			rc = cmd_once("annotate", &o->range, optarg, "--range");
			break;
		case 'q':
			rc = cmd_once("annotate", &o->quote, optarg, "--quote");
			break;
		case 'm':
			rc = cmd_once("annotate", &o->note, optarg, "--note");
			break;
		case 'R':
			rc = cmd_once("annotate", &o->reply_to, optarg,
			    "--reply-to");
			break;
		case 'V':
			if (!anno_verdict_ok(optarg)) {
				return cmd_usage_problem("annotate", "--verdict "
				    "is accepted or rejected");
			}
			rc = cmd_once("annotate", &o->verdict, optarg,
			    "--verdict");
			break;
		case 'n':
			if (parse_size(optarg, &o->nth) != (int)strlen(optarg) ||
			    o->nth == 0) {
				fprintf(stderr, "galley annotate: --nth wants a "
				    "number from 1\n");
				return 2;
			}
			rc = cmd_once("annotate", &o->nth_arg, optarg, "--nth");
			break;
		case 't':
			if (add_tags(o, optarg) < 0)
				return 2;
			break;
		case 'h':
			return cmd_help("annotate");
		default:
			return cmd_usage_error("annotate");
		}
	}
	if (rc != 0)
		return rc;
	if (o->reply_to != NULL || o->verdict != NULL) {
		if (optind + 1 != argc || o->reply_to == NULL || o->range ||
		    o->quote || o->ntags || (o->verdict == NULL &&
		    o->note == NULL)) {
			return cmd_usage_problem("annotate", "--reply-to ID "
			    "with --note or --verdict (or both), and no "
			    "passage or tags");
		}
	} else if (o->nth && o->quote == NULL) {
		return cmd_usage_problem("annotate", "--nth goes with --quote");
	} else if (optind + 1 != argc || (o->range == NULL) ==
	    (o->quote == NULL)) {
		return cmd_usage_problem("annotate", "one FILE and either "
		    "--range or --quote");
	}
	if ((o->quote && check_text("the quote", o->quote, false, false) < 0) ||
	    (o->note && check_text("the note", o->note, false, true) < 0))
		return 2;
	return -1;
}

/* Adds and saves; returns the exit status. */
/* Who annotates: as in the reader, from the default settings file. */
static char *
annotator(void)
{
	struct config cfg;
	char *user;

	config_load(&cfg, NULL);
	warn_settings(&cfg);
	user = anno_user(&cfg);
	config_free(&cfg);
	return user;
}

/* The article was renamed and its old sidecar sits beside it (saved on
 * the same text, its own article gone): a new sidecar would start
 * apart from it, and renaming the old one, as galley annotations
 * advises, would then overwrite the new.  Says so; true to refuse. */
static bool
stray_refused(const char *path, const struct doc *d,
    const struct anno_set *s)
{
	struct anno_strays *c;
	char *stray, *msg;

	if (s->n > 0 || access(s->sidecar, F_OK) == 0)
		return false;
	c = anno_strays_create();
	stray = anno_strays_find(c, path, d);
	anno_strays_destroy(c);
	if (stray == NULL)
		return false;
	msg = anno_stray_message(path, stray);
	warn_line("%s; not annotating until then", msg);
	free(msg);
	free(stray);
	return true;
}

/* Prints the id of the annotation just saved.  When standard output
 * cannot take it (a full disk, a closed pipe), the annotation is saved
 * all the same: a retry would make a second one.  So the id goes to
 * standard error with what happened, and the status is its own (3),
 * not a failure's.  Returns the exit status. */
static int
print_id(const char *path, const char *id)
{
	int err;
	char *msg;

	printf("%s\n", id);
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	err = errno;
	msg = xasprintf("annotation %s saved, but its id could not be "
	    "written to standard output (%s); do not add it again", id,
	    strerror(err));
	warn_file(path, msg);
	free(msg);
	clearerr(stdout);	/* said here, with what was saved */
	return ANNOTATE_SAVED_UNPRINTED;
}

static int
annotate(const char *path, struct doc *d, const struct annotate_opts *o,
    const char *user)
{
	int lock;	/* held from reading to saving: one parse */
	struct anno_set *s = anno_store_open_held(path, &lock);
	size_t start = 0, end = 0;
	char *cause = NULL;
	struct anno *a, *parent = NULL;
	int status = 0;

	if (s->warning != NULL)
		warn_line("%s", s->warning);
	if (lock == ANNO_SAVE_LOCKED) {
		warn_line("%s is locked by another program; not annotating "
		    "%s", s->sidecar, path);
		status = 2;
	} else if (s->readonly) {
		warn_line("%s; not annotating %s", s->damage, path);
		status = 2;
	} else if (stray_refused(path, d, s)) {
		status = 2;
	} else if (o->range && parse_range(o->range, &start, &end) < 0) {
		fprintf(stderr, "galley annotate: --range wants START:END\n");
		status = 2;
	} else if (o->quote && (status = find_quote(d, o->quote, o->nth,
	    &start, &end, &cause)) != 0) {
		warn_file(path, cause);
	} else if (o->reply_to != NULL && (parent = anno_set_find(s,
	    o->reply_to)) == NULL) {
		char *msg = xasprintf("no annotation %s to answer", o->reply_to);

		warn_file(path, msg);
		free(msg);
		status = 1;
	} else {
		if (o->verdict != NULL)
			a = anno_assess(s, parent, user, o->verdict, o->note,
			    &cause);
		else if (parent != NULL)
			a = anno_reply(s, parent, user, o->note, &cause);
		else
			a = anno_add(s, d, start, end, user, o->tags, o->ntags,
			    o->note, &cause);
		if (a == NULL) {
			warn_file(path, cause);
			status = 1;
		} else {
			char *id = xstrdup(a->id);

			if (anno_store_save_held(s, d, lock, &cause) < 0) {
				warn_line("%s; the annotation was not saved",
				    cause);
				status = 2;
			} else {
				if (s->warning != NULL)
					warn_line("%s", s->warning);
				status = print_id(path, id);
			}
			free(id);
		}
	}
	free(cause);
	anno_set_destroy(s);
	if (lock >= 0)
		close(lock);
	return status;
}

int
cmd_annotate(int argc, char **argv)
{
	struct annotate_opts o = { 0 };
	struct doc *d;
	char *cause = NULL, *user;
	int status;

	status = parse_opts(argc, argv, &o);
	if (status >= 0) {
		anno_tags_free(o.tags, o.ntags);
		return status;
	}
	if (strcmp(argv[optind], "-") == 0) {
		fputs("galley annotate: standard input has no sidecar; name "
		    "a file\n", stderr);
		anno_tags_free(o.tags, o.ntags);
		return 2;
	}
	user = annotator();
	/* Refused as a control character in --note is: a usage error. */
	if ((cause = anno_user_fault(user)) != NULL) {
		fprintf(stderr, "galley annotate: %s\n", cause);
		free(cause);
		free(user);
		anno_tags_free(o.tags, o.ntags);
		return 2;
	}
	d = cmd_load_file(argv[optind], &cause);
	if (d == NULL) {
		free(cause);
		free(user);
		anno_tags_free(o.tags, o.ntags);
		return 2;
	}
	status = annotate(argv[optind], d, &o, user);
	doc_free(d);
	free(user);
	anno_tags_free(o.tags, o.ntags);
	/* Standard output's failure is said already, with the id. */
	return status == ANNOTATE_SAVED_UNPRINTED ? status :
	    cmd_finish(status);
}
