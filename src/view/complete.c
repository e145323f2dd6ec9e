/* complete.c - Tab completion of the word before the caret. */
#include "config.h"

#include "view/complete.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

void
complete_init(struct completion *c, complete_fn fn, void *ctx)
{
	memset(c, 0, sizeof *c);
	c->fn = fn;
	c->ctx = ctx;
	c->current = SIZE_MAX;
}

void
complete_reset(struct completion *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->cands[i]);
	free(c->cands);
	c->cands = NULL;
	c->n = 0;
	c->current = SIZE_MAX;
}

void
complete_free(struct completion *c)
{
	complete_reset(c);
}

void
complete_word(const struct textedit *t, size_t *start, size_t *end)
{
	const char *s = t->text.data;
	size_t b = t->caret, e = t->caret;

	while (b > 0 && s[b - 1] != ',')
		b--;
	while (b < e && s[b] == ' ')
		b++;
	while (e > b && s[e - 1] == ' ')
		e--;
	*start = b;
	*end = e;
}

/* The bytes the candidates share, cut back to a code point boundary. */
static size_t
common_prefix(char **v, size_t n)
{
	size_t len = strlen(v[0]);

	for (size_t i = 1; i < n; i++) {
		size_t k = 0;
		while (k < len && v[i][k] == v[0][k])
			k++;
		len = k;
	}
	while (len > 0 && ((unsigned char)v[0][len] & 0xC0) == 0x80)
		len--;
	return len;
}

/* After the only candidate: a separator, or a step over the one that is
 * already there. */
static void
separate(struct textedit *t)
{
	const char *s = t->text.data;
	size_t p = t->caret;

	while (s[p] == ' ')
		p++;
	if (s[p] == '\0') {
		textedit_replace(t, t->caret, p, ", ");
		return;
	}
	if (s[p] != ',')
		return;
	p++;
	while (s[p] == ' ')
		p++;
	textedit_move_to(t, p);
}

static size_t
cycle(struct completion *c, struct textedit *t)
{
	c->current = c->current == SIZE_MAX ? 0 : (c->current + 1) % c->n;
	textedit_replace(t, c->start, t->caret, c->cands[c->current]);
	return c->n;
}

size_t
complete_tab(struct completion *c, struct textedit *t)
{
	const char *out[COMPLETE_MAX];
	size_t start, end, n, lcp;
	char *word;

	if (c->fn == NULL)
		return 0;
	if (c->n > 1)
		return cycle(c, t);
	complete_reset(c);
	complete_word(t, &start, &end);
	word = xstrndup(t->text.data + start, end - start);
	n = c->fn(c->ctx, word, out, COMPLETE_MAX);
	free(word);
	if (n == 0)
		return 0;
	if (n > COMPLETE_MAX)
		n = COMPLETE_MAX;
	if (n == 1) {
		textedit_replace(t, start, t->caret, out[0]);
		separate(t);
		return 1;
	}
	c->cands = xcalloc(n, sizeof *c->cands);
	for (size_t i = 0; i < n; i++)
		c->cands[i] = xstrdup(out[i]);
	c->n = n;
	c->start = start;
	/* Only a prefix at least as long as the word replaces it: candidates
	 * matched some other way leave the word as typed. */
	lcp = common_prefix(c->cands, n);
	if (lcp >= end - start) {
		char *p = xstrndup(c->cands[0], lcp);
		textedit_replace(t, start, t->caret, p);
		free(p);
	}
	return n;
}
