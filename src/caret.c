/* caret.c - moving a caret through the text a layout shows.
 *
 * The shown text is read as a stream of elements: its code points, plus a
 * virtual line break wherever two shown lines are not one wrapped run of
 * text (a gap: a dropped block, a line break of the page).  Word, sentence
 * and paragraph boundaries come from one forward scan over that stream,
 * started at a paragraph's first line so that the scanner's state (inside
 * a sentence or not) is right; backward motions rescan from an earlier
 * paragraph rather than parse sentences backwards. */
#include "config.h"

#include "caret.h"

#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "cells.h"

#define VIRTUAL_NL (-1)

struct celem {
	int32_t c;		/* code point, or VIRTUAL_NL */
	size_t before, after;	/* the boundaries around it */
};

struct iter {
	const struct layout *l;
	const char *text;
	size_t li;		/* current line */
	size_t b, cp;		/* position in it */
};

static bool
shown(const struct layout *l, size_t li)
{
	return !(l->v[li].flags & LAYOUT_BLANK);
}

static size_t
next_line(const struct layout *l, size_t li)
{
	do
		li++;
	while (li < l->n && !shown(l, li));
	return li;
}

static size_t
prev_line(const struct layout *l, size_t li)
{
	while (li > 0) {
		li--;
		if (shown(l, li))
			return li;
	}
	return SIZE_MAX;
}

/* Whether line b continues line a (a word-wrapped run of one text). */
static bool
joined(const struct layout *l, size_t a, size_t b)
{
	return b == a + 1 && l->v[a].end == l->v[b].start;
}

size_t
caret_line(const struct layout *l, size_t cp)
{
	size_t li, alt;

	if (l->n == 0)
		return 0;
	li = layout_find(l, cp);
	if (shown(l, li))
		return li;
	alt = next_line(l, li);
	if (alt < l->n)
		return alt;
	alt = prev_line(l, li);
	return alt != SIZE_MAX ? alt : li;
}

size_t
caret_clamp(const struct layout *l, size_t cp)
{
	size_t li;

	if (l->n == 0)
		return cp;
	li = caret_line(l, cp);
	if (cp < l->v[li].start)
		return l->v[li].start;
	if (cp > l->v[li].end)
		return l->v[li].end;
	return cp;
}

static void
iter_init(struct iter *it, const struct layout *l, const char *text,
    size_t cp)
{
	const struct layout_line *line;

	it->l = l;
	it->text = text;
	it->li = caret_line(l, cp);
	if (l->n == 0) {
		it->b = it->cp = 0;
		return;
	}
	line = &l->v[it->li];
	cp = cp < line->start ? line->start : cp > line->end ? line->end : cp;
	it->b = line->bstart;
	it->cp = line->start;
	while (it->cp < cp && it->b < line->bend) {
		int32_t c;
		it->b += cell_next(text, it->b, line->bend, &c);
		it->cp++;
	}
}

static bool
iter_next(struct iter *it, struct celem *e)
{
	const struct layout *l = it->l;

	if (l->n == 0)
		return false;
	while (it->b >= l->v[it->li].bend) {
		size_t nl = next_line(l, it->li), end = l->v[it->li].end;
		bool gap;

		if (nl >= l->n)
			return false;
		gap = !joined(l, it->li, nl);
		it->li = nl;
		it->b = l->v[nl].bstart;
		it->cp = l->v[nl].start;
		if (gap) {
			e->c = VIRTUAL_NL;
			e->before = end;
			e->after = it->cp;
			return true;
		}
	}
	it->b += cell_next(it->text, it->b, l->v[it->li].bend, &e->c);
	e->before = it->cp++;
	e->after = it->cp;
	return true;
}

