/* entity_index.c - grouping the variants of names across a load.
 *
 * The rules only find links between variants; groups are the connected
 * parts of the links that survive the user's decisions, so that a split
 * or a merge is a change of links and everything else follows. */
#include "config.h"

#include "ner/entity_index.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ner/gazetteer.h"
#include "base/util.h"

#define WHY_MAX 50		/* reasons kept per entity */

/* --- variants ------------------------------------------------------- */

static size_t
variant_add(struct entity_index *ix, const char *s, size_t len)
{
	struct hash_entry *e = hash_get(&ix->by_text, s, len);
	struct entity_variant *v;
	size_t klen;

	if (e != NULL)
		return e->tag;
	if (ix->nvariants == ix->variants_cap) {
		ix->variants_cap = ix->variants_cap ? ix->variants_cap * 2 : 64;
		ix->variants = xreallocarray(ix->variants, ix->variants_cap,
		    sizeof *ix->variants);
	}
	v = &ix->variants[ix->nvariants];
	memset(v, 0, sizeof *v);
	v->text = xstrndup(s, len);
	v->key = gaz_fold(s, len, &klen);
	hash_add(&ix->by_text, s, len)->tag = ix->nvariants;
	return ix->nvariants++;
}

static void
variants_collect(struct entity_index *ix, struct doc *const *docs)
{
	ix->variant_of = xcalloc(ix->ndocs ? ix->ndocs : 1,
	    sizeof *ix->variant_of);
	for (size_t d = 0; d < ix->ndocs; d++) {
		const struct mention_list *l = &ix->docs[d];

		if (docs[d] == NULL || l->n == 0)
			continue;
		ix->variant_of[d] = xcalloc(l->n, sizeof **ix->variant_of);
		for (size_t i = 0; i < l->n; i++) {
			const struct mention *m = &l->v[i];
			size_t v = variant_add(ix, docs[d]->text + m->bstart,
			    m->bend - m->bstart);

			ix->variant_of[d][i] = v;
			ix->variants[v].count++;
			/* The rules group by the recogniser's types: a
			 * type decision retypes a group, it does not
			 * regroup it (entity_decided_type). */
			ix->variants[v].type_counts[
			    mention_recognised_type(m)]++;
		}
	}
	for (size_t v = 0; v < ix->nvariants; v++) {
		struct entity_variant *var = &ix->variants[v];

		for (int t = 1; t < ENTITY_TYPE_COUNT; t++)
			if (var->type_counts[t] > var->type_counts[var->type])
				var->type = (enum entity_type)t;
	}
}

/* --- rules ---------------------------------------------------------- */

static void
link_add(struct entity_index *ix, size_t a, size_t b, enum link_kind kind,
    char *why)
{
	if (ix->nlinks == ix->links_cap) {
		ix->links_cap = ix->links_cap ? ix->links_cap * 2 : 64;
		ix->links = xreallocarray(ix->links, ix->links_cap,
		    sizeof *ix->links);
	}
	ix->links[ix->nlinks].a = a;
	ix->links[ix->nlinks].b = b;
	ix->links[ix->nlinks].kind = kind;
	ix->links[ix->nlinks].why = why;
	ix->nlinks++;
}

/* Maps key -> the best variant for it (most mentions, then first). */
static void
best_put(struct entity_index *ix, struct hash *h, const char *key,
    size_t v)
{
	struct hash_entry *e = hash_get(h, key, strlen(key));

	if (e == NULL)
		hash_add(h, key, strlen(key))->tag = v;
	else if (ix->variants[v].count > ix->variants[e->tag].count)
		e->tag = v;
}

static size_t
best_get(const struct hash *h, const char *key)
{
	struct hash_entry *e = hash_get(h, key, strlen(key));

	return e ? e->tag : (size_t)-1;
}

static size_t
word_count(const char *s)
{
	size_t n = 1;

	for (; *s; s++)
		n += *s == ' ';
	return n;
}

/* Spellings that transliterations of one name share: "Tchiani" and
 * "Tiani", "Abdourahamane" and "Abdurahamane" give one key. */
