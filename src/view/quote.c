/* quote.c - text taken out of an article: a paragraph, a quote with its
 * citation, the article's own URL. */
#include "config.h"

#include "view/quote.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/escape.h"
#include "base/util.h"

/* How many lines of a text dump's top count as its header, for a URL. */
#define HEADER_LINES 8

bool
quote_paragraph(const struct doc *d, size_t cp, bool raw, size_t *start,
    size_t *end)
{
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		if ((!raw && !b->keep) || b->kind == BLOCK_TITLE ||
		    b->end <= cp || b->start == b->end)
			continue;
		*start = b->start;
		*end = b->end;
		return true;
	}
	return false;
}

static char *
without_controls(const char *s, size_t n)
{
	struct buf b;

	buf_init(&b);
	buf_add_without_controls(&b, s, n);
	return buf_steal(&b);
}

char *
quote_text(struct doc *d, size_t start, size_t end)
{
	size_t a = doc_cp_to_byte(d, start), z = doc_cp_to_byte(d, end);

	return without_controls(d->text + a, z > a ? z - a : 0);
}

/* The first http(s) address in s[0..n), up to white space or a quote or
 * bracket that would close it, as a new string; NULL when none. */
static char *
first_url(const char *s, size_t n)
{
	for (size_t i = 0; i + 7 < n; i++) {
		size_t k;

		/* s is a NUL-terminated text: comparing may look past n. */
		if (strncasecmp(s + i, "http://", 7) != 0 &&
		    strncasecmp(s + i, "https://", 8) != 0)
			continue;
		for (k = i; k < n && (unsigned char)s[k] > ' ' &&
		    strchr("\"'<>()[]{}", s[k]) == NULL; k++)
			;
		while (k > i && strchr(".,;:!?", s[k - 1]) != NULL)
			k--;
		return without_controls(s + i, k - i);
	}
	return NULL;
}

char *
quote_source_url(const struct doc *d)
{
	size_t n = 0;

	if (d->url != NULL)
		return without_controls(d->url, strlen(d->url));
	if (d->format != DOC_TEXT || d->text == NULL)
		return NULL;
	for (int line = 0; line < HEADER_LINES && n < d->text_len; line++) {
		const char *nl = memchr(d->text + n, '\n', d->text_len - n);

		n = nl ? (size_t)(nl - d->text) + 1 : d->text_len;
	}
	return first_url(d->text, n);
}

size_t
quote_lines(const char *text)
{
	size_t n = 0;

	for (const char *p = text; *p; p++)
		if (*p == '\n' && p[1] != '\0')
			n++;
	return *text ? n + 1 : 0;
}

/* Adds ", field" (or the field alone first), without controls. */
static void
cite_field(struct buf *b, const char *field, bool *first)
{
	if (field == NULL || *field == '\0')
		return;
	if (!*first)
		buf_adds(b, ", ");
	buf_add_without_controls(b, field, strlen(field));
	*first = false;
}

char *
quote_cite(const struct doc *d, const char *text)
{
	struct buf b;
	char *url = quote_source_url(d);
	bool first = true;
	const char *p = text;

	buf_init(&b);
	while (*p) {
		size_t n = strcspn(p, "\n");

		buf_adds(&b, n > 0 ? "> " : ">");
		buf_add(&b, p, n);
		buf_addc(&b, '\n');
		p += n + (p[n] == '\n');
	}
	buf_adds(&b, "-- ");
	cite_field(&b, d->title, &first);
	cite_field(&b, d->site, &first);
	cite_field(&b, d->date, &first);
	cite_field(&b, url ? url : d->path, &first);
	buf_addc(&b, '\n');
	free(url);
	return buf_steal(&b);
}
