/* cmd_compare.c - `galley compare`: two versions of an article, their
 * paragraphs aligned and their words compared as the reader's compare
 * view has them (src/session/comparison.h), as GNU messages, JSON lines
 * or wdiff text. */
#include "config.h"

#include "cli/commands.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "base/util.h"
#include "clean/features.h"
#include "cli/output.h"
#include "copies/align.h"
#include "copies/worddiff.h"
#include "session/comparison.h"
#include "session/session.h"

enum format { FORMAT_GNU, FORMAT_JSON, FORMAT_WDIFF };

/* One side of the comparison. */
struct side {
	const char *path;
	struct doc *d;
	const struct hidden_list *hide;	/* the comparison's, of this side */
	struct word_list words;	/* of the row at hand: the comparison's */
};

/* The text from the first to the last of words [w0, w1), less what the
 * side hides (markup debris); printable: shown safe for a terminal. */
static void
add_shown(struct buf *out, const struct side *s, size_t w0, size_t w1,
    bool printable)
{
	const struct word *v = s->words.v;
	struct shown_parts it;

	if (w1 <= w0)
		return;
	hidden_shown_init(&it, s->hide, v[w0].bstart, v[w1 - 1].bend,
	    v[w0].start, v[w1 - 1].end);
	while (hidden_next_shown(&it))
		if (printable)
			buf_add_printable(out, s->d->text + it.part.bstart,
			    it.part.bend - it.part.bstart);
		else
			buf_add(out, s->d->text + it.part.bstart,
			    it.part.bend - it.part.bstart);
}

/* Words [w0, w1) as add_shown gives them, safe for a terminal. */
static void
add_words(struct buf *out, const struct side *s, size_t w0, size_t w1)
{
	add_shown(out, s, w0, w1, true);
}

/* Words [w0, w1) deleted (insert false) or inserted, in wdiff's marks
 * (wd_marks: written as the text is, not as a locale would show it). */
static void
add_marked(struct buf *out, const struct side *s, size_t w0, size_t w1,
    bool insert)
{
	const struct word *v = s->words.v;
	const char *open, *close;

	wd_marks(s->d->text + (w1 > w0 ? v[w0].bstart : 0), w1 > w0 ?
	    v[w1 - 1].bend - v[w0].bstart : 0, insert, true, &open, &close);
	buf_adds(out, open);
	add_words(out, s, w0, w1);
	buf_adds(out, close);
}

/* "PATH:LINE:COL" of code point cp: the page's own line in
 * HTML, as galley check says it. */
static void
add_location(struct buf *out, const struct side *s, size_t cp)
{
	struct screen_pos pos = { 0 };
	size_t line, col;

	doc_file_line_col(s->d, &pos, cp, &line, &col);
	buf_add_printable_line(out, s->path);
	buf_printf(out, ":%zu:%zu", line, col);
}

/* Whether the text has space before run w's first word on its side
 * (a's for a deletion, b's else): none between two words of Chinese. */
static bool
run_spaced_before(const struct wd_run *w, const struct side *a,
    const struct side *b)
{
	return w->kind == WD_DELETE ? word_spaced_before(a->words.v, w->a0) :
	    word_spaced_before(b->words.v, w->b0);
}

/* --format=wdiff: b's text with deletions as [-...-] and insertions as
 * {+...+}, as wdiff marks them; paragraphs apart by a blank line. */
static void
wdiff_row(struct buf *out, const struct align_row *r, struct side *a,
    struct side *b, const struct wd_list *runs, bool goes_on)
{
	if (goes_on)		/* the next stretch of a paragraph joined */
		out->data[out->len - 1] = ' ';
	else if (out->len > 0)
		buf_adds(out, "\n");
	if (r->op == ALIGN_CUT || r->op == ALIGN_ADDED) {
		struct side *s = r->op == ALIGN_CUT ? a : b;

		add_marked(out, s, 0, s->words.n, r->op != ALIGN_CUT);
		buf_addc(out, '\n');
		return;
	}
	for (size_t i = 0; i < runs->n; i++) {
		const struct wd_run *w = &runs->v[i];

		if (i > 0 && run_spaced_before(w, a, b))
			buf_addc(out, ' ');
		if (w->kind == WD_EQUAL) {
			add_words(out, b, w->b0, w->b1);
		} else if (w->kind == WD_DELETE) {
			add_marked(out, a, w->a0, w->a1, false);
		} else {
			add_marked(out, b, w->b0, w->b1, true);
		}
	}
	buf_addc(out, '\n');
}

