/* caret.c - moving a caret through the text a layout shows.
 *
 * The shown text is read as a stream of elements: its code points, plus a
 * virtual line break wherever two shown lines are not one wrapped run of
 * text (a gap: a dropped block, a line break of the page).  Word, sentence
 * and paragraph boundaries come from a forward scan over that stream.  A
 * scan need not start at its paragraph's first line: it starts a little
 * before the caret, at a point where the scanner's state can be known
 * from a short look behind (sync_back), so that a motion costs about the
 * distance it moves even in a paragraph of megabytes.  Backward motions
 * scan forward over stretches that reach further back each time rather
 * than parse sentences backwards. */
#include "config.h"

#include "view/caret.h"

#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "doc/cells.h"
#include "doc/segment.h"

#define VIRTUAL_NL (-1)

unsigned long caret_reads;

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
	/* A marker of dropped blocks has no text to stand on. */
	return !(l->v[li].flags & (LAYOUT_BLANK | LAYOUT_MARKER));
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

/* Hidden debris (the clean view's, debris.h) shows no cell: a caret
 * inside a hidden span, or at its start, stands after it, on the first
 * character shown. */
static size_t
past_hidden(const struct layout *l, size_t cp)
{
	size_t i = hidden_from(&l->hide, cp);

	if (i < l->hide.n && l->hide.v[i].start <= cp)
		return l->hide.v[i].end;
	return cp;
}

/* Moves it forward over the hidden span at its position, if any (spans
 * lie inside one line: the layout wraps them whole). */
static void
skip_hidden_forward(struct iter *it)
{
	const struct hidden_list *h = &it->l->hide;
	const struct layout_line *line = &it->l->v[it->li];
	size_t i;

	if (h->n == 0 || (i = hidden_from_byte(h, it->b)) >= h->n ||
	    h->v[i].bstart > it->b)
		return;
	it->b = h->v[i].bend < line->bend ? h->v[i].bend : line->bend;
	it->cp = it->b == line->bend ? line->end : h->v[i].end;
}

/* Moves it back over the hidden span just before its position, if any. */
static void
skip_hidden_backward(struct iter *it)
{
	const struct hidden_list *h = &it->l->hide;
	const struct layout_line *line = &it->l->v[it->li];
	size_t i;

	if (h->n == 0 || it->b == 0 ||
	    (i = hidden_from_byte(h, it->b - 1)) >= h->n ||
	    h->v[i].bstart >= it->b)
		return;
	it->b = h->v[i].bstart > line->bstart ? h->v[i].bstart : line->bstart;
	it->cp = it->b == line->bstart ? line->start : h->v[i].start;
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
		cp = l->v[li].start;
	if (cp > l->v[li].end)
		cp = l->v[li].end;
	return past_hidden(l, cp);
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
		caret_reads++;
	}
}

/* An iterator at the start of line li, or at its end. */
static void
iter_at_line(struct iter *it, const struct layout *l, const char *text,
    size_t li, bool end)
{
	it->l = l;
	it->text = text;
	it->li = li;
	it->b = end ? l->v[li].bend : l->v[li].bstart;
	it->cp = end ? l->v[li].end : l->v[li].start;
}

