/* html_meta.c - metadata an HTML page states about itself. */
#include "config.h"

#include "ingest/html_meta.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>
#include <libxml/tree.h>

#include "base/dates.h"
#include "base/util.h"

/* Candidates by source, best first; the first non-empty one wins. */
enum { SRC_OG, SRC_LD, SRC_META, SRC_TAG, SRC_COUNT };

struct meta {
	char *title[SRC_COUNT], *author[SRC_COUNT], *date[SRC_COUNT],
	    *site[SRC_COUNT], *description[SRC_COUNT];
	/* The canonical link in the first slot, og:url in the next. */
	char *url[SRC_COUNT];
};

static void
offer(char **slot, const char *value)
{
	if (*slot == NULL && value != NULL && *value != '\0')
		*slot = xstrdup(value);
}

static void
offer_date(char **slot, const char *value)
{
	char iso[11];

	if (*slot == NULL && value != NULL &&
	    date_find(value, strlen(value), iso, NULL, NULL))
		*slot = xstrdup(iso);
}

/* An author given as a profile URL is not a name. */
static void
offer_author(char **slot, const char *value)
{
	if (value != NULL && strstr(value, "://") == NULL)
		offer(slot, value);
}

/* Only an absolute web address is the page's URL: a relative one
 * could not be opened, and any other scheme (javascript:, file:) should
 * not be. */
static void
offer_url(char **slot, const char *value)
{
	if (value != NULL && (strncasecmp(value, "https://", 8) == 0 ||
	    strncasecmp(value, "http://", 7) == 0))
		offer(slot, value);
}

/* "https://www.Example.com:8080/a/b" -> "example.com"; NULL when the
 * value is no absolute URL or names no host. */
