/* html.c - build a document's text and blocks from an HTML page. */
#include "config.h"

#include "ingest/html.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "base/hash.h"
#include "ingest/html_attr_cap.h"
#include "ingest/html_charref.h"
#include "ingest/html_meta.h"
#include "base/util.h"

struct tag_info {
	const char *name;
	enum html_tag tag;
	unsigned block : 1;	/* starts a new block */
};

static const struct tag_info tags[] = {
	{ "a", TAG_A, 0 }, { "address", TAG_ADDRESS, 1 },
	{ "article", TAG_ARTICLE, 1 }, { "aside", TAG_ASIDE, 1 },
	{ "blockquote", TAG_BLOCKQUOTE, 1 }, { "body", TAG_BODY, 1 },
	{ "br", TAG_BR, 1 }, { "caption", TAG_CAPTION, 1 },
	{ "center", TAG_DIV, 1 }, { "dd", TAG_DD, 1 }, { "details", TAG_DIV, 1 },
	{ "dialog", TAG_DIV, 1 }, { "dir", TAG_UL, 1 }, { "div", TAG_DIV, 1 },
	{ "dl", TAG_DL, 1 }, { "dt", TAG_DT, 1 }, { "fieldset", TAG_DIV, 1 },
	{ "figcaption", TAG_FIGCAPTION, 1 }, { "figure", TAG_FIGURE, 1 },
	{ "footer", TAG_FOOTER, 1 }, { "form", TAG_FORM, 1 },
	{ "h1", TAG_H1, 1 }, { "h2", TAG_H2, 1 }, { "h3", TAG_H3, 1 },
	{ "h4", TAG_H4, 1 }, { "h5", TAG_H5, 1 }, { "h6", TAG_H6, 1 },
	{ "header", TAG_HEADER, 1 }, { "hgroup", TAG_DIV, 1 },
	{ "hr", TAG_HR, 1 }, { "html", TAG_HTML, 1 }, { "legend", TAG_DIV, 1 },
	{ "li", TAG_LI, 1 }, { "main", TAG_MAIN, 1 }, { "menu", TAG_UL, 1 },
	{ "nav", TAG_NAV, 1 }, { "ol", TAG_OL, 1 }, { "option", TAG_DIV, 1 },
	{ "p", TAG_P, 1 }, { "pre", TAG_PRE, 1 }, { "section", TAG_SECTION, 1 },
	{ "span", TAG_SPAN, 0 }, { "summary", TAG_DIV, 1 },
	{ "table", TAG_TABLE, 1 }, { "tbody", TAG_OTHER, 1 },
	{ "td", TAG_TD, 1 }, { "tfoot", TAG_OTHER, 1 }, { "th", TAG_TH, 1 },
	{ "thead", TAG_OTHER, 1 }, { "time", TAG_TIME, 0 }, { "tr", TAG_TR, 1 },
	{ "ul", TAG_UL, 1 },
};

/* Elements whose content is never text of the page. */
static const char *const skipped[] = {
	"script", "style", "noscript", "template", "svg", "iframe", "head",
	"object", "embed", "canvas", "select", "textarea", "math", "button",
	"input", NULL
};

