/* export.c - w3c, brat, jsonl (Prodigy), doccano and csv. */
#include "config.h"

#include "anno/export.h"
#include "base/escape.h"

#include <stdlib.h>
#include <string.h>

#include "anno/anno_json.h"
#include "anno/anno_store.h"

static const char *const label_note[] = { "note" };
static const char *const label_highlight[] = { "highlight" };

size_t
export_labels(const struct anno *a, const char *const **labels)
{
	if (a->ntags > 0) {
		*labels = (const char *const *)a->tags;
		return a->ntags;
	}
	*labels = a->note ? label_note : label_highlight;
	return 1;
}

static bool
placed(const struct anno *a)
{
	return a->reply_to == NULL && a->state != ANNO_ORPHAN &&
	    a->cur_end > a->cur_start;
}

size_t
export_orphans(const struct anno_set *s)
{
	size_t n = 0;

	for (size_t i = 0; i < s->n; i++)
		if (s->items[i]->reply_to == NULL && !placed(s->items[i]))
			n++;
	return n;
}

/* A code point offset in the unit the user asked for: UTF-16 counts
 * characters beyond the BMP (4-byte UTF-8) twice. */
static size_t
offset(const struct export_ctx *x, size_t cp)
{
	size_t byte, extra = 0;

	if (x->offsets == EXPORT_CODEPOINT)
		return cp;
	byte = doc_cp_to_byte(x->doc, cp);
	for (size_t i = 0; i < byte; i++)
		if ((unsigned char)x->doc->text[i] >= 0xF0)
			extra++;
	return cp + extra;
}

static void
add_json_line(struct buf *b, json_t *o)
{
	char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);

	if (s != NULL) {
		buf_add_json_safe(b, s);
		buf_addc(b, '\n');
		free(s);
	}
	json_decref(o);
}

void
export_w3c(struct buf *b, const struct export_ctx *x)
{
	char *sidecar = xasprintf("%s.anno.json", x->path);
	char *id = anno_store_file_iri(sidecar);
	char *source = anno_store_file_iri(x->path);

	add_json_line(b, anno_json_write_set(x->set, id, source));
	free(sidecar);
	free(id);
	free(source);
}

static json_t *
text_json(const struct export_ctx *x)
{
	return json_stringn(x->doc->text, x->doc->text_len);
}

void
export_jsonl(struct buf *b, const struct export_ctx *x)
{
	json_t *o = json_object(), *spans = json_array();

	for (size_t i = 0; i < x->set->n; i++) {
		const struct anno *a = x->set->items[i];
		const char *const *labels;
		size_t n;

		if (!placed(a))
			continue;
		n = export_labels(a, &labels);
		for (size_t k = 0; k < n; k++) {
			json_t *sp = json_object();

			json_object_set_new(sp, "start",
			    json_integer((json_int_t)offset(x, a->cur_start)));
			json_object_set_new(sp, "end",
			    json_integer((json_int_t)offset(x, a->cur_end)));
			json_object_set_new(sp, "label", json_string(labels[k]));
			json_array_append_new(spans, sp);
		}
	}
	json_object_set_new(o, "text", text_json(x));
	json_object_set_new(o, "spans", spans);
	add_json_line(b, o);
}

void
export_doccano(struct buf *b, const struct export_ctx *x)
{
	json_t *o = json_object(), *labels_json = json_array();

	for (size_t i = 0; i < x->set->n; i++) {
		const struct anno *a = x->set->items[i];
		const char *const *labels;
		size_t n;

		if (!placed(a))
			continue;
		n = export_labels(a, &labels);
		for (size_t k = 0; k < n; k++)
			json_array_append_new(labels_json, json_pack("[I,I,s]",
			    (json_int_t)offset(x, a->cur_start),
			    (json_int_t)offset(x, a->cur_end), labels[k]));
	}
	json_object_set_new(o, "text", text_json(x));
	json_object_set_new(o, "label", labels_json);
	add_json_line(b, o);
}

/* s with every control character but tab and newline replaced by its
 * visible placeholder (output.h): text from a file never drives the
 * terminal a CSV or brat file is printed on.  Each control is one code
 * point, and stays one: offsets are unchanged. */
static char *
printable(const char *s)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "");
	if (s != NULL)
		buf_add_printable(&b, s, strlen(s));
	return buf_steal(&b);
}

/* RFC 4180: every field quoted, quotes doubled; controls made visible. */
static void
csv_field(struct buf *b, const char *s, bool last)
{
	char *safe = printable(s);

	buf_addc(b, '"');
	for (const char *p = safe; *p; p++) {
		if (*p == '"')
			buf_addc(b, '"');
		buf_addc(b, *p);
	}
	buf_addc(b, '"');
	buf_adds(b, last ? "\r\n" : ",");
	free(safe);
}

