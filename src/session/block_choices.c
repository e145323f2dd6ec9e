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

/* "drop", a tab, 16 hex digits, a tab, the words, a newline. */
_Static_assert(sizeof HEADER + BLOCK_CHOICES_MAX *
    (4 + 1 + 16 + 1 + WORDS_MAX + 1) <= BLOCK_CHOICES_MAX_BYTES,
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

/* The index where hash is or would go, keeping v sorted. */
static size_t
find_slot(const struct block_choices *c, uint64_t hash)
{
	size_t lo = 0, hi = c->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->v[mid].hash < hash)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const struct block_choice *
block_choices_find(const struct block_choices *c, uint64_t hash)
{
	size_t i = find_slot(c, hash);

	return i < c->n && c->v[i].hash == hash ? &c->v[i] : NULL;
}

/* Sets the choice for hash; words (a new string or NULL) is taken. */
static int
put(struct block_choices *c, uint64_t hash, bool keep, char *words)
{
	size_t i = find_slot(c, hash);

	if (i < c->n && c->v[i].hash == hash) {
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
	rc = put(c, hash_bytes(t.data ? t.data : "", t.len), keep,
	    first_words(&t));
	buf_free(&t);
	return rc;
}

/* 16 hex digits; false for anything else. */
static bool
parse_hash(const char *s, uint64_t *out)
{
	uint64_t v = 0;
	size_t n = 0;

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
	if (!parse_hash(hash, &h))
		return "not a hash of 16 hexadecimal digits";
	if (put(c, h, keep, words != NULL ? xstrdup(words) : NULL) < 0)
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
	bool keep;
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
	if (block_choices_set(ch->now, ch->d, ch->b, ch->keep) < 0) {
		*cause = xstrdup("too many kept and dropped blocks");
		return -1;
	}
	block_choices_format(ch->now, out);
	return 0;
}

int
block_choices_update(const char *path, const struct doc *d,
    const struct block *b, bool keep, struct block_choices *c, char **cause)
{
	struct block_choices now;
	struct choice_change ch = { path, d, b, keep, &now };
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

	if (c->n == 0)
		return 0;
	for (size_t i = 0; i < d->nblocks; i++) {
		struct block *b = &d->blocks[i];
		const struct block_choice *x;

		if (b->kind == BLOCK_TITLE)
			continue;
		x = block_choices_find(c, block_text_hash(d, b));
		if (x != NULL && x->keep != b->keep) {
			b->keep = x->keep;
			changed++;
		}
	}
	return changed;
}
