/* search.c - find a literal pattern in a document's decoded text. */
#include "config.h"

#include "view/search.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "doc/cells.h"
#include "base/util.h"

static bool
has_upper(const char *s)
{
	size_t n = strlen(s);

	for (size_t i = 0; i < n;) {
		int32_t c;
		i += cell_next(s, i, n, &c);
		if (utf8proc_category(c) == UTF8PROC_CATEGORY_LU)
			return true;
	}
	return false;
}

/* The pattern as code points, folded when ignoring case. */
static int32_t *
pattern_cps(const char *s, bool fold, size_t *n)
{
	size_t len = strlen(s), k = 0;
	int32_t *v = xreallocarray(NULL, len + 1, sizeof *v);

	for (size_t i = 0; i < len;) {
		int32_t c;
		i += cell_next(s, i, len, &c);
		v[k++] = fold ? utf8proc_tolower(c) : c;
	}
	*n = k;
	return v;
}

int32_t
search_plain_quote(int32_t c)
{
	const char *s = cell_ascii_stand_in(c);

	if (s != NULL && (*s == '\'' || *s == '"') && s[1] == '\0')
		return *s;
	return c;
}

/* Whether text's code point c matches the pattern's p: an apostrophe
 * or quotation mark typed straight finds the curly one news copy has
 * (Niger's, Niger’s; "no", “no”), and the other way round. */
static bool
same_cp(int32_t c, int32_t p)
{
	return search_plain_quote(c) == search_plain_quote(p);
}

/* search_text, case folded or not. */
static size_t
find_all(const char *text, size_t len, const char *pattern, bool fold,
    struct match **out)
{
	size_t m, n = 0, cap = 0;
	int32_t *p = pattern_cps(pattern, fold, &m);
	struct match *v = NULL;
	size_t b = 0, cp = 0;

	*out = NULL;
	if (m == 0) {
		free(p);
		return 0;
	}
	while (b < len) {
		size_t i = b, k = 0;
		int32_t c;
		size_t first = cell_next(text, b, len, &c);

		/* Compare the pattern at b, code point by code point. */
		while (k < m && i < len) {
			i += cell_next(text, i, len, &c);
			if (!same_cp(fold ? utf8proc_tolower(c) : c, p[k]))
				break;
			k++;
		}
		if (k == m) {
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				v = xreallocarray(v, cap, sizeof *v);
			}
			v[n].start = cp;
			v[n].end = cp + m;
			n++;
			b = i;
			cp += m;
			continue;
		}
		b += first;
		cp++;
	}
	free(p);
	*out = v;
	return n;
}

size_t
search_text(const char *text, size_t len, const char *pattern,
    struct match **out)
{
	return find_all(text, len, pattern, !has_upper(pattern), out);
}

size_t
search_doc(const struct doc *d, const char *pattern, struct match **out)
{
	return search_text(d->text, d->text_len, pattern, out);
}

size_t
search_doc_cased(const struct doc *d, const char *pattern,
    struct match **out)
{
	return find_all(d->text, d->text_len, pattern, false, out);
}

bool
search_has(const char *text, const char *pattern)
{
	struct match *m;
	size_t n = search_text(text, strlen(text), pattern, &m);

	free(m);
	return n > 0;
}
