/* anno_review.c - review in the annotations view: + accepts and -
 * rejects the selected annotation (an assessing reply by a second
 * person, saved at once), and :only / :by narrow the view to a verdict
 * or a creator. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ui/reader_int.h"

static const char *const only_names[] = {
	[ANNO_ONLY_ALL] = "all",
	[ANNO_ONLY_ACCEPTED] = "accepted",
	[ANNO_ONLY_REJECTED] = "rejected",
	[ANNO_ONLY_UNREVIEWED] = "unreviewed",
};

void
annotations_review(struct reader *r, const char *verdict)
{
	size_t f = SIZE_MAX;
	struct anno *a = annotations_selected(r, &f);
	char *who, *cause = NULL, *msg;

	if (a == NULL) {
		travel_refuse(r);	/* says so on another version's */
		return;
	}
	if (a->reply_to != NULL) {
		set_message(r, true, "a review is of an annotation, not of a "
		    "reply: select the annotation");
		return;
	}
	who = reader_creator(r);	/* a second person: anno_assess says */
	if (anno_assess(r->s.docs[f].annos, a, who, verdict, NULL, &cause) ==
	    NULL) {
		set_message(r, true, cause);
		free(cause);
		free(who);
		return;
	}
	free(who);
	msg = xasprintf("%s; R on the review adds why", verdict);
	anno_edit_save(r, f, msg);
	free(msg);
	analysis_annotations(r, f);
	annotations_refresh(r);
}

/* Whether :only shows the annotation a, whose verdict is review (NULL:
 * none): a reply goes with its annotation.  :by is applied to whole
 * threads (annotations.c). */
bool
annotations_keeps(const struct reader *r, const struct anno *a,
    const struct anno *review)
{
	if (a->reply_to != NULL)
		return true;
	switch (r->anno_only) {
	case ANNO_ONLY_ACCEPTED:
		return review && strcmp(review->verdict, "accepted") == 0;
	case ANNO_ONLY_REJECTED:
		return review && strcmp(review->verdict, "rejected") == 0;
	case ANNO_ONLY_UNREVIEWED:
		return review == NULL;
	case ANNO_ONLY_ALL:
		break;
	}
	return true;
}

/* " (accepted by Ann)": what the view is narrowed to, for its header. */
char *
annotations_filter_text(const struct reader *r)
{
	if (r->anno_only == ANNO_ONLY_ALL && r->anno_by == NULL)
		return xstrdup("");
	return xasprintf(" (%s%s%s)", r->anno_only == ANNO_ONLY_ALL ? "" :
	    only_names[r->anno_only], r->anno_only != ANNO_ONLY_ALL &&
	    r->anno_by ? " " : "", r->anno_by ? r->anno_by : "");
}

static void
reopen(struct reader *r)
{
	annotations_open(r, r->view == VIEW_ANNOTATIONS && r->anno_scope_doc);
}

void
annotations_only(struct reader *r, const char *arg)
{
	for (size_t i = 0; i < sizeof only_names / sizeof only_names[0]; i++)
		if (strcmp(arg, only_names[i]) == 0) {
			r->anno_only = (enum anno_only)i;
			reopen(r);
			return;
		}
	set_message(r, true, ":only takes accepted, rejected, unreviewed "
	    "or all");
}

void
annotations_by(struct reader *r, const char *arg)
{
	free(r->anno_by);
	r->anno_by = strcmp(arg, "all") == 0 ? NULL : xstrdup(arg);
	reopen(r);
}