static const struct tag_info *
lookup_tag(const char *name)
{
	size_t lo = 0, hi = sizeof tags / sizeof tags[0];

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcasecmp(name, tags[mid].name);

		if (c == 0)
			return &tags[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static bool
is_skipped(const char *name)
{
	for (size_t i = 0; skipped[i]; i++)
		if (strcasecmp(name, skipped[i]) == 0)
			return true;
	return false;
}

/* Words in class and id names that mark article content or page clutter;
 * the classic evidence of Readability and its descendants. */
static const char *const positive_words[] = {
	"article", "body", "content", "entry", "main", "post", "text", "blog",
	"story", "prose", "paragraph", NULL
};
static const char *const negative_words[] = {
	"comment", "combx", "contact", "foot", "footnote", "gdpr", "masthead",
	"outbrain", "taboola", "promo", "related", "share", "sharing", "social",
	"shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "widget",
	"cookie", "consent", "newsletter", "subscri", "signup", "nav", "menu",
	"breadcrumb", "popup", "modal", "advert", "banner", "byline", "author",
	"tags", "toolbar", "recommend", "trending", "popular", "more-",
	"read-more", "readmore", "pagination", "disclaimer", "copyright",
	"hidden", "login", "teaser", "caption-credit", "jump", "rail",
	"paywall", "donate", "newsfeed", "recirc", "most-", NULL
};

/* Scores one attribute value: every matching word counts once. */
static int
class_weight_of(const char *value)
{
	char lower[512];
	size_t n = 0;
	int w = 0;

	for (; value[n] && n < sizeof lower - 1; n++)
		lower[n] = (char)tolower((unsigned char)value[n]);
	lower[n] = '\0';
	for (size_t i = 0; negative_words[i]; i++)
		if (strstr(lower, negative_words[i]) != NULL) {
			w -= 25;
			break;
		}
	for (size_t i = 0; positive_words[i]; i++)
		if (strstr(lower, positive_words[i]) != NULL) {
			w += 25;
			break;
		}
	return w;
}

static int
element_weight(xmlNode *node)
{
	int w = 0;
	xmlChar *v;

	if ((v = xmlGetProp(node, (const xmlChar *)"class")) != NULL) {
		w += class_weight_of((const char *)v);
		xmlFree(v);
	}
	if ((v = xmlGetProp(node, (const xmlChar *)"id")) != NULL) {
		w += class_weight_of((const char *)v);
		xmlFree(v);
	}
	if ((v = xmlGetProp(node, (const xmlChar *)"role")) != NULL) {
		if (strcasecmp((const char *)v, "navigation") == 0 ||
		    strcasecmp((const char *)v, "complementary") == 0 ||
		    strcasecmp((const char *)v, "banner") == 0 ||
		    strcasecmp((const char *)v, "contentinfo") == 0)
			w -= 25;
		else if (strcasecmp((const char *)v, "main") == 0 ||
		    strcasecmp((const char *)v, "article") == 0)
			w += 25;
		xmlFree(v);
	}
	/* schema.org's microdata names the article's text outright. */
	if ((v = xmlGetProp(node, (const xmlChar *)"itemprop")) != NULL) {
		if (strcasecmp((const char *)v, "articleBody") == 0)
			w += 50;
		xmlFree(v);
	}
	if ((v = xmlGetProp(node, (const xmlChar *)"hidden")) != NULL) {
		w -= 50;
		xmlFree(v);
	}
	return w < -32000 ? -32000 : w > 32000 ? 32000 : w;
}

/* Elements of one kind in a page's template share a class attribute;
 * the classifier compares them by this hash (never 0). */
static uint32_t
class_hash(xmlNode *node)
{
	xmlChar *v = xmlGetProp(node, (const xmlChar *)"class");
	uint32_t h;

	if (v == NULL)
		return 0;
	h = (uint32_t)hash_bytes((const char *)v, strlen((const char *)v));
	xmlFree(v);
	return h ? h : 1;
}

/* Walk state.  The walk is iterative, so nesting depth costs no stack. */
struct walk {
	struct doc *d;
	struct buf text;
	bool in_block;		/* the current block has text */
	/* White space since the last character of the block: newlines,
	 * and spaces since the last newline (a tab counts PRE_TAB).  Out
	 * of <pre> any of it is one space; in <pre> it is kept. */
	size_t pending_nl, pending_sp;
	/* The last <tr> asked of (cell_in_data_row) and its answer. */
	xmlNode *row;
	bool row_data;
	size_t block_start;	/* byte offset of the current block */
	uint32_t block_elem;	/* element that owns the current block */
	uint32_t cur_elem;	/* innermost open block element */
	size_t link_cps, links;	/* inside <a>, for the current block */
	int anchor_depth;
	int counts[TAG_COUNT];	/* open elements by tag */
	/* The page's source, for the source map: its lines' starts, and
	 * where the last text node was found. */
	const char *src;
	size_t src_len, *src_lines, nsrc_lines, src_pos, src_budget;
	size_t width_pos, width;	/* a source byte and its screen column
					   from 0 */
	size_t line;		/* source line of the next text byte */
	bool mark;		/* the next text byte starts a mark */
	/* While a mark waits, the text byte of its first entity (&lt; at a
	 * node's start): marked once the text after it is found. */
	bool lost;
	size_t lost_byte;
	size_t body_elems;	/* elements in <body>, counted once;
				   SIZE_MAX until then */
};

static uint32_t
add_elem(struct doc *d, uint32_t parent, enum html_tag tag, int weight)
{
	struct elem *e;

	if (d->nelems == d->elems_cap) {
		d->elems_cap = d->elems_cap ? d->elems_cap * 2 : 256;
		d->elems = xreallocarray(d->elems, d->elems_cap,
		    sizeof *d->elems);
	}
	e = &d->elems[d->nelems];
	e->parent = parent;
	e->tag = (uint16_t)tag;
	e->weight = (int16_t)weight;
	e->depth = d->nelems ? d->elems[parent].depth + 1 : 0;
	e->class_hash = 0;
	return (uint32_t)d->nelems++;
}

static enum block_kind
kind_for_elem(const struct doc *d, uint32_t elem)
{
	switch (d->elems[elem].tag) {
	case TAG_H1: case TAG_H2: case TAG_H3:
	case TAG_H4: case TAG_H5: case TAG_H6:
		return BLOCK_HEADING;
	case TAG_P:
		return BLOCK_PARAGRAPH;
	case TAG_LI: case TAG_DT: case TAG_DD:
		return BLOCK_LIST_ITEM;
	case TAG_TD: case TAG_TH: case TAG_TR:
		return BLOCK_TABLE_CELL;
	case TAG_BLOCKQUOTE:
		return BLOCK_QUOTE;
	case TAG_FIGCAPTION: case TAG_CAPTION:
		return BLOCK_CAPTION;
	case TAG_PRE:
		return BLOCK_PREFORMATTED;
	default:
		return BLOCK_TEXT;
	}
}

/* A block element or <br> ends the block being collected. */
static void
end_block(struct walk *w)
{
	struct block *b;

	/* Also <pre> white space before any character: not the next
	 * block's. */
	w->pending_nl = w->pending_sp = 0;
	if (!w->in_block)
		return;
	b = doc_add_block(w->d, w->block_start, w->text.len,
	    kind_for_elem(w->d, w->block_elem));
	b->f.elem = w->block_elem;
	b->f.link_chars = w->link_cps;
	b->f.links = w->links;
	b->f.in_nav = w->counts[TAG_NAV] > 0;
	b->f.in_header = w->counts[TAG_HEADER] > 0;
	b->f.in_footer = w->counts[TAG_FOOTER] > 0;
	b->f.in_aside = w->counts[TAG_ASIDE] > 0;
	b->f.in_article = w->counts[TAG_ARTICLE] > 0;
	b->f.in_main = w->counts[TAG_MAIN] > 0;
	b->f.in_list = w->counts[TAG_UL] + w->counts[TAG_OL] > 0;
	w->in_block = false;
	w->link_cps = 0;
	w->links = 0;
}

static bool
is_html_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The bytes of source the column search may read, per byte of source:
 * a hostile page (entities whose text is nowhere else) cannot make it
 * quadratic. */
#define SOURCE_LOOK 16
/* How many characters of the text are looked for. */
#define SOURCE_NEEDLE 16

/* Whether the decoded byte c may stand for something else in the
 * source: an entity (&amp; &rsquo;) or a character reference. */
static bool
maybe_entity(unsigned char c)
{
	return c >= 0x80 || c == '&' || c == '<' || c == '>' || c == '"' ||
	    c == '\'';
}

/* The 1-based source line of byte pos of the source. */
static size_t
source_line_of(const struct walk *w, size_t pos)
{
	size_t lo = 0, hi = w->nsrc_lines;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (w->src_lines[mid] <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The longest entity or character reference looked back for. */
#define SOURCE_ENTITY_MAX 40

/* The source byte before pos where the text w->text[from, to) starts
 * when it ends at pos, not before low: each character the source has as
 * it is, or as an entity or character reference (one ending in ';'),
 * each space as a run of them; false when the source has something else
 * there. */
static bool
source_before(const struct walk *w, size_t from, size_t to, size_t low,
    size_t *pos)
{
	const char *t = w->text.data;
	size_t at = *pos;

	while (to > from) {
		size_t k = to - 1, stop;

		while (k > from && ((unsigned char)t[k] & 0xC0) == 0x80)
			k--;
		if (t[k] == ' ') {
			if (at == low || !is_html_space((unsigned char)
			    w->src[at - 1]))
				return false;
			while (at > low && is_html_space((unsigned char)
			    w->src[at - 1]))
				at--;
		} else if (at > low && w->src[at - 1] == ';') {
			stop = at - low > SOURCE_ENTITY_MAX ?
			    at - SOURCE_ENTITY_MAX : low;
			while (at > stop && w->src[at - 1] != '&')
				at--;
			if (at == stop)
				return false;
			at--;
		} else if (at - low >= to - k &&
		    memcmp(w->src + at - (to - k), t + k, to - k) == 0)
			at -= to - k;
		else
			return false;
		to = k;
	}
	*pos = at;
	return true;
}

/* The screen column (from 1) of source byte at, on source line line. */
static size_t
source_col(struct walk *w, size_t line, size_t at)
{
	/* Widths from the last column found on the line: a page on one line
	 * is measured once. */
	if (w->width_pos < w->src_lines[line - 1] || w->width_pos > at) {
		w->width_pos = w->src_lines[line - 1];
		w->width = 0;
	}
	w->width += source_width(w->src, w->width_pos, at, w->width);
	w->width_pos = at;
	return 1 + w->width;
}

/* Marks the text since w->lost_byte, entities that the mark waiting
 * for text passed (see add_text), where the source has it before the
 * text found at source byte at; the search for that text began at
 * source byte from. */
static void
mark_lost(struct walk *w, size_t from, size_t at)
{
	size_t pos = at, line;

	if (!w->lost)
		return;
	w->lost = false;
	if (!source_before(w, w->lost_byte, w->text.len, from, &pos))
		return;
	line = source_line_of(w, pos);
	source_map_add(&w->d->source, w->lost_byte, line,
	    source_col(w, line, pos));
}

/* Marks where the decoded text from here on (s) stands in the source:
 * its first characters are looked for from the last ones found (text
 * comes in source order) and not before line w->line (libxml2 gives a
 * text node a line at or after the one it starts on).  Not found, the
 * mark gets line w->line and column 1. */
static void
mark_source(struct walk *w, const unsigned char *s)
{
	size_t n = 0, from, to = w->src_len, line = w->line, col = 1;
	const char *hit = NULL;

	if (line == 0 || line > w->nsrc_lines)
		return;
	from = w->src_lines[line - 1];
	if (w->src_pos > from)
		from = w->src_pos;
	if (to - from > w->src_budget)
		to = from + w->src_budget;
	/* Up to an entity, a run of spaces or a line's end. */
	while (n < SOURCE_NEEDLE && s[n] != '\0' && !maybe_entity(s[n]) &&
	    (s[n] == ' ' ? s[n + 1] != ' ' : s[n] > ' '))
		n++;
	for (size_t i = from; n > 0 && i + n <= to && hit == NULL; i++)
		if (memcmp(w->src + i, s, n) == 0)
			hit = w->src + i;
	w->src_budget -= (hit ? (size_t)(hit - w->src) : to) - from;
	if (hit != NULL) {
		size_t at = (size_t)(hit - w->src);

		w->src_pos = at + n;
		mark_lost(w, from, at);
		line = source_line_of(w, at);
		col = source_col(w, line, at);
	}
	w->lost = false;
	source_map_add(&w->d->source, w->text.len, line, col);
}

/* The columns a tab in <pre> takes: its text is kept as it is laid
 * out, and a tab would show as a control character. */
#define PRE_TAB 4

/* Counts white space byte c of the current block (see struct walk). */
static void
note_space(struct walk *w, unsigned char c)
{
	if (c == '\n') {
		w->pending_nl++;
		w->pending_sp = 0;
	} else if (c != '\r')	/* CR LF is one line break */
		w->pending_sp += c == '\t' ? PRE_TAB : 1;
}

/* Writes the white space before the next character of the block: in
 * <pre> its line breaks and the spaces after the last one (a line's
 * trailing spaces go), elsewhere one space. */
static void
flush_space(struct walk *w)
{
	bool pre = w->counts[TAG_PRE] > 0;
	size_t nl = pre ? w->pending_nl : 0;
	size_t sp = pre ? w->pending_sp :
	    w->pending_nl + w->pending_sp > 0;

	for (size_t i = 0; i < nl; i++)
		buf_addc(&w->text, '\n');
	for (size_t i = 0; i < sp; i++)
		buf_addc(&w->text, ' ');
	if (w->anchor_depth > 0)
		w->link_cps += nl + sp;
	w->pending_nl = w->pending_sp = 0;
}

/* Appends text-node content, collapsing runs of white space (but in
 * <pre>, whose line breaks and indentation stay).  Marks in the source
 * map where the node and each source line in it start, and where the
 * text is found again after what may have been an entity or a run of
 * spaces. */
static void
add_text(struct walk *w, const unsigned char *s)
{
	size_t spaces = 0;

	for (; *s; s++) {
		if (*s == '\n') {
			w->line++;
			w->mark = true;
		}
		if (is_html_space(*s)) {
			if (++spaces > 1)
				w->mark = true;
			/* In <pre>, before its first character too: the
			 * first line's indentation. */
			if (w->in_block || w->counts[TAG_PRE] > 0)
				note_space(w, *s);
			continue;
		}
		spaces = 0;
		if (!w->in_block) {
			if (w->text.len > 0)
				buf_addc(&w->text, '\n');
			w->block_start = w->text.len;
			w->block_elem = w->cur_elem;
			w->in_block = true;
			/* Lines before the first go (the newline after
			 * <pre>, blank lines); its indentation stays. */
			w->pending_nl = 0;
		}
		flush_space(w);
		if (w->mark && !maybe_entity(*s)) {
			mark_source(w, s);
			w->mark = false;
		}
		if (w->mark && maybe_entity(*s) && !w->lost &&
		    (*s & 0xC0) != 0x80) {
			w->lost = true;
			w->lost_byte = w->text.len;
		}
		if (maybe_entity(*s))
			w->mark = true;
		buf_addc(&w->text, (char)*s);
		if (w->anchor_depth > 0 && (*s & 0xC0) != 0x80)
			w->link_cps++;
	}
}

/* A text node: libxml2 gives it a line between the one it starts on and
 * the one it ends on. */
static void
add_text_node(struct walk *w, xmlNode *node)
{
	long line = xmlGetLineNo(node);

	w->line = line > 0 ? (size_t)line : 0;
	for (const xmlChar *c = node->content; *c && w->line > 1; c++)
		w->line -= *c == '\n';
	w->mark = w->line > 0;
	w->lost = false;
	add_text(w, node->content);
}

/* The element stack of the walk; parallel to the DOM path. */
struct frame {
	const struct tag_info *info;
	uint32_t saved_elem;
	bool link;		/* an <a> with an address */
	bool in_row;		/* a cell of a data row: no block of its own */
};

/* A data row's text at most, in bytes of ink (a table of figures, not a
 * layout table whose cells hold the page), and its cells at most (which
 * also bounds the work of asking it of each cell). */
#define ROW_TEXT_MAX 300
#define ROW_CELLS_MAX 64

/* Bytes of s that are not ASCII white space. */
static size_t
ink(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += !isspace((unsigned char)*s);
	return n;
}

/* Bytes of ink in the text of node's subtree; more than limit when it
 * holds a block element (a paragraph, a line break, a list). */
static size_t
inline_ink(xmlNode *node, size_t limit)
{
	size_t n = 0;

	for (xmlNode *c = node->children; c != NULL && n <= limit;
	    c = c->next) {
		if (c->type == XML_TEXT_NODE && c->content != NULL)
			n += ink((const char *)c->content);
		else if (c->type == XML_ELEMENT_NODE) {
			const struct tag_info *i =
			    lookup_tag((const char *)c->name);

			if (is_skipped((const char *)c->name))
				continue;
			if (i != NULL && i->block)
				return limit + 1;
			n += inline_ink(c, limit - n);
		}
	}
	return n;
}

/* Whether tr is a row of figures or short labels: two cells or more
 * (ROW_CELLS_MAX at most), every child element a <td> or <th> of inline
 * content, ROW_TEXT_MAX bytes of ink at most.  Its cells are one block, a space apart, as the
 * row reads (and as the benchmarks' gold gives a table); a layout
 * table's cells, holding paragraphs, stay blocks of their own. */
static bool
data_row(xmlNode *tr)
{
	size_t cells = 0, ink = 0;

	for (xmlNode *c = tr->children; c != NULL; c = c->next) {
		const struct tag_info *i;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		i = lookup_tag((const char *)c->name);
		if (i == NULL || (i->tag != TAG_TD && i->tag != TAG_TH) ||
		    ++cells > ROW_CELLS_MAX)
			return false;
		ink += inline_ink(c, ROW_TEXT_MAX - (ink < ROW_TEXT_MAX ? ink :
		    ROW_TEXT_MAX));
		if (ink > ROW_TEXT_MAX)
			return false;
	}
	return cells >= 2;
}

/* Whether node is a cell of a data row (data_row(), asked once a
 * row). */
static bool
cell_in_data_row(struct walk *w, xmlNode *node, const struct tag_info *info)
{
	xmlNode *tr = node->parent;

	if ((info->tag != TAG_TD && info->tag != TAG_TH) || tr == NULL ||
	    tr->type != XML_ELEMENT_NODE ||
	    xmlStrcasecmp(tr->name, (const xmlChar *)"tr") != 0)
		return false;
	if (tr != w->row) {
		w->row = tr;
		w->row_data = data_row(tr);
	}
	return w->row_data;
}

/* An <a name="part2"> without href is a named target the page's
 * table of contents points to, not a link: its text (often the
 * section's heading) is the page's own.  An <a> without href and
 * without a name is still counted: scripts make buttons of those. */
static bool
is_hyperlink(xmlNode *node)
{
	return xmlHasProp(node, (const xmlChar *)"href") != NULL ||
	    xmlHasProp(node, (const xmlChar *)"name") == NULL;
}

static void
enter_element(struct walk *w, xmlNode *node, struct frame *fr)
{
	const struct tag_info *info = lookup_tag((const char *)node->name);

	fr->info = info;
	fr->saved_elem = w->cur_elem;
	fr->link = false;
	fr->in_row = false;
	if (info == NULL)
		return;
	w->counts[info->tag]++;
	if (cell_in_data_row(w, node, info)) {
		fr->in_row = true;
		if (w->in_block)
			note_space(w, ' ');
		return;
	}
	if (info->tag == TAG_A && is_hyperlink(node)) {
		fr->link = true;
		w->anchor_depth++;
		w->links++;
	}
	if (info->block) {
		end_block(w);
		if (info->tag != TAG_BR) {
			w->cur_elem = add_elem(w->d, w->cur_elem, info->tag,
			    element_weight(node));
			w->d->elems[w->cur_elem].class_hash = class_hash(node);
		}
	}
}

static void
leave_element(struct walk *w, struct frame *fr)
{
	if (fr->info == NULL)
		return;
	w->counts[fr->info->tag]--;
	if (fr->link)
		w->anchor_depth--;
	if (fr->info->block && !fr->in_row)
		end_block(w);
	w->cur_elem = fr->saved_elem;
}

/* Some sites (ASP.NET) wrap the whole page in one <form>: a form whose
 * paragraphs hold real prose, that holds more text than any search,
 * login or comment form, or that holds half the page's elements or more
 * (the whole layout, around a page of short headlines), is a wrapper,
 * not a form to drop. */
#define FORM_WRAPPER_PROSE 200
#define FORM_WRAPPER_TEXT 500

/* The next node of a walk of root's subtree in document order, not
 * entering what is never text of the page; NULL after the last. */
static xmlNode *
next_in_subtree(xmlNode *node, xmlNode *root)
{
	if (node->type == XML_ELEMENT_NODE && node->children != NULL &&
	    !is_skipped((const char *)node->name))
		return node->children;
	while (node != root && node->next == NULL)
		node = node->parent;
	return node == root ? NULL : node->next;
}

/* Elements below root, not counting those inside skipped ones. */
static size_t
count_elements(xmlNode *root)
{
	size_t n = 0;

	for (xmlNode *node = root->children; node != NULL;
	    node = next_in_subtree(node, root))
		n += node->type == XML_ELEMENT_NODE;
	return n;
}

/* The <body> holding node, or NULL. */
static xmlNode *
body_of(xmlNode *node)
{
	for (; node != NULL && node->type == XML_ELEMENT_NODE;
	    node = node->parent)
		if (strcasecmp((const char *)node->name, "body") == 0)
			return node;
	return NULL;
}

/* The body is counted once a page: a page of many forms must not walk
 * it once each. */
static bool
form_holds_layout(struct walk *w, xmlNode *form)
{
	xmlNode *body = body_of(form);

	if (body == NULL)
		return false;
	if (w->body_elems == SIZE_MAX)
		w->body_elems = count_elements(body);
	return 2 * count_elements(form) >= w->body_elems;
}

static bool
form_is_page_wrapper(struct walk *w, xmlNode *form)
{
	size_t prose = 0, text = 0;

	for (xmlNode *node = form->children; node != NULL;
	    node = next_in_subtree(node, form)) {
		if (node->type == XML_TEXT_NODE && node->content != NULL &&
		    node->parent != NULL && node->parent->name != NULL) {
			size_t n = ink((const char *)node->content);

			if (strcasecmp((const char *)node->parent->name,
			    "p") == 0 && (prose += n) > FORM_WRAPPER_PROSE)
				return true;
			if ((text += n) > FORM_WRAPPER_TEXT)
				return true;
		}
	}
	return form_holds_layout(w, form);
}

static bool
skip_node(struct walk *w, xmlNode *node)
{
	xmlChar *v;
	bool hidden = false;

	if (node->type != XML_ELEMENT_NODE)
		return node->type != XML_TEXT_NODE &&
		    node->type != XML_CDATA_SECTION_NODE &&
		    node->type != XML_ENTITY_REF_NODE;
	if (is_skipped((const char *)node->name))
		return true;
	if (strcasecmp((const char *)node->name, "form") == 0 &&
	    !form_is_page_wrapper(w, node))
		return true;
	/* Inline style="display:none" is never shown by a browser. */
	if ((v = xmlGetProp(node, (const xmlChar *)"style")) != NULL) {
		char *p = (char *)v;
		for (char *q = p; *q; q++)
			*q = (char)tolower((unsigned char)*q);
		hidden = strstr(p, "display:none") != NULL ||
		    strstr(p, "display: none") != NULL;
		xmlFree(v);
	}
	return hidden;
}

static void
walk_tree(struct walk *w, xmlNode *root)
{
	struct frame *stack = NULL;
	size_t depth = 0, cap = 0;
	xmlNode *node = root;

	while (node != NULL) {
		bool descend = false;

		if (!skip_node(w, node)) {
			if (node->type == XML_ELEMENT_NODE) {
				if (depth == cap) {
					cap = cap ? cap * 2 : 64;
					stack = xreallocarray(stack, cap,
					    sizeof *stack);
				}
				enter_element(w, node, &stack[depth]);
				depth++;
				descend = true;
			} else if (node->content != NULL)
				add_text_node(w, node);
		}
		if (descend && node->children != NULL) {
			node = node->children;
			continue;
		}
		if (descend)
			leave_element(w, &stack[--depth]);
		/* Climb until a node has a next sibling. */
		while (node != NULL && node != root && node->next == NULL) {
			node = node->parent;
			if (node != NULL && node->type == XML_ELEMENT_NODE &&
			    depth > 0)
				leave_element(w, &stack[--depth]);
		}
		if (node == NULL || node == root)
			break;
		node = node->next;
	}
	free(stack);
}

/* libxml2 stops at 256 levels of nesting (more would let a hostile page
 * exhaust the stack); the text after that point is lost, so say so. */
static void
note_parser_limit(struct doc *d, htmlParserCtxtPtr ctxt)
{
	xmlErrorPtr e = ctxt ? xmlCtxtGetLastError(ctxt) : NULL;

	if (e != NULL && e->message != NULL &&
	    strstr(e->message, "Excessive depth") != NULL)
		doc_set(&d->warning, "HTML nested deeper than 256 elements; "
		    "the text after that point is not shown");
}

/* libxml2's time grows with the square of one tag's attributes: a page
 * past the cap is read without the extra ones, and says so.  Returns the
 * page to parse (page, or a new copy that replaces it). */
static char *
cap_attributes(struct doc *d, char *page, const char *utf8, size_t len)
{
	char *capped = html_attr_cap(page ? page : utf8, len, HTML_ATTR_CAP);

	if (capped == NULL)
		return page;
	free(page);
	doc_set(&d->warning, "a tag with more than 256 attributes; "
	    "the rest of them are ignored");
	return capped;
}

/* Where each line of the page's source starts. */
static void
source_lines(struct walk *w, const char *src, size_t len)
{
	size_t cap = 64;

	w->src = src;
	w->src_len = len;
	w->src_budget = SOURCE_LOOK * len;
	w->src_lines = xreallocarray(NULL, cap, sizeof *w->src_lines);
	w->src_lines[w->nsrc_lines++] = 0;
	for (size_t i = 0; i < len; i++) {
		if (src[i] != '\n')
			continue;
		if (w->nsrc_lines == cap) {
			cap *= 2;
			w->src_lines = xreallocarray(w->src_lines, cap,
			    sizeof *w->src_lines);
		}
		w->src_lines[w->nsrc_lines++] = i + 1;
	}
}

int
html_load(struct doc *d, const char *utf8, size_t len, char **cause)
{
	struct walk w;
	htmlParserCtxtPtr ctxt;
	htmlDocPtr doc;
	xmlNode *root;
	char *page;
	size_t page_len;
	/* Not HTML_PARSE_NOIMPLIED: without the implied <html> and <body>,
	 * libxml2 makes a page's first element (a <script>, a <meta>, an
	 * anchor) the parent of all the rest, and the page lost its text. */
	int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;

	*cause = NULL;
	/* libxml2 reads the references as the standard does; the source
	 * map still counts lines and columns in the page as it is. */
	page = len <= (size_t)0x7fffffff ? html_charrefs(utf8, len, &page_len) :
	    NULL;
	if (page == NULL)
		page_len = len;
	if (page_len > (size_t)0x7fffffff) {
		*cause = xstrdup("HTML page larger than 2 GiB");
		free(page);
		return -1;
	}
	page = cap_attributes(d, page, utf8, page_len);
	ctxt = htmlNewParserCtxt();
	doc = ctxt ? htmlCtxtReadMemory(ctxt, page ? page : utf8,
	    (int)page_len, NULL, "UTF-8", opts) : NULL;
	free(page);
	note_parser_limit(d, ctxt);
	if (ctxt)
		htmlFreeParserCtxt(ctxt);
	if (doc == NULL) {
		/* An empty page has no tree; that is an empty document. */
		d->text = xstrdup("");
		d->text_len = 0;
		doc_index_blocks(d);
		return 0;
	}
	memset(&w, 0, sizeof w);
	w.d = d;
	w.body_elems = SIZE_MAX;
	buf_init(&w.text);
	source_lines(&w, utf8, len);
	w.cur_elem = add_elem(d, 0, TAG_ROOT, 0);
	html_meta_read(d, doc);
	for (root = doc->children; root != NULL; root = root->next)
		if (root->type == XML_ELEMENT_NODE)
			walk_tree(&w, root);
	end_block(&w);
	free(w.src_lines);
	xmlFreeDoc(doc);
	d->text_len = w.text.len;
	d->text = buf_steal(&w.text);
	doc_index_blocks(d);
	return 0;
}
