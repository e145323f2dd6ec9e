/* doc.c - the document model. */
#include "config.h"

#include "doc.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

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
	free(d->title);
	free(d->author);
	free(d->date);
	free(d->site);
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
