/* export_webanno.c - WebAnno TSV 3.3, the format INCEpTION (and WebAnno
 * before it) imports into any project without setting up a layer: every
 * passage becomes a NamedEntity span whose value is a tag.
 *
 * The format is token-based, so the text is cut into sentences (one per
 * line of the decoded text) and tokens (runs of letters and digits,
 * punctuation on its own), and every annotation's start and end are
 * token boundaries too: a passage never starts or ends inside a token,
 * so no sub-token lines are needed.  Offsets are UTF-16 code units, as
 * the format wants.  Notes and replies have no place in NamedEntity and
 * are counted as losses. */
#include "config.h"

#include "anno/export.h"
#include "anno/export_int.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* One span of the NamedEntity layer: a passage and one of its labels. */
struct wa_entity {
	size_t start, end;	/* code points */
	const char *label;
	size_t ntokens;		/* tokens it covers */
	bool stacked;		/* shares a token with another span */
	size_t id;		/* disambiguation id, 0: none needed */
};

/* The tokenizer's walk over the text. */
struct wa_scan {
	const char *text;
	size_t len;
	size_t byte, cp, u16;		/* the next code point */
	const size_t *cuts;		/* passage starts and ends, sorted */
	size_t ncuts, k;
	bool line_has_token;
};

struct wa_token {
	size_t byte, end_byte;
	size_t cp, end_cp;
	size_t u16, end_u16;
	bool new_sentence;
};

/* The classes are the tokenizer's own, not doc/segment.h's word rules:
 * those keep "U.S." or "don't" whole for proofreading and entities,
 * while here any passage boundary must be able to cut a token, and a
 * token is only what WebAnno needs to line spans up (INCEpTION keeps our
 * tokens as they are). */
enum wa_class { WA_SPACE, WA_BREAK, WA_PUNCT, WA_WORD };

static int32_t
peek(const struct wa_scan *s, size_t byte, size_t *n)
{
	utf8proc_int32_t c;
	utf8proc_ssize_t r;

	if (byte >= s->len) {
		*n = 0;
		return -1;
	}
	r = utf8proc_iterate((const utf8proc_uint8_t *)s->text + byte,
	    (utf8proc_ssize_t)(s->len - byte), &c);
	if (r <= 0) {
		*n = 1;
		return 0xFFFD;
	}
	*n = (size_t)r;
	return c;
}

static enum wa_class
classify(int32_t c)
{
	if (c == '\n')
		return WA_BREAK;
	if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
		return WA_SPACE;
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_CC:
	case UTF8PROC_CATEGORY_CF:
		return WA_SPACE;
	case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_SM:
	case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
	case UTF8PROC_CATEGORY_SO:
		return WA_PUNCT;
	default:
		return WA_WORD;
	}
}

/* Whether a passage starts or ends at code point cp. */
static bool
cut_at(struct wa_scan *s, size_t cp)
{
	while (s->k < s->ncuts && s->cuts[s->k] < cp)
		s->k++;
	return s->k < s->ncuts && s->cuts[s->k] == cp;
}

static void
advance(struct wa_scan *s, size_t n, int32_t c)
{
	s->byte += n;
	s->cp++;
	s->u16 += c > 0xFFFF ? 2 : 1;
}

/* The class of the code point at the scan, punctuation between two
 * letters or digits ("don't", "3.14") counting as a letter. */
static enum wa_class
class_here(struct wa_scan *s, enum wa_class prev, int32_t c, size_t n)
{
	enum wa_class k = classify(c);
	size_t m;

	if (k == WA_PUNCT && prev == WA_WORD) {
		int32_t next = peek(s, s->byte + n, &m);

		if (next >= 0 && classify(next) == WA_WORD &&
		    !cut_at(s, s->cp + 1))
			k = WA_WORD;
	}
	return k;
}

/* The next token, or false at the end of the text. */
static bool
next_token(struct wa_scan *s, struct wa_token *t)
{
	enum wa_class k = WA_SPACE;
	size_t n;
	int32_t c;

	/* Skip space; a line break ends the sentence. */
	while ((c = peek(s, s->byte, &n)) >= 0) {
		k = classify(c);
		if (k == WA_BREAK)
			s->line_has_token = false;
		if (k != WA_SPACE && k != WA_BREAK)
			break;
		advance(s, n, c);
	}
	if (c < 0)
		return false;
	t->new_sentence = !s->line_has_token;
	s->line_has_token = true;
	t->byte = s->byte, t->cp = s->cp, t->u16 = s->u16;
	k = class_here(s, WA_SPACE, c, n);
	advance(s, n, c);
	while (k == WA_WORD && (c = peek(s, s->byte, &n)) >= 0 &&
	    !cut_at(s, s->cp) && class_here(s, k, c, n) == WA_WORD)
		advance(s, n, c);
	t->end_byte = s->byte, t->end_cp = s->cp, t->end_u16 = s->u16;
	return true;
}

static int
by_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