static bool
iter_prev(struct iter *it, struct celem *e)
{
	const struct layout *l = it->l;
	size_t b;

	if (l->n == 0)
		return false;
	while (it->b <= l->v[it->li].bstart) {
		size_t pl = prev_line(l, it->li), start = l->v[it->li].start;
		bool gap;

		if (pl == SIZE_MAX)
			return false;
		gap = !joined(l, pl, it->li);
		it->li = pl;
		it->b = l->v[pl].bend;
		it->cp = l->v[pl].end;
		if (gap) {
			e->c = VIRTUAL_NL;
			e->before = it->cp;
			e->after = start;
			return true;
		}
	}
	b = it->b - 1;
	while (b > l->v[it->li].bstart &&
	    ((unsigned char)it->text[b] & 0xC0) == 0x80)
		b--;
	cell_next(it->text, b, l->v[it->li].bend, &e->c);
	it->b = b;
	e->after = it->cp--;
	e->before = it->cp;
	return true;
}

/* Character classes -------------------------------------------------- */

static bool
is_mark(int32_t c)
{
	utf8proc_category_t k;

	if (c < 0x300)
		return false;
	k = utf8proc_category(c);
	return k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC ||
	    k == UTF8PROC_CATEGORY_ME;
}

/* Letters, marks and digits, and the apostrophes inside "don't". */
static bool
is_word(int32_t c)
{
	if (c < 0)
		return false;
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '\'';
	if (c == 0x2019)
		return true;
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return true;
	default:
		return false;
	}
}

static bool
is_space(int32_t c)
{
	if (c == VIRTUAL_NL || c == ' ' || c == '\t' || c == '\r' || c == '\n')
		return true;
	if (c < 0x80)
		return false;
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return true;
	default:
		return false;
	}
}

static bool
is_terminal(int32_t c)
{
	return c == '.' || c == '!' || c == '?' || c == 0x2026 ||
	    c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049 ||
	    c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
}

/* What may follow a sentence's full stop before the space: quotes and
 * closing brackets. */
static bool
is_closer(int32_t c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' ||
	    c == 0x2019 || c == 0x201D || c == 0x00BB || c == 0x300D ||
	    c == 0x300F;
}

/* A full stop after these does not end a sentence. */
static const char *const abbreviations[] = {
	"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col",
	"lt", "sgt", "capt", "gov", "sen", "rep", "rev", "vs", "etc", "no",
	"mt", "ft", "inc", "ltd", "co", "corp", "dept",
};

struct last_word {
	char s[8];		/* lower-case ASCII, "" when not ASCII */
	size_t len;
	bool initial;		/* one letter: "J.", "e.g." */
	bool ascii;
};

