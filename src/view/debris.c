/* debris.c - markup debris left out of the clean view and the article. */
#include "config.h"

#include "view/debris.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "clean/features.h"
#include "proof/corrections.h"
#include "proof/proof_text.h"

/* Whether a run check calls CSS is a declaration: a ';' before a
 * property name and a ':' ("tdstyle;textalign:left"), not a word with a
 * semicolon glued on ("agents;" before a no-break space, "you;."). */
static bool
is_css_declaration(const char *s, size_t n)
{
	bool semi = false;

	for (size_t i = 0; i + 1 < n; i++)
		semi |= s[i] == ';' && s[i + 1] >= 'a' && s[i + 1] <= 'z';
	return semi && memchr(s, ':', n) != NULL;
}

/* Which of check's markup finds are hidden.  Hiding deletes text from
 * what the reader sees, so only finds that cannot be prose: not an
 * entity that stands for a character (a no-break space shows as a space
 * anyway), a lone '>' only where it opens a word or follows a colon (one
 * closing a word is half of "<Title>" as often as debris), and CSS only
 * when it reads as a declaration.  at_word_start: s is at the block's
 * start or after a blank or a colon. */
static bool
is_hidden_markup(const char *s, size_t n, bool at_word_start)
{
	if (n == 1)
		return s[0] == '>' && at_word_start;
	if (n == 0)
		return false;
	if (s[0] == '&')
		return (n == 6 && strncasecmp(s, "&nbsp;", 6) == 0) ||
		    (n == 6 && strncmp(s, "&#160;", 6) == 0) ||
		    (n == 6 && strncasecmp(s, "&#xa0;", 6) == 0);
	if (s[0] != '<' && s[0] != '[')
		return is_css_declaration(s, n);
	return true;
}

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

static void
push_span(struct hidden_list *h, size_t bstart, size_t bend)
{
	struct hidden_span *last = h->n > 0 ? &h->v[h->n - 1] : NULL;

	if (last != NULL && bstart <= last->bend) {
		if (bend > last->bend)
			last->bend = bend;
		return;
	}
	if (h->n == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 16;
		h->v = xreallocarray(h->v, h->cap, sizeof *h->v);
	}
	h->v[h->n].bstart = bstart;
	h->v[h->n].bend = bend;
	h->n++;
}

/* Debris between two words ("Alliances:< strong >>establish"): hiding
 * it whole would glue them, so a tag keeps its first inner blank and
 * hides the rest; a lone '>' stands for nothing and goes; what has no
 * blank to keep ("Smith&nbsp;said", "word<br>word") stays shown. */
static void
hide_glued(const char *text, size_t s, size_t e, struct hidden_list *h)
{
	const char *blank;

	if (e - s == 1) {
		push_span(h, s, e);
		return;
	}
	if (text[s] != '<')
		return;
	blank = memchr(text + s, ' ', e - s);
	if (blank == NULL)
		return;
	push_span(h, s, (size_t)(blank - text));
	push_span(h, (size_t)(blank - text) + 1, e);
}

void
debris_scan_block(const struct doc *d, const struct block *b,
    struct hidden_list *h)
{
	struct problem_list found = { NULL, 0, 0 };
	size_t first = h->n, b0 = b->bstart, cp0 = b->start;

