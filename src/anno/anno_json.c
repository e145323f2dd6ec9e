/* anno_json.c - W3C Web Annotation JSON: writing and strict reading. */
#include "config.h"

#include "anno/anno_json.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/json_pos.h"
#include "base/util.h"

static const char context_iri[] = "http://www.w3.org/ns/anno.jsonld";

static json_t *
text_body(const char *purpose, const char *value)
{
	json_t *b = json_object();

	json_object_set_new(b, "type", json_string("TextualBody"));
	json_object_set_new(b, "purpose", json_string(purpose));
	json_object_set_new(b, "value", json_string(value));
	json_object_set_new(b, "format", json_string("text/plain"));
	return b;
}

static json_t *
bodies(const struct anno *a)
{
	json_t *arr = json_array();

	for (size_t i = 0; i < a->ntags; i++)
		json_array_append_new(arr, text_body("tagging", a->tags[i]));
	if (a->note != NULL)
		json_array_append_new(arr, text_body("commenting", a->note));
	return arr;
}

static json_t *
target(const struct anno *a, const char *source)
{
	json_t *t, *sel, *q, *pos;

	if (a->reply_to != NULL)
		return json_string(a->reply_to);
	t = json_object();
	sel = json_array();
	q = json_object();
	json_object_set_new(q, "type", json_string("TextQuoteSelector"));
	json_object_set_new(q, "exact", json_string(a->exact ? a->exact : ""));
	if (a->prefix != NULL && *a->prefix)
		json_object_set_new(q, "prefix", json_string(a->prefix));
	if (a->suffix != NULL && *a->suffix)
		json_object_set_new(q, "suffix", json_string(a->suffix));
	pos = json_object();
	json_object_set_new(pos, "type", json_string("TextPositionSelector"));
	json_object_set_new(pos, "start", json_integer((json_int_t)a->start));
	json_object_set_new(pos, "end", json_integer((json_int_t)a->end));
	json_array_append_new(sel, q);
	json_array_append_new(sel, pos);
	json_object_set_new(t, "source", json_string(source));
	json_object_set_new(t, "selector", sel);
	return t;
}

json_t *
anno_json_write(const struct anno *a, const char *source)
{
	json_t *o = json_object(), *creator = json_object(), *b = bodies(a);

	json_object_set_new(o, "id", json_string(a->id));
	json_object_set_new(o, "type", json_string("Annotation"));
	json_object_set_new(o, "motivation",
	    json_string(anno_motivation_name(a->motivation)));
	json_object_set_new(creator, "type", json_string("Person"));
	json_object_set_new(creator, "name", json_string(a->creator));
	json_object_set_new(o, "creator", creator);
	json_object_set_new(o, "created", json_string(a->created));
	json_object_set_new(o, "modified", json_string(a->modified));
	if (json_array_size(b) > 0)
		json_object_set_new(o, "body", b);
	else
		json_decref(b);
	json_object_set_new(o, "target", target(a, source));
	if (a->restored != NULL)
		json_object_set_new(o, "galley:restored",
		    json_string(a->restored));
	if (a->verdict != NULL)
		json_object_set_new(o, "galley:verdict",
		    json_string(a->verdict));
	if (a->nothers > 0) {
		json_t *others = json_array();

		for (size_t i = 0; i < a->nothers; i++)
			json_array_append_new(others,
			    anno_json_write(a->others[i], source));
		json_object_set_new(o, "galley:conflicts", others);
	}
	return o;
}

static json_t *
tombs_json(const struct anno_set *s)
{
	json_t *arr = json_array();

	for (size_t i = 0; i < s->ntombs; i++) {
		json_t *t = json_object();

		json_object_set_new(t, "id", json_string(s->tombs[i].id));
		json_object_set_new(t, "deleted",
		    json_string(s->tombs[i].deleted));
		json_array_append_new(arr, t);
	}
	return arr;
}

