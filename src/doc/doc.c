/* doc.c - the document model. */
#include "config.h"

#include "doc/doc.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "doc/cells.h"
#include "base/util.h"

static const char *const kind_names[BLOCK_KIND_COUNT] = {
	[BLOCK_TITLE] = "title",
	[BLOCK_HEADING] = "heading",
	[BLOCK_PARAGRAPH] = "paragraph",
	[BLOCK_LIST_ITEM] = "list-item",
	[BLOCK_TABLE_CELL] = "table-cell",
	[BLOCK_QUOTE] = "quote",
	[BLOCK_CAPTION] = "caption",
	[BLOCK_PREFORMATTED] = "preformatted",
	[BLOCK_TEXT] = "text",
};

const char *
block_kind_name(enum block_kind kind)
{
	return kind < BLOCK_KIND_COUNT ? kind_names[kind] : "text";
}

struct doc *
doc_new(const char *path, enum doc_format format)
{
	struct doc *d = xcalloc(1, sizeof *d);

	d->path = xstrdup(path);
	d->format = format;
	return d;
}

void
doc_free(struct doc *d)
{
	if (d == NULL)
		return;
	free(d->path);
	free(d->encoding);
	free(d->text);
	free(d->blocks);
	free(d->elems);
	free(d->warning);
	free(d->spans);
	free(d->cp_bytes);
	free(d->line_cps);
	source_map_free(&d->source);
	free(d->title);
	free(d->author);
	free(d->date);
	free(d->site);
	free(d->description);
	free(d->url);
	free(d);
}

struct block *
doc_add_block(struct doc *d, size_t bstart, size_t bend, enum block_kind kind)
{
	struct block *b;

	if (d->nblocks == d->blocks_cap) {
		d->blocks_cap = d->blocks_cap ? d->blocks_cap * 2 : 64;
		d->blocks = xreallocarray(d->blocks, d->blocks_cap,
		    sizeof *d->blocks);
	}
	b = &d->blocks[d->nblocks++];
	memset(b, 0, sizeof *b);
	b->bstart = bstart;
	b->bend = bend;
	b->kind = kind;
	b->base_kind = kind;
	return b;
}

/* Blocks are in text order, so one forward scan serves them all. */
void
doc_index_blocks(struct doc *d)
{
	size_t byte = 0, cp = 0, line = 1, i;
	const unsigned char *s = (const unsigned char *)d->text;

	for (i = 0; i < d->nblocks; i++) {
		struct block *b = &d->blocks[i];

		for (; byte < b->bstart; byte++) {
			if ((s[byte] & 0xC0) != 0x80)
				cp++;
			if (s[byte] == '\n')
				line++;
		}
		b->start = cp;
		b->line = line;
		for (; byte < b->bend; byte++) {
			if ((s[byte] & 0xC0) != 0x80)
				cp++;
			if (s[byte] == '\n')
				line++;
		}
		b->end = cp;
	}
	for (; byte < d->text_len; byte++)
		if ((s[byte] & 0xC0) != 0x80)
			cp++;
	d->text_cps = cp;
}

char *
block_text(const struct doc *d, const struct block *b)
{
	return xstrndup(d->text + b->bstart, b->bend - b->bstart);
}

void
doc_set(char **field, const char *value)
{
	free(*field);
	*field = value ? xstrdup(value) : NULL;
}

struct span *
doc_add_span(struct doc *d, size_t start, size_t end, enum span_kind kind,
    unsigned sub, uint32_t ref)
{
	struct span *s;

	if (d->nspans == d->spans_cap) {
		d->spans_cap = d->spans_cap ? d->spans_cap * 2 : 64;
		d->spans = xreallocarray(d->spans, d->spans_cap,
		    sizeof *d->spans);
	}
	s = &d->spans[d->nspans++];
	s->start = start;
	s->end = end;
	s->kind = (uint16_t)kind;
	s->sub = (uint16_t)sub;
	s->ref = ref;
	return s;
}

static int
compare_spans(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

void
doc_sort_spans(struct doc *d)
{
	if (d->nspans > 1)
		qsort(d->spans, d->nspans, sizeof *d->spans, compare_spans);
}

void
doc_clear_spans(struct doc *d, enum span_kind kind)
{
	size_t j = 0;

	for (size_t i = 0; i < d->nspans; i++)
		if (d->spans[i].kind != kind)
			d->spans[j++] = d->spans[i];
	d->nspans = j;
}

/* One pass over the text builds both indexes. */
static void
doc_offsets(struct doc *d)
{
	const unsigned char *s = (const unsigned char *)d->text;
	size_t cp = 0, cap_b = 64, cap_l = 64;

	if (d->cp_bytes != NULL)
		return;
	d->cp_bytes = xreallocarray(NULL, cap_b, sizeof *d->cp_bytes);
	d->line_cps = xreallocarray(NULL, cap_l, sizeof *d->line_cps);
	d->ncp_bytes = 0;
	d->nlines = 1;
	d->line_cps[0] = 0;
	for (size_t i = 0; i <= d->text_len; i++) {
		if (i < d->text_len && (s[i] & 0xC0) == 0x80)
			continue;
		if (cp % DOC_CP_STEP == 0) {
			if (d->ncp_bytes == cap_b) {
				cap_b *= 2;
				d->cp_bytes = xreallocarray(d->cp_bytes, cap_b,
				    sizeof *d->cp_bytes);
			}
			d->cp_bytes[d->ncp_bytes++] = i;
		}
		if (i < d->text_len && s[i] == '\n') {
			if (d->nlines == cap_l) {
				cap_l *= 2;
				d->line_cps = xreallocarray(d->line_cps, cap_l,
				    sizeof *d->line_cps);
			}
			d->line_cps[d->nlines++] = cp + 1;
		}
		cp++;
	}
	d->text_cps = cp - 1;
}

size_t
doc_cp_to_byte(struct doc *d, size_t cp)
{
	const unsigned char *s = (const unsigned char *)d->text;
	size_t byte;

	doc_offsets(d);
	if (cp >= d->text_cps)
		return d->text_len;
	byte = d->cp_bytes[cp / DOC_CP_STEP];
	for (size_t k = cp % DOC_CP_STEP; k > 0; k--) {
		byte++;
		while (byte < d->text_len && (s[byte] & 0xC0) == 0x80)
			byte++;
	}
	return byte;
}

size_t
doc_byte_to_cp(struct doc *d, size_t byte)
{
	const unsigned char *s = (const unsigned char *)d->text;
	size_t lo = 0, hi, cp, b;

	doc_offsets(d);
	if (byte >= d->text_len)
		return d->text_cps;
	hi = d->ncp_bytes;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (d->cp_bytes[mid] <= byte)
			lo = mid;
		else
			hi = mid;
	}
	cp = lo * DOC_CP_STEP;
	for (b = d->cp_bytes[lo]; b < byte; b++)
		if ((s[b] & 0xC0) != 0x80)
			cp++;
	return cp;
}

