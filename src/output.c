/* output.c - helpers every batch subcommand shares. */
#include "config.h"

#include "output.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Appends s printable, with each character of `breaks` (newline, tab)
 * shown as a visible symbol (␤, ␉): a file name comes from a directory
 * listing and is as untrusted as the files' text, and a newline in it
 * would fake a second message or record. */
static void
add_printable_unbroken(struct buf *b, const char *s, const char *breaks)
{
	size_t n;

	while (s[n = strcspn(s, breaks)] != '\0') {
		buf_add_printable(b, s, n);
		/* SYMBOL FOR NEWLINE, or the control picture (␉) */
		buf_add_cp(b, s[n] == '\n' ? 0x2424 :
		    0x2400 + (unsigned char)s[n]);
		s += n + 1;
	}
	buf_add_printable(b, s, n);
}

void
buf_add_printable_line(struct buf *b, const char *s)
{
	add_printable_unbroken(b, s, "\n");
}

void
buf_add_tsv_field(struct buf *b, const char *s)
{
	add_printable_unbroken(b, s, "\n\t");
}

static void
warn_buf(struct buf *b)
{
	buf_addc(b, '\n');
	fwrite(b->data, 1, b->len, stderr);
	buf_free(b);
}

void
warn_file(const char *path, const char *message)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "galley: ");
	buf_add_printable_line(&b, path);
	buf_adds(&b, ": ");
	buf_add_printable_line(&b, message);
	warn_buf(&b);
}

void
warn_doc(const char *path, const struct doc *d)
{
	if (d->warning != NULL)
		warn_file(path, d->warning);
}

void
warn_line(const char *fmt, ...)
{
	struct buf msg, b;
	va_list ap;

	buf_init(&msg);
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	buf_init(&b);
	buf_adds(&b, "galley: ");
	buf_add_printable_line(&b, msg.data ? msg.data : "");
	buf_free(&msg);
	warn_buf(&b);
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

/* Appends JSON text s with DEL and the C1 controls, which JSON allows
 * raw but a terminal may obey (U+009B is CSI), as \u escapes.  Both only
 * occur inside strings, where an escape means the same character. */
void
buf_add_json_safe(struct buf *b, const char *s)
{
	const char *run = s;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == 0x7F) {
			buf_add(b, run, (size_t)(s - run));
			buf_adds(b, "\\u007F");
			run = s + 1;
		} else if (c == 0xC2 && (unsigned char)s[1] >= 0x80 &&
		    (unsigned char)s[1] < 0xA0) {
			buf_add(b, run, (size_t)(s - run));
			buf_printf(b, "\\u%04X", (unsigned)(unsigned char)s[1]);
			run = ++s + 1;
		}
	}
	buf_add(b, run, (size_t)(s - run));
}

void
output_json_safe(FILE *f, const char *s)
{
	struct buf b;

	buf_init(&b);
	buf_add_json_safe(&b, s);
	fwrite(b.data ? b.data : "", 1, b.len, f);
	buf_free(&b);
}

json_t *
output_path_json(const char *path)
{
	json_t *s = json_string(path);
	struct buf b;

	/* jansson refuses invalid UTF-8, and a path may be any bytes. */
	if (s != NULL)
		return s;
	buf_init(&b);
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		buf_add_cp(&b, *p < 0x80 ? *p : 0xFFFD);
	s = json_string(b.data ? b.data : "");
	buf_free(&b);
	return s;
}

void
output_json_line(json_t *o)
{
	char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER |
	    JSON_ENCODE_ANY);

	if (s != NULL) {
		output_json_safe(stdout, s);
		fputc('\n', stdout);
		free(s);
	}
	json_decref(o);
}

void
output_json_error(const char *path, const char *error)
{
	json_t *o = json_object();

	json_object_set_new(o, "file", output_path_json(path));
	json_object_set_new(o, "error", json_string(error));
	output_json_line(o);
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

bool
output_format_arg(const char *arg, const char *plain, bool *json,
    const char *usage)
{
	if (strcmp(arg, plain) == 0 || strcmp(arg, "json") == 0) {
		*json = strcmp(arg, "json") == 0;
		return true;
	}
	fprintf(stderr, "galley: unknown format '%s'\n%s", arg, usage);
	return false;
}
