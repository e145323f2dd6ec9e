/* cmd_annotations.c - `galley annotations`: each file's annotations and
 * where they are in its text now, orphans included; with --travel, the
 * annotations the other files made on paragraphs they share with it
 * (session/travel.h). */
#include "config.h"

#include "cli/commands.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "anno/anchor.h"
#include "anno/anno.h"
#include "anno/anno_foreign.h"
#include "anno/anno_store.h"
#include "anno/anno_stray.h"
#include "anno/anno_thread.h"
#include "anno/export.h"
#include "base/escape.h"
#include "base/json_text.h"
#include "ingest/load.h"
#include "cli/output.h"
#include "ingest/paths.h"
#include "base/util.h"
#include "session/session.h"
#include "session/travel.h"

enum format { FORMAT_GNU, FORMAT_JSON };

/* Quotes longer than this are cut in the gnu format. */
#define QUOTE_SHOWN 60

static char *
quote_now(struct doc *d, const struct anno *a)
{
	if (a->state == ANNO_ORPHAN || a->reply_to != NULL)
		return xstrdup(a->exact ? a->exact : "");
	return doc_substr(d, a->cur_start, a->cur_end);
}

/* The flags of output_json_line. */
#define JSON_LINE_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER | \
	JSON_REAL_PRECISION(15) | JSON_ENCODE_ANY)

/* Dumps o as output_json_line would, less its closing "]}", so that
 * the entries of its last member, an empty array, can follow. */
static void
put_json_open(json_t *o)
{
	char *text = json_dumps(o, JSON_LINE_FLAGS);

	if (text != NULL && strlen(text) >= 2) {
		text[strlen(text) - 2] = '\0';
		output_json_safe(stdout, text);
	}
	free(text);
	json_decref(o);
}

/* ,"KEY":N, or ,"KEY":null when v is not known. */
static void
size_text(struct buf *b, const char *key, bool known, size_t v)
{
	buf_adds(b, key);
	if (known)
		buf_printf(b, "%" JSON_INTEGER_FORMAT, (json_int_t)v);
	else
		buf_adds(b, "null");
}

/* ,"KEY":"S", as json_object_set_new(o, KEY, json_string(S)) would
 * have it dumped: nothing where json_string refuses S (NULL, bad
 * UTF-8), or ,"KEY":null for a NULL S when null_ok. */
static void
member_text(struct buf *b, const char *key, const char *s, bool null_ok)
{
	size_t mark = b->len;

	if (s == NULL && !null_ok)
		return;
	buf_adds(b, key);
	if (s == NULL)
		buf_adds(b, "null");
	else if (!json_text_string(b, s))
		buf_truncate(b, mark);
}

/* The tags as a JSON array; a tag json_string refuses is left out, as
 * json_array_append_new leaves it. */
static void
tags_text(struct buf *b, const struct anno *a)
{
	bool first = true;

	buf_adds(b, ",\"tags\":[");
	for (size_t k = 0; k < a->ntags; k++) {
		size_t mark = b->len;

		if (!first)
			buf_addc(b, ',');
		if (json_text_string(b, a->tags[k]))
			first = false;
		else
			buf_truncate(b, mark);
	}
	buf_addc(b, ']');
}

/* An entry of the list, one JSON object written without a jansson
 * tree: listing 100,000 annotations spent a sixth of its time building
 * and dumping one per entry.  The bytes are what a jansson object of
 * the same members would dump as (tests/cli/anno-list-json.sh). */
