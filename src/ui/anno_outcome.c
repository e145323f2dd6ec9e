/* anno_outcome.c - what became of an edit to an annotation once the save
 * merged it with what another galley saved meanwhile (anno_merge.h): a
 * deletion there wins over the edit, and an edit there of the same
 * annotation leaves one version kept among its conflicts.  The status
 * line says so instead of a plain "tags saved".  A reply to an
 * annotation deleted there is kept (the merge buries only what was
 * deleted, and the reply is new), listed on its own as a reply to a
 * deleted annotation: said so instead of a plain "reply saved". */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/reader_int.h"

void
anno_outcome_note(struct anno_outcome *o, const struct anno *a,
    bool replied)
{
	memset(o, 0, sizeof *o);
	if (a == NULL)
		return;
	o->id = xstrdup(a->id);
	o->nothers = a->nothers;
	o->replied = replied;
}

void
anno_outcome_say(struct reader *r, size_t f, const struct anno_outcome *o,
    const char *what)
{
	const struct anno *a;
	char *msg;

	if (o->id == NULL || r->s.docs[f].unsaved)
		return;	/* nothing edited, or the failure was said */
	a = anno_set_find(r->s.docs[f].annos, o->id);
	if (a == NULL) {
		set_message(r, true, o->replied ? "reply kept on its own: "
		    "the annotation was deleted in another galley" :
		    "not saved: the annotation was deleted in another galley");
		return;
	}
	/* Conflicts of the annotation replied to are not the reply's. */
	if (o->replied || a->nothers <= o->nothers)
		return;
	/* The later edit wins (ours, unless the other galley's came
	 * between ours and the save): the earlier is the conflict. */
	msg = xasprintf("%s; another galley edited the annotation too: the "
	    "earlier edit is kept as a conflict", what);
	set_message(r, true, msg);
	free(msg);
}

void
anno_outcome_free(struct anno_outcome *o)
{
	free(o->id);
	memset(o, 0, sizeof *o);
}
