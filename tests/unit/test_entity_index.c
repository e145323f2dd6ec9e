/* Unit tests for the index across sources: grouping rules and their
 * reasons, canonical names, counts per file, stepping through mentions,
 * and the user's merges and splits (also through .galley-entities). */
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

#include "doc/doc.h"
#include "ner/entity_decisions.h"
#include "ner/entity_index.h"
#include "ner/gazetteer.h"
#include "ingest/load.h"
#include "ner/ner.h"
#include "proof/spell.h"
#include "base/util.h"

static const char *const texts[] = {
	"General Abdourahamane Tchiani addressed the nation in Niamey. "
	"Tchiani said the Economic Community of West African States had "
	"failed, and Vladimir Putin called him.\n",
	"Abdourahamane Tiani left ECOWAS. Putin agreed. Tiani flew to "
	"Mali and to Nigér.\n",
	"Niger and Mali signed. Residents of Niger cheered.\n",
};
#define NDOCS (sizeof texts / sizeof texts[0])

struct fixture {
	struct speller *sp;
	struct ner *ner;
	struct doc *docs[NDOCS];
	struct mention_list ml[NDOCS];
	struct entity_index ix;
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
	for (size_t i = 0; i < NDOCS; i++) {
		f->docs[i] = load_bytes("t.txt", (const unsigned char *)texts[i],
		    strlen(texts[i]), &cause);
		if (f->docs[i] == NULL)
			return -1;
		ner_doc(f->ner, f->docs[i], true, &f->ml[i]);
	}
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	for (size_t i = 0; i < NDOCS; i++) {
		mentions_free(&f->ml[i]);
		doc_free(f->docs[i]);
	}
	ner_destroy(f->ner);
	speller_close(f->sp);
	free(f);
	gaz_free();
	return 0;
}

static void
build(struct fixture *f, const struct entity_decisions *dec)
{
	entity_index_build(&f->ix, f->docs, f->ml, NDOCS, dec);
}

/* The entity of the variant called name; fails when there is none. */
static const struct entity *
entity_of(struct fixture *f, const char *name)
{
	size_t v = entity_index_find(&f->ix, name);

	if (v == (size_t)-1)
		fail_msg("no variant \"%s\"", name);
	return &f->ix.entities[f->ix.variants[v].entity];
}

static bool
why_has(const struct entity *e, const char *s)
{
	for (size_t i = 0; i < e->nwhy; i++)
		if (strstr(e->why[i], s) != NULL)
			return true;
	return false;
}

static void
test_transliteration_and_surnames(void **state)
{
	struct fixture *f = *state;
	const struct entity *e;

	build(f, NULL);
	e = entity_of(f, "Tchiani");
	assert_ptr_equal(e, entity_of(f, "Tiani"));
	assert_ptr_equal(e, entity_of(f, "Abdourahamane Tiani"));
	assert_ptr_equal(e, entity_of(f, "Abdourahamane Tchiani"));
	assert_int_equal(e->type, ENTITY_PERSON);
	assert_int_equal(e->nvariants, 4);
	assert_true(why_has(e, "spellings of one name"));
	assert_true(why_has(e, "surname"));
	/* Two files mention him, twice each. */
	assert_int_equal(e->nfiles, 2);
	assert_int_equal(e->files[0].doc, 0);
	assert_int_equal(e->files[0].count, 2);
	assert_int_equal(e->files[1].count, 2);
	assert_int_equal(e->mentions, 4);
	e = entity_of(f, "Putin");
	assert_string_equal(e->canonical, "Vladimir Putin");
	assert_true(why_has(e, "Putin is the surname in Vladimir Putin"));
	entity_index_free(&f->ix);
}

static void
test_acronym_and_accents(void **state)
{
	struct fixture *f = *state;
	const struct entity *e;

	build(f, NULL);
	e = entity_of(f, "ECOWAS");
	assert_string_equal(e->canonical,
	    "Economic Community of West African States");
	assert_int_equal(e->type, ENTITY_ORG);
	assert_true(why_has(e, "acronym"));
	e = entity_of(f, "Nigér");
	assert_string_equal(e->canonical, "Niger");
	assert_true(why_has(e, "accents"));
	/* Niger is in files 1 (as Nigér) and 2 (twice). */
	assert_int_equal(e->nfiles, 2);
	assert_int_equal(e->files[1].doc, 2);
	assert_int_equal(e->files[1].count, 2);
	/* Niger and Mali stay apart. */
	assert_ptr_not_equal(e, entity_of(f, "Mali"));
	entity_index_free(&f->ix);
}

