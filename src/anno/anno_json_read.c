/* anno_json_read.c - W3C Web Annotation JSON: strict reading of a
 * sidecar's collection, on one thread or two (anno_json.h). */
#include "config.h"

#include "anno/anno_json.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "base/dates.h"
#include "base/hash.h"
#include "base/json_arena.h"
#include "base/json_pos.h"
#include "base/json_scan.h"
#include "base/thread.h"
#include "base/util.h"

/* Reading.  The collection is scanned (base/json_scan.h) and each value
 * below it is decoded on its own, checked, converted and dropped: an
 * annotation at a time, never a tree of the whole sidecar.  Every
 * problem names the path of the offending value inside the value being
 * read, which becomes a line and column of the whole text. */
struct reader {
	const char *text;	/* the value being read: text[0..len) */
	size_t len;
	size_t base;		/* where it starts in the whole text */
	struct json_scan *sc;	/* the whole text, and its first failure */
	struct jpath path;
	struct json_arena *arena;	/* reset after each element */
};

/* The reader is now at the value decoded from sc->text[start..sc->pos). */
static void
reader_at(struct reader *r, size_t start)
{
	r->text = r->sc->text + start;
	r->len = r->sc->pos - start;
	r->base = start;
	r->path.n = 0;
}

static int rfail(struct reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int
rfail(struct reader *r, const char *fmt, ...)
{
	size_t line, col, base_line, base_col;
	va_list ap;
	char *msg;

	if (r->sc->cause != NULL)
		return -1;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	json_pos_locate(r->text, r->len, &r->path, &line, &col);
	json_pos_of(r->sc->text, r->base, &base_line, &base_col);
	if (line == 1)
		col += base_col - 1;
	r->sc->cause = xasprintf("%zu:%zu: %s", base_line + line - 1, col,
	    msg ? msg : "bad");
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

/* A time member (created, modified, galley:restored, a deletion's
 * deleted), or NULL: a string that is an RFC 3339 date-time, as the W3C
 * model has it; anything else would go on into an export that does not
 * validate, and compare with --since, or a deletion with its undo, as
 * text ("2099-99-99" after every real date). */
static int
get_time(struct reader *r, json_t *o, const char *key, const char **out)
{
	if (get_string(r, o, key, false, out) < 0)
		return -1;
	if (*out == NULL || date_is_rfc3339(*out))
		return 0;
	jpath_push_key(&r->path, key);
	rfail(r, "\"%s\" is not a date and time (RFC 3339, "
	    "YYYY-MM-DDThh:mm:ssZ)", key);
	jpath_pop(&r->path);
	return -1;
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
type_is(json_t *t, const char *type)
{
	json_t *v;
	size_t i;

	if (json_is_string(t))
		return strcmp(json_string_value(t), type) == 0;
	json_array_foreach(t, i, v)
		if (json_is_string(v) && strcmp(json_string_value(v), type) == 0)
			return true;
	return false;
}

static bool
has_type(json_t *o, const char *type)
{
	return type_is(json_object_get(o, "type"), type);
}

static int
read_creator(struct reader *r, json_t *o, struct anno *a)
{
	json_t *c = json_object_get(o, "creator");
	const char *name = NULL;

	if (c == NULL) {
		name = "unknown";
		a->no_creator = true;
	} else if (json_is_string(c))
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

/* A body galley writes and reads: a plain-text TextualBody, a tag or
 * the note, with no member galley would not write back. */
static bool
galley_body(json_t *b, const struct anno *a)
{
	const char *key, *purpose = NULL;
	json_t *v;

	if (!json_is_string(json_object_get(b, "value")))
		return false;
	json_object_foreach(b, key, v) {
		if (strcmp(key, "value") == 0)
			continue;
		if (!json_is_string(v))
			return false;
		if (strcmp(key, "purpose") == 0)
			purpose = json_string_value(v);
		else if (!(strcmp(key, "type") == 0 &&
		    strcmp(json_string_value(v), "TextualBody") == 0) &&
		    !(strcmp(key, "format") == 0 &&
		    strcmp(json_string_value(v), "text/plain") == 0))
			return false;
	}
	if (purpose != NULL && strcmp(purpose, "tagging") == 0)
		return true;
	/* One note: a second one, or another purpose, is not galley's. */
	return a->note == NULL &&
	    (purpose == NULL || strcmp(purpose, "commenting") == 0);
}

static int
read_body(struct reader *r, json_t *b, struct anno *a, json_t *foreign)
{
	const char *purpose = NULL, *value = NULL;

	/* A body may be a link alone (the model's "body": "IRI"). */
	if (json_is_string(b)) {
		json_array_append(foreign, b);
		return 0;
	}
	if (!json_is_object(b))
		return rfail(r, "body is neither an object nor a link");
	if (get_string(r, b, "purpose", false, &purpose) < 0 ||
	    get_string(r, b, "value", false, &value) < 0)
		return -1;
	if (!galley_body(b, a)) {
		json_array_append(foreign, b);
		return 0;
	}
	if (purpose != NULL && strcmp(purpose, "tagging") == 0)
		add_tag(a, value);
	else
		a->note = xstrdup(value);
	return 0;
}

static int
read_bodies(struct reader *r, json_t *o, struct anno *a, json_t *foreign)
{
	json_t *b = json_object_get(o, "body"), *v, *other = json_array();
	size_t i;
	int rc = 0;

	if (b == NULL) {
		json_decref(other);
		return 0;
	}
	jpath_push_key(&r->path, "body");
	if (json_is_array(b)) {
		json_array_foreach(b, i, v) {
			jpath_push_index(&r->path, i);
			if ((rc = read_body(r, v, a, other)) < 0)
				break;
			jpath_pop(&r->path);
		}
	} else
		rc = read_body(r, b, a, other);
	if (rc == 0) {
		jpath_pop(&r->path);
		if (json_array_size(other) > 0)
			json_object_set(foreign, "body", other);
	}
	json_decref(other);
	return rc;
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
read_selector(struct reader *r, json_t *sel, struct anno *a, bool *pos,
    json_t *other)
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
	} else
		json_array_append(other, sel);
	return 0;
}

/* The target's members galley does not write (its type, a scope) and
 * selectors of other kinds, kept in foreign's "target". */
static void
keep_foreign_target(json_t *t, json_t *other_selectors, json_t *foreign)
{
	json_t *keep = json_object(), *v;
	const char *key;

	json_object_foreach(t, key, v)
		if (strcmp(key, "source") != 0 && strcmp(key, "selector") != 0)
			json_object_set(keep, key, v);
	if (json_array_size(other_selectors) > 0)
		json_object_set(keep, "selector", other_selectors);
	if (json_object_size(keep) > 0)
		json_object_set(foreign, "target", keep);
	json_decref(keep);
}

/* A passage: a source and a TextQuoteSelector, with or without a
 * TextPositionSelector (then its quote alone places it). */
static int
read_target(struct reader *r, json_t *o, struct anno *a, json_t *foreign)
{
	json_t *t = json_object_get(o, "target"), *sel, *v, *other;
	bool pos = false;
	size_t i;
	int rc = 0;

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
	other = json_array();
	if (json_is_array(sel)) {
		json_array_foreach(sel, i, v) {
			jpath_push_index(&r->path, i);
			if ((rc = read_selector(r, v, a, &pos, other)) < 0)
				break;
			jpath_pop(&r->path);
		}
	} else
		rc = read_selector(r, sel, a, &pos, other);
	if (rc == 0 && a->exact == NULL)
		rc = rfail(r, "no TextQuoteSelector");
	if (rc == 0)
		keep_foreign_target(t, other, foreign);
	json_decref(other);
	if (rc < 0)
		return -1;
	if (!pos) {
		a->start = a->end = 0;
		a->no_position = true;
	}
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

/* Members galley writes itself (and every "galley:" one). */
static bool
galley_member(const char *key)
{
	static const char *const own[] = { "@context", "id", "type",
	    "motivation", "creator", "created", "modified", "body", "target",
	    NULL };

	for (size_t i = 0; own[i] != NULL; i++)
		if (strcmp(key, own[i]) == 0)
			return true;
	return strncmp(key, "galley:", 7) == 0;
}

static int
dump_to_buf(const char *chunk, size_t n, void *arg)
{
	buf_add(arg, chunk, n);
	return 0;
}

/* What galley does not model of o, as a->foreign's text. */
static void
keep_foreign(json_t *o, json_t *foreign, struct anno *a)
{
	const char *key;
	json_t *v;
	struct buf b;

	json_object_foreach(o, key, v)
		if (!galley_member(key))
			json_object_set(foreign, key, v);
	if (json_object_size(foreign) == 0)
		return;
	buf_init(&b);
	json_dump_callback(foreign, dump_to_buf, &b,
	    JSON_COMPACT | JSON_PRESERVE_ORDER);
	a->foreign = buf_steal(&b);
}

/* The motivation: galley's own, or derived from the bodies; another
 * one (linking, describing) is kept as written in foreign. */
static int
read_motivation(struct reader *r, const char *motivation, struct anno *a,
    json_t *foreign)
{
	bool own = motivation != NULL &&
	    anno_motivation_parse(motivation, &a->motivation) == 0;

	if (a->reply_to != NULL)
		a->motivation = a->verdict ? ANNO_ASSESSING : ANNO_REPLYING;
	else if (a->verdict != NULL)
		return rfail(r, "galley:verdict on an annotation that answers "
		    "none");
	else if (!own || a->motivation == ANNO_REPLYING ||
	    a->motivation == ANNO_ASSESSING) {
		a->motivation = a->note ? ANNO_COMMENTING :
		    a->ntags ? ANNO_TAGGING : ANNO_HIGHLIGHTING;
		if (motivation != NULL)
			json_object_set_new(foreign, "motivation",
			    json_string(motivation));
	}
	return 0;
}

static int
read_fields(struct reader *r, json_t *o, struct anno *a, bool nested)
{
	const char *id, *motivation, *created, *modified, *restored;
	const char *verdict;
	json_t *foreign;
	int rc;

	if (!json_is_object(o))
		return rfail(r, "not an annotation object");
	if (!has_type(o, "Annotation"))
		return rfail(r, "type is not \"Annotation\"");
	if (get_id(r, o, &id) < 0 ||
	    get_string(r, o, "motivation", false, &motivation) < 0 ||
	    get_time(r, o, "created", &created) < 0 ||
	    get_time(r, o, "modified", &modified) < 0 ||
	    get_time(r, o, "galley:restored", &restored) < 0 ||
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
	foreign = json_object();
	rc = read_creator(r, o, a) < 0 || read_bodies(r, o, a, foreign) < 0 ||
	    read_target(r, o, a, foreign) < 0 ||
	    (!nested && read_conflicts(r, o, a) < 0) ||
	    read_motivation(r, motivation, a, foreign) < 0 ? -1 : 0;
	if (rc == 0)
		keep_foreign(o, foreign, a);
	json_decref(foreign);
	return rc;
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

/* The members of the object starting at sc->pos, each handed to member
 * (which reads its value) after its key; a repeated key fails. */
static int
scan_object(struct json_scan *sc, int (*member)(struct json_scan *,
    const char *, void *), void *arg)
{
	struct hash keys;
	int rc = 0;

	if (json_scan_expect(sc, '{', "'{'") < 0)
		return -1;
	if (json_scan_accept(sc, '}'))
		return 0;
	hash_init(&keys);
	do {
		size_t at = (json_scan_peek(sc), sc->pos);
		char *key = json_scan_key(sc);

		if (key == NULL)
			rc = -1;
		else if (hash_add(&keys, key, strlen(key))->count > 1)
			rc = json_scan_fail(sc, at, "duplicate object key");
		else
			rc = member(sc, key, arg);
		free(key);
	} while (rc == 0 && json_scan_accept(sc, ','));
	hash_free(&keys);
	if (rc == 0)
		rc = json_scan_expect(sc, '}', "',' or '}'");
	return rc;
}

/* The elements of the array starting at sc->pos, each decoded and handed
 * to element with the reader placed on it, then dropped.  Something
 * else than an array fails with not_array.  before, unless NULL, is
 * called at each element's start: 1 when it read the rest of the array
 * itself (through its ']'), 0 to go on, -1 on failure. */
static int
scan_array(struct reader *r, const char *not_array,
    int (*element)(struct reader *, json_t *, size_t, void *),
    int (*before)(struct reader *, void *), void *arg)
{
	struct json_scan *sc = r->sc;
	size_t i = 0, start;
	json_t *v;
	int rc = 0;

	if (json_scan_peek(sc) != '[') {
		if ((v = json_scan_value(sc, &start)) == NULL)
			return -1;
		json_decref(v);
		return json_scan_fail(sc, start, "%s", not_array);
	}
	sc->pos++;
	if (json_scan_accept(sc, ']'))
		return 0;
	do {
		json_scan_peek(sc);
		if (before != NULL && (rc = before(r, arg)) != 0)
			return rc < 0 ? -1 : 0;
		if ((v = json_scan_value(sc, &start)) == NULL)
			return -1;
		reader_at(r, start);
		rc = element(r, v, i++, arg);
		json_decref(v);
		json_arena_reset(r->arena);
	} while (rc == 0 && json_scan_accept(sc, ','));
	if (rc == 0)
		rc = json_scan_expect(sc, ']', "',' or ']'");
	return rc;
}

static int
read_tomb(struct reader *r, json_t *v, size_t i, void *arg)
{
	struct anno_set *s = arg;
	const char *id, *when;

	(void)i;
	if (!json_is_object(v))
		return rfail(r, "a deletion is not an object");
	if (get_id(r, v, &id) < 0 ||
	    get_time(r, v, "deleted", &when) < 0)
		return -1;
	anno_set_add_tomb(s, id, when ? when : "");
	return 0;
}

static int
read_source(struct reader *r, json_t *src, struct anno_set *s)
{
	json_t *size = json_object_get(src, "size");
	const char *sha;

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
	return 0;
}

/* The target source of item v, the article as the sidecar names it;
 * NULL when it names none. */
static const char *
source_iri_of(json_t *v)
{
	return json_string_value(json_object_get(json_object_get(v,
	    "target"), "source"));
}

struct half;

/* What the page and collection members say, and the set they fill. */
struct collection {
	struct reader r;
	struct anno_set *s;
	struct hash ids;	/* a second annotation with an id is damage */
	bool is_collection, is_page, has_page, has_items;
	size_t page_at;
	size_t split_min;	/* items this many bytes long or more are
				 * decoded in two threads */
	bool split;		/* they were */
	struct half *half;	/* the second thread, until met */
};

/* Keeps a, read at r, in c's set (or fails on its id's second use);
 * iri is the article its target names, or NULL. */
static int
keep_item(struct reader *r, struct collection *c, struct anno *a,
    const char *iri)
{
	if (hash_add(&c->ids, a->id, strlen(a->id))->count > 1) {
		anno_destroy(a);
		return rfail(r, "a second annotation with this id");
	}
	anno_set_append(c->s, a);
	if (c->s->source_iri == NULL && iri != NULL)
		c->s->source_iri = xstrdup(iri);
	return 0;
}

static int
read_item(struct reader *r, json_t *v, size_t i, void *arg)
{
	struct anno *a;

	(void)i;
	if (read_anno(r, v, &a, false) < 0)
		return -1;
	return keep_item(r, arg, a, source_iri_of(v));
}

/* Big sidecars are decoded on two cores: jansson's decoding is most of a
 * read.  A second thread reads the items from one that looks like an
 * element's start past the middle of the array ("}" "," "{"), into its
 * own list, while this one reads from the first.  The guess is proved
 * when this thread, reading serially, reaches an element starting at
 * exactly that byte; the second list is then kept as if read here.
 * Anything else (the guess was inside a string, or the second thread
 * met damage) drops that list and this thread reads on by itself, so
 * the set and the first failure are exactly the serial reader's. */
struct half {
	const char *text;
	size_t len, from;	/* the guessed start */
	pthread_t thread;
	atomic_bool stop;	/* set when its work will not be used */
	int rc;
	size_t end;		/* after its ']' */
	struct anno **items;
	size_t *spans;		/* start and end of each item in text */
	size_t n, cap;
	char *iri;		/* the first target source it read */
};

static void
half_push(struct half *h, struct anno *a, size_t start, size_t end)
{
	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 64;
		h->items = xreallocarray(h->items, h->cap, sizeof *h->items);
		h->spans = xreallocarray(h->spans, 2 * h->cap,
		    sizeof *h->spans);
	}
	h->items[h->n] = a;
	h->spans[2 * h->n] = start;
	h->spans[2 * h->n + 1] = end;
	h->n++;
}

/* The second thread: the elements from h->from to the array's end. */
static void *
half_read(void *arg)
{
	struct half *h = arg;
	struct json_scan sc;
	struct json_arena arena;
	struct reader r = { .sc = &sc, .arena = &arena };
	size_t start;
	json_t *v;
	int rc = 0;

	json_scan_init(&sc, h->text, h->len);
	sc.pos = h->from;
	json_arena_open(&arena);
	do {
		struct anno *a;

		if (atomic_load(&h->stop) ||
		    (v = json_scan_value(&sc, &start)) == NULL) {
			rc = -1;
			break;
		}
		reader_at(&r, start);
		if ((rc = read_anno(&r, v, &a, false)) == 0) {
			half_push(h, a, start, sc.pos);
			if (h->iri == NULL && source_iri_of(v) != NULL)
				h->iri = xstrdup(source_iri_of(v));
		}
		json_decref(v);
		json_arena_reset(&arena);
	} while (rc == 0 && json_scan_accept(&sc, ','));
	if (rc == 0)
		rc = json_scan_expect(&sc, ']', "',' or ']'");
	json_arena_close(&arena);
	h->rc = rc;
	h->end = sc.pos;
	free(sc.cause);
	return NULL;
}

static void
half_drop(struct half *h)
{
	for (size_t i = 0; i < h->n; i++)
		anno_destroy(h->items[i]);
	free(h->items);
	free(h->spans);
	free(h->iri);
	h->items = NULL;
	h->spans = NULL;
	h->iri = NULL;
	h->n = h->cap = 0;
}

/* Where an element seems to start past the middle of the array at
 * text[from] ('['), or 0 when none does (or the array is short).  Only
 * an array laid out one element a line (as galley writes it) is split:
 * an element starts where "}," a newline and the first element's
 * indentation come before a '{'.  No JSON string holds a raw newline,
 * and elements nested deeper are indented further, so the guess is
 * right but in damaged or oddly laid out text, which the serial
 * reading then catches. */
static size_t
split_guess(const char *text, size_t from, size_t len, size_t min)
{
	char needle[3 + 64 + 1];
	struct json_scan sc;
	size_t first, indent, mid;
	const char *at;

	if (len - from < min || len - from < 2)
		return 0;
	json_scan_init(&sc, text, len);
	sc.pos = from + 1;
	json_scan_peek(&sc);	/* to the first element */
	first = sc.pos;
	for (indent = 0; first - indent > from + 1 &&
	    strchr(" \t", text[first - indent - 1]); indent++)
		;
	if (first - indent <= from + 1 || text[first - indent - 1] != '\n' ||
	    indent > 64)
		return 0;
	memcpy(needle, "},\n", 3);
	memcpy(needle + 3, text + first - indent, indent);
	needle[3 + indent] = '{';
	mid = from + (len - from) / 2;
	at = memmem(text + mid, len - mid, needle, indent + 4);
	return at == NULL ? 0 : (size_t)(at - text) + indent + 3;
}

/* The second thread's items kept as read here, in order. */
static int
half_keep(struct collection *c, struct half *h)
{
	struct reader *r = &c->r;
	size_t i;
	int rc = 0;

	for (i = 0; i < h->n && rc == 0; i++) {
		r->text = r->sc->text + h->spans[2 * i];
		r->len = h->spans[2 * i + 1] - h->spans[2 * i];
		r->base = h->spans[2 * i];
		r->path.n = 0;
		rc = keep_item(r, c, h->items[i], h->iri);
	}
	for (; i < h->n; i++)
		anno_destroy(h->items[i]);
	h->n = 0;
	if (rc == 0)
		r->sc->pos = h->end;
	return rc;
}

/* Before each element read here: at the guessed start, the second
 * thread's work is taken (1: the array is read) or dropped. */
static int
half_meet(struct reader *r, void *arg)
{
	struct collection *c = arg;
	struct half *h = c->half;

	if (h == NULL || r->sc->pos < h->from)
		return 0;
	c->half = NULL;
	if (r->sc->pos > h->from)
		atomic_store(&h->stop, true);
	pthread_join(h->thread, NULL);
	if (r->sc->pos == h->from && h->rc == 0) {
		c->split = true;
		return half_keep(c, h) < 0 ? -1 : 1;
	}
	half_drop(h);
	return 0;
}

static int
read_items(struct collection *c)
{
	struct json_scan *sc = c->r.sc;
	struct half h = { .text = sc->text, .len = sc->len };
	int rc;

	if (json_scan_peek(sc) == '[' &&
	    (h.from = split_guess(sc->text, sc->pos, sc->len,
	    c->split_min)) > 0) {
		/* jansson seeds its hash function once, and not safely
		 * from two threads at a time. */
		json_object_seed(0);
		if (thread_start(&h.thread, half_read, &h) == 0)
			c->half = &h;
	}
	rc = scan_array(&c->r, "the page has no \"items\" array",
	    read_item, half_meet, c);
	if (c->half != NULL) {	/* not met: an error, or the guess lost */
		atomic_store(&h.stop, true);
		pthread_join(h.thread, NULL);
		c->half = NULL;
	}
	half_drop(&h);
	return rc;
}

/* A member of the page, "first": its items are read as they come. */
static int
page_member(struct json_scan *sc, const char *key, void *arg)
{
	struct collection *c = arg;
	size_t start;
	json_t *v;

	if (strcmp(key, "items") == 0) {
		c->has_items = true;
		return read_items(c);
	}
	if ((v = json_scan_value(sc, &start)) == NULL)
		return -1;
	if (strcmp(key, "type") == 0)
		c->is_page = type_is(v, "AnnotationPage");
	/* A page that names a next one holds part of the collection (the
	 * model requires "next" wherever more pages follow): its rest
	 * would be lost at the next save.  A "total" above what the page
	 * holds is no such sign: an item removed by hand leaves it so. */
	if (strcmp(key, "next") == 0 && !json_is_null(v)) {
		json_decref(v);
		return json_scan_fail(sc, start, "the collection goes on "
		    "past its first page (\"next\"); galley reads only "
		    "one-page collections");
	}
	json_decref(v);
	return 0;
}

static int
read_page(struct json_scan *sc, struct collection *c)
{
	size_t start;
	json_t *v;

	c->has_page = true;
	c->page_at = (json_scan_peek(sc), sc->pos);
	if (json_scan_peek(sc) != '{') {
		if ((v = json_scan_value(sc, &start)) == NULL)
			return -1;
		json_decref(v);
		return json_scan_fail(sc, start, "\"first\" is not an "
		    "AnnotationPage");
	}
	if (scan_object(sc, page_member, c) < 0)
		return -1;
	if (!c->is_page)
		return json_scan_fail(sc, c->page_at, "\"first\" is not an "
		    "AnnotationPage");
	if (!c->has_items)
		return json_scan_fail(sc, c->page_at, "the page has no "
		    "\"items\" array");
	return 0;
}

/* Only galley's own kind of id is kept; another one (an older sidecar,
 * another tool) is replaced by a fresh urn:uuid on the next save. */
static void
read_collection_id(json_t *id, struct anno_set *s)
{
	if (json_is_string(id) && s->collection_id == NULL &&
	    str_starts_with(json_string_value(id), "urn:uuid:"))
		s->collection_id = xstrdup(json_string_value(id));
}

static int
collection_member(struct json_scan *sc, const char *key, void *arg)
{
	struct collection *c = arg;
	size_t start;
	json_t *v;
	int rc = 0;

	if (strcmp(key, "first") == 0)
		return read_page(sc, c);
	if (strcmp(key, "galley:deleted") == 0)
		return scan_array(&c->r, "deletions are not an array",
		    read_tomb, NULL, c->s);
	if ((v = json_scan_value(sc, &start)) == NULL)
		return -1;
	reader_at(&c->r, start);
	if (strcmp(key, "type") == 0)
		c->is_collection = type_is(v, "AnnotationCollection");
	else if (strcmp(key, "id") == 0)
		read_collection_id(v, c->s);
	else if (strcmp(key, "galley:source") == 0)
		rc = read_source(&c->r, v, c->s);
	json_decref(v);
	return rc;
}

static int
read_collection(struct json_scan *sc, struct collection *c)
{
	size_t start;
	json_t *v;

	if (json_scan_peek(sc) != '{') {
		if ((v = json_scan_value(sc, &start)) == NULL)
			return -1;
		json_decref(v);
		if (json_scan_end(sc) < 0)
			return -1;
		return json_scan_fail(sc, start, "not an "
		    "AnnotationCollection");
	}
	start = sc->pos;
	if (scan_object(sc, collection_member, c) < 0 || json_scan_end(sc) < 0)
		return -1;
	if (!c->is_collection)
		return json_scan_fail(sc, start, "not an AnnotationCollection");
	if (!c->has_page)
		return json_scan_fail(sc, start, "no \"first\" page");
	return 0;
}

int
anno_json_read_set(struct anno_set *s, const char *text, size_t len,
    char **cause)
{
	return anno_json_read_set_split(s, text, len, ANNO_SPLIT_MIN, NULL,
	    cause);
}

int
anno_json_read_set_split(struct anno_set *s, const char *text, size_t len,
    size_t split_min, bool *split, char **cause)
{
	struct json_scan sc;
	struct json_arena arena;
	struct collection c = { .s = s, .split_min = split_min };

	json_scan_init(&sc, text, len);
	json_arena_open(&arena);
	c.r.sc = &sc;
	c.r.arena = &arena;
	hash_init(&c.ids);
	read_collection(&sc, &c);
	hash_free(&c.ids);
	json_arena_close(&arena);
	if (split != NULL)
		*split = c.split;
	if (sc.cause != NULL) {
		*cause = sc.cause;
		return -1;
	}
	return 0;
}
