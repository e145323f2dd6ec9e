/* textedit.c - a UTF-8 edit buffer with a caret: editing and motion.
 * The visual layout is in textedit_layout.c. */
#include "config.h"

#include "view/textedit.h"

#include <string.h>

#include "doc/cells.h"
#include "doc/segment.h"

void
textedit_init(struct textedit *t, bool multiline)
{
	memset(t, 0, sizeof *t);
	buf_init(&t->text);
	buf_init(&t->kill);
	buf_reserve(&t->text, 0);
	t->multiline = multiline;
	t->goal_col = -1;
}

void
textedit_free(struct textedit *t)
{
	buf_free(&t->text);
	buf_free(&t->kill);
}

const char *
textedit_text(const struct textedit *t)
{
	return t->text.data;
}

static int32_t
cp_at(const struct textedit *t, size_t i)
{
	int32_t c;

	cell_next(t->text.data, i, t->text.len, &c);
	return c;
}

static size_t
cp_prev(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	return i;
}

static bool
allowed(const struct textedit *t, int32_t cp)
{
	if (cp == '\n')
		return t->multiline;
	if (cp == '\t')
		return true;
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return false;
	return cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
}

/* Replaces [start, end) with s[0..n) verbatim; the caret follows. */
static void
splice(struct textedit *t, size_t start, size_t end, const char *s, size_t n)
{
	struct buf *b = &t->text;

	if (n > end - start)
		buf_reserve(b, n - (end - start));
	memmove(b->data + start + n, b->data + end, b->len - end + 1);
	memcpy(b->data + start, s, n);
	b->len = b->len - (end - start) + n;
	t->caret = start + n;
	t->goal_col = -1;
}

/* Cleans s[0..n) into out, at most room bytes (whole code points). */
static void
clean(const struct textedit *t, const char *s, size_t n, size_t room,
    struct buf *out)
{
	for (size_t i = 0; i < n;) {
		int32_t c;
		size_t before = out->len;

		i += cell_next(s, i, n, &c);
		if (c == '\r') {
			if (i < n && s[i] == '\n')
				continue;
			c = '\n';
		}
		if (c == '\n' && !t->multiline)
			c = ' ';
		if (!allowed(t, c))
			continue;
		buf_add_cp(out, c);
		if (out->len > room) {
			out->len = before;
			out->data[before] = '\0';
			break;
		}
	}
}

static size_t
room(const struct textedit *t, size_t replaced)
{
	if (t->limit == 0)
		return (size_t)-1;
	if (t->text.len - replaced >= t->limit)
		return 0;
	return t->limit - (t->text.len - replaced);
}

void
textedit_replace(struct textedit *t, size_t start, size_t end, const char *s)
{
	struct buf c;

	buf_init(&c);
	buf_reserve(&c, 0);
	clean(t, s, strlen(s), room(t, end - start), &c);
	splice(t, start, end, c.data, c.len);
	buf_free(&c);
}

size_t
textedit_insert(struct textedit *t, const char *s, size_t n)
{
	struct buf c;
	size_t len;

	buf_init(&c);
	buf_reserve(&c, 0);
	clean(t, s, n, room(t, 0), &c);
	splice(t, t->caret, t->caret, c.data, c.len);
	len = c.len;
	buf_free(&c);
	return len;
}

void
textedit_set(struct textedit *t, const char *s)
{
	t->caret = 0;
	t->text.len = 0;
	t->text.data[0] = '\0';
	textedit_insert(t, s, strlen(s));
}

bool
textedit_insert_cp(struct textedit *t, int32_t cp)
{
	struct buf c;

	if (!allowed(t, cp))
		return false;
	buf_init(&c);
	buf_add_cp(&c, cp);
	if (c.len > room(t, 0)) {
		buf_free(&c);
		return false;
	}
	splice(t, t->caret, t->caret, c.data, c.len);
	buf_free(&c);
	return true;
}

/* Grapheme clusters ----------------------------------------------------- */

/* Whether a cluster starts at p whatever precedes it (segment.h): a
 * scan from there may start with a fresh break state.  Most text has one
 * every character or two, so a caret move costs the length of a cluster,
 * not of the text. */
static bool
safe_start(const struct textedit *t, size_t p)
{
	if (p == 0)
		return true;
	return seg_cluster_start(cp_at(t, cp_prev(t->text.data, p)),
	    cp_at(t, p));
}

static size_t
anchor(const struct textedit *t, size_t p)
{
	while (!safe_start(t, p))
		p = cp_prev(t->text.data, p);
	return p;
}

/* Calls back for each cluster boundary after from, in order, until the
 * callback returns false.  from must be a safe start. */
static void
boundaries(const struct textedit *t, size_t from,
    bool (*fn)(size_t, void *), void *arg)
{
	int32_t state = 0;
	int32_t c, d;
	size_t i = from, len = t->text.len;

	if (i >= len)
		return;
	i += cell_next(t->text.data, i, len, &c);
	while (i < len) {
		size_t k = cell_next(t->text.data, i, len, &d);

		if (seg_cluster_break(c, d, &state) &&
		    !fn(i, arg))
			return;
		c = d;
		i += k;
	}
	fn(len, arg);
}