/* The first words of a paragraph, for a message. */
static void
add_opening(struct buf *out, const struct side *s)
{
	size_t n = s->words.n < 8 ? s->words.n : 8;

	add_words(out, s, 0, n);
	if (n < s->words.n)
		buf_adds(out, " ...");
}

/* Where side s's words of a row start (of a split or joined paragraph,
 * the stretch the row has), else where its paragraph k does. */
static void
add_row_location(struct buf *out, const struct side *s,
    const struct block *k)
{
	if (s->words.n > 0)
		add_location(out, s, s->words.v[0].start);
	else
		add_location(out, s, k->start);
}

/* --format=gnu: one message per difference, at its place in b (in a
 * for a cut paragraph). */
static void
gnu_row(struct buf *out, const struct align_row *r, struct side *a,
    struct side *b, const struct wd_list *runs)
{
	if (r->op == ALIGN_CUT || r->op == ALIGN_ADDED) {
		struct side *s = r->op == ALIGN_CUT ? a : b;
		const struct block *k = r->op == ALIGN_CUT ? r->a : r->b;

		add_location(out, s, k->start);
		buf_adds(out, r->op == ALIGN_CUT ? ": cut: " : ": added: ");
		add_opening(out, s);
		buf_addc(out, '\n');
		return;
	}
	if (r->op == ALIGN_MOVED) {
		add_location(out, b, r->b->start);
		buf_adds(out, ": moved: from ");
		add_location(out, a, r->a->start);
		buf_addc(out, '\n');
	} else if (r->op == ALIGN_SPLIT || r->op == ALIGN_JOINED) {
		add_row_location(out, b, r->b);
		buf_printf(out, ": %s: from ", align_op_name(r->op));
		add_row_location(out, a, r->a);
		buf_addc(out, '\n');
	}
	for (size_t i = 0; i < runs->n; i++) {
		const struct wd_run *w = &runs->v[i];
		bool replaced = w->kind == WD_DELETE && i + 1 < runs->n &&
		    runs->v[i + 1].kind == WD_INSERT;
		size_t at = w->b0 < b->words.n ? w->b0 : b->words.n - 1;

		if (w->kind == WD_EQUAL)
			continue;
		if (b->words.n > 0)
			add_location(out, b, b->words.v[at].start);
		else
			add_location(out, b, r->b->start);
		if (w->kind == WD_INSERT) {
			buf_adds(out, ": inserted: ");
			add_words(out, b, w->b0, w->b1);
		} else {
			buf_adds(out, replaced ? ": changed: " : ": deleted: ");
			add_words(out, a, w->a0, w->a1);
			if (replaced) {
				buf_adds(out, " -> ");
				add_words(out, b, runs->v[i + 1].b0,
				    runs->v[i + 1].b1);
				i++;
			}
		}
		buf_addc(out, '\n');
	}
}

/* --format=gnu: the problems each version introduced in row i (the
 * other lacks them, comparison_introduced), at their places. */
static void
gnu_introduced(struct buf *out, const struct comparison *c, size_t i,
    const struct side *a, const struct side *b)
{
	for (int k = 0; k < 2; k++) {
		const struct problem_list *l = k ? c->pb : c->pa;
		const struct side *s = k ? b : a;

		for (size_t p = comparison_introduced(c, i, k, 0);
		    p != SIZE_MAX; p = comparison_introduced(c, i, k, p + 1)) {
			add_location(out, s, l->v[p].start);
			buf_adds(out, ": introduced: ");
			buf_add_printable(out, s->d->text + l->v[p].bstart,
			    l->v[p].bend - l->v[p].bstart);
			buf_addc(out, '\n');
		}
	}
}

static json_t *
span_json(const struct side *s, size_t start, size_t end)
{
	json_t *o = json_object();

	json_object_set_new(o, "file", output_path_json(s->path));
	json_object_set_new(o, "start", json_integer((json_int_t)start));
	json_object_set_new(o, "end", json_integer((json_int_t)end));
	return o;
}

static json_t *
words_json(const struct side *s, size_t w0, size_t w1)
{
	json_t *o = span_json(s, s->words.v[w0].start, s->words.v[w1 - 1].end);
	struct buf text;

	buf_init(&text);
	add_shown(&text, s, w0, w1, false);
	json_object_set_new(o, "text", json_stringn(text.data ? text.data :
	    "", text.len));
	buf_free(&text);
	return o;
}

