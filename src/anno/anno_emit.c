/* anno_emit.c - an annotation's JSON text without a jansson tree. */
#include "config.h"

#include "anno/anno_emit.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>
#include <utf8proc.h>

/* A writer of json_dumps' layout with JSON_INDENT(1): a member or an
 * element starts on its own line, depth spaces in; an empty object or
 * array is "{}" or "[]". */
struct emit {
	struct buf *b;
	int depth;
	bool empty;	/* nothing written yet in the open object or array */
	bool bad;	/* a string jansson would refuse */
};

static void
newline(struct emit *e)
{
	static const char spaces[] = "\n                ";

	if (e->depth < (int)sizeof spaces - 1)
		buf_add(e->b, spaces, (size_t)e->depth + 1);
	else {
		buf_addc(e->b, '\n');
		for (int i = 0; i < e->depth; i++)
			buf_addc(e->b, ' ');
	}
}

static void
open_(struct emit *e, char c)
{
	buf_addc(e->b, c);
	e->depth++;
	e->empty = true;
}

static void
close_(struct emit *e, char c)
{
	e->depth--;
	if (!e->empty)
		newline(e);
	buf_addc(e->b, c);
	e->empty = false;
}

/* Before an element or a member. */
static void
next(struct emit *e)
{
	if (!e->empty)
		buf_addc(e->b, ',');
	e->empty = false;
	newline(e);
}

/* s as jansson's dump_string writes it without flags: '"', '\\' and
 * controls escaped, everything else (UTF-8 included) as it is.  NULL or
 * invalid UTF-8 marks the writer bad (json_string() returns NULL). */
static void
string(struct emit *e, const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	const char *run = s;

	if (s == NULL) {
		e->bad = true;
		return;
	}
	buf_addc(e->b, '"');
	while (*p) {
		utf8proc_int32_t c;
		utf8proc_ssize_t n;
		const char *esc = NULL;
		char seq[7];

		if (*p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') {
			p++;
			continue;
		}
		n = utf8proc_iterate(p, -1, &c);
		if (n <= 0) {
			e->bad = true;
			return;
		}
		if (c >= 0x20 && c != '"' && c != '\\') {
			p += n;
			continue;
		}
		buf_add(e->b, run, (size_t)((const char *)p - run));
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		default:
			snprintf(seq, sizeof seq, "\\u%04X", (unsigned)c);
			esc = seq;
		}
		buf_adds(e->b, esc);
		p += n;
		run = (const char *)p;
	}
	buf_add(e->b, run, (size_t)((const char *)p - run));
	buf_addc(e->b, '"');
}

static void
key(struct emit *e, const char *k)
{
	next(e);
	string(e, k);
	buf_adds(e->b, ": ");
}

static void
member(struct emit *e, const char *k, const char *v)
{
	key(e, k);
	string(e, v);
}

static void
body(struct emit *e, const char *purpose, const char *value)
{
	next(e);
	open_(e, '{');
	member(e, "type", "TextualBody");
	member(e, "purpose", purpose);
	member(e, "value", value);
	member(e, "format", "text/plain");
	close_(e, '}');
}

static void
bodies(struct emit *e, const struct anno *a)
{
	if (a->ntags == 0 && a->note == NULL)
		return;	/* anno_json_write leaves an empty body out */
	key(e, "body");
	open_(e, '[');
	for (size_t i = 0; i < a->ntags; i++)
		body(e, "tagging", a->tags[i]);
	if (a->note != NULL)
		body(e, "commenting", a->note);
	close_(e, ']');
}

static void
offset(struct emit *e, const char *k, size_t v)
{
	key(e, k);
	buf_printf(e->b, "%" JSON_INTEGER_FORMAT, (json_int_t)v);
}

static void
selectors(struct emit *e, const struct anno *a)
{
	key(e, "selector");
	open_(e, '[');
	next(e);
	open_(e, '{');
	member(e, "type", "TextQuoteSelector");
	member(e, "exact", a->exact ? a->exact : "");
	if (a->prefix != NULL && *a->prefix)
		member(e, "prefix", a->prefix);
	if (a->suffix != NULL && *a->suffix)
		member(e, "suffix", a->suffix);
	close_(e, '}');
	next(e);
	open_(e, '{');
	member(e, "type", "TextPositionSelector");
	offset(e, "start", a->start);
	offset(e, "end", a->end);
	close_(e, '}');
	close_(e, ']');
}

static void
target(struct emit *e, const struct anno *a, const char *source)
{
	if (a->reply_to != NULL) {
		member(e, "target", a->reply_to);
		return;
	}
	key(e, "target");
	open_(e, '{');
	member(e, "source", source);
	selectors(e, a);
	close_(e, '}');
}

static void annotation(struct emit *e, const struct anno *a,
    const char *source);

static void
conflicts(struct emit *e, const struct anno *a, const char *source)
{
	if (a->nothers == 0)
		return;
	key(e, "galley:conflicts");
	open_(e, '[');
	for (size_t i = 0; i < a->nothers; i++) {
		next(e);
		annotation(e, a->others[i], source);
	}
	close_(e, ']');
}

/* The members in anno_json_write's order. */
static void
annotation(struct emit *e, const struct anno *a, const char *source)
{
	open_(e, '{');
	member(e, "id", a->id);
	member(e, "type", "Annotation");
	member(e, "motivation", anno_motivation_name(a->motivation));
	key(e, "creator");
	open_(e, '{');
	member(e, "type", "Person");
	member(e, "name", a->creator);
	close_(e, '}');
	member(e, "created", a->created);
	member(e, "modified", a->modified);
	bodies(e, a);
	target(e, a, source);
	if (a->restored != NULL)
		member(e, "galley:restored", a->restored);
	if (a->verdict != NULL)
		member(e, "galley:verdict", a->verdict);
	conflicts(e, a, source);
	close_(e, '}');
}

bool
anno_emit(struct buf *b, const struct anno *a, const char *source, int depth)
{
	struct emit e = { .b = b, .depth = depth };
	size_t had = b->len;

	annotation(&e, a, source);
	if (e.bad)
		b->len = had;
	return !e.bad;
}