/* An organisation's name of 24 words or more (found by fuzz_ner: its
 * acronym overflowed a buffer of 24 letters). */
static void
test_long_name_acronym(void **state)
{
	struct buf b;
	struct doc *d;
	struct mention_list ml = { 0 };
	struct entity_index ix;
	char *cause = NULL;

	(void)state;
	buf_init(&b);
	for (int i = 0; i < 30; i++)
		buf_printf(&b, "%sWord%c", i ? " " : "", 'a' + i % 26);
	d = load_bytes("t.txt", (const unsigned char *)b.data, b.len, &cause);
	assert_non_null(d);
	ml.v = xcalloc(1, sizeof *ml.v);
	ml.v[0] = (struct mention){ 0, d->text_cps, 0, d->text_len,
	    ENTITY_ORG, 0, 0, ENTITY_ORG };
	ml.n = ml.cap = 1;
	entity_index_build(&ix, &d, &ml, 1, NULL);
	assert_int_equal(ix.nentities, 1);
	assert_int_equal(ix.entities[0].nwhy, 0);
	entity_index_free(&ix);
	mentions_free(&ml);
	doc_free(d);
	buf_free(&b);
}

static void
test_mentions_in_order(void **state)
{
	struct fixture *f = *state;
	const struct entity *e;
	size_t n, *m;

	build(f, NULL);
	e = entity_of(f, "Mali");
	m = entity_index_mentions(&f->ix, (size_t)(e - f->ix.entities), &n);
	assert_int_equal(n, 2);
	assert_int_equal(m[0], 1);
	assert_int_equal(m[2], 2);
	assert_ptr_equal(entity_index_of(&f->ix, m[0], m[1]), e);
	assert_ptr_equal(entity_index_of(&f->ix, m[2], m[3]), e);
	free(m);
	/* Per document: Niger twice in the third file, then Mali once;
	 * first mentioned first. */
	m = entity_index_doc_entities(&f->ix, 2, &n);
	assert_int_equal(n, 2);
	assert_ptr_equal(&f->ix.entities[m[0]], entity_of(f, "Niger"));
	assert_int_equal(m[1], 2);
	assert_ptr_equal(&f->ix.entities[m[2]], e);
	assert_int_equal(m[3], 1);
	free(m);
	entity_index_free(&f->ix);
}

static void
test_decisions(void **state)
{
	struct fixture *f = *state;
	struct entity_decisions dec;
	const struct entity *e;

	decisions_init(&dec);
	decisions_add(&dec, DECISION_SPLIT, "tiani", NULL);
	decisions_add(&dec, DECISION_MERGE, "Mali", "Niger");
	build(f, &dec);
	/* The split takes "Tiani" out of the group, nothing else. */
	e = entity_of(f, "Tiani");
	assert_int_equal(e->nvariants, 1);
	assert_ptr_equal(entity_of(f, "Tchiani"),
	    entity_of(f, "Abdourahamane Tiani"));
	e = entity_of(f, "Mali");
	assert_ptr_equal(e, entity_of(f, "Niger"));
	assert_true(why_has(e, "merged by the user"));
	/* A later split of Mali undoes the merge. */
	decisions_add(&dec, DECISION_SPLIT, "Mali", NULL);
	entity_index_regroup(&f->ix, &dec);
	assert_ptr_not_equal(entity_of(f, "Mali"), entity_of(f, "Niger"));
	entity_index_free(&f->ix);
	decisions_free(&dec);
}

/* A split of an accent variant takes that spelling out: Nigér from
 * Niger (it used to be recorded and change nothing). */
static void
test_split_accent_variant(void **state)
{
	struct fixture *f = *state;
	struct entity_decisions dec;
	char *why;

	decisions_init(&dec);
	decisions_add(&dec, DECISION_SPLIT, "Nigér", NULL);
	build(f, &dec);
	assert_ptr_not_equal(entity_of(f, "Nigér"), entity_of(f, "Niger"));
	assert_int_equal(entity_of(f, "Nigér")->nvariants, 1);
	assert_string_equal(entity_of(f, "Niger")->canonical, "Niger");
	/* Split again: nothing left to take out, and said so. */
	why = entity_index_split_check(&f->ix, &dec, "Nigér");
	assert_non_null(why);
	free(why);
	entity_index_free(&f->ix);
	decisions_free(&dec);
}