/* The problems side b (else a) introduced in row i, as JSON. */
static json_t *
introduced_json(const struct comparison *c, size_t i, const struct side *s,
    bool b)
{
	const struct problem_list *l = b ? c->pb : c->pa;
	json_t *v = json_array();

	for (size_t p = comparison_introduced(c, i, b, 0); p != SIZE_MAX;
	    p = comparison_introduced(c, i, b, p + 1)) {
		const struct problem *q = &l->v[p];
		json_t *o = span_json(s, q->start, q->end);

		json_object_set_new(o, "kind",
		    json_string(problem_kind_name(q->kind)));
		json_object_set_new(o, "text", json_stringn(s->d->text +
		    q->bstart, q->bend - q->bstart));
		json_array_append_new(v, o);
	}
	return v;
}

/* --format=json: one object per aligned row; a word change names its
 * span in a ("a") and in b ("b"); the problems each version introduced
 * there, when proofread. */
static void
json_row(const struct comparison *cmp, size_t row, struct side *a,
    struct side *b, const struct wd_list *runs)
{
	const struct align_row *r = &cmp->rows[row].al;
	json_t *o = json_object(), *words = json_array();

	json_object_set_new(o, "op", json_string(align_op_name(r->op)));
	json_object_set_new(o, "a", r->a ? span_json(a, r->a->start, r->a->end)
	    : json_null());
	json_object_set_new(o, "b", r->b ? span_json(b, r->b->start, r->b->end)
	    : json_null());
	json_object_set_new(o, "similarity",
	    json_real((double)(long)(r->similarity * 100 + 0.5) / 100));
	for (size_t i = 0; i < runs->n; i++) {
		const struct wd_run *w = &runs->v[i];
		json_t *c;

		if (w->kind == WD_EQUAL)
			continue;
		c = json_object();
		json_object_set_new(c, "op", json_string(w->kind == WD_DELETE
		    ? "delete" : "insert"));
		json_object_set_new(c, w->kind == WD_DELETE ? "a" : "b",
		    w->kind == WD_DELETE ? words_json(a, w->a0, w->a1)
		    : words_json(b, w->b0, w->b1));
		json_array_append_new(words, c);
	}
	json_object_set_new(o, "words", words);
	if (cmp->pa != NULL) {
		json_t *in = json_object();

		json_object_set_new(in, "a", introduced_json(cmp, row, a, false));
		json_object_set_new(in, "b", introduced_json(cmp, row, b, true));
		json_object_set_new(o, "introduced", in);
	}
	output_json_line(o);
}

/* Row i's words and runs, views into the comparison's lists. */
static void
row_view(const struct comparison *c, size_t i, struct side *a,
    struct side *b, struct wd_list *runs)
{
	const struct cmp_row *row = &c->rows[i];

	a->words = (struct word_list){ c->aw.v + row->aw, row->naw, 0 };
	b->words = (struct word_list){ c->bw.v + row->bw, row->nbw, 0 };
	*runs = (struct wd_list){ c->runs.v + row->run, row->nruns, 0 };
}

/* Whether row i goes on with the paragraph joined in the row before. */
static bool
joined_goes_on(const struct comparison *c, size_t i)
{
	return i > 0 && c->rows[i].al.op == ALIGN_JOINED &&
	    c->rows[i - 1].al.op == ALIGN_JOINED &&
	    c->rows[i - 1].al.b == c->rows[i].al.b;
}

/* Prints the comparison (raw: of the text as it is, debris too), with
 * the problems one version introduced when pa and pb are the versions'
 * problems (else NULL); returns whether the versions differ. */
static bool
print_comparison(enum format format, struct side *a, struct side *b,
    bool raw, const struct problem_list *pa, const struct problem_list *pb)
{
	struct comparison c;
	struct wd_list runs;
	struct buf out;
	bool differ = false;

	buf_init(&out);
	comparison_build(&c, a->d, b->d, pa, pb, raw);
	a->hide = &c.ah;
	b->hide = &c.bh;
	for (size_t i = 0; i < c.nrows; i++) {
		const struct align_row *r = &c.rows[i].al;

		row_view(&c, i, a, b, &runs);
		differ |= comparison_differs(&c, i);
		if (format == FORMAT_WDIFF)
			wdiff_row(&out, r, a, b, &runs, joined_goes_on(&c, i));
		else if (format == FORMAT_GNU) {
			gnu_row(&out, r, a, b, &runs);
			gnu_introduced(&out, &c, i, a, b);
		} else
			json_row(&c, i, a, b, &runs);
	}
	fwrite(out.data ? out.data : "", 1, out.len, stdout);
	buf_free(&out);
	comparison_free(&c);
	return differ;
}

/* --raw: every block of the page is compared, the ones the cleaner
 * dropped too (an UPDATE line, a changed byline above the story). */
