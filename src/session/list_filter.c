/* list_filter.c - the reader's list filters (F): parsing and matching. */
#include "config.h"

#include "session/list_filter.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "view/search.h"

static const struct {
	const char *name;
	enum filter_key key;
	unsigned targets;	/* 1 << enum list_filter_target */
} filter_keys[] = {
	{ "title", FK_TITLE, 1 << FILTER_SOURCES },
	{ "site", FK_SITE, 1 << FILTER_SOURCES },
	{ "date", FK_DATE, 1 << FILTER_SOURCES },
	{ "path", FK_PATH, 1 << FILTER_SOURCES },
	{ "mentions", FK_MENTIONS, 1 << FILTER_SOURCES },
	{ "has", FK_HAS, 1 << FILTER_SOURCES },
	{ "type", FK_TYPE, 1 << FILTER_ENTITIES },
};

static const char *const has_values[] = {
	"problems", "annotations", "entities"
};

/* The next word of *p (quotes kept out, spaces in them kept), or NULL
 * at the end. */
static char *
next_word(const char **p)
{
	const char *s = *p + strspn(*p, " \t");
	struct buf b;
	bool quoted = false;

	if (*s == '\0')
		return NULL;
	buf_init(&b);
	for (; *s && (quoted || (*s != ' ' && *s != '\t')); s++) {
		if (*s == '"')
			quoted = !quoted;
		else
			buf_addc(&b, *s);
	}
	*p = s;
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

static bool
valid_has(const char *v)
{
	for (size_t i = 0; i < sizeof has_values / sizeof *has_values; i++)
		if (strcmp(v, has_values[i]) == 0)
			return true;
	return false;
}

/* Fills term t from word w (taken); NULL, or what is wrong. */
static char *
parse_term(struct filter_term *t, char *w, enum list_filter_target target)
{
	char *colon, *v = w;

	t->negate = *v == '!';
	v += t->negate;
	t->key = FK_WORD;
	colon = strchr(v, ':');
	if (colon != NULL) {
		size_t k, nk = sizeof filter_keys / sizeof *filter_keys;

		for (k = 0; k < nk; k++)
			if (strlen(filter_keys[k].name) == (size_t)(colon - v) &&
			    strncmp(filter_keys[k].name, v, (size_t)(colon - v)) == 0 &&
			    (filter_keys[k].targets & (1u << target)))
				break;
		if (k == nk)
			return xasprintf("unknown filter word %s (try %s)", w,
			    target == FILTER_SOURCES ? "title: site: date: "
			    "path: mentions: has:problems has:annotations "
			    "has:entities, or a bare word" :
			    "type:, or a bare word");
		t->key = filter_keys[k].key;
		v = colon + 1;
	}
	if (*v == '\0')
		return xasprintf("%s: nothing to match", w);
	if (t->key == FK_HAS && !valid_has(v))
		return xasprintf("%s: has: takes problems, annotations or "
		    "entities", w);
	t->value = xstrdup(v);
	return NULL;
}

int
list_filter_parse(struct list_filter *f, const char *text,
    enum list_filter_target target, char **err)
{
	char *w;

	f->v = NULL;
	f->n = 0;
	*err = NULL;
	while ((w = next_word(&text)) != NULL) {
		struct filter_term t = { .key = FK_WORD };

		*err = parse_term(&t, w, target);
		free(w);
		if (*err != NULL) {
			list_filter_free(f);
			return -1;
		}
		f->v = xreallocarray(f->v, f->n + 1, sizeof *f->v);
		f->v[f->n++] = t;
	}
	return 0;
}

void
list_filter_free(struct list_filter *f)
{
	for (size_t i = 0; i < f->n; i++) {
		free(f->v[i].value);
		free(f->v[i].docs);
	}
	free(f->v);
	f->v = NULL;
	f->n = 0;
}

static bool
has(const char *field, const char *value)
{
	return field != NULL && search_has(field, value);
}

/* Whether doc mentions the group t names (with an index bound), or one
 * of doc's entity mentions has t's value in its text. */
static bool
mentions(struct session *s, size_t doc, const struct filter_term *t)
{
	const struct mention_list *ml = &s->mentions[doc];
	struct doc *d = s->load.docs[doc];
	const char *value = t->value;

	if (t->docs != NULL && doc < t->ndocs && t->docs[doc])
		return true;

	for (size_t i = 0; d != NULL && i < ml->n; i++) {
		char *text = doc_substr(d, ml->v[i].start, ml->v[i].end);
		bool yes = search_has(text, value);

		free(text);
		if (yes)
			return true;
	}
	return false;
}

static bool
source_has(struct session *s, size_t doc, const char *what)
{
	if (strcmp(what, "problems") == 0)
		return s->docs[doc].problems.n > 0;
	if (strcmp(what, "annotations") == 0)
		return session_anno_count(s, doc) > 0;
	return s->mentions[doc].n > 0;
}

static bool
source_term(const struct filter_term *t, struct session *s, size_t doc)
{
	const struct doc *d = s->load.docs[doc];
	const char *path = s->load.paths[doc];

	switch (t->key) {
	case FK_WORD:
		return (d && has(d->title, t->value)) || has(path, t->value);
	case FK_TITLE:
		return d && has(d->title, t->value);
	case FK_SITE:
		return d && has(d->site, t->value);
	case FK_DATE:
		return d && has(d->date, t->value);
	case FK_PATH:
		return has(path, t->value);
	case FK_MENTIONS:
		return mentions(s, doc, t);
	case FK_HAS:
		return source_has(s, doc, t->value);
	case FK_TYPE:
		break;
	}
	return false;
}

bool
list_filter_source(const struct list_filter *f, struct session *s,
    size_t doc)
{
	for (size_t i = 0; i < f->n; i++)
		if (source_term(&f->v[i], s, doc) == f->v[i].negate)
			return false;
	return true;
}

/* Whether the entity's canonical name or one of its variants has value. */
static bool
entity_named(const struct entity_index *ix, const struct entity *e,
    const char *value)
{
	if (has(e->canonical, value))
		return true;
	for (size_t v = 0; v < e->nvariants; v++)
		if (has(ix->variants[e->variants[v]].text, value))
			return true;
	return false;
}

bool
list_filter_wants_index(const struct list_filter *f)
{
	for (size_t i = 0; i < f->n; i++)
		if (f->v[i].key == FK_MENTIONS)
			return true;
	return false;
}

void
list_filter_bind_index(struct list_filter *f, const struct entity_index *ix)
{
	for (size_t i = 0; i < f->n; i++) {
		struct filter_term *t = &f->v[i];

		if (t->key != FK_MENTIONS)
			continue;
		free(t->docs);
		t->ndocs = ix->ndocs;
		t->docs = xcalloc(ix->ndocs ? ix->ndocs : 1, sizeof *t->docs);
		for (size_t e = 0; e < ix->nentities; e++) {
			const struct entity *en = &ix->entities[e];

			if (!entity_named(ix, en, t->value))
				continue;
			for (size_t k = 0; k < en->nfiles; k++)
				if (en->files[k].doc < ix->ndocs)
					t->docs[en->files[k].doc] = true;
		}
	}
}

static bool
entity_term(const struct filter_term *t, const struct entity_index *ix,
    const struct entity *e)
{
	if (t->key == FK_TYPE) {
		const char *type = entity_type_name(e->type);
		return strncasecmp(type, t->value, strlen(t->value)) == 0;
	}
	return entity_named(ix, e, t->value);
}

bool
list_filter_entity(const struct list_filter *f,
    const struct entity_index *ix, size_t e)
{
	for (size_t i = 0; i < f->n; i++)
		if (entity_term(&f->v[i], ix, &ix->entities[e]) ==
		    f->v[i].negate)
			return false;
	return true;
}
