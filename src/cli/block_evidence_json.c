/* block_evidence_json.c - a block's cleaning evidence as JSON (see the
 * header). */
#include "config.h"

#include "cli/block_evidence_json.h"

#include <stdlib.h>
#include <string.h>

#include "clean/boilerplate.h"

bool
block_evidence_wanted(void)
{
	const char *v = getenv("GALLEY_CLEAN_FEATURES");

	return v != NULL && strcmp(v, "1") == 0;
}

static void
set_int(json_t *o, const char *key, long long v)
{
	json_object_set_new(o, key, json_integer((json_int_t)v));
}

static void
add_counts(json_t *o, const struct doc *d, const struct block *b)
{
	const struct block_features *f = &b->f;

	set_int(o, "chars", (long long)f->chars);
	set_int(o, "unspaced", (long long)f->unspaced);
	set_int(o, "words", (long long)f->words);
	set_int(o, "stopwords", (long long)f->stopwords);
	set_int(o, "link_chars", (long long)f->link_chars);
	set_int(o, "links", (long long)f->links);
	set_int(o, "repeats_in_doc", (long long)f->repeats_in_doc);
	set_int(o, "repeats_in_load", (long long)f->repeats_in_load);
	set_int(o, "sentence_end", ends_like_sentence(d->text + b->bstart,
	    b->bend - b->bstart));
	json_object_set_new(o, "base_kind",
	    json_string(block_kind_name(b->base_kind)));
}

static void
add_dom(json_t *o, const struct doc *d, const struct block *b)
{
	const struct block_features *f = &b->f;
	const struct elem *e;

	set_int(o, "in_nav", f->in_nav);
	set_int(o, "in_header", f->in_header);
	set_int(o, "in_footer", f->in_footer);
	set_int(o, "in_aside", f->in_aside);
	set_int(o, "in_article", f->in_article);
	set_int(o, "in_main", f->in_main);
	set_int(o, "in_list", f->in_list);
	set_int(o, "class_score", f->class_score);
	set_int(o, "in_chosen", f->in_chosen);
	set_int(o, "under_clutter", f->under_clutter);
	json_object_set_new(o, "score_share", json_real(f->score_share));
	if (d->format != DOC_HTML || f->elem >= d->nelems)
		return;
	e = &d->elems[f->elem];
	set_int(o, "tag", e->tag);
	set_int(o, "depth", e->depth);
	set_int(o, "weight", e->weight);
}

json_t *
block_evidence_json(const struct doc *d, const struct block *b)
{
	json_t *o = json_object();

	add_counts(o, d, b);
	add_dom(o, d, b);
	return o;
}