static void
entry_text(struct buf *b, struct doc *d, const struct anno *a,
    const struct anno *review)
{
	size_t line = 0, col;
	bool placed = a->state != ANNO_ORPHAN;
	char *quote = quote_now(d, a), *other = anno_other_bodies(a);

	if (placed)
		doc_line_col(d, a->cur_start, &line, &col);
	buf_addc(b, '{');
	member_text(b, "\"id\":", a->id, false);
	size_text(b, ",\"start\":", placed, a->cur_start);
	size_text(b, ",\"end\":", placed, a->cur_end);
	size_text(b, ",\"line\":", placed, line);
	tags_text(b, a);
	member_text(b, ",\"note\":", a->note, true);
	member_text(b, ",\"quote\":", quote, false);
	member_text(b, ",\"creator\":", a->creator, false);
	member_text(b, ",\"modified\":", a->modified, false);
	member_text(b, ",\"state\":", anno_state_name(a->state), false);
	member_text(b, ",\"reply_to\":", a->reply_to, false);
	/* An assessing reply's own verdict; a passage's, as it stands. */
	if (a->verdict != NULL)
		review = a;
	if (review == NULL)
		member_text(b, ",\"verdict\":", NULL, true);
	else
		member_text(b, ",\"verdict\":", review->verdict, false);
	if (review != NULL && review != a)
		member_text(b, ",\"verdict_by\":", review->creator, false);
	if (a->nothers > 0)
		buf_printf(b, ",\"conflicts\":%" JSON_INTEGER_FORMAT,
		    (json_int_t)a->nothers);
	if (other != NULL)
		member_text(b, ",\"other_bodies\":", other, false);
	buf_addc(b, '}');
	free(other);
	free(quote);
}

/* One line, {"file": ..., "error": ..., "annotations": [...]}, exactly
 * as output_json_line prints it, but each entry is made and printed on
 * its own: a tree of all of them would take ten times a big sidecar. */
static void
print_json(const char *path, struct doc *d, const struct anno_set *s,
    const char *error)
{
	json_t *o = json_object();
	const struct anno **reviews = s ? anno_verdicts(s) : NULL;
	struct buf entry, out;

	json_object_set_new(o, "file", output_path_json(path));
	if (error != NULL)
		json_object_set_new(o, "error", json_string(error));
	json_object_set_new(o, "annotations", json_array());
	put_json_open(o);
	buf_init(&entry);
	buf_init(&out);
	for (size_t i = 0; s != NULL && i < s->n; i++) {
		buf_truncate(&entry, 0);
		entry_text(&entry, d, s->items[i], reviews[i]);
		if (i > 0)
			buf_addc(&out, ',');
		buf_add_json_safe(&out, entry.data);
		if (out.len >= 65536) {
			fwrite(out.data, 1, out.len, stdout);
			out.len = 0;
		}
	}
	fwrite(out.data ? out.data : "", 1, out.len, stdout);
	buf_free(&entry);
	buf_free(&out);
	fputs("]}\n", stdout);
	free(reviews);
}

/* FILE:LINE.COL-LINE.COL: STATE: TAGS: NOTE "QUOTE", the GNU format for
 * messages about a range (lines and cols: its start and end); an orphan
 * has no range.  An annotation travelled from another file (from: that
 * file) has "from FILE by CREATOR" for its state. */
/* quote in double quotes, its first QUOTE_SHOWN code points ("..."
 * after them when it is longer), line breaks as spaces. */
static void
add_quote(struct buf *b, const char *quote, size_t qlen)
{
	size_t n = 0, i;

	for (i = 0; i < qlen && n < QUOTE_SHOWN; i++)
		if (((unsigned char)quote[i] & 0xC0) != 0x80)
			n++;
	while (i < qlen && ((unsigned char)quote[i] & 0xC0) == 0x80)
		i++;
	buf_addc(b, '"');
	/* Whole runs: a C1 control or a bidi control is more than one
	 * byte, and byte by byte it would pass unseen. */
	for (size_t k = 0, run = 0; k <= i; k++)
		if (k == i || quote[k] == '\n') {
			buf_add_printable(b, quote + run, k - run);
			if (k < i)
				buf_addc(b, ' ');
			run = k + 1;
		}
	buf_adds(b, i < qlen ? "...\"" : "\"");
}

/* " (conflict: ...)": another edit of a that lost, kept until someone
 * keeps one version (K or O in the reader), as its annotations view
 * shows it. */
static void
add_conflict(struct buf *b, const struct anno *a)
{
	struct buf words;

	buf_init(&words);
	anno_conflict_words(&words, a);
	if (b->len > 0 && b->data[b->len - 1] != ' ')
		buf_addc(b, ' ');
	buf_addc(b, '(');
	buf_add_printable_line(b, words.data);
	buf_addc(b, ')');
	buf_free(&words);
}

