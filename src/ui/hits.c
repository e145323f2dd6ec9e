/* hits.c - the hit list view: the lines :grep found in every source, or
 * the open source's problems (P); Enter goes to one. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proof/context.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

/* Frees the hits (of :grep or of the problem list). */
void
hits_free(struct reader *r)
{
	for (size_t i = 0; i < r->nhits; i++)
		free(r->hits[i].context);
	free(r->hits);
	r->hits = NULL;
	r->nhits = 0;
}

void
reader_grep(struct reader *r, const char *word)
{
	hits_free(r);
	free(r->grep_word);
	r->grep_word = xstrdup(word);
	reader_load_all(r);	/* every source must be searched */
	for (size_t k = 0; k < r->s.load.n; k++) {
		size_t f = r->order[k];
		struct doc *d = r->s.load.docs[f];
		struct match *m = NULL;
		size_t n = d ? search_doc(d, word, &m) : 0;

		for (size_t i = 0; i < n; i++) {
			struct grep_hit *g;
			size_t line, col, a, b;

			r->hits = xreallocarray(r->hits, r->nhits + 1,
			    sizeof *r->hits);
			g = &r->hits[r->nhits++];
			g->file = f;
			g->start = m[i].start;
			g->end = m[i].end;
			doc_line_col(d, m[i].start, &line, &col);
			g->line = line;
			/* Context: up to 30 code points either side. */
			a = m[i].start > 30 ? m[i].start - 30 : 0;
			b = m[i].end + 30;
			g->context = doc_substr(d, a, b);
			for (char *p = g->context; *p; p++)
				if (*p == '\n')
					*p = ' ';
		}
		free(m);
	}
	r->hits_kind = HITS_GREP;
	list_view_show(r, VIEW_HITS);
	if (r->nhits == 0)
		set_message(r, true, "no source contains it");
}

/* The problems of the current source, as a list view (Enter jumps),
 * each with the sentence around it, up to this many code points on
 * either side. */
#define PROBLEM_CONTEXT_SIDE 60

void
hits_open_problems(struct reader *r)
{
	struct doc *d;
	struct problem_list *pl;

	if (r->cur == SIZE_MAX || r->s.load.docs[r->cur] == NULL ||
	    r->s.proof == NULL)
		return;
	d = r->s.load.docs[r->cur];
	pl = &r->s.docs[r->cur].problems;
	hits_free(r);
	r->hits = pl->n ? xcalloc(pl->n, sizeof *r->hits) : NULL;
	r->nhits = pl->n;
	for (size_t i = 0; i < pl->n; i++) {
		struct grep_hit *g = &r->hits[i];
		size_t line, col;
		char *text = doc_substr(d, pl->v[i].start, pl->v[i].end);
		char *sentence;

		g->file = r->cur;
		g->start = pl->v[i].start;
		g->end = pl->v[i].end;
		doc_line_col(d, g->start, &line, &col);
		g->line = line;
		sentence = problem_context(d->text, d->text_len,
		    pl->v[i].bstart, pl->v[i].bend, PROBLEM_CONTEXT_SIDE);
		g->context = xasprintf("%s: %s%s%s   %s",
		    problem_kind_name(pl->v[i].kind), text,
		    pl->v[i].fix ? " -> " : "", pl->v[i].fix ? pl->v[i].fix : "",
		    sentence);
		free(sentence);
		for (char *c = g->context; *c; c++)
			if (*c == '\n')
				*c = ' ';
		free(text);
	}
	free(r->grep_word);
	r->grep_word = xasprintf("in %s", d->path);
	r->hits_kind = HITS_PROBLEMS;
	list_view_show(r, VIEW_HITS);
}

static void
grep_row(struct reader *r, size_t i, attr_t a)
{
	const struct grep_hit *g = &r->hits[i];
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s:%zu: ", r->s.load.paths[g->file], g->line);
	draw_text(stdscr, b.data, b.len, r->cols, a | theme_attr(THEME_META),
	    r->utf8);
	draw_text(stdscr, g->context, strlen(g->context),
	    r->cols - text_width(b.data, b.len, r->utf8), a, r->utf8);
	buf_free(&b);
}

static void
draw_grep(struct reader *r)
{
	struct buf head;

	buf_init(&head);
	buf_printf(&head, " %zu %s%s ", r->nhits, r->hits_kind == HITS_GREP ?
	    "hit" : "problem", r->nhits == 1 ? "" : "s");
	if (r->hits_kind == HITS_GREP)
		buf_adds(&head, "for ");
	buf_adds(&head, r->grep_word);
	draw_list_view(r, head.data, r->nhits, grep_row);
	buf_free(&head);
}

/* Enter: goes to the problem, or opens the source at the hit with the
 * word searched for (in the raw view when the hit was dropped). */
static void
hits_open(struct reader *r)
{
	const struct grep_hit *g;

	if (r->nhits == 0)
		return;
	g = &r->hits[r->view_sel];
	if (r->hits_kind == HITS_PROBLEMS) {
		size_t i = r->view_sel;
		r->view = VIEW_MAIN;
		r->focus = FOCUS_PANE;
		relayout_windows(r);
		ensure_layout(r);
		analysis_goto_problem(r, i);
		return;
	}
	free(r->pattern);
	r->pattern = xstrdup(r->grep_word);
	r->view = VIEW_MAIN;
	for (size_t i = 0; i < r->s.load.n; i++)
		if (r->order[i] == g->file)
			r->sel = i;
	r->focus = FOCUS_PANE;
	relayout_windows(r);
	open_file(r, g->file, g->start);
	/* A hit in a dropped block is only visible in the raw view. */
	{
		struct match m = { g->start, g->end };
		if (!match_shown(r, &m)) {
			r->raw = true;
			invalidate_layout(r);
			ensure_layout(r);
			find_matches(r);
		}
	}
	r->search_dir = 1;
	goto_match_at(r, g->start);
}

static void
hits_move(struct reader *r, long delta)
{
	list_view_move(r, delta, r->nhits);
}

static bool
hits_action(struct reader *r, enum ui_action a)
{
	if (a != ACT_OPEN)
		return false;
	hits_open(r);
	return true;
}

const struct view_ops hits_view_ops = {
	.draw = draw_grep,
	.move_by = hits_move,
	.action = hits_action,
};
