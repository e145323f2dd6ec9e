/* anno.c - the annotation model: creating, editing, deleting, replying. */
#include "config.h"

#include "anno/anno.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>

#include <utf8proc.h>
#include <uuid/uuid.h>

#include "anno/anno_user.h"
#include "base/dates.h"
#include "base/file_io.h"
#include "base/util.h"

static const char *const motivation_names[] = {
	[ANNO_HIGHLIGHTING] = "highlighting",
	[ANNO_TAGGING] = "tagging",
	[ANNO_COMMENTING] = "commenting",
	[ANNO_REPLYING] = "replying",
	[ANNO_ASSESSING] = "assessing",
};

static const char *const state_names[] = {
	[ANNO_ANCHORED] = "anchored",
	[ANNO_MOVED] = "moved",
	[ANNO_FUZZY] = "fuzzy",
	[ANNO_ORPHAN] = "orphan",
};

const char *
anno_motivation_name(enum anno_motivation m)
{
	return motivation_names[m];
}

int
anno_motivation_parse(const char *name, enum anno_motivation *m)
{
	for (size_t i = 0; i < sizeof motivation_names /
	    sizeof motivation_names[0]; i++)
		if (strcmp(name, motivation_names[i]) == 0) {
			*m = (enum anno_motivation)i;
			return 0;
		}
	return -1;
}

const char *
anno_state_name(enum anno_state st)
{
	return state_names[st];
}

char *
anno_now(const char *after)
{
	struct timeval tv;
	char buf[25];
	time_t t;
	int ms;

	gettimeofday(&tv, NULL);
	date_utc_stamp(tv.tv_sec, (int)(tv.tv_usec / 1000), buf);
	/* Two edits within one millisecond, or a clock set back: step past
	 * the previous version so that "later edit wins" stays true. */
	if (after != NULL && date_parse_utc(after, &t, &ms) &&
	    date_time_cmp(buf, after) <= 0) {
		if (++ms == 1000) {
			ms = 0;
			t++;
		}
		date_utc_stamp(t, ms, buf);
	}
	return xstrdup(buf);
}

enum anno_text_fault
anno_text_fault(const char *s, bool one_line)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;

	while (*p) {
		utf8proc_ssize_t n = utf8proc_iterate(p, -1, &c);

		if (n <= 0)
			return ANNO_TEXT_BAD_UTF8;
		if (c == '\n' || c == '\t') {
			if (one_line)
				return ANNO_TEXT_LINE_BREAK;
		} else if (c < 0x20 || c == 0x7F)
			return ANNO_TEXT_CONTROL;
		p += n;
	}
	return ANNO_TEXT_OK;
}

bool
anno_text_ok(const char *s, bool one_line)
{
	return anno_text_fault(s, one_line) == ANNO_TEXT_OK;
}

char *
anno_new_id(void)
{
	uuid_t u;
	char s[37];

	uuid_generate_random(u);
	uuid_unparse_lower(u, s);
	return xasprintf("urn:uuid:%s", s);
}

