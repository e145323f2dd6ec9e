/* anno_foreign.c - another tool's bodies, put into words (anno_foreign.h). */
#include "config.h"

#include "anno/anno_foreign.h"

#include <string.h>

#include <jansson.h>

#include "base/util.h"

/* Appends "; " between items, then text up to its first line end. */
static void
add_item(struct buf *b, const char *purpose, const char *text)
{
	if (b->len > 0)
		buf_adds(b, "; ");
	if (purpose != NULL) {
		buf_adds(b, purpose);
		buf_adds(b, ": ");
	}
	buf_add(b, text, strcspn(text, "\r\n"));
}

/* One body: a link (a string), or an object whose value or id says
 * what it is. */
static void
add_body(struct buf *b, json_t *body)
{
	const char *purpose, *text;

	if (json_is_string(body)) {
		add_item(b, NULL, json_string_value(body));
		return;
	}
	purpose = json_string_value(json_object_get(body, "purpose"));
	if ((text = json_string_value(json_object_get(body, "value"))) ==
	    NULL && (text = json_string_value(json_object_get(body,
	    "source"))) == NULL)
		text = json_string_value(json_object_get(body, "id"));
	if (text != NULL)
		add_item(b, purpose, text);
}

char *
anno_other_bodies(const struct anno *a)
{
	json_t *f, *v, *body;
	struct buf b;
	size_t i;

	if (a->foreign == NULL ||
	    (f = json_loads(a->foreign, 0, NULL)) == NULL)
		return NULL;
	buf_init(&b);
	buf_adds(&b, "");
	if ((v = json_object_get(f, "bodyValue")) != NULL &&
	    json_is_string(v))
		add_item(&b, NULL, json_string_value(v));
	if ((v = json_object_get(f, "body")) != NULL)
		json_array_foreach(v, i, body)
			add_body(&b, body);
	json_decref(f);
	if (b.len == 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}
