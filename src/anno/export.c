/* export.c - w3c, brat, jsonl (Prodigy), doccano, csv and Label Studio
 * (WebAnno TSV in export_webanno.c).
 * Every format walks the same annotations (export_next: the heads the
 * filter keeps, replies with their head, replies whose annotation is
 * gone as heads of their own) and counts what it drops. */
#include "config.h"

#include "anno/export.h"
#include "anno/export_int.h"
#include "base/dates.h"
#include "base/escape.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "anno/anno_json.h"
#include "anno/anno_store.h"
#include "anno/anno_user.h"

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

/* Whether a span format may give the annotation as a label: placed,
 * and not fuzzy, whose text changed and is not confirmed (a label on
 * words the annotator never saw). */
static bool
spannable(const struct anno *a)
{
	return placed(a) && a->state != ANNO_FUZZY;
}

static bool
has_tag(const struct anno *a, const char *tag)
{
	for (size_t i = 0; i < a->ntags; i++)
		if (strcmp(a->tags[i], tag) == 0)
			return true;
	return false;
}

/* Whether the head carries one of the filter's tags (none: any). */
static bool
has_any_tag(const struct export_filter *f, const struct anno *a)
{
	for (size_t i = 0; i < f->ntags; i++)
		if (has_tag(a, f->tags[i]))
			return true;
	return f->ntags == 0;
}

/* Whether one annotation of a thread is by one of the filter's
 * creators (keys: their anno_user_key; none: anyone) and modified at or
 * after its time. */
static bool
matches(const struct export_filter *f, const struct anno *a,
    char *const *keys)
{
	bool by = f->ncreators == 0;

	for (size_t i = 0; i < f->ncreators && !by; i++)
		by = anno_made_by(a, keys[i]);
	return by && (f->since == NULL || (a->modified != NULL &&
	    date_is_rfc3339(a->modified) &&
	    date_time_cmp(a->modified, f->since) >= 0));
}

/* Whether the filter keeps the thread of items[h], a head: the tag is
 * the head's, but a creator or a time may be any of the thread's, as :by
 * keeps the threads a person took part in; else a review or an answer
 * given by NAME, or since DATE, to an annotation made by someone else,
 * or before, would be left out without a word. */
static bool
kept(const struct export_ctx *x, size_t h)
{
	const struct export_filter *f = x->filter;
	char **keys;
	bool any = false;

	if (f == NULL)
		return true;
	if (!has_any_tag(f, x->set->items[h]))
		return false;
	keys = xcalloc(f->ncreators + 1, sizeof *keys);
	for (size_t i = 0; i < f->ncreators; i++)
		keys[i] = anno_user_key(f->creators[i]);
	for (size_t k = h; k != ANNO_NONE && !any;
	    k = x->threads->next_in_thread[k])
		any = matches(f, x->set->items[k], keys);
	for (size_t i = 0; i < f->ncreators; i++)
		free(keys[i]);
	free(keys);
	return any;
}

/* Counts a thread a span format leaves out whole, replies whose
 * annotation is gone: there is no passage to hang them on. */
static void
lose_thread(const struct export_ctx *x, size_t h)
{
	if (x->losses == NULL)
		return;
	for (size_t k = h; k != ANNO_NONE; k = x->threads->next_in_thread[k])
		if (x->set->items[k]->verdict != NULL)
			x->losses->reviews++;
		else
			x->losses->replies++;
}

const struct anno *
export_next(const struct export_ctx *x, size_t *i, bool placed_only)
{
	while (*i < x->set->n) {
		size_t h = (*i)++;
		const struct anno *a = x->set->items[h];

		if (x->threads->head[h] != h || !kept(x, h))
			continue;
		if (!placed_only || spannable(a))
			return a;
		if (a->reply_to != NULL)
			lose_thread(x, h);
	}
	return NULL;
}

/* The next reply of the thread of items[head] (replies to replies
 * included), in set order; *cursor starts at 0; NULL at the end. */
static const struct anno *
export_next_reply(const struct export_ctx *x, size_t head, size_t *cursor)
{
	size_t k = x->threads->next_in_thread[*cursor ? *cursor - 1 : head];

	if (k == ANNO_NONE)
		return NULL;
	*cursor = k + 1;
	return x->set->items[k];
}

/* Counts the id, creator and times of one annotation written by a
 * format that carries only `keeps`. */
static void
lose_fields(struct export_losses *l, const struct anno *a, unsigned keeps)
{
	if (!(keeps & EXPORT_KEEPS_IDS))
		l->ids++;
	if (!(keeps & EXPORT_KEEPS_CREATORS) && a->creator != NULL)
		l->creators++;
	if (!(keeps & EXPORT_KEEPS_TIMES) &&
	    (a->created != NULL || a->modified != NULL))
		l->times++;
}