static char *
translit_key(const char *folded)
{
	static const char *const rules[][2] = {
		{ "tch", "t" }, { "sch", "sh" }, { "dj", "j" }, { "kh", "k" },
		{ "gh", "g" }, { "dh", "d" }, { "th", "t" }, { "ph", "f" },
		{ "ou", "u" }, { "oo", "u" }, { "ee", "i" }, { "y", "i" },
		{ "w", "v" }, { "q", "k" }, { "ck", "k" }, { NULL, NULL }
	};
	struct buf b;
	const char *s = folded;

	buf_init(&b);
	while (*s) {
		size_t k;

		for (k = 0; rules[k][0]; k++) {
			size_t n = strlen(rules[k][0]);

			if (strncmp(s, rules[k][0], n) == 0) {
				buf_adds(&b, rules[k][1]);
				s += n;
				break;
			}
		}
		if (rules[k][0] == NULL) {
			/* Doubled letters are one: "Mohammed", "Mohamed". */
			if (b.len == 0 || b.data[b.len - 1] != *s)
				buf_addc(&b, *s);
			s++;
		}
	}
	return buf_steal(&b);
}

static const char *
last_word(const char *s)
{
	const char *sp = strrchr(s, ' ');

	return sp ? sp + 1 : s;
}

/* Same name but for case, accents or dots: Nigér, Niger; U.S., US. */
static void
rule_folded(struct entity_index *ix)
{
	struct hash h;

	hash_init(&h);
	for (size_t v = 0; v < ix->nvariants; v++) {
		size_t first = best_get(&h, ix->variants[v].key);

		if (first == (size_t)-1)
			hash_add(&h, ix->variants[v].key,
			    strlen(ix->variants[v].key))->tag = v;
		else
			link_add(ix, v, first, LINK_FOLDED, xasprintf("%s and "
			    "%s differ only in case, accents or dots",
			    ix->variants[v].text, ix->variants[first].text));
	}
	hash_free(&h);
}

static bool
is_person(const struct entity_variant *v)
{
	return v->type == ENTITY_PERSON;
}

/* A surname after the full name (Putin, Vladimir Putin), also when
 * transliterated (Tchiani, Abdourahamane Tiani). */
static void
rule_surname(struct entity_index *ix)
{
	struct hash exact, translit;

	hash_init(&exact);
	hash_init(&translit);
	for (size_t v = 0; v < ix->nvariants; v++) {
		const struct entity_variant *var = &ix->variants[v];
		char *t;

		if (!is_person(var) || word_count(var->key) < 2)
			continue;
		best_put(ix, &exact, last_word(var->key), v);
		t = translit_key(last_word(var->key));
		best_put(ix, &translit, t, v);
		free(t);
	}
	for (size_t v = 0; v < ix->nvariants; v++) {
		const struct entity_variant *var = &ix->variants[v];
		size_t full;
		char *t;

		if (!is_person(var) || word_count(var->key) != 1)
			continue;
		if ((full = best_get(&exact, var->key)) != (size_t)-1) {
			link_add(ix, v, full, LINK_SHORT, xasprintf("%s is "
			    "the surname in %s", var->text,
			    ix->variants[full].text));
			continue;
		}
		t = translit_key(var->key);
		if ((full = best_get(&translit, t)) != (size_t)-1)
			link_add(ix, v, full, LINK_SHORT, xasprintf("%s is a "
			    "spelling of the surname in %s", var->text,
			    ix->variants[full].text));
		free(t);
	}
	hash_free(&exact);
	hash_free(&translit);
}

/* Transliterations of a whole name: Abdourahamane Tchiani and
 * Abdourahamane Tiani. */
static void
rule_translit(struct entity_index *ix)
{
	struct hash h;

	hash_init(&h);
	for (size_t v = 0; v < ix->nvariants; v++) {
		const struct entity_variant *var = &ix->variants[v];
		char *t;
		size_t first;

		if (!is_person(var))
			continue;
		t = translit_key(var->key);
		first = best_get(&h, t);
		if (first == (size_t)-1)
			hash_add(&h, t, strlen(t))->tag = v;
		else if (strcmp(ix->variants[first].key, var->key) != 0)
			link_add(ix, v, first, LINK_SPELLING, xasprintf("%s "
			    "and %s are spellings of one name", var->text,
			    ix->variants[first].text));
		free(t);
	}
	hash_free(&h);
}

