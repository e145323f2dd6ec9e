/* spelling.c - the editor's spelling keys: z= (a numbered picker of the
 * problem's suggestions, the choice kept in the corrections layer), zg
 * and zug (the personal word list), zw (the bad-words list). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "proof/spell.h"
#include "session/session.h"
#include "ui/reader_int.h"

/* The picker offers at most this many: one digit each. */
#define PICK_MAX 9

/* The current problem, or NULL with the status line saying why. */
static const struct problem *
current_problem(struct reader *r)
{
	if (r->cur == SIZE_MAX || r->s.proof == NULL ||
	    r->cur_problem == SIZE_MAX ||
	    r->cur_problem >= r->s.docs[r->cur].problems.n) {
		set_message(r, true, "no problem selected (]s and [s move to "
		    "one)");
		return NULL;
	}
	return &r->s.docs[r->cur].problems.v[r->cur_problem];
}

static void
say(struct reader *r, bool error, const char *fmt, const char *a,
    const char *b)
{
	char *msg = xasprintf(fmt, a, b ? b : "");

	set_message(r, error, msg);
	free(msg);
}

void
spelling_pick_free(struct reader *r)
{
	speller_free_list(r->pick, r->npick);
	r->pick = NULL;
	r->npick = 0;
}

void
spelling_suggest(struct reader *r)
{
	const struct problem *p = current_problem(r);
	struct doc *d;
	char *word;
	struct buf b;

	/* The choice would be written beside it: refused before it is
	 * asked for. */
	if (p == NULL || !reader_source_unchanged(r, r->cur))
		return;
	d = r->s.load.docs[r->cur];
	spelling_pick_free(r);
	r->npick = proof_suggest(r->s.proof, d, p, &r->pick);
	word = doc_substr(d, p->start, p->end);
	if (r->npick == 0) {
		say(r, true, "no suggestions for '%s'%s", word, NULL);
		free(word);
		return;
	}
	buf_init(&b);
	buf_printf(&b, "z= %s:", word);
	for (size_t i = 0; i < r->npick && i < PICK_MAX; i++)
		buf_printf(&b, "  %zu %s", i + 1, r->pick[i]);
	buf_adds(&b, "   (digit: choose, 0: no correction, Esc: cancel)");
	set_message(r, false, b.data);
	buf_free(&b);
	free(word);
}

/* Records choice (NULL: none) for the current problem. */
static void
correct(struct reader *r, const char *fix)
{
	const struct problem *p = current_problem(r);
	char *cause = NULL, *word;

	if (p == NULL || !reader_source_unchanged(r, r->cur))
		return;
	word = doc_substr(r->s.load.docs[r->cur], p->start, p->end);
	/* 0 with nothing to take away: no file is written for it. */
	if (fix == NULL && (r->s.docs[r->cur].corr == NULL ||
	    corrections_find(r->s.docs[r->cur].corr, p->start, p->end) ==
	    NULL)) {
		say(r, false, "'%s' has no correction to take away%s", word,
		    NULL);
		free(word);
		return;
	}
	if (session_correct(&r->s, r->cur, p->start, p->end, fix, &cause) != 0)
		say(r, true, "correction kept for this session only: %s%s",
		    cause, NULL);
	else if (fix != NULL)
		say(r, false, "'%s' corrected to '%s' (beside the article, "
		    "which is not changed)", word, fix);
	else
		say(r, false, "'%s' no longer corrected%s", word, NULL);
	free(cause);
	free(word);
	invalidate_layout(r);
}

void
spelling_pick_key(struct reader *r, int ch)
{
	if (ch >= '1' && ch <= '9' && (size_t)(ch - '0') <= r->npick &&
	    ch - '0' <= PICK_MAX)
		correct(r, r->pick[ch - '1']);
	else if (ch == '0')
		correct(r, NULL);
	else
		set_message(r, false, ch == 27 ? "no correction made" :
		    "not one of the numbers: no correction made");
	spelling_pick_free(r);
}

/* Proofreads every loaded document again: the word lists changed. */
static void
recheck_all(struct reader *r)
{
	for (size_t i = 0; i < r->s.load.n; i++)
		if (r->s.load.docs[i] != NULL && r->s.docs[i].analysed) {
			problems_clear(&r->s.docs[i].problems);
			proof_doc(r->s.proof, r->s.load.docs[i], false,
			    &r->s.docs[i].problems);
			doc_sort_spans(r->s.load.docs[i]);
		}
	r->cur_problem = SIZE_MAX;
}