	proof_scan_markup(d->text, b->bstart, b->bend, &found);
	for (size_t i = 0; i < found.n; i++) {
		size_t s = found.v[i].bstart, e = found.v[i].bend;

		bool blank_before = s == b->bstart || is_blank(d->text[s - 1]);

		if (!is_hidden_markup(d->text + s, e - s, blank_before ||
		    d->text[s - 1] == ':'))
			continue;
		if (!blank_before && e < b->bend && !is_blank(d->text[e])) {
			hide_glued(d->text, s, e, h);
			continue;
		}
		/* The blanks after it go with it only when one stays before
		 * ("Smith&nbsp; said" keeps its space). */
		while (blank_before && e < b->bend && d->text[e] == ' ')
			e++;
		if (e == b->bend)
			while (s > b->bstart && d->text[s - 1] == ' ')
				s--;
		push_span(h, s, e);
	}
	problems_clear(&found);
	/* Code points, counted once along the block. */
	for (size_t i = first; i < h->n; i++) {
		cp0 += utf8_count(d->text + b0, h->v[i].bstart - b0);
		h->v[i].start = cp0;
		cp0 += utf8_count(d->text + h->v[i].bstart,
		    h->v[i].bend - h->v[i].bstart);
		h->v[i].end = cp0;
		b0 = h->v[i].bend;
	}
}

bool
debris_leaves_text(const struct doc *d, const struct block *b,
    const struct hidden_list *h, size_t first)
{
	struct block part = *b;
	size_t at = b->bstart;

	for (size_t i = first; i <= h->n; i++) {
		part.bstart = at;
		part.bend = i < h->n ? h->v[i].bstart : b->bend;
		if (part.bend > part.bstart && !block_is_blank(d, &part))
			return true;
		if (i < h->n)
			at = h->v[i].bend;
	}
	return false;
}

void
debris_scan_doc(const struct doc *d, struct hidden_list *h)
{
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *bl = &d->blocks[i];
		size_t first = h->n;

		if (!bl->keep || bl->kind == BLOCK_TITLE)
			continue;
		debris_scan_block(d, bl, h);
		if (debris_leaves_text(d, bl, h, first))
			continue;
		h->n = first;
		push_span(h, bl->bstart, bl->bend);
		/* A new span, or the one before it grown (blocks that touch). */
		if (h->n > first)
			h->v[first].start = bl->start;
		h->v[h->n - 1].end = bl->end;
	}
}

/* Appends d's text [bstart, bend) (code points [start, end)) to out,
 * with c's corrections inside it applied when c has any. */
static void
add_part(struct buf *out, struct doc *d, const struct corrections *c,
    const struct hidden_span *part)
{
	char *fixed;

	if (c == NULL || c->n == 0) {
		buf_add(out, d->text + part->bstart, part->bend - part->bstart);
		return;
	}
	fixed = corrections_apply(c, d, part->start, part->end);
	buf_adds(out, fixed);
	free(fixed);
}

char *
debris_body(struct doc *d, const struct corrections *c)
{
	struct hidden_list h = { NULL, 0, 0 };
	struct buf out;

	buf_init(&out);
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *bl = &d->blocks[i];
		struct shown_parts it;

		if (!bl->keep || bl->kind == BLOCK_TITLE)
			continue;
		h.n = 0;
		debris_scan_block(d, bl, &h);
		if (!debris_leaves_text(d, bl, &h, 0))
			continue;
		if (out.len > 0)
			buf_adds(&out, "\n\n");
		hidden_shown_init(&it, &h, bl->bstart, bl->bend, bl->start,
		    bl->end);
		while (hidden_next_shown(&it))
			add_part(&out, d, c, &it.part);
	}
	hidden_free(&h);
	return buf_steal(&out);
}

char *
debris_title(struct doc *d, const struct corrections *c)
{
	if (d->title == NULL)
		return NULL;
	for (size_t i = 0; c != NULL && c->n > 0 && i < d->nblocks; i++) {
		const struct block *bl = &d->blocks[i];
		char *text, *fixed;

		if (bl->kind != BLOCK_TITLE)
			continue;
		/* Only where the title is that block's text: an HTML page's
		 * <title> may say more (the site's name) or less. */
		text = doc_substr(d, bl->start, bl->end);
		fixed = strcmp(text, d->title) == 0 ?
		    corrections_apply(c, d, bl->start, bl->end) : NULL;
		free(text);
		if (fixed != NULL)
			return fixed;
	}
	return xstrdup(d->title);
}