void
export_csv_header(struct buf *b)
{
	buf_adds(b, "file,start,end,line,tags,note,quote,creator,modified\r\n");
}

static void
csv_row(struct buf *b, const struct export_ctx *x, const struct anno *a)
{
	char *start = xstrdup(""), *end = xstrdup(""), *line = xstrdup("");
	char *quote = NULL;
	struct buf tags;

	if (placed(a)) {
		size_t ln, col;

		doc_line_col(x->doc, a->cur_start, &ln, &col);
		free(start);
		free(end);
		free(line);
		start = xasprintf("%zu", offset(x, a->cur_start));
		end = xasprintf("%zu", offset(x, a->cur_end));
		line = xasprintf("%zu", ln);
		quote = doc_substr(x->doc, a->cur_start, a->cur_end);
	}
	buf_init(&tags);
	for (size_t k = 0; k < a->ntags; k++) {
		if (k > 0)
			buf_addc(&tags, ';');
		buf_adds(&tags, a->tags[k]);
	}
	csv_field(b, x->path, false);
	csv_field(b, start, false);
	csv_field(b, end, false);
	csv_field(b, line, false);
	csv_field(b, tags.data ? tags.data : "", false);
	csv_field(b, a->note, false);
	csv_field(b, quote ? quote : a->exact, false);
	csv_field(b, a->creator, false);
	csv_field(b, a->modified, true);
	buf_free(&tags);
	free(start);
	free(end);
	free(line);
	free(quote);
}

void
export_csv(struct buf *b, const struct export_ctx *x)
{
	for (size_t i = 0; i < x->set->n; i++)
		if (x->set->items[i]->reply_to == NULL)
			csv_row(b, x, x->set->items[i]);
}

/* s made printable, with every byte of seps replaced by with: a brat
 * field never splits its line (a newline in a tag read from a sidecar
 * would start a line of its own). */
static void
brat_field(struct buf *b, const char *s, const char *seps, char with)
{
	char *safe = printable(s);

	for (const char *p = safe; *p; p++)
		buf_addc(b, strchr(seps, *p) != NULL ? with : *p);
	free(safe);
}

/* brat types are single tokens. */
static void
brat_label(struct buf *b, const char *label)
{
	brat_field(b, label, " \t;\n", '_');
}

/* The span's fragments: its lines, without the line breaks; a span that
 * crosses a line break becomes a discontinuous span. */
static void
brat_span(struct buf *b, const struct export_ctx *x, size_t s, size_t e)
{
	struct buf text;
	size_t from = s;
	bool first = true;

	buf_init(&text);
	for (size_t cp = s; cp <= e; cp++) {
		bool brk = cp == e;

		if (!brk) {
			size_t byte = doc_cp_to_byte(x->doc, cp);
			brk = x->doc->text[byte] == '\n';
		}
		if (!brk)
			continue;
		if (cp > from) {
			char *frag = doc_substr(x->doc, from, cp);

			buf_printf(b, "%s%zu %zu", first ? " " : ";",
			    offset(x, from), offset(x, cp));
			if (!first)
				buf_addc(&text, ' ');
			buf_adds(&text, frag);
			free(frag);
			first = false;
		}
		from = cp + 1;
	}
	buf_addc(b, '\t');
	buf_adds(b, text.data ? text.data : "");
	buf_addc(b, '\n');
	buf_free(&text);
}

static bool
only_breaks(struct doc *d, size_t s, size_t e)
{
	size_t a = doc_cp_to_byte(d, s), z = doc_cp_to_byte(d, e);

	for (size_t i = a; i < z; i++)
		if (d->text[i] != '\n')
			return false;
	return true;
}

void
export_brat(struct buf *b, const struct export_ctx *x)
{
	size_t t = 0, notes = 0;

	for (size_t i = 0; i < x->set->n; i++) {
		const struct anno *a = x->set->items[i];
		const char *const *labels;
		size_t n, first;

		if (!placed(a) || only_breaks(x->doc, a->cur_start, a->cur_end))
			continue;
		n = export_labels(a, &labels);
		first = t + 1;
		for (size_t k = 0; k < n; k++) {
			buf_printf(b, "T%zu\t", ++t);
			brat_label(b, labels[k]);
			brat_span(b, x, a->cur_start, a->cur_end);
		}
		if (a->note != NULL) {
			buf_printf(b, "#%zu\tAnnotatorNotes T%zu\t", ++notes,
			    first);
			brat_field(b, a->note, "\t\n", ' ');
			buf_addc(b, '\n');
		}
	}
}
