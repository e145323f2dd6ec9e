/* corrections.c - the corrections layer: a small text file beside the
 * article, read bounded, written atomically. */
#include "config.h"

#include "proof/corrections.h"

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/file_io.h"
#include "base/util.h"
#include "doc/cells.h"
#include "doc/segment.h"

#define HEADER "# galley corrections 1"

void
corrections_init(struct corrections *c)
{
	memset(c, 0, sizeof *c);
}

static void
correction_free(struct correction *x)
{
	free(x->word);
	free(x->fix);
}

void
corrections_free(struct corrections *c)
{
	for (size_t i = 0; i < c->n; i++)
		correction_free(&c->v[i]);
	free(c->v);
	corrections_init(c);
}

char *
corrections_path(const char *doc_path)
{
	char *base, *path;

	if (strcmp(doc_path, "-") == 0)
		return NULL;
	base = fio_side_base(doc_path);
	path = xasprintf("%s.corrections", base);
	free(base);
	return path;
}

/* A word or fix may be stored: not empty, no tab or line break, short. */
static bool
storable(const char *s)
{
	return s != NULL && *s != '\0' && strpbrk(s, "\t\r\n") == NULL &&
	    strlen(s) <= CORRECTION_MAX_WORD;
}

/* An offset: digits only, no sign, no overflow. */
static bool
parse_offset(const char *s, size_t *out)
{
	size_t v = 0;

	if (*s == '\0')
		return false;
	for (; *s; s++) {
		if (*s < '0' || *s > '9' || v > (SIZE_MAX - 9) / 10)
			return false;
		v = v * 10 + (size_t)(*s - '0');
	}
	*out = v;
	return true;
}

/* One line, "START\tEND\tWORD\tFIX"; the reason it is not, or NULL. */
static const char *
parse_line(char *line, void *arg, size_t *col)
{
	struct corrections *c = arg;
	char *field[4];
	size_t start, end;

	(void)col;	/* the line is named, not the column */
	for (int i = 0; i < 4; i++) {
		field[i] = line;
		line = strchr(line, '\t');
		if ((line == NULL) != (i == 3))
			return "not four fields separated by tabs";
		if (line != NULL)
			*line++ = '\0';
	}
	if (!parse_offset(field[0], &start) || !parse_offset(field[1], &end) ||
	    start >= end)
		return "bad offsets";
	if (!storable(field[2]) || !storable(field[3]))
		return "bad word or correction";
	if (c->n > 0 && c->v[c->n - 1].end > start)
		return "out of order or overlapping";
	corrections_set(c, start, end, field[2], field[3]);
	return NULL;
}

int
corrections_parse(const char *text, size_t len, const char *name,
    struct corrections *c, char **cause)
{
	size_t lineno, col;
	const char *why;

	corrections_free(c);
	*cause = NULL;
	why = fio_each_line(text, len, parse_line, c, &lineno, &col);
	if (why == NULL)
		return 0;
	*cause = xasprintf("%s:%zu: %s", name, lineno, why);
	return -1;
}

int
corrections_read(const char *path, struct corrections *c, char **cause)
{
	char *text;
	size_t len;
	int rc;

	*cause = NULL;
	corrections_free(c);
	if (fio_read(path, FIO_NOFOLLOW, FILE_SIDE_MAX, &text, &len) < 0) {
		if (fio_absent(errno))
			return 0;
		*cause = xasprintf("%s: cannot read the corrections: %s", path,
		    fio_read_error(errno, FIO_NOFOLLOW));
		return -1;
	}
	rc = corrections_parse(text, len, path, c, cause);
	free(text);
	return rc;
}

/* Whether the character that ends at byte i of s (start of s: none)
 * and the one that starts there are letters, marks or numbers of any
 * script: typographic quotes, dashes and no-break spaces are not. */
static bool
word_before(const char *s, size_t i)
{
	int32_t cp;

	return i > 0 && (cell_prev(s, 0, i, &cp), seg_is_word_core(cp));
}

static bool
word_at(const char *s, size_t i, size_t len)
{
	int32_t cp;

	return i < len && (cell_next(s, i, len, &cp), seg_is_word_core(cp));
}

/* Whether x's word is at byte at of d as a whole word. */
static bool
whole_word_at(const struct correction *x, struct doc *d, size_t at,
    size_t wlen)
{
	return !(word_at(x->word, 0, wlen) && word_before(d->text, at)) &&
	    !(word_before(x->word, wlen) &&
	    word_at(d->text, at + wlen, d->text_len));
}