void
spelling_good_word(struct reader *r)
{
	const struct problem *p = current_problem(r);

	if (p == NULL)
		return;
	if (problem_takes_word(p->kind)) {
		free(r->last_good);
		r->last_good = doc_substr(r->s.load.docs[r->cur], p->start,
		    p->end);
	}
	analysis_accept_word(r, true);
}

void
spelling_undo_good_word(struct reader *r)
{
	char *word = NULL, *cause = NULL;
	int n;

	if (r->s.proof == NULL) {
		set_message(r, true, "proofreading is off");
		return;
	}
	if (r->cur != SIZE_MAX && r->cur_problem < r->s.docs[r->cur].problems.n &&
	    problem_takes_word(r->s.docs[r->cur].problems.v[r->cur_problem].kind)) {
		const struct problem *p = &r->s.docs[r->cur].problems.v[r->cur_problem];
		word = doc_substr(r->s.load.docs[r->cur], p->start, p->end);
	} else if (r->last_good != NULL)
		word = xstrdup(r->last_good);
	if (word == NULL) {
		set_message(r, true, "no word to take off the list (zg adds "
		    "one)");
		return;
	}
	n = proof_remove_word(r->s.proof, word, &cause);
	if (n < 0)
		say(r, true, "'%s' not taken off the word list: %s", word,
		    cause);
	else
		say(r, false, n > 0 ? "'%s' taken off your word list%s" :
		    "'%s' was not on your word list%s", word, NULL);
	free(cause);
	free(word);
	recheck_all(r);
}

/* The word zw marks: the selection or the word at the caret in cursor
 * mode, else the current problem's. */
static char *
word_to_mark(struct reader *r)
{
	size_t start, end;

	if (r->cur == SIZE_MAX || r->s.load.docs[r->cur] == NULL)
		return NULL;
	if (select_range(r, &start, &end))
		return doc_substr(r->s.load.docs[r->cur], start, end);
	if (r->cur_problem < r->s.docs[r->cur].problems.n) {
		const struct problem *p = &r->s.docs[r->cur].problems.v[r->cur_problem];

		if (problem_takes_word(p->kind))
			return doc_substr(r->s.load.docs[r->cur], p->start,
			    p->end);
	}
	return NULL;
}

/* The word zw and zuw act on, or NULL when there is none (said, with
 * what the key would do: doing). */
static char *
bad_word_target(struct reader *r, const char *doing)
{
	char *word, *msg;

	if (r->s.proof == NULL) {
		set_message(r, true, "proofreading is off");
		return NULL;
	}
	if ((word = word_to_mark(r)) == NULL) {
		msg = xasprintf("no word to %s (m, then the caret on a word)",
		    doing);
		set_message(r, true, msg);
		free(msg);
	}
	return word;
}

void
spelling_bad_word(struct reader *r)
{
	char *word, *cause = NULL;

	if ((word = bad_word_target(r, "mark wrong")) == NULL)
		return;
	if (strpbrk(word, " \t\n") != NULL)
		say(r, true, "'%s' is not one word%s", word, NULL);
	else if (proof_bad_word(r->s.proof, word, &cause) != 0)
		say(r, true, "'%s' marked wrong for this session; the bad-words "
		    "list was not written: %s", word, cause);
	else
		say(r, false, "'%s' marked wrong (your bad-words list)%s", word,
		    NULL);
	free(cause);
	free(word);
	recheck_all(r);
}

/* zuw: vim's undo of zw. */
void
spelling_undo_bad_word(struct reader *r)
{
	char *word, *cause = NULL;
	int n;

	if ((word = bad_word_target(r, "take off the bad-words list")) ==
	    NULL)
		return;
	n = proof_unbad_word(r->s.proof, word, &cause);
	if (n < 0)
		say(r, true, "'%s' no longer marked wrong for this session; "
		    "the bad-words list was not written: %s", word, cause);
	else
		say(r, false, n > 0 ? "'%s' taken off your bad-words list%s" :
		    "'%s' was not on your bad-words list%s", word, NULL);
	free(cause);
	free(word);
	recheck_all(r);
}