void
anno_doc_sha256(const struct doc *d, char hex[65])
{
	for (size_t i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", d->sha256[i]);
}

struct anno *
anno_create(void)
{
	return xcalloc(1, sizeof(struct anno));
}

static void
free_tags(struct anno *a)
{
	for (size_t i = 0; i < a->ntags; i++)
		free(a->tags[i]);
	free(a->tags);
	a->tags = NULL;
	a->ntags = 0;
}

void
anno_destroy(struct anno *a)
{
	if (a == NULL)
		return;
	free(a->id);
	free(a->creator);
	free(a->created);
	free(a->modified);
	free_tags(a);
	free(a->note);
	free(a->reply_to);
	free(a->verdict);
	free(a->restored);
	free(a->exact);
	free(a->prefix);
	free(a->suffix);
	free(a->foreign);
	for (size_t i = 0; i < a->nothers; i++)
		anno_destroy(a->others[i]);
	free(a->others);
	free(a->base_modified);
	free(a);
}

static char *
dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

struct anno *
anno_dup(const struct anno *a)
{
	struct anno *c = anno_create();

	*c = *a;
	c->id = dup_or_null(a->id);
	c->creator = dup_or_null(a->creator);
	c->created = dup_or_null(a->created);
	c->modified = dup_or_null(a->modified);
	c->note = dup_or_null(a->note);
	c->reply_to = dup_or_null(a->reply_to);
	c->verdict = dup_or_null(a->verdict);
	c->restored = dup_or_null(a->restored);
	c->exact = dup_or_null(a->exact);
	c->prefix = dup_or_null(a->prefix);
	c->suffix = dup_or_null(a->suffix);
	c->base_modified = dup_or_null(a->base_modified);
	c->foreign = dup_or_null(a->foreign);
	c->tags = a->ntags ? xcalloc(a->ntags, sizeof *c->tags) : NULL;
	for (size_t i = 0; i < a->ntags; i++)
		c->tags[i] = xstrdup(a->tags[i]);
	c->others = a->nothers ? xcalloc(a->nothers, sizeof *c->others) : NULL;
	for (size_t i = 0; i < a->nothers; i++)
		c->others[i] = anno_dup(a->others[i]);
	return c;
}

static bool
str_eq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

bool
anno_same(const struct anno *a, const struct anno *b)
{
	if (!str_eq(a->id, b->id) || a->motivation != b->motivation ||
	    !str_eq(a->creator, b->creator) ||
	    !str_eq(a->created, b->created) ||
	    !str_eq(a->modified, b->modified) || !str_eq(a->note, b->note) ||
	    !str_eq(a->reply_to, b->reply_to) ||
	    !str_eq(a->verdict, b->verdict) ||
	    !str_eq(a->restored, b->restored) || a->start != b->start ||
	    a->end != b->end || !str_eq(a->exact, b->exact) ||
	    !str_eq(a->prefix, b->prefix) || !str_eq(a->suffix, b->suffix) ||
	    !str_eq(a->foreign, b->foreign) ||
	    a->no_position != b->no_position ||
	    a->no_creator != b->no_creator || a->ntags != b->ntags)
		return false;
	for (size_t i = 0; i < a->ntags; i++)
		if (strcmp(a->tags[i], b->tags[i]) != 0)
			return false;
	return true;
}

struct anno_set *
anno_set_create(const char *article)
{
	struct anno_set *s = xcalloc(1, sizeof *s);

	/* Through a link, the sidecar beside the file it leads to. */
	s->article = strcmp(article, "-") == 0 ? xstrdup(article) :
	    fio_side_base(article);
	s->sidecar = xasprintf("%s" ANNO_SIDECAR_SUFFIX, s->article);
	return s;
}

void
anno_set_destroy(struct anno_set *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->n; i++)
		anno_destroy(s->items[i]);
	free(s->items);
	for (size_t i = 0; i < s->ntombs; i++) {
		free(s->tombs[i].id);
		free(s->tombs[i].deleted);
	}
	free(s->tombs);
	hash_free(&s->tomb_ids);
	for (size_t i = 0; i < s->nundo; i++)
		anno_destroy(s->undo[i]);
	free(s->undo);
	free(s->article);
	free(s->sidecar);
	free(s->collection_id);
	free(s->source_iri);
	free(s->damage);
	free(s->warning);
	free(s);
}

void
anno_set_append(struct anno_set *s, struct anno *a)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->items = xreallocarray(s->items, s->cap, sizeof *s->items);
	}
	s->items[s->n++] = a;
}

struct anno *
anno_set_find(const struct anno_set *s, const char *id)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->items[i]->id, id) == 0)
			return s->items[i];
	return NULL;
}

bool
anno_set_is_deleted(const struct anno_set *s, const char *id)
{
	return hash_get(&s->tomb_ids, id, strlen(id)) != NULL;
}

void
anno_set_add_tomb(struct anno_set *s, const char *id, const char *when)
{
	if (anno_set_is_deleted(s, id))
		return;
	if (s->ntombs == s->tombs_cap) {
		s->tombs_cap = s->tombs_cap ? s->tombs_cap * 2 : 8;
		s->tombs = xreallocarray(s->tombs, s->tombs_cap,
		    sizeof *s->tombs);
	}
	s->tombs[s->ntombs].id = xstrdup(id);
	s->tombs[s->ntombs].deleted = xstrdup(when);
	hash_add(&s->tomb_ids, id, strlen(id));
	s->ntombs++;
}

const struct anno_tomb *
anno_set_tomb(const struct anno_set *s, const char *id)
{
	if (!anno_set_is_deleted(s, id))
		return NULL;
	for (size_t i = 0; i < s->ntombs; i++)
		if (strcmp(s->tombs[i].id, id) == 0)
			return &s->tombs[i];
	return NULL;
}