static void
gnu_line(struct buf *b, const char *path, struct doc *d, const struct anno *a,
    const struct anno *review, bool head_gone, const size_t lines[2],
    const size_t cols[2], const char *from)
{
	char *quote = quote_now(d, a), *nl, *other = anno_other_bodies(a);
	size_t qlen = strlen(quote);

	buf_add_printable_line(b, path);
	if (a->state != ANNO_ORPHAN)
		buf_printf(b, ":%zu.%zu-%zu.%zu", lines[0], cols[0], lines[1],
		    cols[1]);
	/* The state field: "anchored, accepted by NAME" once reviewed; an
	 * assessing reply is "review accepted". */
	if (from != NULL) {
		buf_adds(b, ": from ");
		buf_add_printable_line(b, from);
		buf_adds(b, " by ");
		buf_add_printable_line(b, a->creator);
	} else if (a->verdict != NULL)
		buf_printf(b, ": review %s%s", a->verdict, head_gone ?
		    ", of a deleted annotation" : "");
	else
		buf_printf(b, ": %s", !a->reply_to ? anno_state_name(a->state) :
		    head_gone ? "reply to a deleted annotation" : "reply");
	if (review != NULL) {
		buf_printf(b, ", %s by ", review->verdict);
		buf_add_printable_line(b, review->creator);
	}
	buf_adds(b, ": ");
	for (size_t k = 0; k < a->ntags; k++) {
		if (k > 0)
			buf_addc(b, ',');
		buf_add_printable_line(b, a->tags[k]);
	}
	buf_adds(b, a->ntags ? ": " : "-: ");
	if (a->note != NULL) {
		nl = strchr(a->note, '\n');
		buf_add_printable(b, a->note, nl ? (size_t)(nl - a->note) :
		    strlen(a->note));
		/* One line per annotation: the first line of the note, and
		 * "..." (as a long quote) when more lines follow. */
		if (nl != NULL && nl[strspn(nl, " \t\r\n")] != '\0')
			buf_adds(b, "...");
		if (a->reply_to == NULL || other != NULL)
			buf_addc(b, ' ');
	}
	/* Another tool's bodies, which galley keeps but does not read. */
	if (other != NULL) {
		buf_adds(b, "(");
		buf_add_printable_line(b, other);
		buf_adds(b, a->reply_to == NULL ? ") " : ")");
		free(other);
	}
	if (a->reply_to == NULL) {
		add_quote(b, quote, qlen);
		/* A near match: the words it was made on, for whoever
		 * confirms the new place (y) or reviews it. */
		if (a->state == ANNO_FUZZY && a->exact != NULL) {
			buf_adds(b, " (was ");
			add_quote(b, a->exact, strlen(a->exact));
			buf_addc(b, ')');
		}
	}
	if (a->nothers > 0)
		add_conflict(b, a);
	buf_addc(b, '\n');
	free(quote);
}

/* What the GNU list of one file is written from. */
struct gnu_list {
	struct buf *b;
	const char *path;
	struct doc *d;
	const struct anno_set *s;
	const struct anno_threads *t;
	const struct anno **reviews;
	const size_t *lines, *cols;
};

/* items[k], then each reply to it, in set order, each followed by its
 * own replies: a thread as the reader's annotations view shows it. */
static void
gnu_subtree(const struct gnu_list *g, size_t k, unsigned depth)
{
	gnu_line(g->b, g->path, g->d, g->s->items[k], g->reviews[k],
	    g->t->gone[k], g->lines + 2 * k, g->cols + 2 * k, NULL);
	for (size_t r = g->t->first_reply[k]; r != ANNO_NONE;
	    r = g->t->next_reply[r])
		if (g->t->head[r] != ANNO_NONE && depth < ANNO_THREAD_DEPTH)
			gnu_subtree(g, r, depth + 1);
}