/* A split of a full name takes its short forms with it: "Tiani", the
 * surname in "Abdourahamane Tiani", leaves with it; "Tchiani" stays with
 * "Abdourahamane Tchiani". */
static void
test_split_full_name_keeps_surname(void **state)
{
	struct fixture *f = *state;
	struct entity_decisions dec;
	const struct entity *e;

	decisions_init(&dec);
	decisions_add(&dec, DECISION_SPLIT, "Abdourahamane Tiani", NULL);
	build(f, &dec);
	e = entity_of(f, "Abdourahamane Tiani");
	assert_ptr_equal(e, entity_of(f, "Tiani"));
	assert_int_equal(e->nvariants, 2);
	assert_true(why_has(e, "Tiani is the surname in Abdourahamane Tiani"));
	assert_ptr_not_equal(e, entity_of(f, "Tchiani"));
	assert_ptr_equal(entity_of(f, "Tchiani"),
	    entity_of(f, "Abdourahamane Tchiani"));
	/* So is an acronym with its expansion. */
	decisions_add(&dec, DECISION_SPLIT,
	    "Economic Community of West African States", NULL);
	entity_index_regroup(&f->ix, &dec);
	assert_ptr_equal(entity_of(f, "ECOWAS"), entity_of(f,
	    "Economic Community of West African States"));
	entity_index_free(&f->ix);
	decisions_free(&dec);
}

/* What cannot take effect is said: an unknown name, a name alone. */
static void
test_split_check(void **state)
{
	struct fixture *f = *state;
	char *why;

	build(f, NULL);
	assert_null(entity_index_split_check(&f->ix, NULL, "Tiani"));
	why = entity_index_split_check(&f->ix, NULL, "Qwzxv");
	assert_non_null(why);
	assert_non_null(strstr(why, "no entity called"));
	free(why);
	/* A spelling but for case is that spelling; one that matches
	 * every spelling only ignoring accents is said to. */
	assert_null(entity_index_split_check(&f->ix, NULL, "NIGÉR"));
	why = entity_index_split_check(&f->ix, NULL, "nigèr");
	assert_non_null(why);
	assert_non_null(strstr(why, "every spelling"));
	free(why);
	why = entity_index_split_check(&f->ix, NULL, "Mali");
	assert_non_null(why);
	assert_non_null(strstr(why, "not grouped"));
	free(why);
	/* The full name and its surname alone: nothing left to split. */
	why = entity_index_split_check(&f->ix, NULL, "Vladimir Putin");
	assert_non_null(why);
	free(why);
	entity_index_free(&f->ix);
}

/* One rule for every kind of decision: a name these files do not
 * mention cannot take effect, but for a type that brings back a name a
 * notentity dropped. */
static void
test_decision_check(void **state)
{
	struct fixture *f = *state;
	struct entity_decisions dec;
	struct decision d[] = {
		{ DECISION_SPLIT, "Qwzxv", NULL, NULL },
		{ DECISION_NOT_ENTITY, "Qwzxv", NULL, NULL },
		{ DECISION_TYPE, "Qwzxv", "ORG", NULL },
		{ DECISION_MERGE, "Qwzxv", "Niger", NULL },
		{ DECISION_MERGE, "Niger", "Qwzxv", NULL },
	};
	struct decision known[] = {
		{ DECISION_SPLIT, "Tiani", NULL, NULL },
		{ DECISION_NOT_ENTITY, "Mali", NULL, NULL },
		{ DECISION_TYPE, "Mali", "ORG", NULL },
		{ DECISION_MERGE, "Mali", "Niger", NULL },
	};
	struct decision back = { DECISION_TYPE, "Qwzxv", "ORG", NULL };
	char *why;

	build(f, NULL);
	decisions_init(&dec);
	for (size_t i = 0; i < sizeof d / sizeof *d; i++) {
		why = entity_index_decision_check(&f->ix, &dec, &d[i]);
		assert_non_null(why);
		assert_string_equal(why,
		    "no entity called 'Qwzxv' in these files");
		free(why);
	}
	for (size_t i = 0; i < sizeof known / sizeof *known; i++)
		assert_null(entity_index_decision_check(&f->ix, &dec,
		    &known[i]));
	why = entity_index_decision_check(&f->ix, &dec,
	    &(struct decision){ DECISION_SPLIT, "Mali", NULL, NULL });
	assert_non_null(strstr(why, "not grouped"));
	free(why);
	decisions_add(&dec, DECISION_NOT_ENTITY, "Qwzxv", NULL);
	assert_null(entity_index_decision_check(&f->ix, &dec, &back));
	decisions_free(&dec);
	entity_index_free(&f->ix);
}