struct seek {
	size_t pos, found;
};

static bool
first_after(size_t b, void *arg)
{
	struct seek *s = arg;

	if (b <= s->pos)
		return true;
	s->found = b;
	return false;
}

static bool
last_before(size_t b, void *arg)
{
	struct seek *s = arg;

	if (b >= s->pos)
		return false;
	s->found = b;
	return true;
}

size_t
textedit_next_boundary(const struct textedit *t, size_t pos)
{
	struct seek s = { pos, t->text.len };

	if (pos >= t->text.len)
		return t->text.len;
	boundaries(t, anchor(t, pos), first_after, &s);
	return s.found;
}

size_t
textedit_prev_boundary(const struct textedit *t, size_t pos)
{
	struct seek s = { pos, 0 };

	if (pos == 0)
		return 0;
	s.found = anchor(t, cp_prev(t->text.data, pos));
	boundaries(t, s.found, last_before, &s);
	return s.found;
}

/* Motion and deletion --------------------------------------------------- */

bool
textedit_move_to(struct textedit *t, size_t pos)
{
	bool moved = pos != t->caret;

	t->caret = pos;
	t->goal_col = -1;
	return moved;
}

/* Deletes [start, end), keeping it for yank when kill is set. */
static bool
cut(struct textedit *t, size_t start, size_t end, bool kill)
{
	if (start >= end)
		return false;
	if (kill) {
		t->kill.len = 0;
		buf_add(&t->kill, t->text.data + start, end - start);
	}
	splice(t, start, end, "", 0);
	return true;
}

bool
textedit_left(struct textedit *t)
{
	return textedit_move_to(t, textedit_prev_boundary(t, t->caret));
}

bool
textedit_right(struct textedit *t)
{
	return textedit_move_to(t, textedit_next_boundary(t, t->caret));
}

bool
textedit_backspace(struct textedit *t)
{
	return cut(t, textedit_prev_boundary(t, t->caret), t->caret, false);
}

bool
textedit_delete(struct textedit *t)
{
	return cut(t, t->caret, textedit_next_boundary(t, t->caret), false);
}

/* Whether the code point at byte p is part of a word: the classifier
 * the reader's caret uses too (segment.h), '_' and apostrophes inside a
 * word included. */
static bool
word_at(const struct textedit *t, size_t p)
{
	size_t n = t->text.len;
	int32_t c, prev = p > 0 ? cp_at(t, cp_prev(t->text.data, p)) : -1;
	size_t k = cell_next(t->text.data, p, n, &c);

	return seg_word_char(prev, c, p + k < n ? cp_at(t, p + k) : -1);
}

static size_t
word_start(const struct textedit *t, size_t p)
{
	const char *s = t->text.data;

	while (p > 0 && !word_at(t, cp_prev(s, p)))
		p = cp_prev(s, p);
	while (p > 0 && word_at(t, cp_prev(s, p)))
		p = cp_prev(s, p);
	return p;
}

static size_t
word_end(const struct textedit *t, size_t p)
{
	int32_t c;

	while (p < t->text.len && !word_at(t, p))
		p += cell_next(t->text.data, p, t->text.len, &c);
	while (p < t->text.len && word_at(t, p))
		p += cell_next(t->text.data, p, t->text.len, &c);
	return p;
}

bool
textedit_word_left(struct textedit *t)
{
	return textedit_move_to(t, word_start(t, t->caret));
}

bool
textedit_word_right(struct textedit *t)
{
	return textedit_move_to(t, word_end(t, t->caret));
}

bool
textedit_delete_word_back(struct textedit *t)
{
	return cut(t, word_start(t, t->caret), t->caret, true);
}

bool
textedit_delete_word_forward(struct textedit *t)
{
	return cut(t, t->caret, word_end(t, t->caret), true);
}

static size_t
line_start(const struct textedit *t, size_t p)
{
	while (p > 0 && t->text.data[p - 1] != '\n')
		p--;
	return p;
}

static size_t
line_end(const struct textedit *t, size_t p)
{
	const char *nl = memchr(t->text.data + p, '\n', t->text.len - p);

	return nl ? (size_t)(nl - t->text.data) : t->text.len;
}

bool
textedit_home(struct textedit *t)
{
	return textedit_move_to(t, line_start(t, t->caret));
}

bool
textedit_end(struct textedit *t)
{
	return textedit_move_to(t, line_end(t, t->caret));
}

bool
textedit_kill_to_end(struct textedit *t)
{
	size_t e = line_end(t, t->caret);

	if (e == t->caret && e < t->text.len)
		e++;	/* the newline: join the next line */
	return cut(t, t->caret, e, true);
}

bool
textedit_kill_to_start(struct textedit *t)
{
	size_t s = line_start(t, t->caret);

	if (s == t->caret && s > 0)
		s--;	/* the newline: join the previous line */
	return cut(t, s, t->caret, true);
}

bool
textedit_yank(struct textedit *t)
{
	return t->kill.len > 0 &&
	    textedit_insert(t, t->kill.data, t->kill.len) > 0;
}