static int
by_start(const void *a, const void *b)
{
	const struct wa_entity *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

static void
scan_init(struct wa_scan *s, const struct export_ctx *x,
    const size_t *cuts, size_t ncuts)
{
	*s = (struct wa_scan){ .text = x->doc->text, .len = x->doc->text_len,
	    .cuts = cuts, .ncuts = ncuts };
}

/* The spans of the export, sorted by start; *cuts their boundaries. */
static struct wa_entity *
collect(const struct export_ctx *x, size_t *n, size_t **cuts)
{
	struct wa_entity *e = NULL;
	size_t cap = 0, i = 0;
	const struct anno *a;

	*n = 0;
	while ((a = export_next(x, &i, true)) != NULL) {
		const char *const *labels;
		size_t nl = export_labels(a, &labels);

		export_lose(x, i - 1, 0);
		for (size_t k = 0; k < nl; k++) {
			if (*n == cap) {
				cap = cap ? 2 * cap : 16;
				e = xreallocarray(e, cap, sizeof *e);
			}
			e[(*n)++] = (struct wa_entity){ a->cur_start,
			    a->cur_end, labels[k], 0, false, 0 };
		}
	}
	if (*n > 0)
		qsort(e, *n, sizeof *e, by_start);
	*cuts = xcalloc(2 * *n + 1, sizeof **cuts);
	for (size_t k = 0; k < *n; k++) {
		(*cuts)[2 * k] = e[k].start;
		(*cuts)[2 * k + 1] = e[k].end;
	}
	if (*n > 0)
		qsort(*cuts, 2 * *n, sizeof **cuts, by_size);
	return e;
}

/* The spans overlapping token t, into out; *first is the first span
 * that may still overlap a later token (spans sorted by start). */
static size_t
overlapping(struct wa_entity *e, size_t n, size_t *first,
    const struct wa_token *t, struct wa_entity **out)
{
	size_t m = 0;

	while (*first < n && e[*first].end <= t->cp)
		(*first)++;
	for (size_t k = *first; k < n && e[k].start < t->end_cp; k++)
		if (e[k].end > t->cp)
			out[m++] = &e[k];
	return m;
}

/* Which spans need a disambiguation id: those over several tokens and
 * those stacked on a token with another. */
static void
number(const struct export_ctx *x, struct wa_entity *e, size_t n,
    const size_t *cuts)
{
	struct wa_entity **over = xcalloc(n + 1, sizeof *over);
	struct wa_scan s;
	struct wa_token t;
	size_t first = 0, id = 0;

	scan_init(&s, x, cuts, 2 * n);
	while (next_token(&s, &t)) {
		size_t m = overlapping(e, n, &first, &t, over);

		for (size_t k = 0; k < m; k++) {
			over[k]->ntokens++;
			over[k]->stacked |= m > 1;
		}
	}
	for (size_t k = 0; k < n; k++)
		if (e[k].ntokens > 1 || e[k].stacked)
			e[k].id = ++id;
	free(over);
}

/* text[0..len) with the format's reserved characters escaped. */
static void
add_escaped(struct buf *b, const char *text, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		char c = text[i];

		if (strchr("\\[]|_;*", c) != NULL ||
		    (c == '-' && i + 1 < len && text[i + 1] == '>'))
			buf_addc(b, '\\');
		/* A tab or control becomes a space: one code unit for one,
		 * so the offsets still hold, and no raw control goes out. */
		buf_addc(b, (unsigned char)c < 0x20 || c == 0x7F ? ' ' : c);
	}
}

/* The line of text from byte on, without its trailing space. */
static size_t
sentence_len(const struct export_ctx *x, size_t byte)
{
	const char *p = x->doc->text + byte;
	const char *nl = memchr(p, '\n', x->doc->text_len - byte);
	size_t len = nl ? (size_t)(nl - p) : x->doc->text_len - byte;

	while (len > 0 && strchr(" \t\r\f\v", p[len - 1]) != NULL)
		len--;
	return len;
}

static void
add_column(struct buf *b, struct wa_entity **over, size_t m, bool value)
{
	buf_addc(b, '\t');
	if (m == 0) {
		buf_addc(b, '_');
		return;
	}
	for (size_t k = 0; k < m; k++) {
		if (k > 0)
			buf_addc(b, '|');
		if (value)
			add_escaped(b, over[k]->label, strlen(over[k]->label));
		else
			buf_addc(b, '*');
		if (over[k]->id > 0)
			buf_printf(b, "[%zu]", over[k]->id);
	}
}

void
export_webanno(struct buf *b, const struct export_ctx *x)
{
	size_t n, *cuts, first = 0, sent = 0, tok = 0;
	struct wa_entity *e = collect(x, &n, &cuts), **over;
	struct wa_scan s;
	struct wa_token t;

	number(x, e, n, cuts);
	over = xcalloc(n + 1, sizeof *over);
	buf_adds(b, "#FORMAT=WebAnno TSV 3.3\n#T_SP=de.tudarmstadt.ukp.dkpro"
	    ".core.api.ner.type.NamedEntity|identifier|value\n\n");
	scan_init(&s, x, cuts, 2 * n);
	while (next_token(&s, &t)) {
		size_t m = overlapping(e, n, &first, &t, over);

		if (t.new_sentence) {
			buf_adds(b, "\n#Text=");
			add_escaped(b, x->doc->text + t.byte,
			    sentence_len(x, t.byte));
			buf_addc(b, '\n');
			sent++, tok = 0;
		}
		buf_printf(b, "%zu-%zu\t%zu-%zu\t", sent, ++tok, t.u16,
		    t.end_u16);
		add_escaped(b, x->doc->text + t.byte, t.end_byte - t.byte);
		add_column(b, over, m, false);
		add_column(b, over, m, true);
		buf_addc(b, '\n');
	}
	free(over);
	free(cuts);
	free(e);
}