/* The text of mention i of l in d, as a new string. */
static char *
mention_text(const struct doc *d, const struct mention_list *l, size_t i)
{
	return xstrndup(d->text + l->v[i].bstart,
	    l->v[i].bend - l->v[i].bstart);
}

/* type and notentity decisions change the recogniser's mentions and
 * their highlights, before grouping; later lines win. */
static void
test_type_and_notentity(void **state)
{
	struct fixture *f = *state;
	struct entity_decisions dec;
	struct mention_list ml = { 0 };
	struct doc *d;
	char *cause = NULL;
	size_t tiani = 0, spans = 0;

	decisions_init(&dec);
	decisions_add(&dec, DECISION_NOT_ENTITY, "tiani", NULL);
	decisions_add(&dec, DECISION_TYPE, "Tiani", "ORG");
	decisions_add(&dec, DECISION_NOT_ENTITY, "MALI", NULL);
	ner_set_decisions(f->ner, &dec);
	d = load_bytes("t.txt", (const unsigned char *)texts[1],
	    strlen(texts[1]), &cause);
	assert_non_null(d);
	ner_doc(f->ner, d, true, &ml);
	for (size_t i = 0; i < ml.n; i++) {
		char *t = mention_text(d, &ml, i);

		assert_string_not_equal(t, "Mali");
		if (strcmp(t, "Tiani") == 0) {
			tiani++;
			assert_int_equal(ml.v[i].type, ENTITY_ORG);
			assert_true(ml.v[i].flags & MENTION_USER);
			assert_false(ml.v[i].flags & MENTION_SCORED);
		}
		free(t);
	}
	assert_int_equal(tiani, 1);
	for (size_t i = 0; i < d->nspans; i++)
		if (d->spans[i].kind == SPAN_ENTITY) {
			assert_true(d->spans[i].ref < ml.n);
			assert_int_equal(d->spans[i].sub,
			    ml.v[d->spans[i].ref].type);
			spans++;
		}
	assert_int_equal(spans, ml.n);
	/* Applied again after a new decision: the list and nothing else. */
	decisions_add(&dec, DECISION_NOT_ENTITY, "Putin", NULL);
	assert_true(ner_apply_decisions(f->ner, d, &ml, 0));
	for (size_t i = 0; i < ml.n; i++) {
		char *t = mention_text(d, &ml, i);

		assert_string_not_equal(t, "Putin");
		free(t);
	}
	ner_set_decisions(f->ner, NULL);
	mentions_free(&ml);
	doc_free(d);
	decisions_free(&dec);
}

/* The mentions of the entity of name in every document, checked to be of
 * type t (and the user's when user); returns how many there are. */
static size_t
check_group_mentions(struct fixture *f, const char *name,
    enum entity_type t, bool user)
{
	const struct entity *e = entity_of(f, name);
	size_t n = 0;

	for (size_t i = 0; i < NDOCS; i++)
		for (size_t k = 0; k < f->ml[i].n; k++)
			if (entity_index_of(&f->ix, i, k) == e) {
				assert_int_equal(f->ml[i].v[k].type, t);
				assert_int_equal(!!(f->ml[i].v[k].flags &
				    MENTION_USER), user);
				n++;
			}
	return n;
}

/* A type decision about one name types its whole group, which stays
 * whole: the surname of a retyped full name, the acronym of a retyped
 * expansion; without it the recogniser's types come back. */
