/* Unit tests for the reader's list filters (src/session/list_filter.c):
 * the filter words, their errors, and which sources and entities they
 * let through. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "base/util.h"
#include "ner/entity_index.h"
#include "session/list_filter.h"
#include "session/session.h"

static void
test_parse(void **state)
{
	struct list_filter f;
	char *err;

	(void)state;
	assert_int_equal(list_filter_parse(&f, "  site:reuters  !has:problems "
	    "mentions:\"Amadou Diallo\" harbour", FILTER_SOURCES, &err), 0);
	assert_null(err);
	assert_int_equal(f.n, 4);
	assert_int_equal(f.v[0].key, FK_SITE);
	assert_string_equal(f.v[0].value, "reuters");
	assert_false(f.v[0].negate);
	assert_int_equal(f.v[1].key, FK_HAS);
	assert_true(f.v[1].negate);
	assert_int_equal(f.v[2].key, FK_MENTIONS);
	assert_string_equal(f.v[2].value, "Amadou Diallo");
	assert_int_equal(f.v[3].key, FK_WORD);
	list_filter_free(&f);

	/* Nothing at all: no words, every row. */
	assert_int_equal(list_filter_parse(&f, "   ", FILTER_SOURCES, &err), 0);
	assert_int_equal(f.n, 0);
	list_filter_free(&f);

	/* Errors name the word and leave nothing behind. */
	assert_int_equal(list_filter_parse(&f, "harbour colour:red",
	    FILTER_SOURCES, &err), -1);
	assert_non_null(strstr(err, "colour:red"));
	assert_int_equal(f.n, 0);
	free(err);
	assert_int_equal(list_filter_parse(&f, "has:cats", FILTER_SOURCES,
	    &err), -1);
	assert_non_null(strstr(err, "has:cats"));
	free(err);
	assert_int_equal(list_filter_parse(&f, "site:", FILTER_SOURCES, &err),
	    -1);
	free(err);
	/* Each list its own words. */
	assert_int_equal(list_filter_parse(&f, "type:PERSON", FILTER_SOURCES,
	    &err), -1);
	free(err);
	assert_int_equal(list_filter_parse(&f, "site:x", FILTER_ENTITIES,
	    &err), -1);
	free(err);
}

struct fixture {
	char dir[32];
	char *paths[3];
	size_t n;
	struct session s;
};

static int setup_texts(void **state, const char *const *texts, size_t n);

static int
setup(void **state)
{
	static const char *const texts[] = {
		"Port headline for the test\n\nby Ann Example\n\nThe port "
		"authority said the new pier would open in spring. Amadou "
		"Diallo said the dockworkers were satisfied with the the "
		"agreement reached last week.\n",
		"Weather headline for the test\n\nby Ann Example\n\nThe rains "
		"came early this year, and the farmers along the river said "
		"that the harvest would be better than last season.\n",
	};

	return setup_texts(state, texts, 2);
}

/* A group across sources: the full name in one, the surname alone in
 * another, a third about something else. */
static int
setup_group(void **state)
{
	static const char *const texts[] = {
		"Port headline for the test\n\nby Ann Example\n\nThe port "
		"authority said the new pier would open in spring. Amadou "
		"Diallo said the dockworkers were satisfied.\n",
		"Second port headline\n\nby Ann Example\n\nOn Tuesday "
		"Diallo said again that the dockworkers were satisfied with "
		"the agreement, and Amadou Diallo thanked the council.\n",
		"Third port headline\n\nby Ann Example\n\nThe dockworkers "
		"met again on Wednesday. Diallo, who leads them, spoke "
		"briefly to the press at the gate.\n",
	};

	return setup_texts(state, texts, 3);
}

static int
setup_texts(void **state, const char *const *texts, size_t n)
{
	struct fixture *fx = xcalloc(1, sizeof *fx);
	char *notice;

	fx->n = n;
	strcpy(fx->dir, "/tmp/galley-filter-XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	for (size_t i = 0; i < n; i++) {
		FILE *f;
		fx->paths[i] = xasprintf("%s/%c.txt", fx->dir, (char)('a' + i));
		f = fopen(fx->paths[i], "w");
		fputs(texts[i], f);
		fclose(f);
	}
	session_init(&fx->s, fx->paths, n);
	session_set_options(&fx->s, &(struct session_options){ .proof = true,
	    .ner = true, .no_model = true, .annotations = true });
	session_load_all(&fx->s);
	notice = session_open_analysers(&fx->s);
	free(notice);
	for (size_t i = 0; i < n; i++)
		session_analyse(&fx->s, i);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;

	session_free(&fx->s);
	for (size_t i = 0; i < fx->n; i++) {
		unlink(fx->paths[i]);
		free(fx->paths[i]);
	}
	rmdir(fx->dir);
	free(fx);
	return 0;
}

