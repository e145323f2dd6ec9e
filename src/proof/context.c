/* context.c - the sentence around a problem. */
#include "config.h"

#include "proof/context.h"

#include <stdbool.h>

#include "base/util.h"

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static bool
ends_sentence(char c)
{
	return c == '.' || c == '!' || c == '?';
}

/* Whether a continuation byte of UTF-8. */
static bool
is_cont(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

/* Where the sentence holding byte at starts: after ". " or a blank line,
 * no further back than side code points (then at a space after that
 * point, when there is one); *cut says whether it was cut. */
static size_t
sentence_start(const char *text, size_t at, size_t side, bool *cut)
{
	size_t i = at, cps = 0;

	*cut = false;
	while (i > 0) {
		if (is_space(text[i - 1]) && i >= 2 && (ends_sentence(text[i - 2])
		    || (text[i - 1] == '\n' && text[i - 2] == '\n')))
			break;
		if (!is_cont(text[i - 1]) && ++cps > side) {
			size_t s = i;

			while (s < at && !is_space(text[s]))
				s++;
			*cut = true;
			return s < at ? s + 1 : i;
		}
		i--;
	}
	return i;
}

/* Where the sentence holding byte at ends: after its ".", "!" or "?"
 * or before a blank line, no further than side code points. */
static size_t
sentence_end(const char *text, size_t len, size_t at, size_t side, bool *cut)
{
	size_t i = at, cps = 0;

	*cut = false;
	while (i < len) {
		if (ends_sentence(text[i]) && (i + 1 == len ||
		    is_space(text[i + 1])))
			return i + 1;
		if (text[i] == '\n' && i + 1 < len && text[i + 1] == '\n')
			return i;
		if (!is_cont(text[i]) && ++cps > side) {
			size_t e = i;

			while (e > at && !is_space(text[e - 1]))
				e--;
			*cut = true;
			if (e <= at)	/* one long word: cut inside it */
				for (e = i; e > at && is_cont(text[e]); e--)
					;
			return e > at ? e : i;
		}
		i++;
	}
	return i;
}

char *
problem_context(const char *text, size_t len, size_t start, size_t end,
    size_t side)
{
	bool cut_before, cut_after;
	size_t s, e;
	struct buf b;

	if (start > len)
		start = len;
	if (end < start || end > len)
		end = start;
	s = sentence_start(text, start, side, &cut_before);
	e = sentence_end(text, len, end, side, &cut_after);
	while (s < start && is_space(text[s]))
		s++;
	while (e > end && is_space(text[e - 1]))
		e--;
	buf_init(&b);
	if (cut_before)
		buf_adds(&b, "...");
	for (size_t i = s; i < e; i++)
		buf_addc(&b, is_space(text[i]) ? ' ' : text[i]);
	if (cut_after)
		buf_adds(&b, "...");
	buf_adds(&b, "");
	return buf_steal(&b);
}
