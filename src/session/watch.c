/* watch.c - the sources whose sidecars an idle tick looks at. */
#include "config.h"

#include "session/watch.h"

#include <stdbool.h>

static bool
picked(const size_t *pick, size_t npick, size_t f)
{
	/* Linear: a screenful of sources at most. */
	for (size_t i = 0; i < npick; i++)
		if (pick[i] == f)
			return true;
	return false;
}

size_t
watch_pick(struct watch_turn *t, size_t n, const size_t *shown,
    size_t nshown, size_t *pick)
{
	size_t npick = 0, spread = 0, from = t->next;

	for (size_t i = 0; i < nshown; i++)
		if (shown[i] < n && !picked(pick, npick, shown[i]))
			pick[npick++] = shown[i];
	if (n == 0)
		return npick;
	/* One round at most: with few sources, each once. */
	for (size_t k = 0; k < n && spread < WATCH_SPREAD; k++) {
		size_t f = (from + k) % n;

		if (picked(pick, npick, f))
			continue;
		pick[npick++] = f;
		spread++;
		t->next = (f + 1) % n;
	}
	return npick;
}
