/* anno_tag.c - tags are tokens (see anno_tag.h). */
#include "config.h"

#include "anno/anno_tag.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "base/util.h"

static bool
tag_char(utf8proc_int32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') ||
		    (c != 0 && strchr(ANNO_TAG_PUNCT, (int)c) != NULL);
	switch (utf8proc_category(c)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
		return true;
	default:
		return false;
	}
}

bool
anno_tag_ok(const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t c;

	if (*p == '\0')
		return false;
	while (*p) {
		utf8proc_ssize_t n = utf8proc_iterate(p, -1, &c);

		if (n <= 0 || !tag_char(c))
			return false;
		p += n;
	}
	return true;
}

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

long
anno_tags_split(const char *text, char ***out, char **bad)
{
	char *copy = xstrdup(text), *p = copy, **tags = NULL;
	size_t n = 0;

	*out = NULL;
	*bad = NULL;
	for (;;) {
		size_t len = strcspn(p, ",;");
		char *next = p[len] ? p + len + 1 : NULL, *end;
		bool dup = false;

		p[len] = '\0';
		while (is_blank(*p))
			p++;
		end = p + strlen(p);
		while (end > p && is_blank(end[-1]))
			*--end = '\0';
		if (*p && !anno_tag_ok(p)) {
			*bad = xstrdup(p);
			anno_tags_free(tags, n);
			free(copy);
			return -1;
		}
		for (size_t i = 0; i < n; i++)
			dup |= strcmp(tags[i], p) == 0;
		if (*p && !dup) {
			tags = xreallocarray(tags, n + 1, sizeof *tags);
			tags[n++] = xstrdup(p);
		}
		if (next == NULL)
			break;
		p = next;
	}
	free(copy);
	*out = tags;
	return (long)n;
}

void
anno_tags_free(char **tags, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(tags[i]);
	free(tags);
}
