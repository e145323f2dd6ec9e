/* session_corr.c - each document's corrections layer, read on first
 * need and saved at each change, on top of what the file holds then (a
 * second galley's corrections stay). */
#include "config.h"

#include <stdlib.h>

#include "base/util.h"
#include "proof/corrections.h"
#include "session/session.h"

struct corrections *
session_corrections(struct session *s, size_t f, char **cause)
{
	struct session_doc *sd = &s->docs[f];
	struct doc *d = s->load.docs[f];
	struct corrections stale;
	char *path;

	*cause = NULL;
	if (sd->corr != NULL)
		return sd->corr;
	sd->corr = xmalloc(sizeof *sd->corr);
	corrections_init(sd->corr);
	if (d == NULL || (path = corrections_path(d->path)) == NULL)
		return sd->corr;
	/* On a bad line, the lines before it hold for the session, and
	 * the file is never written (it would lose the lines after it). */
	sd->corr_damaged = corrections_read(path, sd->corr, cause) != 0;
	corrections_init(&stale);
	corrections_match(sd->corr, d, &stale);
	sd->corr_unmatched = corrections_unmatched_message(d->path, &stale);
	corrections_free(&stale);
	free(path);
	return sd->corr;
}

char *
session_corrections_unmatched(struct session *s, size_t f)
{
	char *msg = s->docs[f].corr_unmatched;

	s->docs[f].corr_unmatched = NULL;
	return msg;
}

int
session_correct(struct session *s, size_t f, size_t start, size_t end,
    const char *fix, char **cause)
{
	struct doc *d = s->load.docs[f];
	struct corrections *c;
	char *word, *path;
	int rc;

	c = session_corrections(s, f, cause);
	free(*cause);
	*cause = NULL;
	word = doc_substr(d, start, end);
	path = corrections_path(d->path);
	if (path != NULL && !s->docs[f].corr_damaged) {
		rc = corrections_update(path, d, start, end, word, fix, c,
		    cause);
		/* Not written (a read-only or damaged file, a lock held too
		 * long): the correction holds for the session, and the file
		 * is left as it is until its end, as a damaged one is. */
		if (rc != 0 && corrections_set(c, start, end, word, fix) == 0)
			s->docs[f].corr_damaged = true;
		free(word);
		free(path);
		return rc;
	}
	/* Not saved: the correction holds for the session. */
	rc = corrections_set(c, start, end, word, fix);
	free(word);
	if (rc != 0)
		*cause = xstrdup("not a word that can be corrected");
	else if (path == NULL)
		*cause = xstrdup("standard input: the correction is not kept "
		    "after this session");
	else
		*cause = xasprintf("%s is left as it is this session: the "
		    "correction holds for this session only", path);
	free(path);
	return -1;
}