static bool
iter_next(struct iter *it, struct celem *e)
{
	const struct layout *l = it->l;

	if (l->n == 0)
		return false;
	while (skip_hidden_forward(it), it->b >= l->v[it->li].bend) {
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
	caret_reads++;
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
	while (skip_hidden_backward(it), it->b <= l->v[it->li].bstart) {
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
	b = cell_prev(it->text, l->v[it->li].bstart, it->b, &e->c);
	caret_reads++;
	it->b = b;
	e->after = it->cp--;
	e->before = it->cp;
	return true;
}

/* Character classes -------------------------------------------------- */

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
	int32_t prev;		/* the element before, VIRTUAL_NL at first */
	bool prev_word;		/* whether it was part of a word */
	size_t prev_after;
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

/* Feeds element e, followed by the code point next, to the rules;
 * returns true when fn stops the scan. */
static bool
feed(struct scan_state *s, const struct celem *e, int32_t next, bound_fn fn,
    void *arg)
{
	bool pw = s->prev_word, nw = seg_word_char(s->prev, e->c, next);

	if (pw && !nw && fn(arg, e->before, B_WORD_END))
		return true;
	if (nw && !pw && fn(arg, e->before, B_WORD_START))
		return true;
	s->prev = e->c;
	s->prev_word = nw;
	s->prev_after = e->after;
	if (e->c == VIRTUAL_NL) {
		if (end_paragraph(s, fn, arg))
			return true;
	} else if (is_space(e->c)) {
		if (s->term && fn(arg, s->term_pos, B_SENT_END))
			return true;
		if (s->term)
			s->in_sent = s->term = false;
	} else if (ink(s, e, pw, fn, arg))
		return true;
	if (nw)
		word_add(&s->word, e->c, !pw);
	return false;
}

/* Scans the stream from it in state s, until fn stops the scan or a
 * visible character at or after until has been fed (every boundary
 * found after it lies after until). */
static void
scan(struct iter *it, struct scan_state *s, size_t until, bound_fn fn,
    void *arg)
{
	struct celem e, next;
	bool more = iter_next(it, &e);

	while (more) {
		bool ahead = iter_next(it, &next);

		if (feed(s, &e, ahead ? next.c : VIRTUAL_NL, fn, arg))
			return;
		if (e.before >= until && !is_space(e.c))
			return;
		e = next;
		more = ahead;
	}
	if (s->prev_word && fn(arg, s->prev_after, B_WORD_END))
		return;
	end_paragraph(s, fn, arg);
}

/* Where a scan may start -------------------------------------------------- */

enum sync {
	SYNC_TEXT_START,	/* the first shown position */
	SYNC_PARAGRAPH,		/* just after a gap */
	SYNC_RUN		/* a run of visible characters after a space */
};

/* Steps it back over one element, but not over a gap nor past the
 * start: it then stays, and the result is VIRTUAL_NL. */
static int32_t
back_one(struct iter *it)
{
	struct iter save = *it;
	struct celem e;

	if (iter_prev(it, &e) && e.c != VIRTUAL_NL)
		return e.c;
	*it = save;
	return VIRTUAL_NL;
}

static enum sync
paragraph_sync(const struct iter *it)
{
	struct iter t = *it;
	struct celem e;

	return iter_prev(&t, &e) ? SYNC_PARAGRAPH : SYNC_TEXT_START;
}

/* Moves it back over at least min elements, then on to a point where
 * the scanner's state is known, and sets s to that state.  At the start
 * of a paragraph (a gap, or the start of the text) it is all known.  At
 * the start of a run of visible characters after a space, all is known
 * but whether the run starts a sentence (that depends on how the run
 * before it ended): a scan from there finds every boundary after that
 * point, and maybe not one at it.  Beyond min, the look behind is a run
 * of spaces and a run of visible characters: a word or two in prose. */
static enum sync
sync_back(struct iter *it, size_t min, struct scan_state *s)
{
	struct celem e;
	int32_t c;

	memset(s, 0, sizeof *s);
	s->prev = VIRTUAL_NL;
	for (size_t i = 0; i < min; i++)
		if (back_one(it) == VIRTUAL_NL)
			return paragraph_sync(it);
	do
		c = back_one(it);
	while (c != VIRTUAL_NL && is_space(c));
	while (c != VIRTUAL_NL && !is_space(c))
		c = back_one(it);
	if (c == VIRTUAL_NL)
		return paragraph_sync(it);
	iter_next(it, &e);	/* forward over the space again */
	s->in_para = s->in_sent = true;
	s->prev = e.c;
	return SYNC_RUN;
}

/* Seeking boundaries ------------------------------------------------------- */

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

/* The first boundary of kinds after cp; past the last one, the end of
 * the last paragraph. */
static size_t
seek_next(const struct layout *l, const char *text, size_t cp,
    unsigned kinds)
{
	struct iter it;
	struct scan_state s;
	struct seek k = { kinds, cp, cp, false, cp };

	iter_init(&it, l, text, cp);
	sync_back(&it, 0, &s);
	scan(&it, &s, SIZE_MAX, seek_forward, &k);
	if (k.have)
		return k.found;
	return k.last > cp ? k.last : cp;
}

/* The last boundary of kinds before cp.  Each round scans from a sync
 * point to where the round before began, reaching twice as far back, so
 * the work is about twice the distance moved. */
static size_t
seek_prev(const struct layout *l, const char *text, size_t cp,
    unsigned kinds)
{
	struct iter it;
	struct celem gap;
	size_t limit = cp, min = 64;

	iter_init(&it, l, text, cp);
	for (;; min *= 2) {
		struct scan_state s;
		struct seek k = { kinds, limit, 0, false, 0 };
		enum sync how = sync_back(&it, min, &s);
		struct iter run = it;

		scan(&run, &s, limit, seek_backward, &k);
		if (k.have && (how != SYNC_RUN || k.found > it.cp))
			return k.found;
		if (how == SYNC_TEXT_START)
			return first_shown(l) < cp ? first_shown(l) : cp;
		limit = how == SYNC_RUN ? it.cp + 1 : it.cp;
		if (how == SYNC_PARAGRAPH)
			iter_prev(&it, &gap);
	}
}

/* Paragraph starts -------------------------------------------------------- */

/* The first line of the paragraph line li belongs to. */
static size_t
paragraph_line(const struct layout *l, size_t li)
{
	size_t pl;

	while ((pl = prev_line(l, li)) != SIZE_MAX && joined(l, pl, li))
		li = pl;
	return li;
}

/* The first line of the paragraph after line li's, SIZE_MAX for none. */
static size_t
next_paragraph_line(const struct layout *l, size_t li)
{
	size_t nl;

	while ((nl = next_line(l, li)) < l->n && joined(l, li, nl))
		li = nl;
	return nl < l->n ? nl : SIZE_MAX;
}

/* The first visible character of the paragraph whose first line is li;
 * SIZE_MAX when it has none. */
static size_t
paragraph_ink(const struct layout *l, const char *text, size_t li)
{
	struct iter it;
	struct celem e;

	iter_at_line(&it, l, text, li, false);
	while (iter_next(&it, &e) && e.c != VIRTUAL_NL)
		if (!is_space(e.c))
			return e.before;
	return SIZE_MAX;
}

/* The end of the last visible character of the text; 0 for none. */
static size_t
last_ink(const struct layout *l, const char *text)
{
	struct iter it;
	struct celem e;
	size_t li = shown(l, l->n - 1) ? l->n - 1 : prev_line(l, l->n - 1);

	if (li == SIZE_MAX)
		return 0;
	iter_at_line(&it, l, text, li, true);
	while (iter_prev(&it, &e))
		if (!is_space(e.c))
			return e.after;
	return 0;
}

/* { and }: a paragraph starts at its first visible character, so they
 * go by the layout's lines, not by reading the text between (a key on a
 * paragraph of megabytes costs its lines, not its characters). */
static size_t
move_paragraph_start(const struct layout *l, const char *text, size_t cp,
    int dir)
{
	size_t li = paragraph_line(l, caret_line(l, cp)), p;

	while (li != SIZE_MAX) {
		p = paragraph_ink(l, text, li);
		if (dir > 0 && p != SIZE_MAX && p > cp)
			return p;
		if (dir < 0 && p < cp)
			return p;
		if (dir > 0)
			li = next_paragraph_line(l, li);
		else if ((li = prev_line(l, li)) != SIZE_MAX)
			li = paragraph_line(l, li);
	}
	if (dir > 0)		/* past the last one: its end */
		return last_ink(l, text) > cp ? last_ink(l, text) : cp;
	return first_shown(l) < cp ? first_shown(l) : cp;
}

static size_t
move_bound(const struct layout *l, const char *text, size_t cp,
    unsigned kinds, int dir)
{
	if (kinds == B_PARA_START)
		return move_paragraph_start(l, text, cp, dir);
	return dir > 0 ? seek_next(l, text, cp, kinds) :
	    seek_prev(l, text, cp, kinds);
}

/* Characters and lines ------------------------------------------------ */

/* Moves it back to a point where a grapheme cluster surely starts. */
static void
cluster_anchor(struct iter *it)
{
	for (;;) {
		struct iter back = *it, ahead = *it;
		struct celem b, a;

		if (!iter_prev(&back, &b) || seg_cluster_start(b.c,
		    iter_next(&ahead, &a) ? a.c : VIRTUAL_NL))
			return;
		*it = back;
	}
}

/* The grapheme cluster around the position of iterator it: returns its
 * start and sets *end to the boundary after it (the position itself at
 * the end of the text).  The walk starts where a cluster surely starts
 * and carries utf8proc's break state from there, so that a flag's two
 * regional indicators, an emoji with its skin tone and a ZWJ sequence
 * stay whole, whatever the position is. */
static size_t
cluster_around(struct iter it, size_t *end)
{
	struct celem a, b;
	int32_t state = 0;
	size_t cp = it.cp, start;
	bool more;

	cluster_anchor(&it);
	start = it.cp;
	*end = cp;
	for (more = iter_next(&it, &a); more; a = b) {
		more = iter_next(&it, &b);
		if (more && !seg_cluster_break(a.c, b.c, &state))
			continue;
		if (a.after > cp) {
			*end = a.after;
			break;
		}
		start = a.after;
	}
	return start;
}

/* The grapheme cluster boundary after cp (dir > 0) or before it. */
static size_t
move_char(const struct layout *l, const char *text, size_t cp, int dir)
{
	struct iter it;
	struct celem a;
	size_t end;

	iter_init(&it, l, text, cp);
	if (dir > 0) {
		cluster_around(it, &end);
		return end;
	}
	if (!iter_prev(&it, &a))
		return cp;
	return cluster_around(it, &end);
}

size_t
caret_cluster_start(const struct layout *l, const char *text, size_t cp)
{
	struct iter it;
	size_t end;

	iter_init(&it, l, text, cp);
	return cluster_around(it, &end);
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

static size_t
move(const struct layout *l, const char *text, size_t cp,
    enum caret_unit unit, int dir, bool to_end)
{
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

size_t
caret_move(const struct layout *l, const char *text, size_t cp,
    enum caret_unit unit, int dir, bool to_end)
{
	if (l->n == 0)
		return cp;
	cp = caret_clamp(l, cp);
	/* A boundary just before hidden debris is drawn after it. */
	return past_hidden(l, move(l, text, cp, unit, dir, to_end));
}

/* From it, walks forward (fwd) or backward over word characters and
 * returns the far edge of the run; behind is the code point just behind
 * the walk's start, for the context segment.h's rule needs. */
static size_t
word_edge(struct iter it, bool fwd, int32_t behind, size_t pos)
{
	bool (*step)(struct iter *, struct celem *) = fwd ? iter_next :
	    iter_prev;
	struct celem e, f;
	bool have = step(&it, &e);

	while (have) {
		bool more = step(&it, &f);
		int32_t ahead = more ? f.c : VIRTUAL_NL;

		if (!(fwd ? seg_word_char(behind, e.c, ahead) :
		    seg_word_char(ahead, e.c, behind)))
			break;
		pos = fwd ? e.after : e.before;
		behind = e.c;
		e = f;
		have = more;
	}
	return pos;
}

bool
caret_word_at(const struct layout *l, const char *text, size_t cp,
    size_t *start, size_t *end)
{
	struct iter it, t;
	struct celem e;
	int32_t before, after;

	if (l->n == 0)
		return false;
	cp = caret_clamp(l, cp);
	iter_init(&it, l, text, cp);
	t = it;
	before = iter_prev(&t, &e) ? e.c : VIRTUAL_NL;
	t = it;
	after = iter_next(&t, &e) ? e.c : VIRTUAL_NL;
	*end = word_edge(it, true, before, cp);
	*start = word_edge(it, false, after, cp);
	return *start < *end;
}