/* Which of the sources the filter lets through: "ab", "a", ""; with
 * an index bound when ix is not NULL. */
static char *
which_ix(struct fixture *fx, const char *text, const struct entity_index *ix)
{
	struct list_filter f;
	char *err, *out = xcalloc(4, 1);
	size_t k = 0;

	assert_int_equal(list_filter_parse(&f, text, FILTER_SOURCES, &err), 0);
	if (ix != NULL)
		list_filter_bind_index(&f, ix);
	for (size_t i = 0; i < fx->n; i++)
		if (list_filter_source(&f, &fx->s, i))
			out[k++] = (char)('a' + i);
	list_filter_free(&f);
	return out;
}

static char *
which(struct fixture *fx, const char *text)
{
	return which_ix(fx, text, NULL);
}

#define assert_which(fx, text, want) do { \
	char *got_ = which(fx, text); \
	assert_string_equal(got_, want); \
	free(got_); \
} while (0)

static void
test_sources(void **state)
{
	struct fixture *fx = *state;

	/* The fixture has what the filters look for. */
	assert_true(fx->s.docs[0].problems.n > 0);	/* the the */
	assert_int_equal(fx->s.docs[1].problems.n, 0);
	assert_true(fx->s.mentions[0].n > 0);
	assert_which(fx, "", "ab");
	assert_which(fx, "weather", "b");	/* a bare word: the title */
	assert_which(fx, "Weather", "b");
	assert_which(fx, "WEATHER", "");	/* a capital: case counts */
	assert_which(fx, "b.txt", "b");		/* or the path */
	assert_which(fx, "path:a.txt", "a");
	assert_which(fx, "title:headline", "ab");
	assert_which(fx, "title:a.txt", "");
	assert_which(fx, "has:problems", "a");
	assert_which(fx, "!has:problems", "b");
	assert_which(fx, "has:entities", "a");
	assert_which(fx, "has:annotations", "");
	assert_which(fx, "mentions:Diallo", "a");
	assert_which(fx, "mentions:\"Amadou Diallo\"", "a");
	assert_which(fx, "mentions:Weather", "");
	assert_which(fx, "headline !port", "b");	/* every word */
	assert_which(fx, "site:reuters", "");	/* no site: no match */
	assert_which(fx, "date:2024", "");
}

static void
test_entities(void **state)
{
	struct fixture *fx = *state;
	struct entity_index ix;
	struct list_filter f;
	char *err;
	size_t v, e;

	entity_index_build(&ix, fx->s.load.docs, fx->s.mentions, 2, NULL);
	v = entity_index_find(&ix, "Amadou Diallo");
	assert_true(v < ix.nvariants);
	e = ix.variants[v].entity;
	assert_int_equal(ix.entities[e].type, ENTITY_PERSON);
	assert_int_equal(list_filter_parse(&f, "type:pers diallo",
	    FILTER_ENTITIES, &err), 0);
	assert_true(list_filter_entity(&f, &ix, e));
	list_filter_free(&f);
	assert_int_equal(list_filter_parse(&f, "type:ORG", FILTER_ENTITIES,
	    &err), 0);
	assert_false(list_filter_entity(&f, &ix, e));
	list_filter_free(&f);
	assert_int_equal(list_filter_parse(&f, "!Diallo", FILTER_ENTITIES,
	    &err), 0);
	assert_false(list_filter_entity(&f, &ix, e));
	list_filter_free(&f);
	entity_index_free(&ix);
}

/* mentions: with the index bound matches the entity's group: every
 * source that mentions a variant of an entity named, not only those
 * whose mention text has the value. */
static void
test_mentions_group(void **state)
{
	struct fixture *fx = *state;
	struct entity_index ix;
	size_t v;
	char *got;

	entity_index_build(&ix, fx->s.load.docs, fx->s.mentions, fx->n, NULL);
	v = entity_index_find(&ix, "Diallo");
	assert_true(v < ix.nvariants);
	assert_int_equal(ix.variants[v].entity,
	    ix.variants[entity_index_find(&ix, "Amadou Diallo")].entity);
	/* The text alone: only the sources that write the full name. */
	got = which(fx, "mentions:Amadou");
	assert_string_equal(got, "ab");
	free(got);
	/* The group: the third, which writes "Diallo" only, too. */
	got = which_ix(fx, "mentions:Amadou", &ix);
	assert_string_equal(got, "abc");
	free(got);
	got = which_ix(fx, "!mentions:Amadou", &ix);
	assert_string_equal(got, "");
	free(got);
	got = which_ix(fx, "mentions:Weather", &ix);
	assert_string_equal(got, "");
	free(got);
	entity_index_free(&ix);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test_setup_teardown(test_sources, setup, teardown),
		cmocka_unit_test_setup_teardown(test_entities, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mentions_group,
		    setup_group, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