/* The code point offsets where x's word is now, as a whole word, in
 * text order: a new array in *at (NULL when none); returns how many. */
static size_t
places_of(const struct correction *x, struct doc *d, size_t **at)
{
	size_t wlen = strlen(x->word), n = 0, cap = 0;
	const char *p = d->text, *end = d->text + d->text_len;

	*at = NULL;
	while (wlen > 0 && (p = memmem(p, (size_t)(end - p), x->word, wlen))
	    != NULL) {
		size_t b = (size_t)(p - d->text);

		p++;
		if (!whole_word_at(x, d, b, wlen))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 4;
			*at = xreallocarray(*at, cap, sizeof **at);
		}
		(*at)[n++] = doc_byte_to_cp(d, b);
	}
	return n;
}

/* A correction whose word is not at its place, and where it is now. */
struct unplaced {
	struct correction *x;
	size_t *at, n;
};

/* Whether u's word is at its old place shifted by delta. */
static bool
found_shifted(const struct unplaced *u, ptrdiff_t delta)
{
	for (size_t k = 0; k < u->n; k++)
		if ((ptrdiff_t)u->at[k] - (ptrdiff_t)u->x->start == delta)
			return true;
	return false;
}

/* Moves u's correction by delta. */
static void
shift_by(struct unplaced *u, ptrdiff_t delta)
{
	u->x->start = (size_t)((ptrdiff_t)u->x->start + delta);
	u->x->end = (size_t)((ptrdiff_t)u->x->end + delta);
	u->x->moved = true;
}

/* The shifts of the corrections whose word is now in one place only:
 * the article changed around them (a line added above moved every
 * correction below it).  Each is moved; the shifts go to *shift (a new
 * array), their number returned. */
static size_t
unique_shifts(struct unplaced *u, size_t n, ptrdiff_t **shift)
{
	size_t k = 0;

	*shift = xcalloc(n + 1, sizeof **shift);
	for (size_t i = 0; i < n; i++)
		if (u[i].n == 1) {
			(*shift)[k++] = (ptrdiff_t)u[i].at[0] -
			    (ptrdiff_t)u[i].x->start;
			shift_by(&u[i], (*shift)[k - 1]);
		}
	return k;
}

static int
by_shift(const void *a, const void *b)
{
	ptrdiff_t x = *(const ptrdiff_t *)a, y = *(const ptrdiff_t *)b;

	return (x > y) - (x < y);
}

/* The shift at which the most of u[0..n) find their word, when at least
 * two do and no other shift has as many; else 0 (no shift).  Each one's
 * places are distinct, so a shift's run in the sorted shifts of all
 * places counts the corrections that find their word at it. */
static ptrdiff_t
most_shared_shift(const struct unplaced *u, size_t n)
{
	ptrdiff_t *all, best = 0;
	size_t total = 0, best_count = 0;
	bool tie = false;

	for (size_t i = 0; i < n; i++)
		total += u[i].n;
	all = xcalloc(total + 1, sizeof *all);
	total = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < u[i].n; k++)
			all[total++] = (ptrdiff_t)u[i].at[k] -
			    (ptrdiff_t)u[i].x->start;
	qsort(all, total, sizeof *all, by_shift);
	for (size_t i = 0, run; i < total; i += run) {
		for (run = 1; i + run < total && all[i + run] == all[i]; run++)
			;
		if (run > best_count) {
			best = all[i];
			best_count = run;
			tie = false;
		} else if (run == best_count)
			tie = true;
	}
	free(all);
	return best_count >= 2 && !tie ? best : 0;
}

/* Re-anchors the corrections of u[0..n), whose word is not at their
 * place: one whose word is in one place now moves there, and gives its
 * shift; one whose word is in several moves by the one of those shifts
 * its word is found at, or, when no word is in one place only, by the
 * shift the most of them share.  Never further: one correct use of a
 * word must never take another's correction.  Sets moved on each one
 * placed. */
static void
reanchor(struct unplaced *u, size_t n)
{
	ptrdiff_t *shift, delta;
	size_t nshift = unique_shifts(u, n, &shift);

	for (size_t i = 0; i < n; i++) {
		size_t hits = 0;

		if (u[i].n < 2)
			continue;
		delta = 0;
		for (size_t k = 0; k < nshift; k++)
			if (found_shifted(&u[i], shift[k]) &&
			    shift[k] != delta) {
				hits++;
				delta = shift[k];
			}
		if (hits == 1)
			shift_by(&u[i], delta);
	}
	if (nshift == 0 && (delta = most_shared_shift(u, n)) != 0)
		for (size_t i = 0; i < n; i++)
			if (found_shifted(&u[i], delta))
				shift_by(&u[i], delta);
	free(shift);
}

