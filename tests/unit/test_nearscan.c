/* Unit tests for the pass over the word table (proof/nearscan.h): it
 * finds exactly the words a plain edit distance over the whole table
 * finds, and the ranker uses it when no likely slip leads to a word. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/util.h"
#include "proof/nearscan.h"
#include "proof/rank.h"
#include "proof/wordfreq.h"

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* The distance the pass must agree with: the ranker's, the whole
 * matrix, on the words in lower case. */
static size_t
plain_distance(const char *a, const char *b)
{
	char x[64], y[64];
	size_t i;

	for (i = 0; a[i] && i + 1 < sizeof x; i++)
		x[i] = lower(a[i]);
	x[i] = '\0';
	for (i = 0; b[i] && i + 1 < sizeof y; i++)
		y[i] = lower(b[i]);
	y[i] = '\0';
	return rank_distance(x, y);
}

struct seen {
	size_t n;
	bool bad;	/* a word reported at the wrong distance */
	size_t maxd;
	const char *word;
};

static void
count(const struct wordfreq_entry *e, size_t dist, void *arg)
{
	struct seen *s = arg;

	s->n++;
	if (dist > s->maxd || plain_distance(s->word, wordfreq_word(e)) != dist)
		s->bad = true;
}

static void
test_same_as_plain_distance(void **state)
{
	static const char *const words[] = { "rebranded", "econobox",
	    "Recieve", "a", "zzzzzz", "qu", NULL };

	(void)state;
	for (size_t i = 0; words[i] != NULL; i++) {
		size_t want[4] = { 0, 0, 0, 0 };

		for (size_t k = 0; k < wordfreq_count; k++) {
			size_t d = plain_distance(words[i],
			    wordfreq_word(&wordfreq_table[k]));

			for (size_t maxd = 0; maxd <= 3; maxd++)
				want[maxd] += d <= maxd;
		}
		for (size_t maxd = 0; maxd <= 3; maxd++) {
			struct seen s = { 0, false, maxd, words[i] };

			nearscan(words[i], maxd, count, &s);
			assert_false(s.bad);
			assert_int_equal(s.n, want[maxd]);
		}
	}
}

/* No dictionary at hand (sp NULL) and no likely slip leads to a word:
 * the ranker still has the table's words two edits away. */
static void
test_ranker_reaches_further(void **state)
{
	char **list;
	size_t n = rank_corrections(NULL, "rebranded", VARIANT_BOTH, NULL, 0,
	    8, &list);
	bool branded = false;

	(void)state;
	assert_true(n > 0);
	for (size_t i = 0; i < n; i++) {
		assert_true(plain_distance("rebranded", list[i]) <= 3);
		branded |= strcmp(list[i], "branded") == 0;
		free(list[i]);
	}
	free(list);
	assert_true(branded);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_as_plain_distance),
		cmocka_unit_test(test_ranker_reaches_further),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	wordfreq_free();
	nearscan_free();
	return rc;
}