/* Whether two strings are at most one insertion, deletion or
 * substitution apart. */
static bool
one_edit(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;

	if (la < lb) {
		const char *t = a;
		size_t tl = la;

		a = b, la = lb, b = t, lb = tl;
	}
	if (la - lb > 1)
		return false;
	while (i < lb && a[i] == b[i])
		i++;
	if (la == lb)
		return strcmp(a + i + 1, b + i + 1) == 0 || i == la;
	return strcmp(a + i + 1, b + i) == 0;
}

struct keyed {
	char *key;		/* translit key of the surname */
	char *full;		/* translit key of the whole name */
	size_t v;
};

static int
keyed_cmp(const void *x, const void *y)
{
	const struct keyed *a = x, *b = y;
	int c = strcmp(a->key, b->key);

	return c ? c : (a->v > b->v) - (a->v < b->v);
}

/* Names one letter apart once transliterated, with the same surname:
 * "Abdourahmane Tiani" and "Abdourahamane Tiani".  Compared within a
 * surname only, and only the first few of each, to stay linear. */
static void
rule_near(struct entity_index *ix)
{
	struct keyed *k = xreallocarray(NULL, ix->nvariants + 1, sizeof *k);
	size_t n = 0;

	for (size_t v = 0; v < ix->nvariants; v++) {
		const struct entity_variant *var = &ix->variants[v];

		if (!is_person(var) || word_count(var->key) < 2)
			continue;
		k[n].key = translit_key(last_word(var->key));
		k[n].full = translit_key(var->key);
		k[n++].v = v;
	}
	qsort(k, n, sizeof *k, keyed_cmp);
	for (size_t a = 0; a < n; a++)
		for (size_t b = a + 1; b < n && b < a + 16 &&
		    strcmp(k[a].key, k[b].key) == 0; b++)
			if (strcmp(k[a].full, k[b].full) != 0 &&
			    strlen(k[a].full) >= 8 && one_edit(k[a].full,
			    k[b].full))
				link_add(ix, k[b].v, k[a].v, LINK_SPELLING,
				    xasprintf("%s and %s "
				    "are spellings of one name",
				    ix->variants[k[b].v].text,
				    ix->variants[k[a].v].text));
	for (size_t i = 0; i < n; i++) {
		free(k[i].key);
		free(k[i].full);
	}
	free(k);
}

static bool
is_function_word(const char *w, size_t n)
{
	static const char *const fw[] = { "of", "the", "and", "for", "de",
		"on", "in", "&", NULL };

	for (size_t i = 0; fw[i]; i++)
		if (strlen(fw[i]) == n && strncmp(w, fw[i], n) == 0)
			return true;
	return false;
}

/* Adds every acronym of a folded name: initials of its words, function
 * words ("of", "the") with or without theirs. */
static void
acronyms_put(struct entity_index *ix, struct hash *h, const char *key,
    size_t v)
{
	char initials[24];
	bool optional[24];
	size_t n = 0, nopt = 0;
	const char *p = key;

	while (*p && n < sizeof initials) {
		size_t len = strcspn(p, " ");

		initials[n] = *p;
		optional[n] = is_function_word(p, len);
		nopt += optional[n];
		n++;
		p += len;
		p += *p == ' ';
	}
	/* A name of more words than that has no acronym anyone writes
	 * (is_acronym takes 10 letters at most). */
	if (*p != '\0' || n < 2 || n - nopt < 2 || nopt > 4)
		return;
	for (unsigned mask = 0; mask < 1u << nopt; mask++) {
		char acr[sizeof initials + 1];
		size_t k = 0, o = 0;

		for (size_t i = 0; i < n; i++) {
			if (optional[i] && !((mask >> o++) & 1))
				continue;
			acr[k++] = initials[i];
		}
		acr[k] = '\0';
		best_put(ix, h, acr, v);
	}
}