static void
test_type_decides_group(void **state)
{
	struct fixture *f = *state;
	struct entity_decisions dec;

	decisions_init(&dec);
	decisions_add(&dec, DECISION_TYPE, "Vladimir Putin", "MISC");
	decisions_add(&dec, DECISION_TYPE,
	    "economic community of west african states", "MISC");
	ner_set_decisions(f->ner, &dec);
	for (size_t i = 0; i < NDOCS; i++)
		ner_apply_decisions(f->ner, f->docs[i], &f->ml[i], 0);
	build(f, &dec);
	assert_ptr_equal(entity_of(f, "Putin"), entity_of(f, "Vladimir Putin"));
	assert_int_equal(entity_of(f, "Putin")->type, ENTITY_MISC);
	assert_ptr_equal(entity_of(f, "ECOWAS"),
	    entity_of(f, "Economic Community of West African States"));
	assert_int_equal(entity_of(f, "ECOWAS")->type, ENTITY_MISC);
	for (size_t i = 0; i < NDOCS; i++)
		entity_index_retype(&f->ix, i, &f->ml[i]);
	assert_int_equal(check_group_mentions(f, "Putin", ENTITY_MISC, true),
	    2);
	assert_int_equal(check_group_mentions(f, "ECOWAS", ENTITY_MISC,
	    true), 2);
	entity_index_free(&f->ix);
	ner_set_decisions(f->ner, NULL);
	build(f, NULL);
	for (size_t i = 0; i < NDOCS; i++)
		entity_index_retype(&f->ix, i, &f->ml[i]);
	assert_int_equal(check_group_mentions(f, "Putin", ENTITY_PERSON,
	    false), 2);
	assert_int_equal(check_group_mentions(f, "ECOWAS", ENTITY_ORG,
	    false), 2);
	entity_index_free(&f->ix);
	decisions_free(&dec);
}

/* The file's type and notentity lines; a type galley does not know is a
 * malformed line. */
static void
test_decisions_parse_kinds(void **state)
{
	struct entity_decisions dec;
	char good[] = "type\tDisney\tORG\nnotentity\tWatch\n";
	char bad[] = "type\tDisney\tCOMPANY\n";
	char mixed[] = "split\tTiani\ntype\tKremlin\tORGANISATION\n"
	    "notentity\tSahel\nbogus\n";
	char *cause = NULL;

	(void)state;
	decisions_init(&dec);
	assert_int_equal(decisions_parse(&dec, good, strlen(good), &cause), 0);
	assert_int_equal(dec.n, 2);
	assert_int_equal(dec.v[0].kind, DECISION_TYPE);
	assert_string_equal(dec.v[0].b, "ORG");
	assert_int_equal(dec.v[1].kind, DECISION_NOT_ENTITY);
	assert_ptr_equal(decisions_verdict(&dec, "watch"), &dec.v[1]);
	assert_null(decisions_verdict(&dec, "wat"));
	assert_int_equal(decisions_parse(&dec, bad, strlen(bad), &cause), -1);
	assert_non_null(strstr(cause, "line 1"));
	free(cause);
	decisions_free(&dec);
	/* A bad line costs itself alone: the decisions after it stand. */
	decisions_init(&dec);
	assert_int_equal(decisions_parse(&dec, mixed, strlen(mixed), &cause),
	    -1);
	assert_non_null(strstr(cause, "line 2"));
	assert_non_null(strstr(cause, "1 more bad line"));
	free(cause);
	assert_int_equal(dec.n, 2);
	assert_int_equal(dec.v[0].kind, DECISION_SPLIT);
	assert_int_equal(dec.v[1].kind, DECISION_NOT_ENTITY);
	assert_string_equal(dec.v[1].a, "Sahel");
	decisions_free(&dec);
}

/* One letter apart after transliteration, same surname: one person;
 * different given names with the same surname: two. */
static void
test_near_spellings(void **state)
{
	struct fixture *f = *state;
	const char *text = "Abdourahmane Tiani spoke first. Later "
	    "Abdourahamane Tiani left, and Ali Tiani stayed.\n";
	struct mention_list ml = { NULL, 0, 0 };
	struct entity_index ix;
	char *cause = NULL;
	struct doc *d = load_bytes("t.txt", (const unsigned char *)text,
	    strlen(text), &cause);
	size_t a, b, c;

	assert_non_null(d);
	ner_doc(f->ner, d, true, &ml);
	entity_index_build(&ix, &d, &ml, 1, NULL);
	a = entity_index_find(&ix, "Abdourahmane Tiani");
	b = entity_index_find(&ix, "Abdourahamane Tiani");
	c = entity_index_find(&ix, "Ali Tiani");
	assert_true(a != (size_t)-1 && b != (size_t)-1 && c != (size_t)-1);
	assert_int_equal(ix.variants[a].entity, ix.variants[b].entity);
	assert_int_not_equal(ix.variants[a].entity, ix.variants[c].entity);
	entity_index_free(&ix);
	mentions_free(&ml);
	doc_free(d);
}

