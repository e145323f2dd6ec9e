/* segment.c - where words and characters begin and end (see segment.h). */
#include "config.h"

#include "doc/segment.h"

#include <utf8proc.h>

bool
seg_is_word_core(int32_t c)
{
	if (c < 0)
		return false;
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return true;
	default:
		return false;
	}
}

size_t
seg_unspaced_letter(const char *s, size_t i, size_t n, size_t *cps)
{
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;
	utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i),
	    &c);
	size_t j;

	if (k <= 0 || !seg_is_unspaced(c))
		return 0;
	j = i + (size_t)k;
	*cps = 1;
	while (j < n && (k = utf8proc_iterate(u + j, (utf8proc_ssize_t)(n - j),
	    &c)) > 0) {
		utf8proc_category_t cat = utf8proc_category(c);

		if (cat != UTF8PROC_CATEGORY_MN && cat != UTF8PROC_CATEGORY_MC &&
		    cat != UTF8PROC_CATEGORY_ME)
			break;
		j += (size_t)k;
		++*cps;
	}
	return j - i;
}

bool
seg_is_unspaced(int32_t c)
{
	if (c < 0x0E00)
		return false;
	return (c >= 0x0E00 && c <= 0x0EFF) ||	/* Thai, Lao */
	    (c >= 0x0F00 && c <= 0x0FFF) ||	/* Tibetan */
	    (c >= 0x1000 && c <= 0x109F) ||	/* Myanmar */
	    (c >= 0x1780 && c <= 0x17FF) ||	/* Khmer */
	    (c >= 0x3040 && c <= 0x30FF) ||	/* Hiragana, Katakana */
	    (c >= 0x31F0 && c <= 0x31FF) ||	/* Katakana extensions */
	    (c >= 0x3400 && c <= 0x4DBF) ||	/* CJK extension A */
	    (c >= 0x4E00 && c <= 0x9FFF) ||	/* CJK unified ideographs */
	    (c >= 0xF900 && c <= 0xFAFF) ||	/* CJK compatibility */
	    (c >= 0xFF66 && c <= 0xFF9F) ||	/* half-width Katakana */
	    (c >= 0x20000 && c <= 0x3FFFF);	/* CJK extensions B to H */
}

bool
seg_is_digit(int32_t c)
{
	return (c >= '0' && c <= '9') ||
	    (c >= 0x80 && utf8proc_category(c) == UTF8PROC_CATEGORY_ND);
}

/* Joins two word characters into one word: apostrophes and connector
 * punctuation ('_'). */
static bool
is_joiner(int32_t c)
{
	if (c == '\'' || c == 0x2019 || c == '_')
		return true;
	return c >= 0x80 && utf8proc_category(c) == UTF8PROC_CATEGORY_PC;
}

bool
seg_word_char(int32_t prev, int32_t c, int32_t next)
{
	if (seg_is_word_core(c))
		return true;
	if (is_joiner(c))
		return seg_is_word_core(prev) && seg_is_word_core(next);
	if (c == '.' || c == ',')
		return seg_is_digit(prev) && seg_is_digit(next);
	return false;
}

static int
bound_class(int32_t c)
{
	return utf8proc_get_property(c)->boundclass;
}

/* UAX #29 breaks after these classes with no rule looking further back
 * (no Prepend, CR, Hangul jamo, regional indicator or joiner on the
 * left), and before any class that does not extend what precedes it. */
bool
seg_cluster_start(int32_t l, int32_t r)
{
	int lc, rc;

	if (l < 0 || r < 0)
		return true;
	lc = bound_class(l);
	rc = bound_class(r);
	if (lc == UTF8PROC_BOUNDCLASS_LF)
		return true;
	if (lc != UTF8PROC_BOUNDCLASS_OTHER &&
	    lc != UTF8PROC_BOUNDCLASS_CONTROL &&
	    lc != UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC)
		return false;
	return rc != UTF8PROC_BOUNDCLASS_EXTEND &&
	    rc != UTF8PROC_BOUNDCLASS_ZWJ &&
	    rc != UTF8PROC_BOUNDCLASS_SPACINGMARK &&
	    rc != UTF8PROC_BOUNDCLASS_E_MODIFIER;
}

bool
seg_cluster_break(int32_t c, int32_t d, int32_t *state)
{
	if (c < 0 || d < 0) {
		*state = 0;
		return true;
	}
	return utf8proc_grapheme_break_stateful(c, d, state);
}
