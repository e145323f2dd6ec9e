/* ner_correct.c - the user's type and notentity decisions applied to the
 * recogniser's mentions, so that every view of them (highlights, the
 * index, the output) sees the corrected ones. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "ner/entity_decisions.h"
#include "ner/gazetteer.h"
#include "ner/ner_int.h"

void
ner_set_decisions(struct ner *n, const struct entity_decisions *dec)
{
	n->dec = dec;
}

/* Whether m survives the decision about its text (retyped when one
 * says so); *changed is set when it changes. */
static bool
correct_one(const struct entity_decisions *dec, const struct doc *d,
    struct mention *m, bool *changed)
{
	size_t klen;
	char *key = gaz_fold(d->text + m->bstart, m->bend - m->bstart, &klen);
	const struct decision *v = decisions_verdict(dec, key);
	int type;

	free(key);
	if (v == NULL)
		return true;
	*changed = true;
	if (v->kind == DECISION_NOT_ENTITY)
		return false;
	if ((type = entity_type_parse(v->b)) >= 0)
		mention_set_user_type(m, (enum entity_type)type);
	return true;
}

void
mention_set_user_type(struct mention *m, enum entity_type type)
{
	if (!(m->flags & MENTION_USER)) {
		m->found = m->type;
		if (m->flags & MENTION_SCORED)
			m->flags |= MENTION_WAS_SCORED;
	}
	m->type = type;
	m->flags = (m->flags & ~(unsigned)MENTION_SCORED) | MENTION_USER;
}

void
mention_found_type(struct mention *m)
{
	if (!(m->flags & MENTION_USER))
		return;
	m->type = m->found;
	if (m->flags & MENTION_WAS_SCORED)
		m->flags |= MENTION_SCORED;
	m->flags &= ~(unsigned)(MENTION_USER | MENTION_WAS_SCORED);
}

enum entity_type
mention_recognised_type(const struct mention *m)
{
	return m->flags & MENTION_USER ? m->found : m->type;
}

bool
ner_apply_decisions(const struct ner *n, const struct doc *d,
    struct mention_list *l, size_t first)
{
	size_t k = first;
	bool changed = false;

	if (!decisions_about_mentions(n->dec))
		return false;
	for (size_t i = first; i < l->n; i++)
		if (correct_one(n->dec, d, &l->v[i], &changed))
			l->v[k++] = l->v[i];
	l->n = k;
	return changed;
}

void
ner_add_spans(struct doc *d, const struct mention_list *l, size_t first)
{
	for (size_t i = first; i < l->n; i++)
		doc_add_span(d, l->v[i].start, l->v[i].end, SPAN_ENTITY,
		    l->v[i].type, (uint32_t)i);
}
