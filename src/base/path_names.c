/* path_names.c - short names that tell paths apart (path_names.h). */
#include "config.h"

#include "base/path_names.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

struct entry {
	const char *path;
	size_t index;
};

/* The component of path that ends before byte end (a '/' or the string's
 * end): its first byte in *start; false when there is none. */
static bool
component_before(const char *path, size_t end, size_t *start, size_t *len)
{
	while (end > 0 && path[end - 1] == '/')
		end--;
	if (end == 0)
		return false;
	*start = end;
	while (*start > 0 && path[*start - 1] != '/')
		(*start)--;
	*len = end - *start;
	return true;
}

/* Compares a and b component by component from the end; *common gets
 * how many trailing components they share. */
static int
compare_tails(const char *a, const char *b, size_t *common)
{
	size_t ea = strlen(a), eb = strlen(b), sa, sb, la, lb;

	*common = 0;
	for (;;) {
		bool ha = component_before(a, ea, &sa, &la);
		bool hb = component_before(b, eb, &sb, &lb);
		int c;

		if (!ha || !hb)
			return ha - hb;
		c = memcmp(a + sa, b + sb, la < lb ? la : lb);
		if (c == 0 && la != lb)
			c = la < lb ? -1 : 1;
		if (c != 0)
			return c;
		(*common)++;
		ea = sa;
		eb = sb;
	}
}

static int
by_tail(const void *x, const void *y)
{
	const struct entry *a = x, *b = y;
	size_t common;
	int c = compare_tails(a->path, b->path, &common);

	if (c != 0)
		return c;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* The start of path's last k components; the whole path when it has
 * no more. */
static const char *
last_components(const char *path, size_t k)
{
	size_t end = strlen(path), start = 0, len;

	while (k-- > 0 && component_before(path, end, &start, &len))
		end = start;
	return k == (size_t)-1 ? path + start : path;
}

void
path_short_names(const char *const *paths, size_t n, const char **names)
{
	struct entry *e;

	if (n == 0)
		return;
	e = xreallocarray(NULL, n, sizeof *e);
	for (size_t i = 0; i < n; i++)
		e[i] = (struct entry){ paths[i], i };
	/* Sorted by their components from the end, a path shares its
	 * longest tail with a neighbour. */
	qsort(e, n, sizeof *e, by_tail);
	for (size_t i = 0; i < n; i++) {
		size_t before = 0, after = 0, most;

		if (i > 0)
			compare_tails(e[i - 1].path, e[i].path, &before);
		if (i + 1 < n)
			compare_tails(e[i].path, e[i + 1].path, &after);
		most = before > after ? before : after;
		names[e[i].index] = last_components(e[i].path, most + 1);
	}
	free(e);
}
