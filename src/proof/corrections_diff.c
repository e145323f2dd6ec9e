/* corrections_diff.c - the corrections as a unified diff that patch(1)
 * applies to the article's own file: its lines as the file holds them
 * (their ends, their encoding), or refused when that cannot be. */
#include "config.h"

#include "proof/corrections.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/escape.h"
#include "base/util.h"
#include "doc/cells.h"
#include "ingest/decode.h"

#define NO_NEWLINE "\\ No newline at end of file\n"
#define INSTEAD "; --corrected prints the corrected text instead"

/* Where the diff's lines come from: the file's bytes, walked a line at a
 * time in order (hunks come in text order), or d's decoded text. */
/* The diff's two name lines for file name (without a/ and b/).  A
 * name with a control character, a quote or a backslash is quoted as
 * GNU diff and git quote it (a newline would end the line); one with a
 * space gets a tab after it, as patch reads an unquoted name up to
 * one. */
static void
add_header(struct buf *b, const char *name)
{
	const char *tab = strchr(name, ' ') ? "\t" : "";

	if (!name_needs_c_quotes(name)) {
		buf_printf(b, "--- a/%s%s\n+++ b/%s%s\n", name, tab, name,
		    tab);
		return;
	}
	buf_adds(b, "--- ");
	buf_add_c_quoted(b, "a/", name);
	buf_adds(b, "\n+++ ");
	buf_add_c_quoted(b, "b/", name);
	buf_adds(b, "\n");
}

struct line_source {
	const char *raw;	/* the file's bytes after bom, or d's text */
	size_t len;
	const char *bom;	/* a UTF-8 byte-order mark, or "" */
	size_t bom_len;
	const char *encoding;	/* what the lines are written in */
	size_t line, at;	/* the line that starts at byte at */
};

/* One line as the file holds it: its bytes and its end ("\n", "\r\n",
 * or "" for a last line without one). */
struct file_line {
	const char *text, *end;
	size_t len, end_len;
};

/* Line n (1-based) of the file: the lines before it are passed over. */
static void
file_line_at(struct line_source *src, size_t n, struct file_line *l)
{
	const char *nl;

	while (src->line < n && (nl = memchr(src->raw + src->at, '\n',
	    src->len - src->at)) != NULL) {
		src->at = (size_t)(nl - src->raw) + 1;
		src->line++;
	}
	l->text = src->raw + src->at;
	nl = memchr(l->text, '\n', src->len - src->at);
	l->len = nl ? (size_t)(nl - l->text) : src->len - src->at;
	l->end = l->text + l->len;
	l->end_len = nl ? 1 : 0;
	if (l->len > 0 && l->text[l->len - 1] == '\r') {
		l->len--;
		l->end--;
		l->end_len++;
	}
}

/* s (UTF-8) in the encoding of src, appended to out; false when the
 * encoding cannot hold one of its characters. */
static bool
encode_into(const struct line_source *src, const char *s, struct buf *out)
{
	size_t len = strlen(s);

	if (strcmp(src->encoding, "windows-1252") != 0) {
		buf_add(out, s, len);	/* UTF-8, checked before */
		return true;
	}
	for (size_t i = 0; i < len; ) {
		int32_t cp;
		int byte;

		i += cell_next(s, i, len, &cp);
		if ((byte = encode_cp1252((int)cp)) < 0)
			return false;
		buf_addc(out, (char)byte);
	}
	return true;
}

/* Why the file's lines cannot be written in a diff that applies to it,
 * or NULL; src its bytes when from_file, else d's decoded text. */
static const char *
not_patchable(const struct doc *d, const struct line_source *src,
    bool from_file)
{
	const char *cr;

	/* Its words are in markup, split by tags, written as entities. */
	if (d->format == DOC_HTML)
		return "an HTML page, whose words patch(1) cannot find in "
		    "its markup";
	if (!from_file)
		return NULL;
	if (strncmp(src->encoding, "utf-16", 6) == 0)
		return "a UTF-16 file, which patch(1) cannot apply a diff to";
	if (strcmp(src->encoding, "utf-8") != 0 &&
	    strcmp(src->encoding, "windows-1252") != 0)
		return "galley cannot write its encoding back";
	for (const char *p = src->raw; (cr = memchr(p, '\r',
	    src->len - (size_t)(p - src->raw))) != NULL; p = cr + 1)
		if (cr + 1 == src->raw + src->len || cr[1] != '\n')
			return "its lines end in CR alone, which patch(1) "
			    "does not take for line ends";
	return NULL;
}

