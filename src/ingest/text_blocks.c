/* text_blocks.c - blocks of a plain-text dump. */
#include "config.h"

#include "ingest/text_blocks.h"

#include <string.h>

static bool
is_space_at(const char *s, size_t i, size_t end, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (u[0] == ' ' || u[0] == '\t' || u[0] == '\f' || u[0] == '\v') {
		*len = 1;
		return true;
	}
	/* U+00A0 no-break space and U+3000 ideographic space pad dumps. */
	if (i + 1 < end && u[0] == 0xC2 && u[1] == 0xA0) {
		*len = 2;
		return true;
	}
	if (i + 2 < end && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) {
		*len = 3;
		return true;
	}
	return false;
}

static bool
starts_with_bullet(const char *s, size_t n)
{
	static const char *const bullets[] = { "\xE2\x80\xA2", "\xC2\xB7",
	    "\xE2\x96\xAA", "\xE2\x80\x93 ", "* ", "- ", "\xE2\x97\x8F", NULL };

	for (size_t i = 0; bullets[i]; i++) {
		size_t m = strlen(bullets[i]);
		if (n >= m && memcmp(s, bullets[i], m) == 0)
			return true;
	}
	return false;
}

void
text_blocks_build(struct doc *d)
{
	size_t i = 0, n = d->text_len;
	const char *s = d->text;

	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - s) : n;
		size_t a = i, b = end, len;

		while (a < b && is_space_at(s, a, b, &len))
			a += len;
		/* Trailing white space: ASCII only, scanning back is safe. */
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
			b--;
		if (b > a)
			doc_add_block(d, a, b, starts_with_bullet(s + a, b - a) ?
			    BLOCK_LIST_ITEM : BLOCK_PARAGRAPH);
		i = end + 1;
	}
	doc_index_blocks(d);
}