/* An upper-case name of 2 to 10 letters (dots allowed): an acronym. */
static bool
is_acronym(const char *text)
{
	size_t letters = 0;

	for (const char *p = text; *p; p++) {
		if (*p >= 'A' && *p <= 'Z')
			letters++;
		else if (*p != '.')
			return false;
	}
	return letters >= 2 && letters <= 10;
}

/* An acronym and its expansion: ECOWAS, Economic Community of West
 * African States. */
static void
rule_acronym(struct entity_index *ix)
{
	struct hash h;

	hash_init(&h);
	for (size_t v = 0; v < ix->nvariants; v++) {
		const struct entity_variant *var = &ix->variants[v];

		if (var->type != ENTITY_PERSON && var->type != ENTITY_DATE &&
		    word_count(var->key) >= 2)
			acronyms_put(ix, &h, var->key, v);
	}
	for (size_t v = 0; v < ix->nvariants; v++) {
		const struct entity_variant *var = &ix->variants[v];
		size_t full;

		if (var->type == ENTITY_PERSON || !is_acronym(var->text))
			continue;
		if ((full = best_get(&h, var->key)) != (size_t)-1)
			link_add(ix, v, full, LINK_SHORT, xasprintf("%s is "
			    "the acronym of %s", var->text,
			    ix->variants[full].text));
	}
	hash_free(&h);
}

/* --- groups ----------------------------------------------------------- */

static size_t
uf_find(size_t *parent, size_t x)
{
	while (parent[x] != x) {
		parent[x] = parent[parent[x]];
		x = parent[x];
	}
	return x;
}

/* s with its case folded and nothing else (accents kept), as a new
 * string; NULL for bytes that are not UTF-8. */
static char *
case_key(const char *s)
{
	utf8proc_uint8_t *folded = NULL;

	if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &folded,
	    UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	    UTF8PROC_CASEFOLD) < 0)
		return NULL;
	return (char *)folded;
}

/* Flags in the variants called name: the spelling as written if a
 * variant is, else those written so but for case, else every variant
 * of it ignoring case and accents.  Returns how many. */
static size_t
split_named(const struct entity_index *ix, const char *name, bool *in)
{
	struct hash_entry *exact = hash_get(&ix->by_text, name, strlen(name));
	char *want = case_key(name), *key;
	size_t found = 0, klen;

	if (exact != NULL) {
		free(want);
		in[exact->tag] = true;
		return 1;
	}
	for (size_t v = 0; want != NULL && v < ix->nvariants; v++) {
		char *k = case_key(ix->variants[v].text);

		if (k != NULL && strcmp(k, want) == 0)
			found += in[v] = true;
		free(k);
	}
	free(want);
	if (found > 0)
		return found;
	key = gaz_fold(name, strlen(name), &klen);
	for (size_t v = 0; v < ix->nvariants; v++)
		if (strcmp(ix->variants[v].key, key) == 0)
			found += in[v] = true;
	free(key);
	return found;
}

/* The variants a split of name takes out of their group, as a new array
 * of flags, or NULL when no variant is called name.  The spelling named
 * (split_named; *named gets how many variants it is), then the short
 * forms of those (the surname of a full name, the acronym of a name:
 * links l of kind LINK_SHORT) with their own case variants. */
static bool *
split_set(const struct entity_index *ix, const struct entity_link *l,
    size_t nl, const char *name, size_t *named)
{
	bool *in = xcalloc(ix->nvariants + 1, sizeof *in), *shortf;

	*named = split_named(ix, name, in);
	if (*named == 0) {
		free(in);
		return NULL;
	}
	shortf = xcalloc(ix->nvariants + 1, sizeof *shortf);
	for (size_t j = 0; j < nl; j++)
		if (l[j].kind == LINK_SHORT && in[l[j].b] && !in[l[j].a])
			shortf[l[j].a] = true;
	for (size_t j = 0; j < nl; j++)
		if (l[j].kind == LINK_FOLDED &&
		    (shortf[l[j].a] || shortf[l[j].b]))
			shortf[l[j].a] = shortf[l[j].b] = true;
	for (size_t v = 0; v < ix->nvariants; v++)
		in[v] = in[v] || shortf[v];
	free(shortf);
	return in;
}

