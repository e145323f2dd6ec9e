/* problem.h - what proofreading finds: a kind, a stretch of the decoded
 * text and, when it is known without asking Hunspell, the correction.
 *
 * The kind names are part of galley's interface (output formats, the
 * manual); add new kinds at the end. */
#ifndef GALLEY_PROBLEM_H
#define GALLEY_PROBLEM_H

#include <stdbool.h>
#include <stddef.h>

enum problem_kind {
	PROBLEM_SPELLING,	/* not a word: teh, wiht */
	PROBLEM_CASING,		/* a proper noun in lower case: russia */
	PROBLEM_SPLIT,		/* run-together words: FacebookShare */
	PROBLEM_MARKUP,		/* HTML, CSS, entity or shortcode debris */
	PROBLEM_MOJIBAKE,	/* text decoded with the wrong charset */
	PROBLEM_SPACING,	/* missing, misplaced or doubled space */
	PROBLEM_REPEAT,		/* a doubled word: the the */
	PROBLEM_CONSISTENCY,	/* colour in American copy, color in British */
	PROBLEM_KIND_COUNT
};

struct problem {
	size_t start, end;	/* code points into the document text */
	size_t bstart, bend;	/* bytes */
	enum problem_kind kind;
	char *fix;		/* known correction, or NULL */
};

/* Problems of one document, in text order once problems_sort ran.  The
 * list owns every fix. */
struct problem_list {
	struct problem *v;
	size_t n, cap;
};

const char *problem_kind_name(enum problem_kind kind);
/* The kind named name, or -1. */
int problem_kind_from_name(const char *name);
/* Whether adding the problem's text to a word list can settle it: for
 * spelling, casing and split problems, not for spacing, markup or the
 * others, whose text is no word ("measures ."). */
bool problem_takes_word(enum problem_kind kind);

/* Appends a problem; fix is copied (may be NULL). */
struct problem *problems_add(struct problem_list *l, size_t bstart,
    size_t bend, enum problem_kind kind, const char *fix);
/* Sorts by start, longer first, and drops duplicates and problems lying
 * inside markup or mojibake (a word of debris is not a second problem). */
void problems_sort(struct problem_list *l);
/* The first problem of sorted l starting at byte bstart or after (l->n
 * when none does). */
size_t problems_from(const struct problem_list *l, size_t bstart);
void problems_clear(struct problem_list *l);

#endif