void
export_lose(const struct export_ctx *x, size_t h, unsigned keeps)
{
	const struct anno *head = x->set->items[h], *r;
	size_t i = 0;

	if (x->losses == NULL)
		return;
	if (!(keeps & EXPORT_KEEPS_NOTES) && head->note != NULL)
		x->losses->notes++;
	lose_fields(x->losses, head, keeps);
	while ((r = export_next_reply(x, h, &i)) != NULL) {
		if (!(keeps & EXPORT_KEEPS_REPLIES) && r->verdict != NULL)
			x->losses->reviews++;
		else if (!(keeps & EXPORT_KEEPS_REPLIES))
			x->losses->replies++;
		else
			lose_fields(x->losses, r, keeps |
			    EXPORT_KEEPS_CREATORS);
	}
}

/* How many annotations (not replies) the filter keeps for which
 * left_out is true. */
static size_t
count_heads(const struct export_ctx *x, bool (*left_out)(const struct anno *))
{
	size_t n = 0, i = 0;
	const struct anno *a;

	while ((a = export_next(x, &i, false)) != NULL)
		n += a->reply_to == NULL && left_out(a);
	return n;
}

static bool
orphaned(const struct anno *a)
{
	return !placed(a);
}

static bool
unconfirmed(const struct anno *a)
{
	return placed(a) && a->state == ANNO_FUZZY;
}

size_t
export_orphans(const struct export_ctx *x)
{
	return count_heads(x, orphaned);
}

size_t
export_fuzzy(const struct export_ctx *x)
{
	return count_heads(x, unconfirmed);
}

/* The number of two digits at t. */
static int
two_digits(const char *t)
{
	return (t[0] - '0') * 10 + (t[1] - '0');
}

/* Whether the day, hour, minute and second of a time of the right
 * shape (n characters) exist: 2026-13-01 is no date, and would compare
 * after every time of 2026 without a word. */
static bool
since_in_range(const char *t, size_t n)
{
	char iso[11];
	size_t at, len;

	if (!date_find(t, 10, iso, &at, &len) || at != 0 || len != 10)
		return false;
	if (n >= 16 && (two_digits(t + 11) > 23 || two_digits(t + 14) > 59))
		return false;
	return n < 19 || two_digits(t + 17) <= 59;
}

bool
export_since_ok(const char *t)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:dd.dddZ";
	size_t n = strlen(t);

	if (n > sizeof shape - 1)
		return false;
	/* The Z of UTC after the minutes or seconds, as the times galley
	 * writes (and a user copies back) have it after the milliseconds. */
	if ((n == 17 || n == 20) && t[n - 1] == 'Z')
		n--;
	/* A prefix of the shape that ends after a whole part. */
	if (n != 10 && n != 16 && n != 19 && n != 23 && n != 24)
		return false;
	for (size_t i = 0; i < n; i++)
		if (shape[i] == 'd' ? !isdigit((unsigned char)t[i]) :
		    t[i] != shape[i])
			return false;
	return since_in_range(t, n);
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

/* A head as the w3c export writes it (a copy: the set keeps what the
 * sidecar says): placed, its selectors are those of the current text,
 * as the span formats' offsets are; an orphan keeps its saved quote and
 * context, which the caller strips of their position. */
static struct anno *
w3c_head(const struct export_ctx *x, const struct anno *a)
{
	struct anno *c = anno_dup(a);

	if (placed(a)) {
		anno_target_at(c, x->doc, a->cur_start, a->cur_end);
		c->state = a->state;	/* fuzzy stays to be confirmed */
	}
	return c;
}

/* Marks each passage of the written collection with where it is now
 * ("galley:state", as csv's state column); an orphan has no position in
 * this text, so its TextPositionSelector goes: its quote alone is left
 * to find it by. */
static void
w3c_states(json_t *c, const struct anno_set *view)
{
	json_t *items = json_object_get(json_object_get(c, "first"), "items");

	for (size_t i = 0; i < view->n; i++) {
		const struct anno *a = view->items[i];
		json_t *item = json_array_get(items, i), *sel;

		if (a->reply_to != NULL)
			continue;
		json_object_set_new(item, "galley:state",
		    json_string(anno_state_name(a->state)));
		sel = json_object_get(json_object_get(item, "target"),
		    "selector");
		for (size_t k = json_array_size(sel); k-- > 0 &&
		    a->state == ANNO_ORPHAN;) {
			const char *type = json_string_value(json_object_get(
			    json_array_get(sel, k), "type"));

			if (type && strcmp(type, "TextPositionSelector") == 0)
				json_array_remove(sel, k);
		}
	}
}

