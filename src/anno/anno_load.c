/* anno_load.c - every document's annotations, opened and anchored. */
#include "config.h"

#include "anno/anno_load.h"

#include <stdlib.h>

#include "anno/anchor.h"
#include "anno/anno_store.h"
#include "base/util.h"

void
anno_load_open(struct anno_load *al, struct load *l)
{
	al->n = l->n;
	al->sets = xcalloc(l->n ? l->n : 1, sizeof *al->sets);
	for (size_t i = 0; i < l->n; i++) {
		if (l->docs[i] == NULL)
			continue;
		al->sets[i] = anno_store_open(l->paths[i]);
		anchor_set(al->sets[i], l->docs[i]);
	}
}

void
anno_load_free(struct anno_load *al)
{
	for (size_t i = 0; i < al->n; i++)
		anno_set_destroy(al->sets[i]);
	free(al->sets);
	al->sets = NULL;
	al->n = 0;
}

size_t
anno_load_count(const struct anno_load *al, size_t i)
{
	return i < al->n && al->sets[i] ? anno_set_count(al->sets[i]) : 0;
}

size_t
anno_load_total(const struct anno_load *al)
{
	size_t n = 0;

	for (size_t i = 0; i < al->n; i++)
		n += anno_load_count(al, i);
	return n;
}

size_t
anno_load_damaged(const struct anno_load *al)
{
	size_t n = 0;

	for (size_t i = 0; i < al->n; i++)
		if (al->sets[i] != NULL && al->sets[i]->readonly)
			n++;
	return n;
}
