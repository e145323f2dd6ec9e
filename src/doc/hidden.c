/* hidden.c - stretches of a document's text that are not shown. */
#include "config.h"

#include "doc/hidden.h"

#include <stdlib.h>
#include <string.h>

/* The first span ending after x, a byte offset or a code point. */
static size_t
first_ending_after(const struct hidden_list *h, size_t x, bool bytes)
{
	size_t lo = 0, hi = h->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if ((bytes ? h->v[mid].bend : h->v[mid].end) <= x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
hidden_from(const struct hidden_list *h, size_t cp)
{
	return first_ending_after(h, cp, false);
}

size_t
hidden_from_byte(const struct hidden_list *h, size_t b)
{
	return first_ending_after(h, b, true);
}

void
hidden_free(struct hidden_list *h)
{
	free(h->v);
	memset(h, 0, sizeof *h);
}

bool
hidden_covers(const char *text, const struct hidden_list *h, size_t bstart,
    size_t bend)
{
	struct shown_parts it;

	if (h == NULL)
		return false;
	hidden_shown_init(&it, h, bstart, bend, 0, 0);
	while (hidden_next_shown(&it))
		for (size_t i = it.part.bstart; i < it.part.bend; i++)
			if (text[i] != ' ' && text[i] != '\t' &&
			    text[i] != '\n' && text[i] != '\r')
				return false;
	return true;
}

void
hidden_shown_init(struct shown_parts *it, const struct hidden_list *h,
    size_t bstart, size_t bend, size_t start, size_t end)
{
	it->h = h;
	it->k = h != NULL ? hidden_from_byte(h, bstart) : 0;
	it->bend = bend;
	it->end = end;
	/* An empty part that ends where the first begins. */
	it->part = (struct hidden_span){ bstart, bstart, start, start };
}

bool
hidden_next_shown(struct shown_parts *it)
{
	const struct hidden_list *h = it->h;

	while (it->part.bend < it->bend) {
		struct hidden_span *p = &it->part;
		const struct hidden_span *s = h != NULL && it->k < h->n &&
		    h->v[it->k].bstart < it->bend ? &h->v[it->k] : NULL;

		if (s != NULL && s->bstart <= p->bend) {	/* hidden here */
			p->bstart = p->bend = s->bend;
			p->start = p->end = s->end;
			it->k++;
			continue;
		}
		p->bstart = p->bend;
		p->start = p->end;
		p->bend = s != NULL ? s->bstart : it->bend;
		p->end = s != NULL ? s->start : it->end;
		return true;
	}
	return false;
}
