/* session_blocks.c - each document's kept and dropped blocks, read when
 * it is cleaned and saved at each change, on top of what the file holds
 * then (a second galley's choices stay). */
#include "config.h"

#include <stdlib.h>

#include "base/util.h"
#include "session/block_choices.h"
#include "session/session.h"

void
session_apply_block_choices(struct session *s, size_t f)
{
	struct session_doc *sd = &s->docs[f];
	struct doc *d = s->load.docs[f];
	char *path;

	if (d == NULL)
		return;
	if (sd->choices == NULL) {
		sd->choices = xmalloc(sizeof *sd->choices);
		block_choices_init(sd->choices);
		if ((path = block_choices_path(d->path)) == NULL)
			return;
		/* On a bad line the lines before it hold, and the file is
		 * never written (it would lose the lines after it). */
		block_choices_read(path, sd->choices, &sd->choices_cause);
		free(path);
	}
	block_choices_apply(sd->choices, d);
}

int
session_choose_block(struct session *s, size_t f, size_t i, bool keep,
    char **cause)
{
	struct session_doc *sd = &s->docs[f];
	struct doc *d = s->load.docs[f];
	char *path;
	int rc;

	*cause = NULL;
	session_apply_block_choices(s, f);
	d->blocks[i].keep = keep;
	path = block_choices_path(d->path);
	if (path != NULL && sd->choices_cause == NULL) {
		rc = block_choices_update(path, d, &d->blocks[i], keep,
		    sd->choices, cause);
		free(path);
		/* Another galley's choices, saved meanwhile, show too. */
		if (rc == 0)
			block_choices_apply(sd->choices, d);
		/* Not written (a read-only or damaged file, a lock held too
		 * long): the choice holds for the session, and the file is
		 * left as it is until its end, as an unreadable one is. */
		else {
			char *why = *cause;

			/* Said whole: the choice is lost at the end unless
			 * the user knows to make it again. */
			*cause = xasprintf("%s; the choice is not saved and "
			    "holds for this session only",
			    why != NULL ? why : "not written");
			free(why);
			if (block_choices_set(sd->choices, d, &d->blocks[i],
			    keep) == 0) {
				sd->choices_cause = xstrdup(*cause);
				sd->choices_told = true;	/* said now */
			}
		}
		return rc;
	}
	/* Not saved: the choice holds for the session. */
	if (block_choices_set(sd->choices, d, &d->blocks[i], keep) < 0)
		*cause = xstrdup("too many kept and dropped blocks: this one "
		    "holds for the session only");
	else if (path == NULL)
		*cause = xstrdup("standard input: the choice is not kept "
		    "after this session");
	else
		*cause = xasprintf("%s is left as it is this session: the "
		    "choice holds for this session only", path);
	free(path);
	return -1;
}
