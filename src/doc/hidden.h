/* hidden.h - stretches of a document's text that are not shown: the
 * markup debris the clean view and `galley clean` leave out (found by
 * view/debris.h), which the comparison of two versions skips too.
 * Nothing is removed from the text: a span only says what to skip. */
#ifndef GALLEY_HIDDEN_H
#define GALLEY_HIDDEN_H

#include <stdbool.h>
#include <stddef.h>

struct hidden_span {
	size_t bstart, bend;	/* bytes of the document text */
	size_t start, end;	/* the same as code points */
};

/* In text order, never overlapping. */
struct hidden_list {
	struct hidden_span *v;
	size_t n, cap;
};

/* The index of the first span of h ending after code point cp (h->n if
 * none); hidden_from_byte does the same for byte b. */
size_t hidden_from(const struct hidden_list *h, size_t cp);
size_t hidden_from_byte(const struct hidden_list *h, size_t b);
void hidden_free(struct hidden_list *h);

/* Whether h (NULL: nothing hidden) hides all of text[bstart, bend) but
 * blanks (a tag glued between two words keeps one shown). */
bool hidden_covers(const char *text, const struct hidden_list *h,
    size_t bstart, size_t bend);

/* The stretches of text bytes [bstart, bend) (code points from start)
 * that h (NULL: nothing hidden) leaves shown, one a call to
 * hidden_next_shown, in part; none empty. */
struct shown_parts {
	const struct hidden_list *h;
	size_t k;		/* the next span of h */
	size_t bend, end;
	struct hidden_span part;
};
void hidden_shown_init(struct shown_parts *it, const struct hidden_list *h,
    size_t bstart, size_t bend, size_t start, size_t end);
/* Sets it->part to the next stretch shown; false when there is none. */
bool hidden_next_shown(struct shown_parts *it);

#endif