json_t *
anno_json_write_set(const struct anno_set *s, const char *collection_id,
    const char *source)
{
	json_t *c = json_object(), *page = json_object(), *items = json_array();
	char *page_id = xasprintf("%s#page1", collection_id);

	for (size_t i = 0; i < s->n; i++)
		json_array_append_new(items, anno_json_write(s->items[i],
		    source));
	json_object_set_new(c, "@context", json_string(context_iri));
	json_object_set_new(c, "id", json_string(collection_id));
	json_object_set_new(c, "type", json_string("AnnotationCollection"));
	json_object_set_new(c, "label",
	    json_string("galley annotations"));
	json_object_set_new(c, "total", json_integer((json_int_t)s->n));
	if (s->has_source) {
		json_t *src = json_object();

		json_object_set_new(src, "size",
		    json_integer((json_int_t)s->source_size));
		json_object_set_new(src, "sha256",
		    json_string(s->source_sha256));
		json_object_set_new(c, "galley:source", src);
	}
	json_object_set_new(c, "galley:deleted", tombs_json(s));
	json_object_set_new(page, "id", json_string(page_id));
	json_object_set_new(page, "type", json_string("AnnotationPage"));
	json_object_set_new(page, "startIndex", json_integer(0));
	json_object_set_new(page, "items", items);
	json_object_set_new(c, "first", page);
	free(page_id);
	return c;
}