static char *
url_host(const char *url)
{
	const char *h = strstr(url, "://"), *at;
	size_t n;
	char *host;

	if (h == NULL)
		return NULL;
	h += 3;
	n = strcspn(h, "/?#");
	/* Credentials before the host ("user:pw@host"). */
	at = memchr(h, '@', n);
	if (at != NULL) {
		n -= (size_t)(at + 1 - h);
		h = at + 1;
	}
	n = strcspn(h, ":/?#");
	if (n > 4 && strncasecmp(h, "www.", 4) == 0) {
		h += 4;
		n -= 4;
	}
	if (n == 0 || n > 253)
		return NULL;
	host = xstrndup(h, n);
	for (char *c = host; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	return host;
}

/* A site stated as a URL is its host name. */
static void
offer_site(char **slot, const char *value)
{
	char *host;

	if (value == NULL || strstr(value, "://") == NULL) {
		offer(slot, value);
		return;
	}
	host = url_host(value);
	offer(slot, host);
	free(host);
}

static bool
name_is(const char *name, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (strcasecmp(name, list[i]) == 0)
			return true;
	return false;
}

static void
read_meta_tag(struct meta *m, xmlNode *node)
{
	static const char *const authors[] = { "author", "article:author",
	    "dc.creator", "dc:creator", "parsely-author", "sailthru.author",
	    "byl", "twitter:creator", NULL };
	static const char *const dates[] = { "date", "pubdate",
	    "publishdate", "publish-date", "dc.date", "dc.date.issued",
	    "dcterms.date", "dcterms.created", "parsely-pub-date",
	    "sailthru.date", "article.published", "published_time",
	    "og:published_time", "datepublished", "original-publish-date",
	    "cxenseparse:recs:publishtime", NULL };
	xmlChar *key = xmlGetProp(node, (const xmlChar *)"property");
	xmlChar *content = xmlGetProp(node, (const xmlChar *)"content");
	const char *k, *c = (const char *)content;

	if (key == NULL)
		key = xmlGetProp(node, (const xmlChar *)"name");
	if (key == NULL)
		key = xmlGetProp(node, (const xmlChar *)"itemprop");
	k = (const char *)key;
	if (k != NULL && c != NULL) {
		if (strcasecmp(k, "og:title") == 0)
			offer(&m->title[SRC_OG], c);
		else if (strcasecmp(k, "og:url") == 0) {
			offer_url(&m->url[SRC_LD], c);
			if (strstr(c, "://") != NULL)
				offer_site(&m->site[SRC_TAG], c);
		}
		else if (strcasecmp(k, "og:site_name") == 0)
			offer_site(&m->site[SRC_OG], c);
		else if (strcasecmp(k, "application-name") == 0)
			offer_site(&m->site[SRC_META], c);
		else if (strcasecmp(k, "article:published_time") == 0)
			offer_date(&m->date[SRC_OG], c);
		else if (name_is(k, dates))
			offer_date(&m->date[SRC_META], c);
		else if (name_is(k, authors) && c[0] != '@')
			offer_author(&m->author[SRC_META], c);
		else if (strcasecmp(k, "headline") == 0)
			offer(&m->title[SRC_META], c);
		else if (strcasecmp(k, "og:description") == 0)
			offer(&m->description[SRC_OG], c);
		else if (strcasecmp(k, "description") == 0 ||
		    strcasecmp(k, "twitter:description") == 0)
			offer(&m->description[SRC_META], c);
	}
	xmlFree(key);
	xmlFree(content);
}

static const char *
json_name(json_t *v)
{
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_array(v) && json_array_size(v) > 0)
		v = json_array_get(v, 0);
	if (json_is_object(v))
		return json_string_value(json_object_get(v, "name"));
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static void read_ld_value(struct meta *m, json_t *v, int depth);

static void
read_ld_object(struct meta *m, json_t *o, int depth)
{
	json_t *graph = json_object_get(o, "@graph");
	const char *type = json_string_value(json_object_get(o, "@type"));

	if (graph != NULL)
		read_ld_value(m, graph, depth + 1);
	if (type != NULL && (strstr(type, "Article") != NULL ||
	    strstr(type, "Posting") != NULL || strcmp(type, "Report") == 0 ||
	    strstr(type, "BlogPosting") != NULL)) {
		offer(&m->title[SRC_LD],
		    json_string_value(json_object_get(o, "headline")));
		offer_author(&m->author[SRC_LD],
		    json_name(json_object_get(o, "author")));
		offer_date(&m->date[SRC_LD],
		    json_string_value(json_object_get(o, "datePublished")));
		offer_site(&m->site[SRC_LD],
		    json_name(json_object_get(o, "publisher")));
		offer(&m->description[SRC_LD],
		    json_string_value(json_object_get(o, "description")));
	} else if (type != NULL && strcmp(type, "WebSite") == 0)
		offer_site(&m->site[SRC_META],
		    json_string_value(json_object_get(o, "name")));
}

static void
read_ld_value(struct meta *m, json_t *v, int depth)
{
	size_t i;
	json_t *item;

	if (depth > 8)
		return;
	if (json_is_object(v))
		read_ld_object(m, v, depth);
	else if (json_is_array(v))
		json_array_foreach(v, i, item)
			read_ld_value(m, item, depth + 1);
}

static void
read_json_ld(struct meta *m, xmlNode *script)
{
	xmlChar *type = xmlGetProp(script, (const xmlChar *)"type");
	xmlChar *text;
	json_t *root;

	if (type == NULL || strcasecmp((const char *)type,
	    "application/ld+json") != 0) {
		xmlFree(type);
		return;
	}
	xmlFree(type);
	text = xmlNodeGetContent(script);
	if (text == NULL)
		return;
	root = json_loads((const char *)text, JSON_DECODE_ANY, NULL);
	if (root != NULL)
		read_ld_value(m, root, 0);
	json_decref(root);
	xmlFree(text);
}

/* <link rel="canonical">: the page's own address, which o opens. */
static void
read_link(struct meta *m, xmlNode *node)
{
	xmlChar *rel = xmlGetProp(node, (const xmlChar *)"rel");
	xmlChar *href = xmlGetProp(node, (const xmlChar *)"href");

	if (rel != NULL && strcasecmp((const char *)rel, "canonical") == 0 &&
	    href != NULL) {
		offer_url(&m->url[SRC_OG], (const char *)href);
		/* Its host is the site when the page names none. */
		if (strstr((const char *)href, "://") != NULL)
			offer_site(&m->site[SRC_TAG], (const char *)href);
	}
	xmlFree(rel);
	xmlFree(href);
}

static void
read_element(struct meta *m, xmlNode *node)
{
	const char *name = (const char *)node->name;

	if (strcasecmp(name, "meta") == 0)
		read_meta_tag(m, node);
	else if (strcasecmp(name, "title") == 0 && m->title[SRC_TAG] == NULL) {
		xmlChar *t = xmlNodeGetContent(node);
		offer(&m->title[SRC_TAG], (const char *)t);
		xmlFree(t);
	} else if (strcasecmp(name, "script") == 0)
		read_json_ld(m, node);
	else if (strcasecmp(name, "link") == 0)
		read_link(m, node);
	else if (strcasecmp(name, "time") == 0 && m->date[SRC_TAG] == NULL) {
		xmlChar *dt = xmlGetProp(node, (const xmlChar *)"datetime");
		offer_date(&m->date[SRC_TAG], (const char *)dt);
		xmlFree(dt);
	}
}

/* Collapses white space and trims, in place. */
static void
squeeze(char *s)
{
	char *w = s;
	bool space = false;

	for (char *r = s; *r; r++) {
		if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r' ||
		    *r == '\f') {
			space = w != s;
			continue;
		}
		if (space)
			*w++ = ' ';
		space = false;
		*w++ = *r;
	}
	*w = '\0';
}

static char *
pick(char **slots)
{
	char *best = NULL;

	for (int i = 0; i < SRC_COUNT; i++) {
		if (best == NULL && slots[i] != NULL) {
			best = slots[i];
			squeeze(best);
			if (*best == '\0') {
				free(best);
				best = NULL;
			}
		} else
			free(slots[i]);
	}
	return best;
}

void
html_meta_read(struct doc *d, htmlDocPtr page)
{
	struct meta m;
	xmlNode *node = xmlDocGetRootElement(page);

	memset(&m, 0, sizeof m);
	/* Iterative pre-order walk; metadata can sit anywhere. */
	while (node != NULL) {
		if (node->type == XML_ELEMENT_NODE)
			read_element(&m, node);
		if (node->children != NULL && node->type == XML_ELEMENT_NODE) {
			node = node->children;
			continue;
		}
		while (node != NULL && node->next == NULL)
			node = node->parent;
		if (node != NULL)
			node = node->next;
	}
	free(d->title);
	free(d->author);
	free(d->date);
	free(d->site);
	free(d->url);
	free(d->description);
	d->title = pick(m.title);
	d->author = pick(m.author);
	d->date = pick(m.date);
	d->site = pick(m.site);
	d->url = pick(m.url);
	d->description = pick(m.description);
}
