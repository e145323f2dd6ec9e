/* html_attr_cap.c - blank the attributes of a tag past a cap, in one
 * linear pass that reads tags as the HTML tokenizer does. */
#include "config.h"

#include "ingest/html_attr_cap.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"

struct scan {
	const char *src;
	size_t len;
	size_t i;
	char *out;		/* the copy, made at the first blanking */
};

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static bool
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Moves past the first occurrence of needle, or to the end. */
static void
skip_past(struct scan *s, const char *needle)
{
	size_t n = strlen(needle);

	while (s->i < s->len) {
		if (s->len - s->i >= n && memcmp(s->src + s->i, needle, n) == 0) {
			s->i += n;
			return;
		}
		s->i++;
	}
}

static void
skip_spaces(struct scan *s)
{
	while (s->i < s->len && is_space(s->src[s->i]))
		s->i++;
}

/* Moves past one attribute: its name, and "=" and a value if there are. */
static void
skip_attribute(struct scan *s)
{
	const char *p = s->src;

	/* A name's first character may be "=" (the tokenizer takes it). */
	s->i++;
	while (s->i < s->len && !is_space(p[s->i]) && p[s->i] != '/' &&
	    p[s->i] != '>' && p[s->i] != '=')
		s->i++;
	skip_spaces(s);
	if (s->i >= s->len || p[s->i] != '=')
		return;
	s->i++;
	skip_spaces(s);
	if (s->i < s->len && (p[s->i] == '"' || p[s->i] == '\'')) {
		char quote = p[s->i++];

		while (s->i < s->len && p[s->i] != quote)
			s->i++;
		if (s->i < s->len)
			s->i++;
		return;
	}
	while (s->i < s->len && !is_space(p[s->i]) && p[s->i] != '>')
		s->i++;
}

/* Spaces over src[from, to), line breaks kept. */
static void
blank(struct scan *s, size_t from, size_t to)
{
	if (s->out == NULL) {
		s->out = xmalloc(s->len + 1);
		memcpy(s->out, s->src, s->len);
		s->out[s->len] = '\0';
	}
	for (size_t k = from; k < to; k++)
		if (s->out[k] != '\n' && s->out[k] != '\r')
			s->out[k] = ' ';
}

/* Moves past the end tag "</name" (any case) that closes a script or a
 * style, or to the end: libxml2 reads their content as raw text, where a
 * "<" starts no tag. */
static void
skip_raw_text(struct scan *s, const char *name, size_t n)
{
	while (s->i < s->len) {
		const char *lt = memchr(s->src + s->i, '<', s->len - s->i);

		if (lt == NULL) {
			s->i = s->len;
			return;
		}
		s->i = (size_t)(lt - s->src) + 1;
		if (s->len - s->i > n && s->src[s->i] == '/' &&
		    strncasecmp(s->src + s->i + 1, name, n) == 0) {
			s->i += n + 1;
			return;
		}
	}
}

/* Is src[from, to) the tag name? */
static bool
name_is(const struct scan *s, size_t from, size_t to, const char *name)
{
	return to - from == strlen(name) &&
	    strncasecmp(s->src + from, name, to - from) == 0;
}

/* The attributes of the start tag whose name starts at s->i, and the raw
 * text after it if it is a script or a style. */
static void
scan_start_tag(struct scan *s, size_t max)
{
	size_t count = 0, name = s->i, name_end;

	while (s->i < s->len && !is_space(s->src[s->i]) &&
	    s->src[s->i] != '/' && s->src[s->i] != '>')
		s->i++;
	name_end = s->i;
	for (;;) {
		size_t from;

		while (s->i < s->len &&
		    (is_space(s->src[s->i]) || s->src[s->i] == '/'))
			s->i++;
		if (s->i >= s->len)
			return;
		if (s->src[s->i] == '>') {
			if (name_is(s, name, name_end, "script"))
				skip_raw_text(s, "script", 6);
			else if (name_is(s, name, name_end, "style"))
				skip_raw_text(s, "style", 5);
			return;
		}
		from = s->i;
		skip_attribute(s);
		if (++count > max)
			blank(s, from, s->i);
	}
}

char *
html_attr_cap(const char *src, size_t len, size_t max)
{
	struct scan s = { src, len, 0, NULL };

	while (s.i < s.len) {
		const char *lt = memchr(src + s.i, '<', s.len - s.i);

		if (lt == NULL)
			break;
		s.i = (size_t)(lt - src) + 1;
		if (s.i >= s.len)
			break;
		if (s.len - s.i >= 3 && memcmp(src + s.i, "!--", 3) == 0)
			skip_past(&s, "-->");
		else if (is_alpha(src[s.i]))
			scan_start_tag(&s, max);
	}
	return s.out;
}
