/* Unit tests for the recogniser: spans (titles and possessives left out),
 * types, sentence-initial words, names no dictionary knows, dates and the
 * spans added to the document. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc/doc.h"
#include "ner/gazetteer.h"
#include "ingest/load.h"
#include "ner/ner.h"
#include "proof/spell.h"
#include "base/util.h"

struct fixture {
	struct speller *sp;
	struct ner *ner;
	struct doc *d;
	struct mention_list ml;
};

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	char *cause = NULL;

	f->sp = speller_open("en_US", &cause);
	if (f->sp == NULL) {
		print_error("en_US dictionary: %s\n", cause);
		free(cause);
		free(f);
		return -1;
	}
	f->ner = ner_create(f->sp);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	ner_destroy(f->ner);
	speller_close(f->sp);
	free(f);
	gaz_free();
	return 0;
}

/* Recognises every block of text (a .txt document). */
static void
run(struct fixture *f, const char *text)
{
	char *cause = NULL;

	f->d = load_bytes("t.txt", (const unsigned char *)text, strlen(text),
	    &cause);
	assert_non_null(f->d);
	memset(&f->ml, 0, sizeof f->ml);
	ner_doc(f->ner, f->d, true, &f->ml);
}

static void
done(struct fixture *f)
{
	mentions_free(&f->ml);
	doc_free(f->d);
	f->d = NULL;
}

/* The mention whose text is exactly s, or NULL. */
static const struct mention *
find(struct fixture *f, const char *s)
{
	for (size_t i = 0; i < f->ml.n; i++) {
		const struct mention *m = &f->ml.v[i];

		if (m->bend - m->bstart == strlen(s) &&
		    memcmp(f->d->text + m->bstart, s, strlen(s)) == 0)
			return m;
	}
	return NULL;
}

static void
expect(struct fixture *f, const char *s, enum entity_type type)
{
	const struct mention *m = find(f, s);

	if (m == NULL)
		fail_msg("no mention \"%s\"", s);
	else if (m->type != type)
		fail_msg("\"%s\" is %s, want %s", s, entity_type_name(m->type),
		    entity_type_name(type));
}

/* No mention starts with the word s. */
static void
expect_no_start(struct fixture *f, const char *s)
{
	for (size_t i = 0; i < f->ml.n; i++)
		if (strncmp(f->d->text + f->ml.v[i].bstart, s, strlen(s)) == 0)
			fail_msg("a mention starts with \"%s\"", s);
}

static void
test_title_and_possessive(void **state)
{
	struct fixture *f = *state;
	const struct mention *m;

	run(f, "Troops loyal to General Abdourahamane Tiani’s government "
	    "and to Colonel Mamadi Doumbouya's men held the capital.\n");
	expect(f, "Abdourahamane Tiani", ENTITY_PERSON);
	expect(f, "Mamadi Doumbouya", ENTITY_PERSON);
	m = find(f, "Abdourahamane Tiani");
	assert_non_null(m);
	assert_true(m->flags & MENTION_TITLE);
	assert_true(m->flags & MENTION_POSSESSIVE);
	/* Code points, not bytes: the span ends before the ’. */
	assert_int_equal(m->end - m->start, strlen("Abdourahamane Tiani"));
	assert_null(find(f, "General Abdourahamane Tiani"));
	done(f);
}

static void
test_types(void **state)
{
	struct fixture *f = *state;

	run(f, "Officials in Niamey said the Economic Community of West "
	    "African States had met in the Sahel, and Russian advisers left "
	    "on May 10, 2025.\nThe Ministry of Defence and the Presidential "
	    "Guard confirmed it to Nigerien reporters.\n");
	expect(f, "Niamey", ENTITY_GPE);
	expect(f, "Economic Community of West African States", ENTITY_ORG);
	expect(f, "Sahel", ENTITY_LOC);
	expect(f, "Russian", ENTITY_NORP);
	expect(f, "Nigerien", ENTITY_NORP);
	expect(f, "May 10, 2025", ENTITY_DATE);
	expect(f, "Ministry of Defence", ENTITY_ORG);
	expect(f, "Presidential Guard", ENTITY_ORG);
	done(f);
	/* Place words make places, administrative ones GPE. */
	run(f, "Traders drove along the Lake Ontario shore to Fairfax County "
	    "and the Deccan Plateau.\n");
	expect(f, "Lake Ontario", ENTITY_LOC);
	expect(f, "Fairfax County", ENTITY_GPE);
	expect(f, "Deccan Plateau", ENTITY_LOC);
	done(f);
}

static void
test_sentence_initial(void **state)
{
	struct fixture *f = *state;

	run(f, "However, the junta stayed. Despite the talks, Niger left. "
	    "Why did Russia agree? The Kremlin said nothing.\n");
	expect_no_start(f, "However");
	expect_no_start(f, "Despite");
	expect_no_start(f, "Why");
	expect_no_start(f, "The");
	expect(f, "Niger", ENTITY_GPE);
	expect(f, "Russia", ENTITY_GPE);
	expect(f, "Kremlin", ENTITY_ORG);
	done(f);
}

static void
test_unknown_names(void **state)
{
	struct fixture *f = *state;

	run(f, "The envoy met Kehinde Giwa on Tuesday. Later Tchiani said "
	    "the talks with Giwa were over.\n");
	expect(f, "Kehinde Giwa", ENTITY_PERSON);
	expect(f, "Tchiani", ENTITY_PERSON);
	/* A surname after the full name in the same document. */
	expect(f, "Giwa", ENTITY_PERSON);
	expect(f, "Tuesday", ENTITY_DATE);
	done(f);
	run(f, "In May the talks with Theresa May resumed on 3 March 2024.\n");
	expect(f, "Theresa May", ENTITY_PERSON);
	expect(f, "3 March 2024", ENTITY_DATE);
	expect_no_start(f, "May the");
	done(f);
	/* Common words are no names at a sentence start. */
	run(f, "However, Tchiani said so. Table salt ran out.\n");
	expect(f, "Tchiani", ENTITY_PERSON);
	expect_no_start(f, "However");
	expect_no_start(f, "Table");
	done(f);
}

