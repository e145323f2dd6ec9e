/* session_blocks.c - each document's kept and dropped blocks, read when
 * it is cleaned and saved at each change, on top of what the file holds
 * then (a second galley's choices stay). */
#include "config.h"

#include <stdlib.h>

#include "base/util.h"
#include "session/block_choices.h"
#include "session/session.h"

/* Reads document f's choices file the first time. */
static void
load_choices(struct session_doc *sd, const struct doc *d)
{
	char *path;

	if (sd->choices != NULL)
		return;
	sd->choices = xmalloc(sizeof *sd->choices);
	block_choices_init(sd->choices);
	if ((path = block_choices_path(d->path)) == NULL)
		return;
	/* On a bad line the lines before it hold, and the file is never
	 * written (it would lose the lines after it). */
	block_choices_read(path, sd->choices, &sd->choices_cause);
	free(path);
}

/* The cleaner's keep of each block, noted before the choices change it. */
static void
note_cleaner(struct session_doc *sd, const struct doc *d)
{
	free(sd->cleaner_keep);
	sd->cleaner_keep = xcalloc(d->nblocks ? d->nblocks : 1,
	    sizeof *sd->cleaner_keep);
	sd->ncleaner = d->nblocks;
	for (size_t i = 0; i < d->nblocks; i++)
		sd->cleaner_keep[i] = d->blocks[i].keep;
}

void
session_apply_block_choices(struct session *s, size_t f)
{
	struct session_doc *sd = &s->docs[f];
	struct doc *d = s->load.docs[f];

	if (d == NULL)
		return;
	load_choices(sd, d);
	note_cleaner(sd, d);
	block_choices_apply(sd->choices, d);
}

bool
session_block_is_cleaners(const struct session *s, size_t f, size_t i)
{
	const struct session_doc *sd = &s->docs[f];

	return i < sd->ncleaner &&
	    sd->cleaner_keep[i] == s->load.docs[f]->blocks[i].keep;
}

int
session_choose_block(struct session *s, size_t f, size_t i, bool keep,
    char **cause)
{
	struct session_doc *sd = &s->docs[f];
	struct doc *d = s->load.docs[f];
	char *path;
	bool cleaner;
	int rc;

	*cause = NULL;
	load_choices(sd, d);
	/* Not cleaned with the choices yet (the raw view): the block's
	 * keep now is the cleaner's. */
	if (sd->ncleaner != d->nblocks)
		note_cleaner(sd, d);
	cleaner = sd->cleaner_keep[i];
	d->blocks[i].keep = keep;
	path = block_choices_path(d->path);
	if (path != NULL && sd->choices_cause == NULL) {
		rc = block_choices_update(path, d, &d->blocks[i], keep,
		    cleaner, sd->choices, cause);
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
			if (block_choices_choose(sd->choices, d,
			    &d->blocks[i], keep, cleaner) == 0) {
				sd->choices_cause = xstrdup(*cause);
				sd->choices_told = true;	/* said now */
			}
		}
		return rc;
	}
	/* Not saved: the choice holds for the session. */
	if (block_choices_choose(sd->choices, d, &d->blocks[i], keep,
	    cleaner) < 0)
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
