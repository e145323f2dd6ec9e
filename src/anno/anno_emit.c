/* anno_emit.c - an annotation's JSON text without a jansson tree. */
#include "config.h"

#include "anno/anno_emit.h"

#include <inttypes.h>
#include <string.h>

#include <jansson.h>

#include "base/json_text.h"

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

/* s as jansson writes it; NULL or invalid UTF-8 marks the writer bad
 * (json_string() returns NULL). */
static void
string(struct emit *e, const char *s)
{
	if (!json_text_string(e->b, s))
		e->bad = true;
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
	if (a->restored != NULL && *a->restored)
		member(e, "galley:restored", a->restored);
	if (a->verdict != NULL)
		member(e, "galley:verdict", a->verdict);
	conflicts(e, a, source);
	close_(e, '}');
}

/* Whether a is wholly galley's: another tool's members, a target
 * placed by its quote alone, no creator or an empty time are left out
 * or carried by anno_json_write, whose layout is jansson's. */
static bool
own_layout(const struct anno *a)
{
	return a->foreign == NULL && !a->no_position && !a->no_creator &&
	    a->created != NULL && *a->created && a->modified != NULL &&
	    *a->modified;
}

bool
anno_emit(struct buf *b, const struct anno *a, const char *source, int depth)
{
	struct emit e = { .b = b, .depth = depth };
	size_t had = b->len;

	if (!own_layout(a))
		return false;
	for (size_t i = 0; i < a->nothers; i++)
		if (!own_layout(a->others[i]))
			return false;
	annotation(&e, a, source);
	if (e.bad)
		b->len = had;
	return !e.bad;
}