/* One side of a hunk: mark, the line's text and its end. */
static void
add_side(struct buf *b, char mark, const char *bom, size_t bom_len,
    const struct buf *text, const char *end, size_t end_len)
{
	buf_addc(b, mark);
	buf_add(b, bom, bom_len);
	buf_add(b, text->data ? text->data : "", text->len);
	if (end_len == 0)
		buf_adds(b, "\n" NO_NEWLINE);
	else
		buf_add(b, end, end_len);
}

/* The hunk of line n, from old to new (decoded text), added to b; false
 * with *cause when the file's line is not old in its encoding (bytes
 * its encoding does not decode so, or a file changed since it was read)
 * or new cannot be written in it. */
static bool
add_hunk(struct buf *b, struct line_source *src, size_t n, const char *old,
    const char *new, const char *label, char **cause)
{
	struct file_line l;
	struct buf was, now;
	bool ok;

	buf_init(&was);
	buf_init(&now);
	file_line_at(src, n, &l);
	ok = encode_into(src, old, &was) && was.len == l.len &&
	    memcmp(was.data ? was.data : "", l.text, l.len) == 0;
	if (!ok)
		*cause = xasprintf("%s: line %zu is not %s throughout" INSTEAD,
		    label, n, src->encoding);
	else if (!(ok = encode_into(src, new, &now)))
		*cause = xasprintf("%s: line %zu: a correction %s cannot hold"
		    INSTEAD, label, n, src->encoding);
	if (ok) {
		size_t bom_len = n == 1 ? src->bom_len : 0;

		buf_printf(b, "@@ -%zu +%zu @@\n", n, n);
		add_side(b, '-', src->bom, bom_len, &was, l.end, l.end_len);
		add_side(b, '+', src->bom, bom_len, &now, l.end, l.end_len);
	}
	buf_free(&was);
	buf_free(&now);
	return ok;
}

/* The code points of the line around code point cp: [*start, *end),
 * without its newline. */
static void
line_around(struct doc *d, size_t cp, size_t *start, size_t *end)
{
	size_t b = doc_cp_to_byte(d, cp), s = b, e = b;

	while (s > 0 && d->text[s - 1] != '\n')
		s--;
	while (e < d->text_len && d->text[e] != '\n')
		e++;
	*start = doc_byte_to_cp(d, s);
	*end = doc_byte_to_cp(d, e);
}

/* Where the lines of the diff come from (corrections_diff's raw). */
static void
source_init(struct line_source *src, struct doc *d, const char *raw,
    size_t raw_len)
{
	*src = (struct line_source){ d->text, d->text_len, "", 0, "utf-8", 1,
	    0 };
	if (raw == NULL)
		return;
	src->raw = raw;
	src->len = raw_len;
	src->encoding = d->encoding ? d->encoding : "utf-8";
	if (raw_len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0) {
		src->bom = raw;
		src->bom_len = 3;
		src->raw += 3;
		src->len -= 3;
	}
}

char *
corrections_diff(const struct corrections *c, struct doc *d,
    const char *label, const char *raw, size_t raw_len, char **cause)
{
	struct line_source src;
	struct buf b;
	size_t done = 0;	/* code points of lines already in a hunk */
	/* As git names an absolute path: a/tmp/x, not a//tmp/x. */
	const char *name = label + strspn(label, "/"), *why;

	*cause = NULL;
	source_init(&src, d, raw, raw_len);
	/* Nothing to correct: "" applies to any file. */
	if (c->n > 0 && (why = not_patchable(d, &src, raw != NULL)) != NULL) {
		*cause = xasprintf("%s: %s" INSTEAD, label, why);
		return NULL;
	}
	buf_init(&b);
	buf_adds(&b, "");
	for (size_t i = 0; i < c->n; i++) {
		size_t start, end, line, col;
		char *old, *new;
		bool ok;

		if (c->v[i].start < done)
			continue;
		line_around(d, c->v[i].start, &start, &end);
		doc_line_col(d, start, &line, &col);
		old = doc_substr(d, start, end);
		new = corrections_apply(c, d, start, end);
		if (b.len == 0)
			add_header(&b, name);
		ok = add_hunk(&b, &src, line, old, new, label, cause);
		free(old);
		free(new);
		if (!ok) {
			buf_free(&b);
			return NULL;
		}
		done = end;
	}
	return buf_steal(&b);
}