static void
test_common_words(void **state)
{
	struct fixture *f = *state;
	const struct mention *m;

	run(f, "The company's CEO told TV reporters that Apple said nothing. "
	    "Paris Hilton then flew to Paris, where Jefferson Davis met "
	    "reporters and Davis spoke.\n");
	assert_null(find(f, "CEO"));
	assert_null(find(f, "TV"));
	assert_null(find(f, "Apple"));
	expect(f, "Paris Hilton", ENTITY_PERSON);
	expect(f, "Jefferson Davis", ENTITY_PERSON);
	/* A city that is the surname of a full name is a person; one that
	 * is only a first word stays a place. */
	for (size_t i = 0; i < f->ml.n; i++) {
		m = &f->ml.v[i];
		if (m->end - m->start != 5)
			continue;
		if (strncmp(f->d->text + m->bstart, "Paris", 5) == 0)
			assert_int_equal(m->type, ENTITY_GPE);
		if (strncmp(f->d->text + m->bstart, "Davis", 5) == 0)
			assert_int_equal(m->type, ENTITY_PERSON);
	}
	assert_non_null(find(f, "Davis"));
	assert_non_null(find(f, "Paris"));
	done(f);
}

static void
test_headline(void **state)
{
	struct fixture *f = *state;

	run(f, "Niger Cuts Intelligence Ties With Russia and Turkey\n");
	expect(f, "Niger", ENTITY_GPE);
	expect(f, "Russia", ENTITY_GPE);
	expect(f, "Turkey", ENTITY_GPE);
	assert_int_equal(f->ml.n, 3);
	done(f);
	/* A two-word heading is no person; a name alone on a line is. */
	run(f, "Counterterrorism Operations\n\nKehinde Giwa\n");
	assert_null(find(f, "Counterterrorism Operations"));
	expect(f, "Kehinde Giwa", ENTITY_PERSON);
	done(f);
}

static void
test_place_before_title(void **state)
{
	struct fixture *f = *state;

	run(f, "On Friday Russian President Vladimir Putin called Niger Prime "
	    "Minister Ali Lamine Zeine.\n");
	expect(f, "Russian", ENTITY_NORP);
	expect(f, "Vladimir Putin", ENTITY_PERSON);
	expect(f, "Niger", ENTITY_GPE);
	expect(f, "Ali Lamine Zeine", ENTITY_PERSON);
	done(f);
}

static void
test_spans(void **state)
{
	struct fixture *f = *state;

	run(f, "Ségolène Royal visited Nigér and Mali.\n");
	assert_true(f->ml.n >= 2);
	assert_int_equal(f->d->nspans, f->ml.n);
	for (size_t i = 0; i < f->d->nspans; i++) {
		const struct span *s = &f->d->spans[i];

		assert_int_equal(s->kind, SPAN_ENTITY);
		assert_int_equal(s->sub, f->ml.v[s->ref].type);
		assert_int_equal(s->start, f->ml.v[s->ref].start);
	}
	/* Accents do not hide a country. */
	expect(f, "Nigér", ENTITY_GPE);
	expect(f, "Mali", ENTITY_GPE);
	/* Code point offsets: "Ségolène" is 8 code points, 10 bytes. */
	expect(f, "Ségolène Royal", ENTITY_PERSON);
	assert_int_equal(find(f, "Ségolène Royal")->end, 14);
	done(f);
}

static void
test_no_dictionary(void **state)
{
	struct ner *n = ner_create(NULL);
	struct mention_list ml = { NULL, 0, 0 };
	const char *text = "However, Niger and the United Nations agreed.\n";
	char *cause = NULL;
	struct doc *d = load_bytes("t.txt", (const unsigned char *)text,
	    strlen(text), &cause);

	(void)state;
	assert_non_null(d);
	ner_doc(n, d, true, &ml);
	assert_int_equal(ml.n, 2);
	assert_int_equal(ml.v[0].type, ENTITY_GPE);
	assert_int_equal(ml.v[1].type, ENTITY_ORG);
	mentions_free(&ml);
	doc_free(d);
	ner_destroy(n);
}

static void
test_gazetteer(void **state)
{
	size_t len;
	char *k = gaz_fold("Nigér U.S.", strlen("Nigér U.S."), &len);

	(void)state;
	assert_string_equal(k, "niger us");
	assert_int_equal(len, 8);
	free(k);
	assert_true(gaz_lookup("NIGER", 5) & GAZ_COUNTRY);
	assert_true(gaz_lookup("Ministry", 8) & GAZ_CUE);
	assert_true(gaz_lookup("General", 7) & GAZ_TITLE);
	assert_int_equal(gaz_lookup("Qwzxv", 5), 0);
	assert_int_equal(entity_type_parse("NORP"), ENTITY_NORP);
	assert_int_equal(entity_type_parse("nope"), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title_and_possessive),
		cmocka_unit_test(test_types),
		cmocka_unit_test(test_sentence_initial),
		cmocka_unit_test(test_unknown_names),
		cmocka_unit_test(test_common_words),
		cmocka_unit_test(test_headline),
		cmocka_unit_test(test_place_before_title),
		cmocka_unit_test(test_spans),
		cmocka_unit_test(test_no_dictionary),
		cmocka_unit_test(test_gazetteer),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