static void
word_add(struct last_word *w, int32_t c, bool fresh)
{
	if (fresh) {
		w->len = 0;
		w->ascii = true;
		w->initial = true;
	} else
		w->initial = false;
	if (c >= 0x80 || w->len + 1 >= sizeof w->s) {
		w->ascii = false;
		return;
	}
	w->s[w->len++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
	w->s[w->len] = '\0';
}

static bool
is_abbreviation(const struct last_word *w)
{
	if (w->initial)
		return true;
	if (!w->ascii)
		return false;
	for (size_t i = 0; i < sizeof abbreviations / sizeof *abbreviations;
	    i++)
		if (strcmp(w->s, abbreviations[i]) == 0)
			return true;
	return false;
}

/* The scanner ---------------------------------------------------------- */

enum bound {
	B_WORD_START = 1 << 0, B_WORD_END = 1 << 1,
	B_SENT_START = 1 << 2, B_SENT_END = 1 << 3,
	B_PARA_START = 1 << 4, B_PARA_END = 1 << 5,
};

/* Called with boundaries in text order; returns true to stop the scan. */
typedef bool (*bound_fn)(void *arg, size_t pos, unsigned kinds);

struct scan_state {
	bool in_para, in_sent, term;
	size_t last_ink, term_pos;
	struct last_word word;
};

/* The end of a paragraph (a virtual line break, or the end). */
static bool
end_paragraph(struct scan_state *s, bound_fn fn, void *arg)
{
	bool stop = false;

	if (s->in_sent || s->term)
		stop = fn(arg, s->term ? s->term_pos : s->last_ink, B_SENT_END);
	if (!stop && s->in_para)
		stop = fn(arg, s->last_ink, B_PARA_END);
	s->in_para = s->in_sent = s->term = false;
	return stop;
}

/* One visible character: sentence and paragraph state. */
static bool
ink(struct scan_state *s, const struct celem *e, bool after_word, bound_fn fn,
    void *arg)
{
	unsigned k = 0;

	if (!s->in_para)
		k |= B_PARA_START;
	if (!s->in_sent)
		k |= B_SENT_START;
	s->in_para = s->in_sent = true;
	if (is_terminal(e->c) && !(e->c == '.' && after_word &&
	    is_abbreviation(&s->word))) {
		s->term = true;
		s->term_pos = e->after;
	} else if (s->term && is_closer(e->c))
		s->term_pos = e->after;
	else
		s->term = false;
	s->last_ink = e->after;
	return k && fn(arg, e->before, k);
}

/* Scans the stream from line li (a paragraph's first line) on. */
static void
scan(const struct layout *l, const char *text, size_t li, bound_fn fn,
    void *arg)
{
	struct iter it;
	struct celem e, prev = { VIRTUAL_NL, 0, 0 };
	struct scan_state s;

	memset(&s, 0, sizeof s);
	if (l->n == 0)
		return;
	iter_init(&it, l, text, l->v[li].start);
	for (;;) {
		bool more = iter_next(&it, &e);
		bool pw = is_word(prev.c), nw = more && is_word(e.c);

		if (pw && !nw && fn(arg, prev.after, B_WORD_END))
			return;
		if (nw && !pw && fn(arg, e.before, B_WORD_START))
			return;
		if (!more) {
			end_paragraph(&s, fn, arg);
			return;
		}
		if (e.c == VIRTUAL_NL) {
			if (end_paragraph(&s, fn, arg))
				return;
		} else if (is_space(e.c)) {
			if (s.term && fn(arg, s.term_pos, B_SENT_END))
				return;
			if (s.term)
				s.in_sent = s.term = false;
		} else if (ink(&s, &e, pw, fn, arg))
			return;
		if (nw)
			word_add(&s.word, e.c, !pw);
		prev = e;
	}
}

/* The first line of the paragraph line li belongs to. */
static size_t
paragraph_line(const struct layout *l, size_t li)
{
	size_t pl;

	while ((pl = prev_line(l, li)) != SIZE_MAX && joined(l, pl, li))
		li = pl;
	return li;
}

struct seek {
	unsigned kinds;
	size_t from;		/* the caret */
	size_t found;
	bool have;
	size_t last;		/* the last paragraph end seen */
};

static bool
seek_forward(void *arg, size_t pos, unsigned kinds)
{
	struct seek *s = arg;

	if (kinds & B_PARA_END)
		s->last = pos;
	if ((kinds & s->kinds) && pos > s->from) {
		s->found = pos;
		s->have = true;
		return true;
	}
	return false;
}

static bool
seek_backward(void *arg, size_t pos, unsigned kinds)
{
	struct seek *s = arg;

	if (pos >= s->from)
		return true;
	if (kinds & s->kinds) {
		s->found = pos;
		s->have = true;
	}
	return false;
}

static size_t
first_shown(const struct layout *l)
{
	size_t li = shown(l, 0) ? 0 : next_line(l, 0);

	return li < l->n ? l->v[li].start : 0;
}

/* Word boundaries need no sentence state, only the element before: the
 * scan may start at the caret's line instead of its paragraph's, so
 * that w and b stay fast in a paragraph of megabytes.  A scan started
 * on a wrapped line sees a word start at the line's start even inside
 * a word cut by the wrap; backward, such a find is not trusted.
 * Returns false when the paragraph must be scanned. */
static bool
move_word_fast(const struct layout *l, const char *text, size_t cp,
    unsigned kinds, int dir, size_t *to)
{
	struct seek s = { kinds, cp, cp, false, cp };
	size_t li = caret_line(l, cp), pl = prev_line(l, li);

	if (dir > 0) {
		scan(l, text, li, seek_forward, &s);
		*to = s.have ? s.found : s.last > cp ? s.last : cp;
		return true;
	}
	scan(l, text, li, seek_backward, &s);
	if (!s.have || (s.found == l->v[li].start && pl != SIZE_MAX &&
	    joined(l, pl, li)))
		return false;
	*to = s.found;
	return true;
}

static size_t
move_bound(const struct layout *l, const char *text, size_t cp,
    unsigned kinds, int dir)
{
	struct seek s = { kinds, cp, cp, false, cp };
	size_t li = paragraph_line(l, caret_line(l, cp)), to;

	if (!(kinds & ~(unsigned)(B_WORD_START | B_WORD_END)) &&
	    move_word_fast(l, text, cp, kinds, dir, &to))
		return to;

	if (dir > 0) {
		scan(l, text, li, seek_forward, &s);
		if (s.have)
			return s.found;
		return s.last > cp ? s.last : cp;
	}
	for (;;) {
		size_t pl;

		scan(l, text, li, seek_backward, &s);
		if (s.have)
			return s.found;
		pl = prev_line(l, li);
		if (pl == SIZE_MAX)
			return first_shown(l) < cp ? first_shown(l) : cp;
		li = paragraph_line(l, pl);
	}
}

/* Characters and lines ------------------------------------------------ */

static size_t
move_char(const struct layout *l, const char *text, size_t cp, int dir)
{
	struct iter it;
	struct celem e;

	iter_init(&it, l, text, cp);
	if (dir > 0) {
		size_t pos;
		if (!iter_next(&it, &e))
			return cp;
		pos = e.after;
		/* A combining mark stays with its base. */
		while (iter_next(&it, &e) && is_mark(e.c))
			pos = e.after;
		return pos;
	}
	while (iter_prev(&it, &e))
		if (!is_mark(e.c))
			return e.before;
	return cp;
}

/* The last position on line li the caret may take: its end, but for a
 * wrapped line the end is the next line's start, so one before it. */
static size_t
line_last(const struct layout *l, size_t li)
{
	size_t nl = next_line(l, li);

	if (nl < l->n && joined(l, li, nl) && l->v[li].end > l->v[li].start)
		return l->v[li].end - 1;
	return l->v[li].end;
}

static size_t
move_line(const struct layout *l, size_t cp, int dir)
{
	size_t li = caret_line(l, cp), col, to;

	if (l->n == 0)
		return cp;
	col = cp - l->v[li].start;
	to = dir > 0 ? next_line(l, li) : prev_line(l, li);
	if (to >= l->n)
		return cp;
	col += l->v[to].start;
	return col < line_last(l, to) ? col : line_last(l, to);
}

size_t
caret_move(const struct layout *l, const char *text, size_t cp,
    enum caret_unit unit, int dir, bool to_end)
{
	if (l->n == 0)
		return cp;
	cp = caret_clamp(l, cp);
	switch (unit) {
	case CARET_CHAR:
		return move_char(l, text, cp, dir);
	case CARET_WORD:
		return move_bound(l, text, cp, to_end ? B_WORD_END :
		    B_WORD_START, dir);
	case CARET_SENTENCE:
		return move_bound(l, text, cp, to_end ? B_SENT_END :
		    B_SENT_START, dir);
	case CARET_PARAGRAPH:
		return move_bound(l, text, cp, to_end ? B_PARA_END :
		    B_PARA_START, dir);
	case CARET_LINE:
		return move_line(l, cp, dir);
	case CARET_LINE_EDGE: {
		size_t li = caret_line(l, cp);
		return dir < 0 ? l->v[li].start : line_last(l, li);
	}
	}
	return cp;
}

bool
caret_word_at(const struct layout *l, const char *text, size_t cp,
    size_t *start, size_t *end)
{
	struct iter it;
	struct celem e;
	bool on;

	if (l->n == 0)
		return false;
	cp = caret_clamp(l, cp);
	iter_init(&it, l, text, cp);
	on = iter_next(&it, &e) && is_word(e.c);
	*end = cp;
	if (on) {
		*end = e.after;
		while (iter_next(&it, &e) && is_word(e.c))
			*end = e.after;
	}
	iter_init(&it, l, text, cp);
	*start = cp;
	while (iter_prev(&it, &e) && is_word(e.c))
		*start = e.before;
	return *start < *end;
}
