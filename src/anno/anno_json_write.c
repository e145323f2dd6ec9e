/* anno_json_write.c - W3C Web Annotation JSON: writing an annotation, a
 * sidecar's collection and its dump (anno_json.h). */
#include "config.h"

#include "anno/anno_json.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "anno/anno_emit.h"
#include "base/thread.h"
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
	json_array_append_new(sel, q);
	if (!a->no_position) {
		pos = json_object();
		json_object_set_new(pos, "type",
		    json_string("TextPositionSelector"));
		json_object_set_new(pos, "start",
		    json_integer((json_int_t)a->start));
		json_object_set_new(pos, "end",
		    json_integer((json_int_t)a->end));
		json_array_append_new(sel, pos);
	}
	json_object_set_new(t, "source", json_string(source));
	json_object_set_new(t, "selector", sel);
	return t;
}

/* The target's foreign members and selectors, into t. */
static void
merge_foreign_target(json_t *t, json_t *f)
{
	const char *key;
	json_t *v, *sel = json_object_get(t, "selector"), *s;
	size_t i;

	if (!json_is_object(t) || !json_is_object(f))
		return;
	json_object_foreach(f, key, v) {
		if (strcmp(key, "selector") == 0 && json_is_array(sel))
			json_array_foreach(v, i, s)
				json_array_append(sel, s);
		else if (json_object_get(t, key) == NULL)
			json_object_set(t, key, v);
	}
}

/* What another tool wrote and galley carries through (a->foreign): its
 * bodies after galley's, its motivation, its target members and its
 * other members, none of which galley writes itself. */
static void
merge_foreign(json_t *o, const struct anno *a)
{
	json_t *f = json_loads(a->foreign, 0, NULL), *v, *b, *x;
	const char *key;
	size_t i;

	if (!json_is_object(f)) {
		json_decref(f);
		return;
	}
	json_object_foreach(f, key, v) {
		if (strcmp(key, "body") == 0 && json_is_array(v)) {
			if ((b = json_object_get(o, "body")) == NULL) {
				b = json_array();
				json_object_set_new(o, "body", b);
			}
			json_array_foreach(v, i, x)
				json_array_append(b, x);
		} else if (strcmp(key, "motivation") == 0) {
			if (a->reply_to == NULL)
				json_object_set(o, "motivation", v);
		} else if (strcmp(key, "target") == 0)
			merge_foreign_target(json_object_get(o, "target"), v);
		else if (json_object_get(o, key) == NULL)
			json_object_set(o, key, v);
	}
	json_decref(f);
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
	/* Nothing is made up for another tool's annotation: no creator
	 * it did not name, no empty time. */
	if (a->no_creator)
		json_decref(creator);
	else
		json_object_set_new(o, "creator", creator);
	if (a->created != NULL && *a->created)
		json_object_set_new(o, "created", json_string(a->created));
	if (a->modified != NULL && *a->modified)
		json_object_set_new(o, "modified", json_string(a->modified));
	if (json_array_size(b) > 0)
		json_object_set_new(o, "body", b);
	else
		json_decref(b);
	json_object_set_new(o, "target", target(a, source));
	if (a->restored != NULL && *a->restored)
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
	if (a->foreign != NULL)
		merge_foreign(o, a);
	return o;
}

/* Deletion i: its id and time (none when it was read without one: ""
 * is no time, and would not be read again). */
static json_t *
tomb_json(const struct anno_set *s, size_t i)
{
	json_t *t = json_object();

	json_object_set_new(t, "id", json_string(s->tombs[i].id));
	if (*s->tombs[i].deleted)
		json_object_set_new(t, "deleted",
		    json_string(s->tombs[i].deleted));
	return t;
}

