/* block_choices.c - the user's keep or drop of single blocks: a small
 * text file beside the article, read bounded, written atomically. */
#include "config.h"

#include "session/block_choices.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/file_io.h"
#include "base/hash.h"
#include "base/util.h"

#define HEADER "# galley blocks 1"
#define WORDS_MAX 48		/* bytes of a block's first words noted */
#define OCC_MAX 99999u		/* the most blocks of one text told apart */

/* "drop", a tab, 16 hex digits, "/N", a tab, the words, a newline. */
_Static_assert(sizeof HEADER + BLOCK_CHOICES_MAX *
    (4 + 1 + 16 + 6 + 1 + WORDS_MAX + 1) <= BLOCK_CHOICES_MAX_BYTES,
    "a full blocks file must be readable");

void
block_choices_init(struct block_choices *c)
{
	memset(c, 0, sizeof *c);
}

void
block_choices_free(struct block_choices *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].words);
	free(c->v);
	block_choices_init(c);
}

char *
block_choices_path(const char *doc_path)
{
	char *base, *path;

	if (strcmp(doc_path, "-") == 0)
		return NULL;
	base = fio_side_base(doc_path);
	path = xasprintf("%s.blocks", base);
	free(base);
	return path;
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/* The block's text, white space runs one space, none at either end,
 * ASCII lower-cased: what the hash and the noted words are taken from. */
static void
normalised(const struct doc *d, const struct block *b, struct buf *out)
{
	bool space = false;

	for (size_t i = b->bstart; i < b->bend; i++) {
		char c = d->text[i];

		if (is_space(c)) {
			space = out->len > 0;
			continue;
		}
		if (space)
			buf_addc(out, ' ');
		space = false;
		buf_addc(out, c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c);
	}
}

uint64_t
block_text_hash(const struct doc *d, const struct block *b)
{
	struct buf t;
	uint64_t h;

	buf_init(&t);
	normalised(d, b, &t);
	h = hash_bytes(t.data ? t.data : "", t.len);
	buf_free(&t);
	return h;
}

/* Whether block i takes choices: the title never changes. */
static bool
is_choosable(const struct doc *d, size_t i)
{
	return d->blocks[i].kind != BLOCK_TITLE;
}

unsigned
block_occurrence(const struct doc *d, const struct block *b)
{
	size_t at = (size_t)(b - d->blocks);
	uint64_t h = block_text_hash(d, b);
	unsigned n = 1;

	for (size_t i = 0; i < at && n < OCC_MAX; i++)
		if (is_choosable(d, i) &&
		    block_text_hash(d, &d->blocks[i]) == h)
			n++;
	return n;
}

static bool
is_before(const struct block_choice *x, uint64_t hash, unsigned occ)
{
	return x->hash < hash || (x->hash == hash && x->occ < occ);
}

static bool
is_at(const struct block_choice *x, uint64_t hash, unsigned occ)
{
	return x->hash == hash && x->occ == occ;
}

/* The index where (hash, occ) is or would go, keeping v sorted. */
static size_t
find_slot(const struct block_choices *c, uint64_t hash, unsigned occ)
{
	size_t lo = 0, hi = c->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (is_before(&c->v[mid], hash, occ))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct block_choice *
block_choices_find(const struct block_choices *c, uint64_t hash,
    unsigned occ)
{
	size_t i = find_slot(c, hash, occ);

	return i < c->n && is_at(&c->v[i], hash, occ) ? &c->v[i] : NULL;
}

/* The choice that holds for the occ-th block of text hash: its own, else
 * a line of every block of that text; NULL for none. */
static const struct block_choice *
choice_for(const struct block_choices *c, uint64_t hash, unsigned occ)
{
	const struct block_choice *x = block_choices_find(c, hash, occ);

	return x != NULL ? x : block_choices_find(c, hash, 0);
}

/* Sets the choice for (hash, occ); words (a new string or NULL) is
 * taken. */
static int
put(struct block_choices *c, uint64_t hash, unsigned occ, bool keep,
    char *words)
{
	size_t i = find_slot(c, hash, occ);

	if (i < c->n && is_at(&c->v[i], hash, occ)) {
		free(c->v[i].words);
	} else {
		if (c->n >= BLOCK_CHOICES_MAX) {
			free(words);
			return -1;
		}
		if (c->n == c->cap) {
			c->cap = c->cap ? c->cap * 2 : 8;
			c->v = xreallocarray(c->v, c->cap, sizeof *c->v);
		}
		memmove(&c->v[i + 1], &c->v[i], (c->n - i) * sizeof *c->v);
		c->n++;
	}
	c->v[i].hash = hash;
	c->v[i].occ = occ;
	c->v[i].keep = keep;
	c->v[i].words = words;
	return 0;
}

/* The first WORDS_MAX bytes of t, cut at a character's start, control
 * characters made spaces: a note that fits on the line. */
static char *
first_words(const struct buf *t)
{
	size_t n = t->len < WORDS_MAX ? t->len : WORDS_MAX;
	char *s;

	while (n > 0 && n < t->len && ((unsigned char)t->data[n] & 0xC0) ==
	    0x80)
		n--;
	s = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++)
		s[i] = (unsigned char)t->data[i] < 0x20 || t->data[i] == 0x7f ?
		    ' ' : t->data[i];
	s[n] = '\0';
	return s;
}

int
block_choices_set(struct block_choices *c, const struct doc *d,
    const struct block *b, bool keep)
{
	struct buf t;
	int rc;

	buf_init(&t);
	normalised(d, b, &t);
	rc = put(c, hash_bytes(t.data ? t.data : "", t.len),
	    block_occurrence(d, b), keep, first_words(&t));
	buf_free(&t);
	return rc;
}

void
block_choices_unset(struct block_choices *c, const struct doc *d,
    const struct block *b)
{
	uint64_t h = block_text_hash(d, b);
	unsigned occ = block_occurrence(d, b);
	size_t i = find_slot(c, h, occ);

	if (i >= c->n || !is_at(&c->v[i], h, occ))
		return;
	free(c->v[i].words);
	memmove(&c->v[i], &c->v[i + 1], (c->n - i - 1) * sizeof *c->v);
	c->n--;
}

int
block_choices_choose(struct block_choices *c, const struct doc *d,
    const struct block *b, bool keep, bool cleaner)
{
	const struct block_choice *all;

	if (keep != cleaner)
		return block_choices_set(c, d, b, keep);
	block_choices_unset(c, d, b);
	/* A line of every block of this text (an older file's) would
	 * still hold against the cleaner: this block says otherwise. */
	all = block_choices_find(c, block_text_hash(d, b), 0);
	return all != NULL && all->keep != keep ?
	    block_choices_set(c, d, b, keep) : 0;
}

/* 16 hex digits, then "/N" (N from 1 to OCC_MAX) or nothing (*occ 0:
 * every block of that text); false for anything else. */
static bool
parse_hash(char *s, uint64_t *out, unsigned *occ)
{
	uint64_t v = 0;
	size_t n = 0;
	char *slash = strchr(s, '/');

	*occ = 0;
	if (slash != NULL) {
		char *end;
		unsigned long k;

		if (slash[1] < '1' || slash[1] > '9')
			return false;
		errno = 0;
		k = strtoul(slash + 1, &end, 10);
		if (*end != '\0' || errno != 0 || k > OCC_MAX)
			return false;
		*occ = (unsigned)k;
		*slash = '\0';
	}
	for (; s[n] != '\0'; n++) {
		char c = s[n];
		int x = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ?
		    c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

		if (x < 0 || n >= 16)
			return false;
		v = v << 4 | (uint64_t)x;
	}
	*out = v;
	return n == 16;
}

/* One line, "keep|drop\tHASH[\tWORDS]"; the reason it is not, or NULL,
 * with *col the 1-based column the reason is about. */
static const char *
parse_line(char *line, void *arg, size_t *col)
{
	struct block_choices *c = arg;
	char *hash = strchr(line, '\t'), *words = NULL;
	uint64_t h;
	unsigned occ;
	bool keep;

	*col = 1;
	if (hash == NULL)
		return "not a choice, a tab and a hash";
	*hash++ = '\0';
	if ((words = strchr(hash, '\t')) != NULL)
		*words++ = '\0';
	if (strcmp(line, "keep") != 0 && strcmp(line, "drop") != 0)
		return "neither keep nor drop";
	keep = line[0] == 'k';
	*col = (size_t)(hash - line) + 1;
	if (!parse_hash(hash, &h, &occ))
		return "not a hash of 16 hexadecimal digits (then /N, the "
		    "block's place among those of its text)";
	if (put(c, h, occ, keep, words != NULL ? xstrdup(words) : NULL) < 0)
		return "too many choices";
	return NULL;
}

int
block_choices_parse(const char *text, size_t len, const char *name,
    struct block_choices *c, char **cause)
{
	size_t lineno, col;
	const char *why;

	block_choices_free(c);
	*cause = NULL;
	why = fio_each_line(text, len, parse_line, c, &lineno, &col);
	if (why == NULL)
		return 0;
	*cause = xasprintf("%s:%zu:%zu: %s", name, lineno, col, why);
	return -1;
}

int
block_choices_read(const char *path, struct block_choices *c, char **cause)
{
	char *text;
	size_t len;
	int rc;

	*cause = NULL;
	block_choices_free(c);
	if (fio_read(path, FIO_NOFOLLOW, BLOCK_CHOICES_MAX_BYTES, &text,
	    &len) < 0) {
		if (fio_absent(errno))
			return 0;
		*cause = xasprintf("%s: cannot read the kept and dropped "
		    "blocks: %s", path, fio_read_error(errno, FIO_NOFOLLOW));
		return -1;
	}
	rc = block_choices_parse(text, len, path, c, cause);
	free(text);
	return rc;
}

static void
block_choices_format(const struct block_choices *c, struct buf *b)
{
	buf_adds(b, HEADER "\n");
	for (size_t i = 0; i < c->n; i++) {
		buf_printf(b, "%s\t%016llx", c->v[i].keep ? "keep" : "drop",
		    (unsigned long long)c->v[i].hash);
		if (c->v[i].occ > 0)
			buf_printf(b, "/%u", c->v[i].occ);
		if (c->v[i].words != NULL)
			buf_printf(b, "\t%s", c->v[i].words);
		buf_addc(b, '\n');
	}
}

/* block_choices_update's change, made on the file's present text. */
struct choice_change {
	const char *path;
	const struct doc *d;
	const struct block *b;
	bool keep, cleaner;
	struct block_choices *now;	/* the file's choices after it */
};

static int
change_choice(const char *text, size_t len, void *arg, struct buf *out,
    char **cause)
{
	struct choice_change *ch = arg;

	if (block_choices_parse(text ? text : "", len, ch->path, ch->now,
	    cause) != 0)
		return -1;
	if (block_choices_choose(ch->now, ch->d, ch->b, ch->keep,
	    ch->cleaner) < 0) {
		*cause = xstrdup("too many kept and dropped blocks");
		return -1;
	}
	block_choices_format(ch->now, out);
	return 0;
}

int
block_choices_update(const char *path, const struct doc *d,
    const struct block *b, bool keep, bool cleaner, struct block_choices *c,
    char **cause)
{
	struct block_choices now;
	struct choice_change ch = { path, d, b, keep, cleaner, &now };
	int rc;

	block_choices_init(&now);
	rc = fio_quiet(fio_update(path, BLOCK_CHOICES_MAX_BYTES,
	    change_choice, &ch, cause), cause);
	if (rc == 0) {
		block_choices_free(c);
		*c = now;
	} else
		block_choices_free(&now);
	return rc;
}

int
block_choices_write(const char *path, const struct block_choices *c,
    char **cause)
{
	struct buf b;
	int rc;

	*cause = NULL;
	buf_init(&b);
	block_choices_format(c, &b);
	rc = fio_quiet(fio_replace(path, b.data, b.len, cause), cause);
	buf_free(&b);
	return rc;
}

size_t
block_choices_apply(const struct block_choices *c, struct doc *d)
{
	size_t changed = 0;
	struct hash seen;	/* text hash -> blocks of it so far: a
				   count, not a scan back (a page of
				   100,000 like blocks) */

	if (c->n == 0 || d->nblocks == 0)
		return 0;
	hash_init(&seen);
	for (size_t i = 0; i < d->nblocks; i++) {
		struct block *b = &d->blocks[i];
		const struct block_choice *x;
		uint64_t h;
		size_t occ;

		if (!is_choosable(d, i))
			continue;
		h = block_text_hash(d, b);
		occ = hash_add(&seen, (const char *)&h, sizeof h)->count;
		x = choice_for(c, h, occ < OCC_MAX ? (unsigned)occ : OCC_MAX);
		if (x != NULL && x->keep != b->keep) {
			b->keep = x->keep;
			changed++;
		}
	}
	hash_free(&seen);
	return changed;
}
