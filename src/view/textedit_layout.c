/* textedit_layout.c - an edit buffer broken into rows of a width, and the
 * caret motions that need them (up, down, row start and end). */
#include "config.h"

#include "view/textedit.h"

#include <stdlib.h>
#include <string.h>

#include "doc/cells.h"

static void
push(struct textedit_layout *l, size_t start, size_t end)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->rows = xreallocarray(l->rows, l->cap, sizeof *l->rows);
	}
	l->rows[l->n].start = start;
	l->rows[l->n].end = end;
	l->n++;
}

static int
width_of(const char *s, size_t b, size_t e, bool utf8)
{
	int w = 0;

	while (b < e) {
		int32_t c;
		b += cell_next(s, b, e, &c);
		w += cell_width(c, utf8);
	}
	return w;
}

/* Wraps the logical line s[b, e) (cell_wrap_end: no row is wider than
 * the width, so the caret before any character has a cell). */
static void
wrap_line(struct textedit_layout *l, const char *s, size_t b, size_t e)
{
	size_t row = b, at;

	while ((at = cell_wrap_end(s, row, e, l->width, l->utf8)) < e) {
		push(l, row, at);
		row = at;
	}
	push(l, row, e);
	if (width_of(s, row, e, l->utf8) >= l->width)
		push(l, e, e);
}

static size_t
find_row(const struct textedit_layout *l, size_t pos)
{
	size_t lo = 0, hi = l->n;

	/* Rows are in text order with distinct starts. */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->rows[mid].start <= pos)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

void
textedit_layout(const struct textedit *t, int width, bool utf8,
    struct textedit_layout *l)
{
	const char *s = t->text.data;
	size_t b = 0;
	struct textedit_row *r;

	l->n = 0;
	l->width = width < 1 ? 1 : width;
	l->utf8 = utf8;
	for (;;) {
		const char *nl = memchr(s + b, '\n', t->text.len - b);
		size_t e = nl ? (size_t)(nl - s) : t->text.len;

		wrap_line(l, s, b, e);
		if (nl == NULL)
			break;
		b = e + 1;
	}
	l->caret_row = find_row(l, t->caret);
	r = &l->rows[l->caret_row];
	l->caret_col = width_of(s, r->start,
	    t->caret < r->end ? t->caret : r->end, utf8);
}

void
textedit_layout_free(struct textedit_layout *l)
{
	free(l->rows);
	memset(l, 0, sizeof *l);
}

/* Whether the caret may sit at the end of row i: only when no other row
 * starts there (the row ends a logical line and is not full). */
static bool
end_is_caret(const struct textedit_layout *l, size_t i)
{
	return i + 1 == l->n || l->rows[i + 1].start != l->rows[i].end;
}

/* The position in row i whose column is the largest not past col.  A
 * position before a zero-width code point (a combining mark, drawn on
 * the character before it) is not a stop. */
static size_t
at_column(const struct textedit *t, const struct textedit_layout *l,
    size_t i, int col)
{
	const struct textedit_row *r = &l->rows[i];
	const char *s = t->text.data;
	size_t p = r->start, best = r->start;
	int x = 0;

	while (p < r->end) {
		int32_t c;

		p += cell_next(s, p, r->end, &c);
		x += cell_width(c, l->utf8);
		if (x > col)
			break;
		if (p < r->end) {
			cell_next(s, p, r->end, &c);
			if (cell_width(c, l->utf8) == 0)
				continue;
		} else if (!end_is_caret(l, i))
			break;
		best = p;
	}
	return best;
}

bool
textedit_vertical(struct textedit *t, const struct textedit_layout *l,
    long rows)
{
	long target = (long)l->caret_row + rows;
	int goal = t->goal_col >= 0 ? t->goal_col : l->caret_col;
	bool moved;

	if (target < 0)
		return textedit_move_to(t, 0);
	if (target >= (long)l->n)
		return textedit_move_to(t, t->text.len);
	moved = textedit_move_to(t, at_column(t, l, (size_t)target, goal));
	t->goal_col = goal;
	return moved;
}

bool
textedit_row_home(struct textedit *t, const struct textedit_layout *l)
{
	size_t start = l->rows[l->caret_row].start;

	if (t->caret == start)
		return textedit_home(t);
	return textedit_move_to(t, start);
}

bool
textedit_row_end(struct textedit *t, const struct textedit_layout *l)
{
	const struct textedit_row *r = &l->rows[l->caret_row];
	size_t end = r->end;

	if (!end_is_caret(l, l->caret_row)) {
		/* A wrapped row: its end is the next row's start. */
		end = textedit_prev_boundary(t, r->end);
		if (end < r->start)
			end = r->start;
		if (t->caret == end)
			return textedit_end(t);
	}
	return textedit_move_to(t, end);
}