static void
print_gnu(const char *path, struct doc *d, const struct anno_set *s)
{
	size_t n = 2 * s->n + 1;
	size_t *cps = xcalloc(n, sizeof *cps), *lines = xcalloc(n,
	    sizeof *lines), *cols = xcalloc(n, sizeof *cols), nheads = 0;
	size_t *heads = xcalloc(s->n + 1, sizeof *heads);
	struct anno_threads t;
	struct buf b;
	struct gnu_list g = { &b, path, d, s, &t, NULL, lines, cols };

	/* Columns in one walk: annotations come in the order they were
	 * made, and walking to each from its line's start would cost
	 * their number times the line's length. */
	for (size_t i = 0; i < s->n; i++) {
		cps[2 * i] = s->items[i]->cur_start;
		cps[2 * i + 1] = s->items[i]->cur_end;
	}
	output_gnu_positions(d, cps, 2 * s->n, lines, cols);
	anno_threads_build(&t, s);
	g.reviews = anno_threads_verdicts(&t, s);
	buf_init(&b);
	/* Thread by thread, in text order as the annotations view lists
	 * them (orphans last); a reply in a loop of replies (written by
	 * hand) where the set has it. */
	for (size_t i = 0; i < s->n; i++)
		if (t.head[i] == ANNO_NONE || t.head[i] == i)
			heads[nheads++] = i;
	anno_sort_text_order(s, heads, nheads);
	for (size_t k = 0; k < nheads; k++)
		gnu_subtree(&g, heads[k], t.head[heads[k]] == ANNO_NONE ?
		    ANNO_THREAD_DEPTH : 0);
	free(heads);
	free(g.reviews);
	anno_threads_free(&t);
	fwrite(b.data ? b.data : "", 1, b.len, stdout);
	buf_free(&b);
	free(cps);
	free(lines);
	free(cols);
}

/* A travelled annotation as this file's listing shows it: the other
 * file's, placed here (a shallow copy: it owns nothing). */
static struct anno
placed_here(const struct travelled *t)
{
	struct anno a = *t->anno;

	a.state = ANNO_ANCHORED;
	a.cur_start = t->start;
	a.cur_end = t->end;
	return a;
}

static void
print_travelled_gnu(const struct session *s, size_t f,
    const struct travelled *t, size_t n)
{
	size_t *cps = xcalloc(2 * n + 1, sizeof *cps);
	size_t *lines = xcalloc(2 * n + 1, sizeof *lines);
	size_t *cols = xcalloc(2 * n + 1, sizeof *cols);
	struct doc *d = s->load.docs[f];
	struct buf b;

	for (size_t i = 0; i < n; i++) {
		cps[2 * i] = t[i].start;
		cps[2 * i + 1] = t[i].end;
	}
	output_gnu_positions(d, cps, 2 * n, lines, cols);
	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		struct anno a = placed_here(&t[i]);

		gnu_line(&b, s->load.paths[f], d, &a, NULL, false, lines + 2 * i,
		    cols + 2 * i, s->load.paths[t[i].source]);
	}
	fwrite(b.data ? b.data : "", 1, b.len, stdout);
	buf_free(&b);
	free(cps);
	free(lines);
	free(cols);
}

/* {"file": ..., "travelled": [{"from": FILE, ...}]}: each entry as
 * entry_text writes one, its state "travelled"; "error" after "file"
 * when the file's own sidecar is damaged, as the plain listing says. */
static void
print_travelled_json(const struct session *s, size_t f,
    const struct travelled *t, size_t n, const char *error)
{
	json_t *o = json_object(), *list = json_array();
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		struct anno a = placed_here(&t[i]);
		json_t *e = json_object(), *entry;

		json_object_set_new(e, "from",
		    output_path_json(s->load.paths[t[i].source]));
		buf_truncate(&b, 0);
		entry_text(&b, s->load.docs[f], &a, NULL);
		entry = json_loads(b.data, 0, NULL);
		json_object_update(e, entry);
		json_decref(entry);
		json_object_set_new(e, "state", json_string("travelled"));
		json_array_append_new(list, e);
	}
	json_object_set_new(o, "file", output_path_json(s->load.paths[f]));
	if (error != NULL)
		json_object_set_new(o, "error", json_string(error));
	buf_free(&b);
	json_object_set_new(o, "travelled", list);
	output_json_line(o);
}

/* Why file f's sidecar is damaged, or NULL. */
static const char *
sidecar_damage(struct session *s, size_t f)
{
	const struct anno_set *set = session_annos(s, f);

	return set != NULL && set->readonly ? set->damage : NULL;
}

/* --travel: the files are one load; each gets the annotations the
 * others made on the paragraphs it shares with them. */