static json_t *
tombs_json(const struct anno_set *s)
{
	json_t *arr = json_array();

	for (size_t i = 0; i < s->ntombs; i++)
		json_array_append_new(arr, tomb_json(s, i));
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

#define DUMP_FLAGS (JSON_INDENT(1) | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY)

/* Appends v (dropped) as json_dumps lays it out depth levels deep: its
 * own dump with depth more spaces after each newline (newlines inside
 * strings are escaped, so every raw one is layout). */
static void
put_nested(struct buf *b, json_t *v, int depth)
{
	char *text = json_dumps(v, DUMP_FLAGS), *nl, *p = text;

	json_decref(v);
	while (p != NULL && (nl = strchr(p, '\n')) != NULL) {
		buf_add(b, p, (size_t)(nl - p + 1));
		buf_add(b, "    ", (size_t)depth);	/* depth <= 4 */
		p = nl + 1;
	}
	if (p != NULL)
		buf_adds(b, p);
	free(text);
}

/* Elements from..to of an array, each after its separator and newline,
 * as put() writes them depth levels deep. */
struct put_range {
	void (*put)(struct buf *, const struct anno_set *, size_t,
	    const char *, int);
	const struct anno_set *s;
	const char *source;
	int depth;
	size_t from, to;
	struct buf out;		/* for put_thread */
};

static void
put_elements(struct buf *b, const struct put_range *r)
{
	for (size_t i = r->from; i < r->to; i++) {
		buf_printf(b, "%s\n%*s", i ? "," : "", r->depth, "");
		r->put(b, r->s, i, r->source, r->depth);
	}
}

static void *
put_thread(void *arg)
{
	struct put_range *r = arg;

	put_elements(&r->out, r);
	return NULL;
}

/* Writing is pure (a model to text), so a long array's second half is
 * written into its own buffer by a second thread and appended. */
#define PUT_SPLIT_MIN 2000

static void
put_split(struct buf *b, struct put_range *r)
{
	struct put_range second = *r;
	pthread_t t;

	if (r->to - r->from < PUT_SPLIT_MIN) {
		put_elements(b, r);
		return;
	}
	second.from = r->from + (r->to - r->from) / 2;
	r->to = second.from;
	buf_init(&second.out);
	json_object_seed(0);	/* before jansson runs in two threads */
	if (thread_start(&t, put_thread, &second) != 0) {
		r->to = second.to;
		put_elements(b, r);
		buf_free(&second.out);
		return;
	}
	put_elements(b, r);
	pthread_join(t, NULL);
	buf_add(b, second.out.data, second.out.len);
	buf_free(&second.out);
}

/* Replaces the empty array after marker in text[*done..] (copied to b up
 * to it) with the n elements put() appends, laid out at depth as
 * json_dumps would. */
static void
splice_array(struct buf *b, const char *text, size_t *done,
    const char *marker, int depth, size_t n,
    void (*put)(struct buf *, const struct anno_set *, size_t, const char *,
    int), const struct anno_set *s, const char *source)
{
	const char *at = strstr(text + *done, marker);

	if (at == NULL || n == 0)
		return;
	at += strlen(marker);	/* at "[]" */
	buf_add(b, text + *done, (size_t)(at - text - *done));
	buf_addc(b, '[');
	put_split(b, &(struct put_range){ .put = put, .s = s,
	    .source = source, .depth = depth + 1, .to = n });
	buf_printf(b, "\n%*s]", depth, "");
	*done = (size_t)(at - text) + 2;
}

/* An annotation written directly (anno_emit.h), or through jansson when
 * that declines. */
static void
put_item(struct buf *b, const struct anno_set *s, size_t i,
    const char *source, int depth)
{
	if (!anno_emit(b, s->items[i], source, depth))
		put_nested(b, anno_json_write(s->items[i], source), depth);
}

static void
put_tomb(struct buf *b, const struct anno_set *s, size_t i,
    const char *source, int depth)
{
	(void)source;
	put_nested(b, tomb_json(s, i), depth);
}

/* The text json_dumps(anno_json_write_set(...), INDENT(1)|PRESERVE_ORDER)
 * would give, made without the tree of every annotation (ten times the
 * text): the collection is dumped with its two arrays empty, and the
 * annotations and deletions are dumped one by one into their places. */
char *
anno_json_dump_set(const struct anno_set *s, const char *collection_id,
    const char *source)
{
	struct anno_set skeleton = *s;
	size_t done = 0;
	struct buf b;
	json_t *c;
	char *text;

	skeleton.n = skeleton.ntombs = 0;
	c = anno_json_write_set(&skeleton, collection_id, source);
	json_object_set_new(c, "total", json_integer((json_int_t)s->n));
	text = json_dumps(c, DUMP_FLAGS);
	json_decref(c);
	buf_init(&b);
	if (text != NULL) {
		splice_array(&b, text, &done, "\n \"galley:deleted\": ", 1,
		    s->ntombs, put_tomb, s, source);
		splice_array(&b, text, &done, "\n  \"items\": ", 2, s->n,
		    put_item, s, source);
		buf_adds(&b, text + done);
	} else
		buf_adds(&b, "{}");
	buf_addc(&b, '\n');
	free(text);
	return buf_steal(&b);
}