void
doc_line_col(struct doc *d, size_t cp, size_t *line, size_t *col)
{
	size_t lo = 0, hi;

	doc_offsets(d);
	hi = d->nlines;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (d->line_cps[mid] <= cp)
			lo = mid;
		else
			hi = mid;
	}
	*line = lo + 1;
	*col = cp - d->line_cps[lo] + 1;
}

size_t
doc_file_line(struct doc *d, size_t cp)
{
	size_t line, col;

	doc_line_col(d, cp, &line, &col);
	(void)source_map_find(&d->source, d->text, doc_cp_to_byte(d, cp),
	    &line, &col);
	return line;
}

void
doc_line_screen_col(struct doc *d, struct screen_pos *p, size_t cp,
    size_t *line, size_t *col)
{
	size_t cpcol;

	if (cp > d->text_cps)
		cp = d->text_cps;
	doc_line_col(d, cp, line, &cpcol);
	if (p->line != *line || p->cp > cp) {
		p->line = *line;
		p->cp = cp - (cpcol - 1);
		p->byte = doc_cp_to_byte(d, p->cp);
		p->width = 0;
	}
	while (p->cp < cp) {
		const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)d->text;
		utf8proc_int32_t c;
		utf8proc_ssize_t n = utf8proc_iterate(s + p->byte,
		    (utf8proc_ssize_t)(d->text_len - p->byte), &c);

		if (n <= 0) {	/* not reached: the text is valid */
			n = 1;
			c = 0xFFFD;
		}
		p->byte += (size_t)n;
		p->cp++;
		p->width = c == '\t' ? (p->width / 8 + 1) * 8 :
		    p->width + doc_screen_width(c);
	}
	*col = p->width + 1;
}

void
doc_file_line_col(struct doc *d, struct screen_pos *p, size_t cp,
    size_t *line, size_t *col)
{
	if (!source_map_find(&d->source, d->text, doc_cp_to_byte(d, cp), line,
	    col))
		doc_line_screen_col(d, p, cp, line, col);
}

static const size_t *sort_cps;

static int
cmp_by_cp(const void *a, const void *b)
{
	size_t x = sort_cps[*(const size_t *)a];
	size_t y = sort_cps[*(const size_t *)b];

	return x < y ? -1 : x > y;
}

void
doc_screen_cols(struct doc *d, const size_t *cps, size_t n,
    size_t *line_of, size_t *col_of)
{
	size_t *order = xreallocarray(NULL, n + 1, sizeof *order);
	struct screen_pos pos = { 0 };

	for (size_t i = 0; i < n; i++)
		order[i] = i;
	sort_cps = cps;
	if (n > 0)
		qsort(order, n, sizeof *order, cmp_by_cp);
	for (size_t i = 0; i < n; i++)
		doc_line_screen_col(d, &pos, cps[order[i]], &line_of[order[i]],
		    &col_of[order[i]]);
	free(order);
}

char *
doc_substr(struct doc *d, size_t start, size_t end)
{
	size_t a = doc_cp_to_byte(d, start), b = doc_cp_to_byte(d, end);

	return xstrndup(d->text + a, b > a ? b - a : 0);
}

void
doc_reset_cleaning(struct doc *d)
{
	for (size_t i = 0; i < d->nblocks; i++) {
		d->blocks[i].keep = false;
		d->blocks[i].kind = d->blocks[i].base_kind;
	}
	if (d->format == DOC_TEXT) {
		doc_set(&d->title, NULL);
		doc_set(&d->author, NULL);
		doc_set(&d->date, NULL);
		doc_set(&d->site, NULL);
	}
}

char *
doc_body(const struct doc *d)
{
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *bl = &d->blocks[i];

		if (!bl->keep || bl->kind == BLOCK_TITLE)
			continue;
		if (b.len > 0)
			buf_adds(&b, "\n\n");
		buf_add(&b, d->text + bl->bstart, bl->bend - bl->bstart);
	}
	return buf_steal(&b);
}
