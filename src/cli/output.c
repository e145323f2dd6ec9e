/* output.c - helpers every batch subcommand shares. */
#include "config.h"

#include "cli/output.h"

#include "cli/commands.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
warn_settings(const struct config *c)
{
	for (size_t i = 0; i < c->nmessages; i++)
		warn_line("%s", c->messages[i]);
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
	    JSON_REAL_PRECISION(15) |
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

void
output_gnu_positions(struct doc *d, const size_t *cps, size_t n,
    size_t *line_of, size_t *col_of)
{
	doc_screen_cols(d, cps, n, line_of, col_of);
	for (size_t i = 0; i < n; i++)
		(void)source_map_find(&d->source, d->text,
		    doc_cp_to_byte(d, cps[i]), &line_of[i], &col_of[i]);
}