static void
keep_every_block(struct doc *d)
{
	for (size_t i = 0; i < d->nblocks; i++)
		if (!block_is_blank(d, &d->blocks[i]))
			d->blocks[i].keep = true;
}

/* Without --raw, versions whose articles are the same may still differ
 * in what the cleaner dropped or the markup debris it left out: said, so that the same is not taken
 * for identical pages.  Pages that differ only in their spacing do not
 * differ, as paragraphs do not. */
static void
say_pages_differ(const struct side *a, const struct side *b)
{
	if (!same_words_in(a->d->text, 0, a->d->text_len, b->d->text, 0,
	    b->d->text_len))
		fprintf(stderr, "galley compare: the articles are the same; the "
		    "pages differ outside them (--raw compares them whole)\n");
}

static bool
parse_format(const char *arg, enum format *format)
{
	static const char *const names[] = { "gnu", "json", "wdiff" };

	for (int i = 0; i < 3; i++)
		if (strcmp(arg, names[i]) == 0) {
			*format = (enum format)i;
			return true;
		}
	return false;
}

/* The options: getopt parses them and --help lists them from here. */
const struct command_option compare_options[] = {
	{ "format", required_argument, 'f', false, "=gnu|json|wdiff",
	  "gnu (the default), json, or wdiff: the text with\n"
	  "[-cut-] and {+added+} words marked (gnu and json\n"
	  "also name the problems a version introduced)" },
	{ "raw", no_argument, 'r', false, NULL,
	  "compare the whole pages, the blocks the cleaner\n"
	  "dropped and the markup debris too" },
	{ "help", no_argument, 'h', true, NULL, "show this help and exit" },
	{ NULL, 0, 0, false, NULL, NULL }
};

int
cmd_compare(int argc, char **argv)
{
	enum format format = FORMAT_GNU;
	struct session s;
	struct side side[2] = { { 0 }, { 0 } };
	const char *format_arg = NULL;
	int opt, status = 0;
	bool raw = false;

	optind = 1;
	while ((opt = command_getopt(argc, argv, "compare")) != -1) {
		switch (opt) {
		case 'r':
			raw = true;
			break;
		case 'f':
			if (!parse_format(optarg, &format)) {
				char *msg = xasprintf("unknown format '%s'", optarg);

				cmd_usage_problem("compare", msg);
				free(msg);
				return 2;
			}
			if (cmd_once("compare", &format_arg, optarg,
			    "--format") != 0)
				return 2;
			break;
		case 'h':
			return cmd_help("compare");
		default:
			return cmd_usage_error("compare");
		}
	}
	if (argc - optind != 2) {
		char *msg = xasprintf("exactly two files (A B) are needed; %d "
		    "given", argc - optind);

		cmd_usage_problem("compare", msg);
		free(msg);
		return 2;
	}
	if (cmd_stdin_once("compare", 2, argv + optind) >= 0)
		return 2;
	/* One at a time, as the reader loads them: with two files, evidence
	 * across the load would take their shared lines for furniture. */
	session_init(&s, argv + optind, 2);
	/* Proofread as the reader does, for the problems one version
	 * introduced; wdiff carries the text alone. */
	session_set_options(&s, &(struct session_options){ .proof = format !=
	    FORMAT_WDIFF, .user_words = true });
	if (s.opt.proof)
		cmd_open_proofreader(&s);
	for (size_t f = 0; f < 2; f++) {
		side[f].path = argv[optind + f];
		if (!session_load_doc(&s, f)) {
			warn_file(s.load.paths[f], s.load.errors[f]);
			/* As the other commands: a script sees each file. */
			if (format == FORMAT_JSON)
				output_json_error(s.load.paths[f],
				    s.load.errors[f]);
			status = 2;
			continue;
		}
		side[f].d = s.load.docs[f];
		warn_doc(side[f].path, side[f].d);
		if (raw)
			keep_every_block(side[f].d);
		if (s.proof != NULL) {
			session_analyse(&s, f);
			if (s.docs[f].notice != NULL)
				warn_file(side[f].path, s.docs[f].notice);
		}
	}
	if (status == 0) {
		bool problems = s.proof != NULL && s.docs[0].analysed &&
		    s.docs[1].analysed;

		status = print_comparison(format, &side[0], &side[1], raw,
		    problems ? &s.docs[0].problems : NULL,
		    problems ? &s.docs[1].problems : NULL) ? 1 : 0;
		if (status == 0 && !raw)
			say_pages_differ(&side[0], &side[1]);
	}
	session_free(&s);
	return cmd_finish(status);
}
