/* help.c - the help view (F1): every key from the key table and every
 * : command from its table, wrapped to the window. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/excmd.h"
#include "ui/keys.h"
#include "ui/reader_int.h"
#include "ui/theme.h"

/* One row of the help screen: a key column (on a key's first row) and a
 * piece of its description from column col. */
struct help_row {
	const char *key, *desc;
	size_t klen, dlen;
	int col;
};

#define HELP_KEY_COLS 23

static void
help_push(struct help_row **rows, size_t *n, const char *key, size_t klen,
    const char *desc, size_t dlen, int col)
{
	*rows = xreallocarray(*rows, *n + 1, sizeof **rows);
	(*rows)[*n] = (struct help_row){ key, desc, klen, dlen, col };
	(*n)++;
}

/* The help lines, descriptions word-wrapped beside the key column, or,
 * in a narrow window, under the key, indented (the help text is ASCII:
 * bytes are columns). */
static struct help_row *
help_rows(int width, size_t *nrows)
{
	const char *const *keys = keys_help_lines();
	const char *const *cmds = excmd_help_lines();
	bool beside = width - HELP_KEY_COLS >= 30;
	int col = beside ? HELP_KEY_COLS : 2, dw = width - col;
	struct help_row *rows = NULL;
	size_t n = 0;

	/* The keys, then the : commands; keys stops at its NULL, never
	 * read past it (the loop went on counting into it while the
	 * commands were listed, past its end once they outnumbered the
	 * keys without a help line). */
	while (*keys || *cmds) {
		const char *l = *keys ? *keys++ : *cmds++, *d;
		size_t len = strlen(l), klen = len < 22 ? len : 22;
		bool first = beside;

		while (klen > 0 && l[klen - 1] == ' ')
			klen--;
		if (!beside)
			help_push(&rows, &n, l, klen, "", 0, col);
		d = len > HELP_KEY_COLS ? l + HELP_KEY_COLS : l + len;
		while (*d) {
			size_t dl = strlen(d), cut = dl;

			if (dw > 0 && dl > (size_t)dw) {
				cut = (size_t)dw;
				while (cut > 0 && d[cut] != ' ')
					cut--;
				if (cut == 0)
					cut = (size_t)dw;
			}
			help_push(&rows, &n, first ? l : "", first ? klen : 0, d,
			    cut, col);
			first = false;
			d += cut;
			while (*d == ' ')
				d++;
		}
	}
	*nrows = n;
	return rows;
}

/* The rows wrapped at one width: a draw, a scroll and each line / asks
 * for would otherwise wrap every row again. */
struct help_cache {
	int width;
	struct help_row *rows;
	size_t n;
};

/* The help's rows at the window's width, kept until it changes. */
static const struct help_row *
cached_rows(struct reader *r, size_t *n)
{
	struct help_cache *c = r->help;

	if (c == NULL)
		c = r->help = xcalloc(1, sizeof *c);
	if (c->rows == NULL || c->width != r->cols) {
		free(c->rows);
		c->rows = help_rows(r->cols, &c->n);
		c->width = r->cols;
	}
	*n = c->n;
	return c->rows;
}

void
help_free(struct reader *r)
{
	if (r->help != NULL)
		free(r->help->rows);
	free(r->help);
	r->help = NULL;
}

/* The last top line that keeps the help's end on the screen. */
static size_t
help_max_top(const struct reader *r, size_t n)
{
	size_t h = r->rows > 1 ? (size_t)r->rows - 1 : 1;

	return n + 3 > h ? n + 3 - h : 0;
}

/* The help's top line is its selection (view_sel), so that / ? n N of
 * the lists (list_search.c) bring a match to the top; near the end,
 * where the top stops, the selection stays on the match, so that n
 * goes on from it. */
static void
draw_help(struct reader *r)
{
	size_t n;
	const struct help_row *rows = cached_rows(r, &n);
	int h = r->rows - 1;

	r->view_top = r->view_sel < help_max_top(r, n) ? r->view_sel :
	    help_max_top(r, n);
	werase(stdscr);
	for (int row = 0; row < h; row++) {
		size_t i = r->view_top + (size_t)row;
		move(row, 0);
		if (i == 0) {
			const char *t = "galley keys (q or Esc closes, "
			    "j/k scroll)";
			draw_text_cut(stdscr, t, strlen(t), r->cols,
			    theme_attr(THEME_TITLE), r->utf8);
		} else if (i >= 2 && i - 2 < n) {
			const struct help_row *hr = &rows[i - 2];
			draw_text(stdscr, hr->key, hr->klen, r->cols,
			    theme_attr(THEME_HELP_KEY), r->utf8);
			if (hr->dlen == 0 || hr->col >= r->cols)
				continue;
			move(row, hr->col);
			draw_text(stdscr, hr->desc, hr->dlen,
			    r->cols - hr->col, A_NORMAL, r->utf8);
		}
	}
	wnoutrefresh(stdscr);
}

/* The keys scroll the help; drawing keeps its end on the screen. */
static void
help_move(struct reader *r, long delta)
{
	size_t n, max;
	long v;

	cached_rows(r, &n);
	max = help_max_top(r, n);
	v = (long)(r->view_sel < max ? r->view_sel : max) + delta;
	r->view_sel = v < 0 ? 0 : v > (long)max ? max : (size_t)v;
}

/* Its lines for / and ?: the title, a blank, then the rows as drawn at
 * this width. */
static size_t
help_nrows(struct reader *r)
{
	size_t n;

	cached_rows(r, &n);
	return n + 2;
}

static char *
help_row_text(struct reader *r, size_t i)
{
	size_t n;
	const struct help_row *rows = cached_rows(r, &n);

	return i >= 2 && i - 2 < n ? xasprintf("%.*s %.*s",
	    (int)rows[i - 2].klen, rows[i - 2].key, (int)rows[i - 2].dlen,
	    rows[i - 2].desc) : xstrdup(i == 0 ? "galley keys" : "");
}

static const char *
help_label(const struct reader *r)
{
	(void)r;
	return "HELP";
}

const struct view_ops help_view_ops = {
	.draw = draw_help,
	.move_by = help_move,
	.nrows = help_nrows,
	.row_text = help_row_text,
	.label = help_label,
};
