/* output.c - helpers every batch subcommand shares. */
#include "config.h"

#include "output.h"

#include <stdio.h>
#include <string.h>

/* Appends s as one printable line: a file name comes from a directory
 * listing and is as untrusted as the files' text, and a newline in it
 * would fake a second message. */
static void
add_printable_line(struct buf *b, const char *s)
{
	const char *nl;

	while ((nl = strchr(s, '\n')) != NULL) {
		buf_add_printable(b, s, (size_t)(nl - s));
		buf_add_cp(b, 0x2424);	/* SYMBOL FOR NEWLINE */
		s = nl + 1;
	}
	buf_add_printable(b, s, strlen(s));
}

void
warn_file(const char *path, const char *message)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "galley: ");
	add_printable_line(&b, path);
	buf_adds(&b, ": ");
	add_printable_line(&b, message);
	buf_addc(&b, '\n');
	fwrite(b.data, 1, b.len, stderr);
	buf_free(&b);
}

void
buf_add_printable(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, run = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
			buf_add(b, s + run, i - run);
			buf_add_cp(b, c == 0x7F ? 0x2421 : 0x2400 + c);
			run = ++i;
		} else if (c == 0xC2 && i + 1 < n &&
		    (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] < 0xA0) {
			buf_add(b, s + run, i - run);
			buf_add_cp(b, 0xFFFD);
			i += 2;
			run = i;
		} else
			i++;
	}
	buf_add(b, s + run, n - run);
}

void
output_json_safe(FILE *f, const char *s)
{
	const char *run = s;

	/* Both only occur inside strings, where a \u escape means the same
	 * character. */
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == 0x7F) {
			fwrite(run, 1, (size_t)(s - run), f);
			fputs("\\u007F", f);
			run = s + 1;
		} else if (c == 0xC2 && (unsigned char)s[1] >= 0x80 &&
		    (unsigned char)s[1] < 0xA0) {
			fwrite(run, 1, (size_t)(s - run), f);
			fprintf(f, "\\u%04X", (unsigned)(unsigned char)s[1]);
			run = ++s + 1;
		}
	}
	fwrite(run, 1, (size_t)(s - run), f);
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
