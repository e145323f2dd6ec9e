/* clean.c - load and clean the documents of one invocation together. */
#include "config.h"

#include "clean/clean.h"

#include <stdlib.h>
#include <string.h>

#include "clean/features.h"
#include "base/hash.h"
#include "clean/html_clean.h"
#include "ingest/load.h"
#include "clean/meta.h"
#include "clean/prose_fallback.h"
#include "clean/text_clean.h"
#include "base/util.h"

/* For each block, how many other files of the load have a line with the
 * same text.  Only short lines matter: menus and footers. */
bool
clean_cross_file(struct load *l)
{
	struct hash h;
	size_t loaded = 0;
	bool any = false;

	for (size_t i = 0; i < l->n; i++)
		loaded += l->docs[i] != NULL;
	if (loaded < 2)
		return false;
	hash_init(&h);
	for (size_t i = 0; i < l->n; i++) {
		struct doc *d = l->docs[i];

		for (size_t k = 0; d && k < d->nblocks; k++) {
			struct block *b = &d->blocks[k];
			struct hash_entry *e;

			if (b->f.chars > 300)
				continue;
			e = hash_get(&h, d->text + b->bstart,
			    b->bend - b->bstart);
			if (e != NULL && e->tag == i)
				continue;	/* counted for this file */
			e = hash_add(&h, d->text + b->bstart,
			    b->bend - b->bstart);
			e->tag = i;
		}
	}
	for (size_t i = 0; i < l->n; i++) {
		struct doc *d = l->docs[i];

		for (size_t k = 0; d && k < d->nblocks; k++) {
			struct block *b = &d->blocks[k];
			size_t c;

			if (b->f.chars > 300)
				continue;
			c = hash_count(&h, d->text + b->bstart,
			    b->bend - b->bstart);
			b->f.repeats_in_load = c > 0 ? c - 1 : 0;
			any |= c > 1;
		}
	}
	hash_free(&h);
	return any;
}

void
clean_doc(struct doc *d)
{
	if (d->format == DOC_HTML)
		html_clean_classify(d);
	else
		text_clean_classify(d);
	prose_fallback(d);
	/* A run of no-break spaces is blank rows in the clean view; its
	 * offsets stay, only the view leaves it out. */
	for (size_t i = 0; i < d->nblocks; i++)
		if (d->blocks[i].keep && block_is_blank(d, &d->blocks[i]))
			d->blocks[i].keep = false;
	meta_extract(d);
}

void
clean_load(struct load *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->docs[i])
			features_compute(l->docs[i]);
	clean_cross_file(l);
	for (size_t i = 0; i < l->n; i++)
		if (l->docs[i])
			clean_doc(l->docs[i]);
}

void
load_free(struct load *l)
{
	for (size_t i = 0; i < l->n; i++) {
		doc_free(l->docs[i]);
		free(l->errors[i]);
		free(l->paths[i]);
	}
	free(l->docs);
	free(l->errors);
	free(l->paths);
	memset(l, 0, sizeof *l);
}