void
anno_set_remove_tomb(struct anno_set *s, const char *id)
{
	const struct anno_tomb *t = anno_set_tomb(s, id);
	size_t i;

	if (t == NULL)
		return;
	i = (size_t)(t - s->tombs);
	free(s->tombs[i].id);
	free(s->tombs[i].deleted);
	memmove(s->tombs + i, s->tombs + i + 1,
	    (s->ntombs - i - 1) * sizeof *s->tombs);
	s->ntombs--;
	/* The index has no removal; tombstones are few and undos rare. */
	hash_free(&s->tomb_ids);
	hash_init(&s->tomb_ids);
	for (size_t k = 0; k < s->ntombs; k++)
		hash_add(&s->tomb_ids, s->tombs[k].id, strlen(s->tombs[k].id));
}

bool
anno_outlives(const struct anno *a, const struct anno_tomb *t)
{
	/* A later deletion (a second D after the undo) wins again. */
	return a->restored != NULL &&
	    date_time_cmp(a->restored, t->deleted) >= 0;
}

size_t
anno_set_count(const struct anno_set *s)
{
	size_t n = 0;

	for (size_t i = 0; i < s->n; i++)
		if (s->items[i]->reply_to == NULL)
			n++;
	return n;
}

static int
check_writable(const struct anno_set *s, char **cause)
{
	if (!s->readonly)
		return 0;
	*cause = xasprintf("annotations are read-only: %s",
	    s->damage ? s->damage : "damaged sidecar");
	return -1;
}

static void
update_motivation(struct anno *a)
{
	if (a->reply_to != NULL)
		a->motivation = a->verdict ? ANNO_ASSESSING : ANNO_REPLYING;
	else if (a->note != NULL)
		a->motivation = ANNO_COMMENTING;
	else if (a->ntags > 0)
		a->motivation = ANNO_TAGGING;
	else
		a->motivation = ANNO_HIGHLIGHTING;
}

/* A change by the user: a new modified time, later than the old one. */
static void
touch(struct anno *a)
{
	char *now = anno_now(a->modified);

	free(a->modified);
	a->modified = now;
	a->dirty = true;
	update_motivation(a);
}

static void
copy_tags(struct anno *a, char *const *tags, size_t ntags)
{
	free_tags(a);
	a->tags = ntags ? xcalloc(ntags, sizeof *a->tags) : NULL;
	for (size_t i = 0; i < ntags; i++) {
		size_t k;

		/* The same tag twice says nothing more. */
		for (k = 0; k < a->ntags && strcmp(a->tags[k], tags[i]) != 0;
		    k++)
			;
		if (k == a->ntags)
			a->tags[a->ntags++] = xstrdup(tags[i]);
	}
}

/* Quote and context of [start, end) in d's current text. */
void
anno_target_at(struct anno *a, struct doc *d, size_t start, size_t end)
{
	size_t pre = start > ANNO_CONTEXT ? start - ANNO_CONTEXT : 0;
	size_t post = end + ANNO_CONTEXT < d->text_cps ?
	    end + ANNO_CONTEXT : d->text_cps;

	free(a->exact);
	free(a->prefix);
	free(a->suffix);
	a->start = a->cur_start = start;
	a->end = a->cur_end = end;
	a->no_position = false;
	a->exact = doc_substr(d, start, end);
	a->prefix = doc_substr(d, pre, start);
	a->suffix = doc_substr(d, end, post);
	a->state = ANNO_ANCHORED;
}

/* A name with a control character is no creator to store: it would go
 * raw into every export, where a note or a tag with one is refused. */
static int
check_creator(const char *creator, char **cause)
{
	char *fault = anno_user_fault(creator);

	if (fault == NULL)
		return 0;
	if (cause != NULL)
		*cause = fault;
	else
		free(fault);
	return -1;
}

struct anno *
anno_add(struct anno_set *s, struct doc *d, size_t start, size_t end,
    const char *creator, char *const *tags, size_t ntags, const char *note,
    char **cause)
{
	struct anno *a;

	if (check_writable(s, cause) < 0 || check_creator(creator, cause) < 0)
		return NULL;
	if (start >= end || end > d->text_cps) {
		*cause = xasprintf("range %zu:%zu is not a passage of the "
		    "text (0:%zu)", start, end, d->text_cps);
		return NULL;
	}
	a = anno_create();
	a->id = anno_new_id();
	a->creator = xstrdup(creator);
	a->created = anno_now(NULL);
	a->modified = xstrdup(a->created);
	copy_tags(a, tags, ntags);
	a->note = dup_or_null(note);
	anno_target_at(a, d, start, end);
	a->dirty = true;
	update_motivation(a);
	anno_set_append(s, a);
	return a;
}