/* Drops the links between a split's variants and the others. */
static void
links_split(const struct entity_index *ix, struct entity_link *l, size_t *n,
    const char *name)
{
	size_t k = 0, named;
	bool *in = split_set(ix, l, *n, name, &named);

	if (in == NULL)
		return;
	for (size_t j = 0; j < *n; j++)
		if (in[l[j].a] == in[l[j].b])
			l[k++] = l[j];
	*n = k;
	free(in);
}

/* The links that survive the decisions, in their order: a split drops
 * every link between its names and the others; a merge adds one. */
static struct entity_link *
links_decided(const struct entity_index *ix,
    const struct entity_decisions *dec, size_t *n)
{
	struct entity_link *l = xreallocarray(NULL, ix->nlinks +
	    (dec ? dec->n : 0) + 1, sizeof *l);

	*n = ix->nlinks;
	if (ix->nlinks > 0)
		memcpy(l, ix->links, ix->nlinks * sizeof *l);
	for (size_t i = 0; dec != NULL && i < dec->n; i++) {
		const struct decision *d = &dec->v[i];
		size_t a, b;

		if (d->kind == DECISION_SPLIT)
			links_split(ix, l, n, d->a);
		else if (d->kind == DECISION_MERGE &&
		    (a = entity_index_find(ix, d->a)) != (size_t)-1 &&
		    (b = entity_index_find(ix, d->b)) != (size_t)-1) {
			l[*n].a = a;
			l[*n].b = b;
			l[*n].kind = LINK_USER;
			l[*n].why = NULL;	/* the user's; see why_of */
			(*n)++;
		}
	}
	return l;
}

/* Why a decision about name cannot take effect: these files do not
 * mention it. */
static char *
no_entity_called(const char *name)
{
	return xasprintf("no entity called '%s' in these files", name);
}

char *
entity_index_split_check(const struct entity_index *ix,
    const struct entity_decisions *dec, const char *name)
{
	size_t nl, v, e, named;
	struct entity_link *l = links_decided(ix, dec, &nl);
	bool *in = split_set(ix, l, nl, name, &named);
	char *why = NULL;

	free(l);
	if (in == NULL)
		return no_entity_called(name);
	/* Whether the group of a variant split holds one that is not. */
	for (v = 0; v < ix->nvariants && !in[v]; v++)
		;
	e = ix->variants[v].entity;
	for (v = 0; v < ix->nvariants; v++)
		if (!in[v] && ix->variants[v].entity == e)
			break;
	if (v == ix->nvariants && named > 1)
		why = xasprintf("%s names every spelling in its group (ignoring "
		    "case and accents); name one as written", name);
	else if (v == ix->nvariants)
		why = xasprintf("%s is not grouped with another name%s", name,
		    ix->entities[e].nvariants > 1 ? " but its short forms" :
		    "");
	free(in);
	return why;
}

char *
entity_index_decision_check(const struct entity_index *ix,
    const struct entity_decisions *dec, const struct decision *d)
{
	if (d->kind == DECISION_SPLIT)
		return entity_index_split_check(ix, dec, d->a);
	/* Gone from the index: a type brings it back, the later decision
	 * winning. */
	if (d->kind == DECISION_TYPE && decisions_say_no_entity(dec, d->a))
		return NULL;
	if (entity_index_find(ix, d->a) == (size_t)-1)
		return no_entity_called(d->a);
	if (d->kind == DECISION_MERGE &&
	    entity_index_find(ix, d->b) == (size_t)-1)
		return no_entity_called(d->b);
	return NULL;
}

static void
index_free_entities(struct entity_index *ix)
{
	for (size_t e = 0; e < ix->nentities; e++) {
		free(ix->entities[e].variants);
		free(ix->entities[e].why);
		free(ix->entities[e].files);
	}
	free(ix->entities);
	ix->entities = NULL;
	ix->nentities = 0;
}