/* By start; of two at one place, the one that did not move first. */
static int
by_start(const void *a, const void *b)
{
	const struct correction *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return (x->moved > y->moved) - (x->moved < y->moved);
}

/* Room for one more correction in c. */
static void
grow_for_one(struct corrections *c)
{
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 8;
		c->v = xreallocarray(c->v, c->cap, sizeof *c->v);
	}
}

/* Moves c->v[i] to stale, or frees it when stale is NULL. */
static void
set_aside(struct corrections *stale, struct correction *x)
{
	if (stale == NULL) {
		correction_free(x);
		return;
	}
	grow_for_one(stale);
	stale->v[stale->n++] = *x;
}

/* Whether x's word is at its place in d. */
static bool
in_place(const struct correction *x, struct doc *d)
{
	char *now = x->end <= d->text_cps ? doc_substr(d, x->start, x->end) :
	    NULL;
	bool there = now != NULL && strcmp(now, x->word) == 0;

	free(now);
	return there;
}

/* Re-anchors (reanchor) those of c whose word is not at their place. */
static void
reanchor_unplaced(struct corrections *c, struct doc *d)
{
	struct unplaced *u = xcalloc(c->n + 1, sizeof *u);
	size_t n = 0;

	for (size_t i = 0; i < c->n; i++) {
		c->v[i].moved = false;
		if (in_place(&c->v[i], d))
			continue;
		u[n].x = &c->v[i];
		u[n].n = places_of(&c->v[i], d, &u[n].at);
		n++;
	}
	reanchor(u, n);
	for (size_t i = 0; i < n; i++)
		free(u[i].at);
	free(u);
}

/* Keeps in c the corrections whose word is at their place, or moved to
 * it (reanchor); the others go to stale (NULL: freed). */
static size_t
match_keeping(struct corrections *c, struct doc *d,
    struct corrections *stale)
{
	size_t kept = 0, n = c->n;

	reanchor_unplaced(c, d);
	for (size_t i = 0; i < n; i++) {
		if (c->v[i].moved || in_place(&c->v[i], d))
			c->v[kept++] = c->v[i];
		else
			set_aside(stale, &c->v[i]);
	}
	c->n = kept;
	/* A moved one may now be out of order, or on a word another holds:
	 * the one that did not move keeps it. */
	if (c->n > 1)	/* c->v is NULL when there are none */
		qsort(c->v, c->n, sizeof *c->v, by_start);
	kept = 0;
	for (size_t i = 0; i < c->n; i++) {
		if (kept > 0 && c->v[i].start < c->v[kept - 1].end)
			set_aside(stale, &c->v[i]);
		else
			c->v[kept++] = c->v[i];
	}
	n -= kept;
	c->n = kept;
	return n;
}

size_t
corrections_match(struct corrections *c, struct doc *d,
    struct corrections *stale)
{
	return match_keeping(c, d, stale);
}

char *
corrections_unmatched_message(const char *name,
    const struct corrections *stale)
{
	struct buf b;

	if (stale->n == 0)
		return NULL;
	buf_init(&b);
	buf_printf(&b, "%s: %zu correction%s no longer match%s the text:",
	    name, stale->n, stale->n == 1 ? "" : "s", stale->n == 1 ? "es" :
	    "");
	for (size_t i = 0; i < stale->n; i++)
		buf_printf(&b, "%s %s -> %s", i > 0 ? "," : "",
		    stale->v[i].word, stale->v[i].fix);
	return buf_steal(&b);
}

static void
format_one(struct buf *b, const struct correction *x)
{
	buf_printf(b, "%zu\t%zu\t%s\t%s\n", x->start, x->end, x->word, x->fix);
}

/* Whether x overlaps one of v[0..n). */
static bool
overlaps_any(const struct correction *v, size_t n,
    const struct correction *x)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].start < x->end && x->start < v[i].end)
			return true;
	return false;
}

/* c, and the stale corrections that overlap none of them nor one
 * another (their word is not at their place now: kept in the file, not
 * applied, so that nothing the user chose is lost to a change of the
 * article), in text order as the file must be. */
static void
format_with_stale(const struct corrections *c,
    const struct corrections *stale, struct buf *b)
{
	/* Shallow copies: the strings stay c's and stale's. */
	struct correction *all = xcalloc(c->n + stale->n + 1, sizeof *all);
	size_t n = 0;

	for (size_t i = 0; i < c->n; i++)
		all[n++] = c->v[i];
	for (size_t k = 0; k < stale->n; k++)
		if (!overlaps_any(all, n, &stale->v[k]))
			all[n++] = stale->v[k];
	qsort(all, n, sizeof *all, by_start);
	buf_adds(b, HEADER "\n");
	for (size_t i = 0; i < n; i++)
		format_one(b, &all[i]);
	free(all);
}

