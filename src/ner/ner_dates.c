/* ner_dates.c - dates written out in text, for the recogniser. */
#include "config.h"

#include "ner/ner_dates.h"

#include <string.h>

static const char *const month_names[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
	"Oct", "Nov", "Dec", NULL
};

static const char *const weekday_names[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", NULL
};

bool
ner_tok_is(const char *text, const struct token *t, const char *const *list)
{
	size_t len = t->bend - t->bstart;

	for (size_t k = 0; list[k]; k++)
		if (strlen(list[k]) == len &&
		    memcmp(text + t->bstart, list[k], len) == 0)
			return true;
	return false;
}

bool
ner_date_word(const char *text, const struct token *t)
{
	return ner_tok_is(text, t, month_names) ||
	    ner_tok_is(text, t, weekday_names);
}

/* The value of a NUMBER token of digits (21st counts as 21), or -1. */
static long
tok_number(const char *text, const struct token *t)
{
	long v = 0;

	if (t->kind != TOKEN_NUMBER)
		return -1;
	for (size_t k = t->bstart; k < t->bend; k++) {
		char c = text[k];

		if (c < '0' || c > '9')
			return k > t->bstart ? v : -1;
		if (v > 100000)
			return -1;
		v = v * 10 + (c - '0');
	}
	return v;
}

bool
ner_gap_ok(const char *text, const struct token *a, const struct token *b,
    bool comma)
{
	int commas = 0;

	if (a->bend == b->bstart)
		return false;
	for (size_t k = a->bend; k < b->bstart; k++) {
		if (text[k] == ',' && comma && commas++ == 0)
			continue;
		if (text[k] != ' ')
			return false;
	}
	return true;
}

static bool
is_day(long v)
{
	return v >= 1 && v <= 31;
}

static bool
is_year(long v)
{
	return v >= 1000 && v <= 2999;
}

/* "May 10, 2025", "10 May 2025", "May 2025", "Tuesday, May 6". */
size_t
ner_date_at(const char *text, const struct token_list *toks, size_t i)
{
	const struct token *v = toks->v;
	size_t n = toks->n, j;
	long x;

	if (ner_tok_is(text, &v[i], weekday_names)) {
		j = i;
		if (i + 1 < n && ner_gap_ok(text, &v[i], &v[i + 1], true) &&
		    ner_tok_is(text, &v[i + 1], month_names)) {
			size_t k = ner_date_at(text, toks, i + 1);

			if (k != (size_t)-1)
				j = k;
		}
		return j;
	}
	if ((x = tok_number(text, &v[i])) >= 0 && is_day(x) && i + 1 < n &&
	    ner_gap_ok(text, &v[i], &v[i + 1], false) &&
	    ner_tok_is(text, &v[i + 1], month_names)) {
		j = i + 1;
		if (j + 1 < n && ner_gap_ok(text, &v[j], &v[j + 1], false) &&
		    is_year(tok_number(text, &v[j + 1])))
			j++;
		return j;
	}
	if (!ner_tok_is(text, &v[i], month_names) || i + 1 >= n ||
	    !ner_gap_ok(text, &v[i], &v[i + 1], false))
		return (size_t)-1;
	x = tok_number(text, &v[i + 1]);
	if (is_year(x))
		return i + 1;
	if (!is_day(x))
		return (size_t)-1;
	j = i + 1;
	if (j + 1 < n && ner_gap_ok(text, &v[j], &v[j + 1], true) &&
	    is_year(tok_number(text, &v[j + 1])))
		j++;
	return j;
}