/* A new reply to parent, not yet in the set. */
static struct anno *
new_reply(const struct anno *parent, const char *creator)
{
	struct anno *a = anno_create();

	a->id = anno_new_id();
	a->creator = xstrdup(creator);
	a->created = anno_now(NULL);
	a->modified = xstrdup(a->created);
	a->reply_to = xstrdup(parent->id);
	a->state = parent->state;
	a->cur_start = parent->cur_start;
	a->cur_end = parent->cur_end;
	a->dirty = true;
	return a;
}

struct anno *
anno_reply(struct anno_set *s, const struct anno *parent,
    const char *creator, const char *note, char **cause)
{
	struct anno *a;

	if (check_writable(s, cause) < 0 || check_creator(creator, cause) < 0)
		return NULL;
	if (note == NULL || *note == '\0') {
		*cause = xstrdup("a reply needs a note");
		return NULL;
	}
	a = new_reply(parent, creator);
	a->note = xstrdup(note);
	update_motivation(a);
	anno_set_append(s, a);
	return a;
}

bool
anno_verdict_ok(const char *text)
{
	return text != NULL && (strcmp(text, "accepted") == 0 ||
	    strcmp(text, "rejected") == 0);
}

/* Whether a was made by name (any case, with or without accents). */
static bool
made_by_name(const struct anno *a, const char *name)
{
	char *key = anno_user_key(name);
	bool same = anno_made_by(a, key);

	free(key);
	return same;
}

struct anno *
anno_assess(struct anno_set *s, const struct anno *parent,
    const char *creator, const char *verdict, const char *note,
    char **cause)
{
	struct anno *a;

	if (check_writable(s, cause) < 0 || check_creator(creator, cause) < 0)
		return NULL;
	if (!anno_verdict_ok(verdict)) {
		*cause = xstrdup("a verdict is accepted or rejected");
		return NULL;
	}
	if (parent->reply_to != NULL) {
		*cause = xstrdup("a review is of an annotation, not of a reply");
		return NULL;
	}
	if (made_by_name(parent, creator)) {
		*cause = xstrdup("a review is by a second person: you made "
		    "this annotation");
		return NULL;
	}
	a = new_reply(parent, creator);
	a->verdict = xstrdup(verdict);
	a->note = note && *note ? xstrdup(note) : NULL;
	a->motivation = ANNO_ASSESSING;
	anno_set_append(s, a);
	return a;
}

int
anno_set_tags(struct anno_set *s, struct anno *a, char *const *tags,
    size_t ntags, char **cause)
{
	if (check_writable(s, cause) < 0)
		return -1;
	if (a->reply_to != NULL) {
		*cause = xstrdup(ANNO_REPLY_NO_TAGS);
		return -1;
	}
	copy_tags(a, tags, ntags);
	touch(a);
	return 0;
}

int
anno_set_note(struct anno_set *s, struct anno *a, const char *note,
    char **cause)
{
	if (check_writable(s, cause) < 0)
		return -1;
	free(a->note);
	a->note = dup_or_null(note);
	touch(a);
	return 0;
}

static void
remove_item(struct anno_set *s, struct anno *a)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->items[i] == a) {
			memmove(s->items + i, s->items + i + 1,
			    (s->n - i - 1) * sizeof *s->items);
			s->n--;
			return;
		}
}

static bool
in_list(struct anno *const *v, size_t n, const struct anno *a)
{
	for (size_t i = 0; i < n; i++)
		if (v[i] == a)
			return true;
	return false;
}

/* a and every annotation that answers one in the list, breadth first;
 * the membership test stops a cycle written by hand into a sidecar. */
static struct anno **
thread_of(const struct anno_set *s, struct anno *a, size_t *n)
{
	struct anno **v = xcalloc(s->n + 1, sizeof *v);

	v[0] = a;
	*n = 1;
	for (size_t k = 0; k < *n; k++)
		for (size_t i = 0; i < s->n; i++) {
			struct anno *r = s->items[i];

			if (r->reply_to != NULL &&
			    strcmp(r->reply_to, v[k]->id) == 0 &&
			    !in_list(v, *n, r))
				v[(*n)++] = r;
		}
	return v;
}