int
corrections_write(const char *path, const struct corrections *c,
    char **cause)
{
	struct corrections none;
	struct buf b;
	int rc;

	*cause = NULL;
	corrections_init(&none);
	buf_init(&b);
	format_with_stale(c, &none, &b);
	rc = fio_quiet(fio_replace(path, b.data, b.len, cause), cause);
	buf_free(&b);
	return rc;
}

/* Takes away every correction that overlaps [start, end); returns where
 * a new one goes to keep the order. */
static size_t
remove_overlapping(struct corrections *c, size_t start, size_t end)
{
	size_t kept = 0, at = SIZE_MAX;

	for (size_t i = 0; i < c->n; i++) {
		if (c->v[i].start < end && start < c->v[i].end) {
			correction_free(&c->v[i]);
			continue;
		}
		if (at == SIZE_MAX && c->v[i].start >= end)
			at = kept;
		c->v[kept++] = c->v[i];
	}
	c->n = kept;
	return at == SIZE_MAX ? kept : at;
}

int
corrections_set(struct corrections *c, size_t start, size_t end,
    const char *word, const char *fix)
{
	size_t at;

	if (start >= end || !storable(word) || (fix != NULL && !storable(fix)))
		return -1;
	at = remove_overlapping(c, start, end);
	if (fix == NULL)
		return 0;
	grow_for_one(c);
	memmove(c->v + at + 1, c->v + at, (c->n - at) * sizeof *c->v);
	c->v[at].start = start;
	c->v[at].end = end;
	c->v[at].word = xstrdup(word);
	c->v[at].fix = xstrdup(fix);
	c->n++;
	return 0;
}

/* corrections_update's change, made on the file's present text. */
struct correction_change {
	const char *path;
	struct doc *d;
	size_t start, end;
	const char *word, *fix;
	struct corrections *now;	/* the file's corrections after it */
};

static int
change_correction(const char *text, size_t len, void *arg, struct buf *out,
    char **cause)
{
	struct correction_change *ch = arg;

	struct corrections stale;

	if (corrections_parse(text ? text : "", len, ch->path, ch->now,
	    cause) != 0)
		return -1;
	corrections_init(&stale);
	match_keeping(ch->now, ch->d, &stale);
	if (corrections_set(ch->now, ch->start, ch->end, ch->word,
	    ch->fix) != 0) {
		*cause = xstrdup("not a word that can be corrected");
		corrections_free(&stale);
		return -1;
	}
	format_with_stale(ch->now, &stale, out);
	corrections_free(&stale);
	return 0;
}

int
corrections_update(const char *path, struct doc *d, size_t start,
    size_t end, const char *word, const char *fix, struct corrections *c,
    char **cause)
{
	struct corrections now;
	struct correction_change ch = { path, d, start, end, word, fix, &now };
	int rc;

	corrections_init(&now);
	rc = fio_quiet(fio_update(path, FILE_SIDE_MAX, change_correction,
	    &ch, cause), cause);
	if (rc == 0) {
		corrections_free(c);
		*c = now;
	} else
		corrections_free(&now);
	return rc;
}

const struct correction *
corrections_find(const struct corrections *c, size_t start, size_t end)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->v[i].start == start && c->v[i].end == end)
			return &c->v[i];
	return NULL;
}

const char *
corrections_fix(const struct corrections *c, size_t start, size_t end)
{
	const struct correction *k = c != NULL ?
	    corrections_find(c, start, end) : NULL;

	return k != NULL ? k->fix : NULL;
}

char *
corrections_apply(const struct corrections *c, struct doc *d, size_t start,
    size_t end)
{
	struct buf b;
	size_t at = start;

	buf_init(&b);
	for (size_t i = 0; i < c->n; i++) {
		const struct correction *x = &c->v[i];

		if (x->start < at || x->end > end)
			continue;
		buf_add(&b, d->text + doc_cp_to_byte(d, at),
		    doc_cp_to_byte(d, x->start) - doc_cp_to_byte(d, at));
		buf_adds(&b, x->fix);
		at = x->end;
	}
	buf_add(&b, d->text + doc_cp_to_byte(d, at),
	    doc_cp_to_byte(d, end) - doc_cp_to_byte(d, at));
	return buf_steal(&b);
}
