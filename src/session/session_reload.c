/* session_reload.c - a source whose file changed on disk: how to tell,
 * and reading it again (session.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "ingest/load.h"
#include "session/session.h"

/* Standard input cannot be read again, nor stat'ed as a path. */
static bool
from_stdin(const struct session *s, size_t f)
{
	return strcmp(s->load.paths[f], "-") == 0;
}

void
session_stamp_doc(struct session *s, size_t f)
{
	if (!from_stdin(s, f))
		file_stamp_take(s->load.paths[f], &s->docs[f].stamp);
	memset(&s->docs[f].other, 0, sizeof s->docs[f].other);
}

/* Whether the file, stamped anew as now, still holds the bytes read:
 * touched, or written again with the same text (an editor's save of an
 * unchanged buffer, a checkout), it has not changed.  Either answer is
 * remembered with its stamp, so that the bytes are read once a change. */
static bool
same_bytes(struct session *s, size_t f, const struct file_stamp *now)
{
	struct session_doc *sd = &s->docs[f];
	uint8_t sha[32];

	if (now->size != s->load.docs[f]->raw_size ||
	    file_stamp_same(now, &sd->other))
		return false;
	if (!load_file_digest(s->load.paths[f], sha) ||
	    memcmp(sha, s->load.docs[f]->sha256, sizeof sha) != 0) {
		sd->other = *now;
		return false;
	}
	sd->stamp = *now;
	return true;
}

enum session_disk
session_disk_state(struct session *s, size_t f)
{
	struct file_stamp now;

	if (!s->docs[f].loaded || s->load.docs[f] == NULL || from_stdin(s, f))
		return DISK_SAME;
	file_stamp_take(s->load.paths[f], &now);
	if (file_stamp_same(&now, &s->docs[f].stamp))
		return DISK_SAME;
	if (!now.exists)
		return DISK_GONE;
	return same_bytes(s, f, &now) ? DISK_SAME : DISK_CHANGED;
}

char *
session_stale_cause(struct session *s, size_t f)
{
	switch (session_disk_state(s, f)) {
	case DISK_CHANGED:
		return xasprintf("%s changed on disk; :e reloads it",
		    s->load.paths[f]);
	case DISK_GONE:
		return xasprintf("%s deleted on disk; nothing is written "
		    "beside it", s->load.paths[f]);
	default:
		return NULL;
	}
}

/* Everything read or found of document f but its annotations (which
 * hold what the user has not saved yet, and anchor again in the new
 * text). */
static void
forget_doc(struct session *s, size_t f)
{
	struct session_doc *sd = &s->docs[f];

	doc_free(s->load.docs[f]);
	s->load.docs[f] = NULL;
	free(s->load.errors[f]);
	s->load.errors[f] = NULL;
	problems_clear(&sd->problems);
	free(sd->notice);
	sd->notice = NULL;
	mentions_free(&s->mentions[f]);
	if (sd->corr != NULL)
		corrections_free(sd->corr);
	free(sd->corr);
	sd->corr = NULL;
	sd->corr_damaged = false;
	free(sd->corr_unmatched);
	sd->corr_unmatched = NULL;
	if (sd->choices != NULL)
		block_choices_free(sd->choices);
	free(sd->choices);
	sd->choices = NULL;
	free(sd->choices_cause);
	sd->choices_cause = NULL;
	sd->choices_told = false;
	free(sd->cleaner_keep);
	sd->cleaner_keep = NULL;
	sd->ncleaner = 0;
	sd->analysed = false;
	if (sd->loaded)
		s->nloaded--;
	sd->loaded = false;
}

bool
session_reload_doc(struct session *s, size_t f)
{
	if (from_stdin(s, f) && s->docs[f].loaded)
		return s->load.docs[f] != NULL;
	forget_doc(s, f);
	/* The story groups and shared paragraphs held its old text. */
	session_copies_free(s);
	return session_load_doc(s, f);
}

bool
session_retry_failed(struct session *s, size_t f)
{
	struct file_stamp now;

	if (!s->docs[f].loaded || s->load.docs[f] != NULL || from_stdin(s, f))
		return false;
	/* One too big is read to the limit before it is refused: not
	 * again at every opening. */
	file_stamp_take(s->load.paths[f], &now);
	if (now.exists && now.size > LOAD_MAX_BYTES)
		return false;
	return session_reload_doc(s, f);
}