size_t
anno_thread_replies(const struct anno_set *s, const struct anno *a)
{
	size_t n;

	free(thread_of(s, (struct anno *)a, &n));
	return n - 1;
}

static void
forget_undo(struct anno_set *s)
{
	for (size_t i = 0; i < s->nundo; i++)
		anno_destroy(s->undo[i]);
	free(s->undo);
	s->undo = NULL;
	s->nundo = 0;
}

int
anno_delete(struct anno_set *s, struct anno *a, char **cause)
{
	char *now;
	struct anno **v;
	size_t n;

	if (check_writable(s, cause) < 0)
		return -1;
	now = anno_now(NULL);
	v = thread_of(s, a, &n);
	forget_undo(s);
	/* Later than any undo it follows, or the restored one would
	 * outlive this deletion too (anno_outlives). */
	for (size_t i = 0; i < n; i++)
		if (v[i]->restored != NULL &&
		    date_time_cmp(now, v[i]->restored) <= 0) {
			free(now);
			now = anno_now(v[i]->restored);
		}
	for (size_t i = 0; i < n; i++) {
		anno_set_add_tomb(s, v[i]->id, now);
		remove_item(s, v[i]);
	}
	free(now);
	s->undo = v;
	s->nundo = n;
	return 0;
}

struct anno *
anno_undo_delete(struct anno_set *s)
{
	struct anno *head;

	if (s->nundo == 0 || s->readonly)
		return NULL;
	head = s->undo[0];
	for (size_t i = 0; i < s->nundo; i++) {
		struct anno *a = s->undo[i];
		const struct anno_tomb *t = anno_set_tomb(s, a->id);

		free(a->restored);
		a->restored = xstrdup(t != NULL ? t->deleted : "");
		anno_set_remove_tomb(s, a->id);
		touch(a);
		anno_set_append(s, a);
	}
	free(s->undo);
	s->undo = NULL;
	s->nundo = 0;
	return head;
}

int
anno_confirm(struct anno_set *s, struct anno *a, struct doc *d,
    char **cause)
{
	if (check_writable(s, cause) < 0)
		return -1;
	if (a->reply_to != NULL || a->state == ANNO_ORPHAN) {
		*cause = xstrdup("the annotation has no place in the text");
		return -1;
	}
	anno_target_at(a, d, a->cur_start, a->cur_end);
	touch(a);
	return 0;
}

size_t
anno_newest_other(const struct anno *a)
{
	size_t best = 0;

	for (size_t i = 1; i < a->nothers; i++)
		if (date_time_cmp(a->others[i]->modified,
		    a->others[best]->modified) > 0)
			best = i;
	return best;
}

void
anno_conflict_words(struct buf *b, const struct anno *a)
{
	const struct anno *o = a->others[anno_newest_other(a)];

	buf_adds(b, "conflict: [");
	for (size_t t = 0; t < o->ntags; t++)
		buf_printf(b, "%s%s", t ? ", " : "", o->tags[t]);
	buf_adds(b, "]");
	if (o->note) {
		buf_adds(b, " ");
		buf_add(b, o->note, strcspn(o->note, "\n"));
	}
	/* Every version has the annotation's creator: when, not who,
	 * tells them apart. */
	if (o->modified != NULL && strlen(o->modified) >= 16)
		buf_printf(b, ", of %.10s %.5s", o->modified, o->modified + 11);
	if (a->nothers > 1)
		buf_adds(b, " and others");
}

int
anno_resolve(struct anno_set *s, struct anno *a, int which, char **cause)
{
	if (check_writable(s, cause) < 0)
		return -1;
	if (which >= (int)a->nothers) {
		*cause = xstrdup("no such version");
		return -1;
	}
	if (which >= 0) {
		struct anno *o = a->others[which];

		a->others[which] = NULL;
		free(a->creator);
		a->creator = o->creator;
		o->creator = NULL;
		free(a->note);
		a->note = o->note;
		o->note = NULL;
		free_tags(a);
		a->tags = o->tags;
		a->ntags = o->ntags;
		o->tags = NULL;
		o->ntags = 0;
		anno_destroy(o);
	}
	for (size_t i = 0; i < a->nothers; i++)
		anno_destroy(a->others[i]);
	free(a->others);
	a->others = NULL;
	a->nothers = 0;
	touch(a);
	return 0;
}