static void
entity_pick_canonical(struct entity_index *ix, struct entity *e)
{
	size_t counts[ENTITY_TYPE_COUNT] = { 0 }, best = e->variants[0];

	for (size_t i = 0; i < e->nvariants; i++)
		for (int t = 0; t < ENTITY_TYPE_COUNT; t++)
			counts[t] += ix->variants[e->variants[i]].type_counts[t];
	e->type = ENTITY_PERSON;
	for (int t = 1; t < ENTITY_TYPE_COUNT; t++)
		if (counts[t] > counts[e->type])
			e->type = (enum entity_type)t;
	for (size_t i = 0; i < e->nvariants; i++) {
		const struct entity_variant *v = &ix->variants[e->variants[i]];
		const struct entity_variant *b = &ix->variants[best];
		size_t wv = word_count(v->key), wb = word_count(b->key);

		if ((v->type == e->type) != (b->type == e->type)) {
			if (v->type == e->type)
				best = e->variants[i];
			continue;
		}
		if (wv > wb || (wv == wb && v->count > b->count))
			best = e->variants[i];
	}
	e->canonical = ix->variants[best].text;
}

/* The type the last type decision about one of e's variants gives, or
 * -1: a type decision applies to the whole group of the name. */
static int
entity_decided_type(const struct entity_index *ix, const struct entity *e,
    const struct entity_decisions *dec)
{
	for (size_t i = dec ? dec->n : 0; i-- > 0;) {
		const struct decision *d = &dec->v[i];

		if (d->kind != DECISION_TYPE)
			continue;
		for (size_t k = 0; k < e->nvariants; k++)
			if (strcmp(ix->variants[e->variants[k]].key,
			    d->key) == 0)
				return entity_type_parse(d->b);
	}
	return -1;
}

static void
entity_count_files(struct entity_index *ix)
{
	for (size_t d = 0; d < ix->ndocs; d++) {
		for (size_t i = 0; ix->variant_of[d] && i < ix->docs[d].n; i++) {
			struct entity *e = &ix->entities[ix->variants[
			    ix->variant_of[d][i]].entity];

			e->mentions++;
			if (e->nfiles == 0 || e->files[e->nfiles - 1].doc != d) {
				e->files = xreallocarray(e->files, e->nfiles + 1,
				    sizeof *e->files);
				e->files[e->nfiles].doc = d;
				e->files[e->nfiles++].count = 0;
			}
			e->files[e->nfiles - 1].count++;
		}
	}
}

static void
entity_add_why(struct entity *e, const char *why)
{
	if (e->nwhy >= WHY_MAX)
		return;
	e->why = xreallocarray(e->why, e->nwhy + 1, sizeof *e->why);
	e->why[e->nwhy++] = why;
}

void
entity_index_regroup(struct entity_index *ix,
    const struct entity_decisions *dec)
{
	size_t nl, *parent = xcalloc(ix->nvariants + 1, sizeof *parent);
	size_t *root_entity = xcalloc(ix->nvariants + 1, sizeof *root_entity);
	struct entity_link *l = links_decided(ix, dec, &nl);

	index_free_entities(ix);
	for (size_t v = 0; v < ix->nvariants; v++)
		parent[v] = v;
	for (size_t i = 0; i < nl; i++)
		parent[uf_find(parent, l[i].a)] = uf_find(parent, l[i].b);
	ix->entities = xcalloc(ix->nvariants + 1, sizeof *ix->entities);
	for (size_t v = 0; v < ix->nvariants; v++) {
		size_t r = uf_find(parent, v);
		struct entity *e;

		if (root_entity[r] == 0)
			root_entity[r] = ++ix->nentities;
		e = &ix->entities[root_entity[r] - 1];
		ix->variants[v].entity = root_entity[r] - 1;
		e->variants = xreallocarray(e->variants, e->nvariants + 1,
		    sizeof *e->variants);
		e->variants[e->nvariants++] = v;
	}
	for (size_t i = 0; i < nl; i++)
		entity_add_why(&ix->entities[ix->variants[l[i].a].entity],
		    l[i].why ? l[i].why : "merged by the user ("
		    ENTITY_DECISIONS_FILE ")");
	for (size_t e = 0; e < ix->nentities; e++) {
		struct entity *ent = &ix->entities[e];
		int t = entity_decided_type(ix, ent, dec);

		entity_pick_canonical(ix, ent);
		ent->decided = t >= 0;
		if (ent->decided)
			ent->type = (enum entity_type)t;
	}
	entity_count_files(ix);
	free(l);
	free(parent);
	free(root_entity);
}