static int
list_travelled(const struct path_list *files, enum format format)
{
	struct session s;
	struct path_list named = { NULL, 0, 0 };
	int status = 0;

	/* Standard input has no sidecar: no annotations to give or take. */
	for (size_t i = 0; i < files->n; i++)
		if (strcmp(files->paths[i], "-") == 0) {
			warn_file("-", "standard input has no annotations");
			status = 2;
		} else {
			paths_add(&named, files->paths[i]);
		}
	session_init(&s, named.paths, named.n);
	session_set_options(&s,
	    &(struct session_options){ .annotations = true });
	for (size_t i = 0; i < named.n; i++)
		if (!session_load_doc(&s, i)) {
			warn_file(s.load.paths[i], s.load.errors[i]);
			if (format == FORMAT_JSON)
				output_json_error(s.load.paths[i],
				    s.load.errors[i]);
			status = 2;
		}
	for (size_t i = 0; i < named.n; i++) {
		const char *damage;
		struct travelled *t;
		size_t n;

		if (s.load.docs[i] == NULL)
			continue;
		/* A damaged sidecar (read-only: never written) gives what
		 * could be read; it is said, as the plain listing does. */
		if ((damage = sidecar_damage(&s, i)) != NULL) {
			warn_line("%s", damage);
			status = 2;
		}
		t = session_travelled(&s, i, &n);
		if (format == FORMAT_JSON)
			print_travelled_json(&s, i, t, n, damage);
		else
			print_travelled_gnu(&s, i, t, n);
		free(t);
	}
	session_free(&s);
	paths_free(&named);
	return status;
}

/* Says where a renamed article's annotations are, when they are. */
static void
warn_stray(struct anno_strays *c, const char *path, const struct doc *d)
{
	char *stray = anno_strays_find(c, path, d), *msg;

	if (stray == NULL)
		return;
	msg = anno_stray_message(path, stray);
	warn_line("%s", msg);
	free(msg);
	free(stray);
}

static int
list_file(const char *path, enum format format,
    struct anno_strays *strays)
{
	char *cause = NULL;
	struct doc *d;
	struct anno_set *s;
	int status = 0;

	if (strcmp(path, "-") == 0) {
		warn_file(path, "standard input has no annotations");
		return 2;
	}
	d = cmd_load_file(path, &cause);
	if (d == NULL) {
		if (format == FORMAT_JSON)
			print_json(path, NULL, NULL, cause);
		free(cause);
		return 2;
	}
	s = cmd_open_annotations(path);
	if (s->readonly) {
		warn_line("%s", s->damage);
		status = 2;
	} else if (anno_set_count(s) == 0)
		warn_stray(strays, path, d);
	anchor_set(s, d);
	if (format == FORMAT_JSON)
		print_json(path, d, s, s->damage);
	else
		print_gnu(path, d, s);
	anno_set_destroy(s);
	doc_free(d);
	return status;
}

/* The options: getopt parses them and --help lists them from here. */
const struct command_option annotations_options[] = {
	{ "format", required_argument, 'f', false, "=gnu|json",
	  "a line per annotation (gnu, the default), or\n"
	  "json: one object per file" },
	{ "travel", no_argument, 't', false, NULL,
	  "list the annotations the other files made on\n"
	  "paragraphs each file shares with them" },
	{ "help", no_argument, 'h', true, NULL, "show this help and exit" },
	{ NULL, 0, 0, false, NULL, NULL }
};

int
cmd_annotations(int argc, char **argv)
{
	enum format format = FORMAT_GNU;
	struct path_list files = { NULL, 0, 0 };
	struct anno_strays *strays;
	const char *format_arg = NULL;
	int c, status = 0;
	bool json, travel = false;

	optind = 1;
	while ((c = command_getopt(argc, argv, "annotations")) != -1) {
		switch (c) {
		case 'f':
			if (!cmd_format_arg(optarg, "gnu", &json,
			    "annotations") || cmd_once("annotations",
			    &format_arg, optarg, "--format") != 0)
				return 2;
			format = json ? FORMAT_JSON : FORMAT_GNU;
			break;
		case 't':
			travel = true;
			break;
		case 'h':
			return cmd_help("annotations");
		default:
			return cmd_usage_error("annotations");
		}
	}
	if (optind >= argc)
		return cmd_no_files("annotations");
	status = cmd_expand_paths(&files, argc - optind, argv + optind);
	if (travel && list_travelled(&files, format) != 0)
		status = 2;
	strays = anno_strays_create();
	for (size_t i = 0; !travel && i < files.n; i++)
		if (list_file(files.paths[i], format, strays) != 0)
			status = 2;
	anno_strays_destroy(strays);
	paths_free(&files);
	return cmd_finish(status);
}
