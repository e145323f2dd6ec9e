/* Unit tests for tokens.c and spell.c. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "proof/spell.h"
#include "doc/tokens.h"

static struct token_list
scan(const char *s)
{
	struct token_list l = { NULL, 0, 0 };

	tokens_scan(s, 0, strlen(s), 0, &l);
	return l;
}

static void
assert_token(const char *s, const struct token *t, const char *text,
    enum token_kind kind)
{
	assert_int_equal(t->bend - t->bstart, strlen(text));
	assert_memory_equal(s + t->bstart, text, strlen(text));
	assert_int_equal(t->kind, kind);
}

static void
test_words_and_offsets(void **state)
{
	const char *s = "Niger’s well-known café, 21st FacebookShare. The end";
	struct token_list l = scan(s);

	(void)state;
	assert_int_equal(l.n, 7);
	assert_token(s, &l.v[0], "Niger’s", TOKEN_WORD);
	assert_true(l.v[0].flags & TOKEN_CAPITALISED);
	assert_true(l.v[0].flags & TOKEN_SENTENCE_START);
	assert_true(l.v[0].flags & TOKEN_HAS_APOSTROPHE);
	assert_int_equal(l.v[0].start, 0);
	assert_int_equal(l.v[0].end, 7);
	assert_token(s, &l.v[1], "well-known", TOKEN_WORD);
	assert_true(l.v[1].flags & TOKEN_HAS_HYPHEN);
	assert_int_equal(l.v[1].start, 8);
	assert_token(s, &l.v[2], "café", TOKEN_WORD);
	assert_int_equal(l.v[2].end - l.v[2].start, 4);
	assert_token(s, &l.v[3], "21st", TOKEN_NUMBER);
	assert_token(s, &l.v[4], "FacebookShare", TOKEN_WORD);
	assert_true(l.v[4].flags & TOKEN_INNER_CAPITAL);
	assert_false(l.v[4].flags & TOKEN_SENTENCE_START);
	assert_token(s, &l.v[5], "The", TOKEN_WORD);
	assert_true(l.v[5].flags & TOKEN_SENTENCE_START);
	tokens_free(&l);
}

static void
test_special_tokens(void **state)
{
	const char *s = "See https://example.com/a?b=1. Mail ann@example.org, "
	    "@afp_news #Niger www.x.net report.pdf e.g. ECOWAS";
	struct token_list l = scan(s);

	(void)state;
	assert_token(s, &l.v[1], "https://example.com/a?b=1", TOKEN_URL);
	assert_token(s, &l.v[3], "ann@example.org", TOKEN_EMAIL);
	assert_token(s, &l.v[4], "@afp_news", TOKEN_HANDLE);
	assert_token(s, &l.v[5], "#Niger", TOKEN_HASHTAG);
	assert_token(s, &l.v[6], "www.x.net", TOKEN_URL);
	assert_token(s, &l.v[7], "report.pdf", TOKEN_URL);
	assert_token(s, &l.v[8], "e", TOKEN_WORD);
	assert_token(s, &l.v[l.n - 1], "ECOWAS", TOKEN_WORD);
	assert_true(l.v[l.n - 1].flags & TOKEN_ALL_CAPS);
	tokens_free(&l);
}

static void
test_speller(void **state)
{
	char *cause = NULL, **sugg;
	struct speller *sp = speller_open("en_US", &cause);
	size_t n;
	bool found = false;

	(void)state;
	assert_non_null(sp);
	assert_true(speller_check(sp, "colour") == false);
	assert_true(speller_check(sp, "color"));
	assert_false(speller_check(sp, "teh"));
	n = speller_suggest(sp, "teh", &sugg);
	for (size_t i = 0; i < n; i++)
		found |= strcmp(sugg[i], "the") == 0;
	assert_true(found);
	speller_free_list(sugg, n);
	speller_add(sp, "Tchiani");
	assert_true(speller_check(sp, "Tchiani"));
	speller_close(sp);

	sp = speller_open("en_US,en_GB", &cause);
	assert_non_null(sp);
	assert_true(speller_check(sp, "colour"));
	assert_true(speller_check(sp, "color"));
	speller_close(sp);

	assert_null(speller_open("xx_NOPE", &cause));
	assert_non_null(strstr(cause, "hunspell-xx-nope"));
	free(cause);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_and_offsets),
		cmocka_unit_test(test_special_tokens),
		cmocka_unit_test(test_speller),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