void
entity_index_build(struct entity_index *ix, struct doc *const *docs,
    const struct mention_list *mentions, size_t ndocs,
    const struct entity_decisions *dec)
{
	memset(ix, 0, sizeof *ix);
	ix->ndocs = ndocs;
	ix->docs = mentions;
	hash_init(&ix->by_text);
	variants_collect(ix, docs);
	rule_folded(ix);
	rule_surname(ix);
	rule_translit(ix);
	rule_near(ix);
	rule_acronym(ix);
	entity_index_regroup(ix, dec);
}

void
entity_index_free(struct entity_index *ix)
{
	index_free_entities(ix);
	for (size_t d = 0; d < ix->ndocs; d++)
		free(ix->variant_of[d]);
	free(ix->variant_of);
	for (size_t v = 0; v < ix->nvariants; v++) {
		free(ix->variants[v].text);
		free(ix->variants[v].key);
	}
	free(ix->variants);
	for (size_t i = 0; i < ix->nlinks; i++)
		free(ix->links[i].why);
	free(ix->links);
	hash_free(&ix->by_text);
	memset(ix, 0, sizeof *ix);
}

const struct entity *
entity_index_of(const struct entity_index *ix, size_t doc, size_t i)
{
	return &ix->entities[ix->variants[ix->variant_of[doc][i]].entity];
}

size_t
entity_index_find(const struct entity_index *ix, const char *name)
{
	struct hash_entry *e = hash_get(&ix->by_text, name, strlen(name));
	size_t klen;
	char *key;

	if (e != NULL)
		return e->tag;
	key = gaz_fold(name, strlen(name), &klen);
	for (size_t v = 0; v < ix->nvariants; v++)
		if (strcmp(ix->variants[v].key, key) == 0) {
			free(key);
			return v;
		}
	free(key);
	return (size_t)-1;
}

size_t *
entity_index_mentions(const struct entity_index *ix, size_t e, size_t *n)
{
	size_t *out = xreallocarray(NULL, 2 * ix->entities[e].mentions + 2,
	    sizeof *out);

	*n = 0;
	for (size_t d = 0; d < ix->ndocs; d++)
		for (size_t i = 0; ix->variant_of[d] && i < ix->docs[d].n; i++)
			if (ix->variants[ix->variant_of[d][i]].entity == e) {
				out[2 * *n] = d;
				out[2 * *n + 1] = i;
				(*n)++;
			}
	return out;
}

size_t *
entity_index_doc_entities(const struct entity_index *ix, size_t doc,
    size_t *n)
{
	size_t nm = ix->variant_of[doc] ? ix->docs[doc].n : 0;
	size_t *out = xreallocarray(NULL, 2 * nm + 2, sizeof *out);
	size_t *slot = xreallocarray(NULL, ix->nentities + 1, sizeof *slot);

	/* slot[e]: where entity e is in out, + 1; 0 when not yet seen. */
	*n = 0;
	for (size_t i = 0; i < nm; i++)
		slot[ix->variants[ix->variant_of[doc][i]].entity] = 0;
	for (size_t i = 0; i < nm; i++) {
		size_t e = ix->variants[ix->variant_of[doc][i]].entity;

		if (slot[e] == 0) {
			out[2 * *n] = e;
			out[2 * *n + 1] = 0;
			slot[e] = ++*n;
		}
		out[2 * (slot[e] - 1) + 1]++;
	}
	free(slot);
	return out;
}

bool
entity_index_retype(const struct entity_index *ix, size_t doc,
    struct mention_list *l)
{
	bool changed = false;

	for (size_t i = 0; ix->variant_of[doc] && i < l->n; i++) {
		const struct entity *e = entity_index_of(ix, doc, i);
		struct mention *m = &l->v[i];
		struct mention was = *m;

		if (e->decided)
			mention_set_user_type(m, e->type);
		else
			mention_found_type(m);
		changed = changed || was.type != m->type ||
		    was.flags != m->flags;
	}
	return changed;
}