void
export_w3c(struct buf *b, const struct export_ctx *x)
{
	/* The sidecar the set was read from: through a link, beside the
	 * file it leads to, as the source is named. */
	char *id = anno_store_file_iri(x->set->sidecar);
	char *source = anno_store_file_iri(x->path);
	/* The set as the filter sees it: its heads copied with their
	 * current places, replies shared. */
	struct anno_set view = *x->set;
	const struct anno *a;
	size_t i = 0, n = 0;
	json_t *c;

	view.items = xcalloc(x->set->n + 1, sizeof *view.items);
	while ((a = export_next(x, &i, false)) != NULL) {
		size_t k = 0;
		const struct anno *r;

		/* A reply whose annotation is gone starts its thread: it
		 * goes as it is, with the id it answers. */
		view.items[n++] = a->reply_to ? (struct anno *)a :
		    w3c_head(x, a);
		while ((r = export_next_reply(x, i - 1, &k)) != NULL)
			view.items[n++] = (struct anno *)r;
	}
	view.n = view.cap = n;
	/* The offsets are the current text's: say which text that is. */
	view.has_source = true;
	view.source_size = x->doc->raw_size;
	anno_doc_sha256(x->doc, view.source_sha256);
	c = anno_json_write_set(&view, id, source);
	w3c_states(c, &view);
	add_json_line(b, c);
	for (size_t k = 0; k < n; k++)
		if (view.items[k]->reply_to == NULL)
			anno_destroy(view.items[k]);
	free(view.items);
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
	const struct anno *a;
	size_t i = 0;

	while ((a = export_next(x, &i, true)) != NULL) {
		const char *const *labels;
		size_t n;

		export_lose(x, i - 1, EXPORT_KEEPS_NOTES | EXPORT_KEEPS_IDS);
		n = export_labels(a, &labels);
		for (size_t k = 0; k < n; k++) {
			json_t *sp = json_object();

			json_object_set_new(sp, "start",
			    json_integer((json_int_t)offset(x, a->cur_start)));
			json_object_set_new(sp, "end",
			    json_integer((json_int_t)offset(x, a->cur_end)));
			json_object_set_new(sp, "label", json_string(labels[k]));
			json_object_set_new(sp, "id", json_string(a->id));
			if (a->note != NULL)
				json_object_set_new(sp, "note",
				    json_string(a->note));
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
	const struct anno *a;
	size_t i = 0;

	while ((a = export_next(x, &i, true)) != NULL) {
		const char *const *labels;
		size_t n;

		export_lose(x, i - 1, 0);
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
 * terminal csv is shown on, or a brat file is printed on (its fields
 * are one-line tokens, which cannot carry the text as stored anyway).
 * Each control is one code point, and stays one: offsets are
 * unchanged. */
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

/* RFC 4180: every field quoted, quotes doubled.  Controls are made
 * visible only on a terminal: in a file a note must read back as it
 * was stored. */
static void
csv_field(struct buf *b, const struct export_ctx *x, const char *s,
    bool last)
{
	char *safe = x->terminal ? printable(s) : xstrdup(s ? s : "");

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
	buf_adds(b, "file,start,end,line,tags,note,quote,creator,modified,id,"
	    "reply_to,created,state,verdict,conflicts\r\n");
}

static void
csv_row(struct buf *b, const struct export_ctx *x, const struct anno *a)
{
	char *start = xstrdup(""), *end = xstrdup(""), *line = xstrdup("");
	char *quote = NULL, *conflicts = xasprintf("%zu", a->nothers);
	struct buf tags;

	if (placed(a)) {	/* a reply's place is its head's row */
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
	csv_field(b, x, x->path, false);
	csv_field(b, x, start, false);
	csv_field(b, x, end, false);
	csv_field(b, x, line, false);
	csv_field(b, x, tags.data ? tags.data : "", false);
	csv_field(b, x, a->note, false);
	csv_field(b, x, quote ? quote : a->reply_to ? "" : a->exact, false);
	csv_field(b, x, a->creator, false);
	csv_field(b, x, a->modified, false);
	csv_field(b, x, a->id, false);
	csv_field(b, x, a->reply_to, false);
	csv_field(b, x, a->created, false);
	csv_field(b, x, a->reply_to ? "" : anno_state_name(a->state), false);
	csv_field(b, x, a->verdict, false);	/* a review's */
	csv_field(b, x, conflicts, true);
	buf_free(&tags);
	free(conflicts);
	free(start);
	free(end);
	free(line);
	free(quote);
}

void
export_csv(struct buf *b, const struct export_ctx *x)
{
	const struct anno *a, *r;
	size_t i = 0;

	while ((a = export_next(x, &i, false)) != NULL) {
		size_t k = 0;

		csv_row(b, x, a);
		while ((r = export_next_reply(x, i - 1, &k)) != NULL)
			csv_row(b, x, r);
	}
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

/* An AnnotatorNotes line on T<target>; who (a reply's author) first. */
static void
brat_note(struct buf *b, size_t *notes, size_t target, const char *who,
    const char *note)
{
	buf_printf(b, "#%zu\tAnnotatorNotes T%zu\t", ++*notes, target);
	if (who != NULL) {
		brat_field(b, who, "\t\n", ' ');
		buf_adds(b, ": ");
	}
	brat_field(b, note, "\t\n", ' ');
	buf_addc(b, '\n');
}

/* A reply as an AnnotatorNote: "CREATOR: note"; a review says its
 * verdict first ("CREATOR: rejected: why"). */
static void
brat_reply(struct buf *b, size_t *notes, size_t target, const struct anno *r)
{
	char *text = r->verdict == NULL ? NULL : xasprintf("%s%s%s",
	    r->verdict, r->note ? ": " : "", r->note ? r->note : "");

	brat_note(b, notes, target, r->creator ? r->creator : "?",
	    text ? text : r->note ? r->note : "");
	free(text);
}

void
export_brat(struct buf *b, const struct export_ctx *x)
{
	size_t t = 0, notes = 0, i = 0;
	const struct anno *a, *r;

	while ((a = export_next(x, &i, true)) != NULL) {
		const char *const *labels;
		size_t n, first, ri = 0;

		if (only_breaks(x->doc, a->cur_start, a->cur_end))
			continue;
		export_lose(x, i - 1, EXPORT_KEEPS_NOTES | EXPORT_KEEPS_REPLIES);
		n = export_labels(a, &labels);
		first = t + 1;
		for (size_t k = 0; k < n; k++) {
			buf_printf(b, "T%zu\t", ++t);
			brat_label(b, labels[k]);
			brat_span(b, x, a->cur_start, a->cur_end);
		}
		if (a->note != NULL)
			brat_note(b, &notes, first, NULL, a->note);
		while ((r = export_next_reply(x, i - 1, &ri)) != NULL)
			brat_reply(b, &notes, first, r);
	}
}

/* One result of a Label Studio region: its id, names and type, value
 * filled by the caller. */
static json_t *
ls_result(const struct anno *a, const char *from, const char *type,
    json_t *value)
{
	json_t *o = json_object();

	json_object_set_new(o, "value", value);
	/* The region id: the annotation's uuid, without "urn:uuid:". */
	json_object_set_new(o, "id", json_string(strncmp(a->id, "urn:uuid:",
	    9) == 0 ? a->id + 9 : a->id));
	json_object_set_new(o, "from_name", json_string(from));
	json_object_set_new(o, "to_name", json_string("text"));
	json_object_set_new(o, "type", json_string(type));
	json_object_set_new(o, "origin", json_string("manual"));
	return o;
}

static json_t *
ls_span(const struct export_ctx *x, const struct anno *a)
{
	json_t *v = json_object();
	char *quote = doc_substr(x->doc, a->cur_start, a->cur_end);

	json_object_set_new(v, "start",
	    json_integer((json_int_t)offset(x, a->cur_start)));
	json_object_set_new(v, "end",
	    json_integer((json_int_t)offset(x, a->cur_end)));
	json_object_set_new(v, "text", json_string(quote));
	free(quote);
	return v;
}

void
export_labelstudio(struct buf *b, const struct export_ctx *x)
{
	json_t *task = json_object(), *data = json_object();
	json_t *ann = json_object(), *anns = json_array();
	json_t *result = json_array();
	const struct anno *a;
	size_t i = 0;

	while ((a = export_next(x, &i, true)) != NULL) {
		const char *const *labels;
		size_t n = export_labels(a, &labels);
		json_t *v = ls_span(x, a), *l = json_array();

		export_lose(x, i - 1, EXPORT_KEEPS_NOTES | EXPORT_KEEPS_IDS);
		for (size_t k = 0; k < n; k++)
			json_array_append_new(l, json_string(labels[k]));
		json_object_set_new(v, "labels", l);
		json_array_append_new(result, ls_result(a, "label", "labels",
		    v));
		if (a->note != NULL) {
			v = ls_span(x, a);
			json_object_set_new(v, "text",
			    json_pack("[s]", a->note));
			json_array_append_new(result, ls_result(a, "note",
			    "textarea", v));
		}
	}
	json_object_set_new(data, "text", text_json(x));
	json_object_set_new(data, "galley_file", json_string(x->path));
	json_object_set_new(task, "data", data);
	json_object_set_new(ann, "result", result);
	json_array_append_new(anns, ann);
	json_object_set_new(task, "annotations", anns);
	add_json_line(b, task);
}