char *
anno_json_dump_set(const struct anno_set *s, const char *collection_id,
    const char *source)
{
	json_t *c = anno_json_write_set(s, collection_id, source);
	char *text = json_dumps(c, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
	char *out = xasprintf("%s\n", text ? text : "{}");

	free(text);
	json_decref(c);
	return out;
}

/* Reading.  Every problem names the path of the offending value, which
 * becomes a line and column of the text. */
struct reader {
	const char *text;
	size_t len;
	struct jpath path;
	char *cause;
};

static int rfail(struct reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int
rfail(struct reader *r, const char *fmt, ...)
{
	size_t line, col;
	va_list ap;
	char *msg;

	if (r->cause != NULL)
		return -1;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	json_pos_locate(r->text, r->len, &r->path, &line, &col);
	r->cause = xasprintf("%zu:%zu: %s", line, col, msg ? msg : "bad");
	free(msg);
	return -1;
}

/* A string member, or NULL; a member of another type is an error. */
static int
get_string(struct reader *r, json_t *o, const char *key, bool required,
    const char **out)
{
	json_t *v = json_object_get(o, key);

	*out = NULL;
	if (v == NULL) {
		if (required)
			return rfail(r, "no \"%s\"", key);
		return 0;
	}
	if (!json_is_string(v)) {
		jpath_push_key(&r->path, key);
		rfail(r, "\"%s\" is not a string", key);
		jpath_pop(&r->path);
		return -1;
	}
	*out = json_string_value(v);
	return 0;
}

/* An id: a string, not empty. */
static int
get_id(struct reader *r, json_t *o, const char **out)
{
	if (get_string(r, o, "id", true, out) < 0)
		return -1;
	if (**out == '\0') {
		jpath_push_key(&r->path, "id");
		rfail(r, "\"id\" is empty");
		jpath_pop(&r->path);
		return -1;
	}
	return 0;
}

static bool
has_type(json_t *o, const char *type)
{
	json_t *t = json_object_get(o, "type"), *v;
	size_t i;

	if (json_is_string(t))
		return strcmp(json_string_value(t), type) == 0;
	json_array_foreach(t, i, v)
		if (json_is_string(v) && strcmp(json_string_value(v), type) == 0)
			return true;
	return false;
}

static int
read_creator(struct reader *r, json_t *o, struct anno *a)
{
	json_t *c = json_object_get(o, "creator");
	const char *name = NULL;

	if (c == NULL)
		name = "unknown";
	else if (json_is_string(c))
		name = json_string_value(c);
	else if (json_is_object(c)) {
		jpath_push_key(&r->path, "creator");
		if (get_string(r, c, "name", false, &name) < 0)
			return -1;
		jpath_pop(&r->path);
		if (name == NULL)
			name = "unknown";
	} else {
		jpath_push_key(&r->path, "creator");
		return rfail(r, "creator is not an Agent");
	}
	a->creator = xstrdup(name);
	return 0;
}

static void
add_tag(struct anno *a, const char *tag)
{
	a->tags = xreallocarray(a->tags, a->ntags + 1, sizeof *a->tags);
	a->tags[a->ntags++] = xstrdup(tag);
}

static int
read_body(struct reader *r, json_t *b, struct anno *a)
{
	const char *purpose = NULL, *value = NULL;

	if (!json_is_object(b))
		return rfail(r, "body is not an object");
	if (get_string(r, b, "purpose", false, &purpose) < 0 ||
	    get_string(r, b, "value", false, &value) < 0)
		return -1;
	if (value == NULL)
		return 0;	/* an external body: not galley's */
	if (purpose != NULL && strcmp(purpose, "tagging") == 0)
		add_tag(a, value);
	else if (a->note == NULL)
		a->note = xstrdup(value);
	return 0;
}

static int
read_bodies(struct reader *r, json_t *o, struct anno *a)
{
	json_t *b = json_object_get(o, "body"), *v;
	size_t i;
	int rc = 0;

	if (b == NULL)
		return 0;
	jpath_push_key(&r->path, "body");
	if (json_is_array(b)) {
		json_array_foreach(b, i, v) {
			jpath_push_index(&r->path, i);
			if ((rc = read_body(r, v, a)) < 0)
				return -1;
			jpath_pop(&r->path);
		}
	} else if ((rc = read_body(r, b, a)) < 0)
		return -1;
	jpath_pop(&r->path);
	return 0;
}

#define ANNO_MAX_OFFSET ((json_int_t)512 * 1024 * 1024)

static int
read_offset(struct reader *r, json_t *sel, const char *key, size_t *out)
{
	json_t *v = json_object_get(sel, key);

	/* No article galley reads has more code points than bytes, and
	 * none has more than 512 MiB: a bigger offset is damage. */
	if (!json_is_integer(v) || json_integer_value(v) < 0 ||
	    json_integer_value(v) > ANNO_MAX_OFFSET) {
		jpath_push_key(&r->path, key);
		return rfail(r, "\"%s\" is not an offset", key);
	}
	*out = (size_t)json_integer_value(v);
	return 0;
}

static int
read_selector(struct reader *r, json_t *sel, struct anno *a, bool *pos)
{
	const char *exact, *prefix, *suffix;

	if (!json_is_object(sel))
		return rfail(r, "selector is not an object");
	if (has_type(sel, "TextQuoteSelector")) {
		/* Two quotes would leave it unclear which one is meant. */
		if (a->exact != NULL)
			return rfail(r, "a second TextQuoteSelector");
		if (get_string(r, sel, "exact", true, &exact) < 0 ||
		    get_string(r, sel, "prefix", false, &prefix) < 0 ||
		    get_string(r, sel, "suffix", false, &suffix) < 0)
			return -1;
		a->exact = xstrdup(exact);
		a->prefix = xstrdup(prefix ? prefix : "");
		a->suffix = xstrdup(suffix ? suffix : "");
	} else if (has_type(sel, "TextPositionSelector")) {
		if (read_offset(r, sel, "start", &a->start) < 0 ||
		    read_offset(r, sel, "end", &a->end) < 0)
			return -1;
		if (a->end < a->start)
			return rfail(r, "end before start");
		*pos = true;
	}
	return 0;
}

/* A passage: a source and a TextQuoteSelector, with or without a
 * TextPositionSelector (then its quote alone places it). */
static int
read_target(struct reader *r, json_t *o, struct anno *a)
{
	json_t *t = json_object_get(o, "target"), *sel, *v;
	bool pos = false;
	size_t i;

	if (t == NULL)
		return rfail(r, "no \"target\"");
	jpath_push_key(&r->path, "target");
	if (json_is_string(t)) {
		a->reply_to = xstrdup(json_string_value(t));
		jpath_pop(&r->path);
		return 0;
	}
	if (!json_is_object(t))
		return rfail(r, "target is neither an IRI nor an object");
	sel = json_object_get(t, "selector");
	if (sel == NULL)
		return rfail(r, "target has no \"selector\"");
	jpath_push_key(&r->path, "selector");
	if (json_is_array(sel)) {
		json_array_foreach(sel, i, v) {
			jpath_push_index(&r->path, i);
			if (read_selector(r, v, a, &pos) < 0)
				return -1;
			jpath_pop(&r->path);
		}
	} else if (read_selector(r, sel, a, &pos) < 0)
		return -1;
	if (a->exact == NULL)
		return rfail(r, "no TextQuoteSelector");
	if (!pos)
		a->start = a->end = 0;
	jpath_pop(&r->path);
	jpath_pop(&r->path);
	return 0;
}

static int read_anno(struct reader *r, json_t *o, struct anno **out,
    bool nested);

static int
read_conflicts(struct reader *r, json_t *o, struct anno *a)
{
	json_t *c = json_object_get(o, "galley:conflicts"), *v;
	size_t i;

	if (c == NULL)
		return 0;
	jpath_push_key(&r->path, "galley:conflicts");
	if (!json_is_array(c))
		return rfail(r, "conflicts are not an array");
	json_array_foreach(c, i, v) {
		struct anno *other;

		jpath_push_index(&r->path, i);
		if (read_anno(r, v, &other, true) < 0)
			return -1;
		a->others = xreallocarray(a->others, a->nothers + 1,
		    sizeof *a->others);
		a->others[a->nothers++] = other;
		jpath_pop(&r->path);
	}
	jpath_pop(&r->path);
	return 0;
}

static int
read_fields(struct reader *r, json_t *o, struct anno *a, bool nested)
{
	const char *id, *motivation, *created, *modified, *restored;
	const char *verdict;

	if (!json_is_object(o))
		return rfail(r, "not an annotation object");
	if (!has_type(o, "Annotation"))
		return rfail(r, "type is not \"Annotation\"");
	if (get_id(r, o, &id) < 0 ||
	    get_string(r, o, "motivation", false, &motivation) < 0 ||
	    get_string(r, o, "created", false, &created) < 0 ||
	    get_string(r, o, "modified", false, &modified) < 0 ||
	    get_string(r, o, "galley:restored", false, &restored) < 0 ||
	    get_string(r, o, "galley:verdict", false, &verdict) < 0)
		return -1;
	if (verdict != NULL && !anno_verdict_ok(verdict))
		return rfail(r, "galley:verdict is not \"accepted\" or "
		    "\"rejected\"");
	a->id = xstrdup(id);
	a->verdict = verdict ? xstrdup(verdict) : NULL;
	a->restored = restored ? xstrdup(restored) : NULL;
	a->created = xstrdup(created ? created : "");
	a->modified = xstrdup(modified ? modified : a->created);
	if (read_creator(r, o, a) < 0 || read_bodies(r, o, a) < 0 ||
	    read_target(r, o, a) < 0)
		return -1;
	if (!nested && read_conflicts(r, o, a) < 0)
		return -1;
	if (a->reply_to != NULL)
		a->motivation = a->verdict ? ANNO_ASSESSING : ANNO_REPLYING;
	else if (a->verdict != NULL)
		return rfail(r, "galley:verdict on an annotation that answers "
		    "none");
	else if (motivation == NULL ||
	    anno_motivation_parse(motivation, &a->motivation) < 0 ||
	    a->motivation == ANNO_REPLYING ||
	    a->motivation == ANNO_ASSESSING)
		a->motivation = a->note ? ANNO_COMMENTING :
		    a->ntags ? ANNO_TAGGING : ANNO_HIGHLIGHTING;
	return 0;
}

static int
read_anno(struct reader *r, json_t *o, struct anno **out, bool nested)
{
	struct anno *a = anno_create();

	if (read_fields(r, o, a, nested) < 0) {
		anno_destroy(a);
		return -1;
	}
	a->base_modified = xstrdup(a->modified);
	*out = a;
	return 0;
}

static int
read_tombs(struct reader *r, json_t *c, struct anno_set *s)
{
	json_t *arr = json_object_get(c, "galley:deleted"), *v;
	const char *id, *when;
	size_t i;

	if (arr == NULL)
		return 0;
	jpath_push_key(&r->path, "galley:deleted");
	if (!json_is_array(arr))
		return rfail(r, "deletions are not an array");
	json_array_foreach(arr, i, v) {
		jpath_push_index(&r->path, i);
		if (!json_is_object(v))
			return rfail(r, "a deletion is not an object");
		if (get_id(r, v, &id) < 0 ||
		    get_string(r, v, "deleted", false, &when) < 0)
			return -1;
		anno_set_add_tomb(s, id, when ? when : "");
		jpath_pop(&r->path);
	}
	jpath_pop(&r->path);
	return 0;
}

static int
read_source(struct reader *r, json_t *c, struct anno_set *s)
{
	json_t *src = json_object_get(c, "galley:source"), *size;
	const char *sha;

	if (src == NULL)
		return 0;
	jpath_push_key(&r->path, "galley:source");
	size = json_object_get(src, "size");
	if (!json_is_object(src) || !json_is_integer(size) ||
	    json_integer_value(size) < 0)
		return rfail(r, "source is not {size, sha256}");
	if (get_string(r, src, "sha256", true, &sha) < 0)
		return -1;
	if (strlen(sha) != 64 || strspn(sha, "0123456789abcdefABCDEF") != 64) {
		jpath_push_key(&r->path, "sha256");
		return rfail(r, "sha256 is not 64 hex digits");
	}
	s->has_source = true;
	s->source_size = (size_t)json_integer_value(size);
	memcpy(s->source_sha256, sha, 65);
	jpath_pop(&r->path);
	return 0;
}

/* The target source of item v, the article as the sidecar names it. */
static void
read_source_iri(json_t *v, struct anno_set *s)
{
	json_t *src = json_object_get(json_object_get(v, "target"), "source");

	if (s->source_iri == NULL && json_is_string(src))
		s->source_iri = xstrdup(json_string_value(src));
}

static int
read_items(struct reader *r, json_t *c, struct anno_set *s)
{
	json_t *first = json_object_get(c, "first"), *items, *v;
	struct hash ids;	/* a second one with an id is damage */
	size_t i;
	int rc = 0;

	if (first == NULL)
		return rfail(r, "no \"first\" page");
	jpath_push_key(&r->path, "first");
	if (!json_is_object(first) || !has_type(first, "AnnotationPage"))
		return rfail(r, "\"first\" is not an AnnotationPage");
	items = json_object_get(first, "items");
	if (!json_is_array(items))
		return rfail(r, "the page has no \"items\" array");
	jpath_push_key(&r->path, "items");
	hash_init(&ids);
	json_array_foreach(items, i, v) {
		struct anno *a;

		jpath_push_index(&r->path, i);
		if ((rc = read_anno(r, v, &a, false)) < 0)
			break;
		if (hash_add(&ids, a->id, strlen(a->id))->count > 1) {
			anno_destroy(a);
			rc = rfail(r, "a second annotation with this id");
			break;
		}
		anno_set_append(s, a);
		read_source_iri(v, s);
		jpath_pop(&r->path);
	}
	hash_free(&ids);
	return rc;
}

/* Only galley's own kind of id is kept; another one (an older sidecar,
 * another tool) is replaced by a fresh urn:uuid on the next save. */
static void
read_collection_id(json_t *c, struct anno_set *s)
{
	json_t *id = json_object_get(c, "id");

	if (json_is_string(id) && s->collection_id == NULL &&
	    str_starts_with(json_string_value(id), "urn:uuid:"))
		s->collection_id = xstrdup(json_string_value(id));
}

int
anno_json_read_set(struct anno_set *s, const char *text, size_t len,
    char **cause)
{
	struct reader r = { text, len, { .n = 0 }, NULL };
	json_error_t err;
	json_t *c = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);

	if (c == NULL) {
		*cause = xasprintf("%d:%d: %s", err.line < 1 ? 1 : err.line,
		    err.column < 1 ? 1 : err.column, err.text);
		return -1;
	}
	if (!json_is_object(c) || !has_type(c, "AnnotationCollection")) {
		rfail(&r, "not an AnnotationCollection");
	} else {
		read_collection_id(c, s);
		if (read_source(&r, c, s) == 0 && read_tombs(&r, c, s) == 0)
			read_items(&r, c, s);
	}
	json_decref(c);
	if (r.cause != NULL) {
		*cause = r.cause;
		return -1;
	}
	return 0;
}
