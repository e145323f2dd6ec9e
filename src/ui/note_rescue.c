/* note_rescue.c - at an exit that cannot ask (SIGHUP, SIGTERM), the text
 * of an open note, reply or tag editor is written aside, beside the
 * annotations rescued then (anno_save.c), with what it belongs to: the
 * article, the annotation (or the place of a new one) and the passage. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/file_io.h"
#include "base/util.h"
#include "ui/editor.h"
#include "ui/reader_int.h"

/* The file's text: a header, a blank line, what was typed. */
static char *
rescued_text(struct reader *r, const char *typed)
{
	const char *id;
	char *subject = anno_edit_subject(r, &id), *where, *text;

	where = id != NULL ? xasprintf("annotation: %s", id) :
	    xasprintf("annotation: a new one, on characters %zu-%zu",
	    r->edit_start, r->edit_end);
	text = xasprintf("galley: text being typed when galley was stopped\n"
	    "article: %s\n%s\nediting: %s\n\n%s\n", r->s.load.paths[r->edit_file],
	    where, subject, typed);
	free(where);
	free(subject);
	return text;
}

char *
note_rescue(struct reader *r, const char *dir)
{
	const char *typed = r->editor ? editor_text(r->editor) : NULL;
	char *path, *text, *cause = NULL, *msg;

	if (typed == NULL || *typed == '\0')
		return NULL;
	if (dir == NULL)
		return xstrdup("the text being typed is lost: no state "
		    "directory to keep it in");
	path = xasprintf("%s/note.txt", dir);
	text = rescued_text(r, typed);
	if (fio_make_parents_for(path, &cause) == 0 &&
	    fio_quiet(fio_replace(path, text, strlen(text), &cause),
	    &cause) == 0)
		msg = xasprintf("the text being typed is in %s, with the "
		    "article and the annotation it belongs to", path);
	else
		msg = xasprintf("the text being typed is lost: %s", cause);
	free(cause);
	free(text);
	free(path);
	return msg;
}
