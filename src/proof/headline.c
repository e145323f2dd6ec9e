/* headline.c - misspellings in lines of capitals. */
#include "config.h"

#include "proof/headline.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "proof/calendar.h"

bool
headline_is_caps_line(const struct token_list *list)
{
	size_t words = 0;

	for (size_t i = 0; i < list->n; i++) {
		const struct token *t = &list->v[i];

		if (t->kind != TOKEN_WORD)
			continue;
		if (!(t->flags & TOKEN_ALL_CAPS) && !(t->end - t->start == 1 &&
		    (t->flags & TOKEN_CAPITALISED)))
			return false;
		words++;
	}
	return words >= HEADLINE_MIN_WORDS;
}

/* Whether the dictionaries know w as written, in lower case or with only
 * its first capital. */
static bool
known_any_case(struct proof *p, const char *w)
{
	char *lower = word_lower(w, strlen(w));
	bool ok = speller_check(p->sp, w) || speller_check(p->sp, lower) ||
	    wordfreq_find(lower, strlen(lower)) != NULL;

	if (!ok) {
		lower[0] = w[0];
		ok = speller_check(p->sp, lower) ||
		    wordfreq_find(lower, strlen(lower)) != NULL;
	}
	free(lower);
	return ok;
}

bool
headline_take(struct proof *p, const struct token *t, const char *w)
{
	if (!p->caps_line || !(t->flags & TOKEN_ALL_CAPS) ||
	    known_any_case(p, w))
		return false;
	proof_push_pending(&p->capsw, &p->ncapsw, &p->capsw_cap, t->bstart,
	    t->bend, 0, 0);
	return true;
}

static char *
upper(char *s)
{
	for (char *c = s; c != NULL && *c; c++)
		if (*c >= 'a' && *c <= 'z')
			*c = (char)(*c - 'a' + 'A');
	return s;
}

/* The fix of a problem among the first n of out, outside [bstart, bend),
 * on the same word in any case, as a new string in capitals; NULL when
 * there is none, or none with a fix (an unknown word with no likely
 * correction, as a brand is: digg). */
static char *
fixed_elsewhere(const char *text, const struct problem_list *out, size_t n,
    size_t bstart, size_t bend)
{
	for (size_t i = 0; i < n; i++) {
		const struct problem *pr = &out->v[i];

		if (pr->kind == PROBLEM_SPELLING && pr->fix != NULL &&
		    pr->bstart != bstart &&
		    pr->bend - pr->bstart == bend - bstart &&
		    strncasecmp(text + pr->bstart, text + bstart,
		    bend - bstart) == 0)
			return upper(xstrdup(pr->fix));
	}
	return NULL;
}

/* Whether the document's other text writes w with a capital (Kehinde,
 * ECOWAS): p->caps counts its capitalised words. */
static bool
used_elsewhere(const struct proof *p, const char *w)
{
	char *title = word_lower(w, strlen(w));
	bool used;

	title[0] = w[0];
	used = hash_count(&p->caps, w, strlen(w)) > 0 ||
	    hash_count(&p->caps, title, strlen(title)) > 0;
	free(title);
	return used;
}

/* The likely word a lone word in capitals w stands for, in capitals;
 * NULL when there is none. */
static char *
likely_word(struct proof *p, const char *w)
{
	char *fix = calendar_near_miss(w), *lower;

	if (fix != NULL || strlen(w) < HEADLINE_SLIP_MIN)
		return upper(fix);
	lower = word_lower(w, strlen(w));
	fix = proof_near_word(p, lower);
	free(lower);
	return upper(fix);
}

/* likely_word of w without its possessive (GOVERMENT'S), which the fix
 * keeps. */
static char *
likely_stem(struct proof *p, char *w)
{
	size_t n = strlen(w);
	char *fix, *whole;

	if (n < 3 || w[n - 2] != '\'' || (w[n - 1] != 'S' && w[n - 1] != 's'))
		return likely_word(p, w);
	w[n - 2] = '\0';
	fix = likely_word(p, w);
	w[n - 2] = '\'';
	if (fix == NULL)
		return NULL;
	whole = xasprintf("%s%s", fix, w + n - 2);
	free(fix);
	return whole;
}

void
headline_resolve(struct proof *p, const char *text, struct problem_list *out)
{
	size_t nout = out->n;

	for (size_t i = 0; i < p->ncapsw; i++) {
		size_t bs = p->capsw[i].bstart, be = p->capsw[i].bend;
		char *w = xstrndup(text + bs, be - bs);
		char *fix = fixed_elsewhere(text, out, nout, bs, be);

		if (fix == NULL && !used_elsewhere(p, w))
			fix = likely_stem(p, w);
		if (fix != NULL)
			problems_add(out, bs, be, PROBLEM_SPELLING, fix);
		free(fix);
		free(w);
	}
	p->ncapsw = 0;
}