static void
test_decisions_file(void **state)
{
	char dir[] = "/tmp/galley-test-XXXXXX", *path, *file, *cause = NULL;
	struct entity_decisions dec;
	struct decision d = { DECISION_MERGE, (char *)"A B", (char *)"C", NULL };
	FILE *fp;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/x.txt", dir);
	file = path;
	path = decisions_path_for(file);
	free(file);
	assert_true(str_has_suffix_ci(path, "/.galley-entities"));
	decisions_init(&dec);
	/* Missing: no decisions, no error. */
	assert_int_equal(decisions_load(&dec, path, &cause), 0);
	assert_int_equal(dec.n, 0);
	assert_int_equal(decisions_append(path, &d, &cause), 0);
	d.kind = DECISION_SPLIT;
	d.b = NULL;
	assert_int_equal(decisions_append(path, &d, &cause), 0);
	d.a = (char *)"bad\tname";
	assert_int_equal(decisions_append(path, &d, &cause), -1);
	assert_non_null(cause);
	free(cause);
	/* An empty or blank name would be a line the parser refuses. */
	d.a = (char *)"";
	assert_int_equal(decisions_append(path, &d, &cause), -1);
	assert_non_null(strstr(cause, "empty"));
	free(cause);
	d.kind = DECISION_NOT_ENTITY;
	d.a = (char *)" \xc2\xa0\xe2\x80\x83";	/* space, NBSP, em space */
	assert_int_equal(decisions_append(path, &d, &cause), -1);
	free(cause);
	d.kind = DECISION_TYPE;
	d.a = (char *)" ";
	d.b = (char *)"ORG";
	assert_int_equal(decisions_append(path, &d, &cause), -1);
	free(cause);
	/* A merge of a name with itself changes nothing; other spellings
	 * may have been split apart. */
	d.kind = DECISION_MERGE;
	d.a = (char *)"Niger";
	d.b = (char *)"";
	assert_int_equal(decisions_append(path, &d, &cause), -1);
	free(cause);
	d.b = (char *)"Niger";
	assert_non_null(decisions_check(&d));
	assert_int_equal(decisions_append(path, &d, &cause), -1);
	assert_non_null(strstr(cause, "itself"));
	free(cause);
	d.b = (char *)"niger";
	assert_null(decisions_check(&d));
	d.kind = DECISION_SPLIT;
	d.a = (char *)"A B";
	d.b = NULL;
	assert_int_equal(decisions_load(&dec, path, &cause), 0);
	assert_int_equal(dec.n, 2);
	assert_int_equal(dec.v[0].kind, DECISION_MERGE);
	assert_string_equal(dec.v[0].a, "A B");
	assert_string_equal(dec.v[0].b, "C");
	assert_int_equal(dec.v[1].kind, DECISION_SPLIT);
	decisions_free(&dec);
	/* A malformed line is reported with its number. */
	fp = fopen(path, "a");
	assert_non_null(fp);
	fputs("# comment\nfuse\tX\n", fp);
	fclose(fp);
	assert_int_equal(decisions_load(&dec, path, &cause), -1);
	assert_non_null(strstr(cause, "line 4"));
	assert_int_equal(dec.n, 2);
	free(cause);
	decisions_free(&dec);
	unlink(path);
	rmdir(dir);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_transliteration_and_surnames),
		cmocka_unit_test(test_acronym_and_accents),
		cmocka_unit_test(test_long_name_acronym),
		cmocka_unit_test(test_mentions_in_order),
		cmocka_unit_test(test_decisions),
		cmocka_unit_test(test_split_accent_variant),
		cmocka_unit_test(test_split_full_name_keeps_surname),
		cmocka_unit_test(test_split_check),
		cmocka_unit_test(test_decision_check),
		cmocka_unit_test(test_type_and_notentity),
		cmocka_unit_test(test_type_decides_group),
		cmocka_unit_test(test_decisions_parse_kinds),
		cmocka_unit_test(test_near_spellings),
		cmocka_unit_test(test_decisions_file),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
