/* Unit tests for the core session (src/session/session.c): documents
 * loaded one at a time, annotations opened and anchored with them, the
 * analysers opened on demand. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "anno/anno.h"
#include "anno/anno_store.h"
#include "base/util.h"
#include "ingest/load.h"
#include "proof/corrections.h"
#include "session/block_choices.h"
#include "session/session.h"

static const char story[] =
    "Harbour plans approved\n"
    "\n"
    "The harbour authority said on Tuesday that the new quay would open "
    "in the spring, after two years of delays.\n"
    "Dockworkers said they were satisfied wiht the agreement reached with "
    "the port operators last week.\n"
    "The mayor called the quay the first step of a larger plan.\n";

struct fixture {
	char dir[32];
	char *paths[3];
};

/* Three files of the story: a.txt annotated twice (and one reply),
 * b.txt with a damaged sidecar, c.txt with none. */
static int
setup(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof *fx);
	char *cause = NULL, *side;
	struct anno_set *s;
	struct anno *a;
	struct doc *d;
	FILE *f;

	strcpy(fx->dir, "/tmp/galley-session-XXXXXX");
	assert_non_null(mkdtemp(fx->dir));
	for (int i = 0; i < 3; i++) {
		fx->paths[i] = xasprintf("%s/%c.txt", fx->dir, 'a' + i);
		f = fopen(fx->paths[i], "w");
		fputs(story, f);
		fclose(f);
	}
	d = load_file(fx->paths[0], &cause);
	assert_non_null(d);
	s = anno_set_create(fx->paths[0]);
	assert_non_null(anno_add(s, d, 4, 9, "T", NULL, 0, "one", &cause));
	a = anno_add(s, d, 30, 40, "T", NULL, 0, "two", &cause);
	assert_non_null(a);
	assert_non_null(anno_reply(s, a, "R", "a reply", &cause));
	assert_int_equal(anno_store_save(s, d, &cause), 0);
	anno_set_destroy(s);
	doc_free(d);
	side = xasprintf("%s.anno.json", fx->paths[1]);
	f = fopen(side, "w");
	fputs("{\"type\": 1}", f);
	fclose(f);
	free(side);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;
	char *cmd = xasprintf("rm -rf '%s'", fx->dir);

	assert_int_equal(system(cmd), 0);
	free(cmd);
	for (int i = 0; i < 3; i++)
		free(fx->paths[i]);
	free(fx);
	return 0;
}

static size_t
spans_of(const struct doc *d, enum span_kind kind)
{
	size_t n = 0;

	for (size_t i = 0; i < d->nspans; i++)
		n += d->spans[i].kind == kind;
	return n;
}

/* Nothing is read before it is asked for, and each file once. */
static void
test_loads_lazily(void **state)
{
	struct fixture *fx = *state;
	char *paths[] = { fx->paths[0], "/nonexistent/galley/x.txt" };
	struct session s;

	session_init(&s, paths, 2);
	assert_int_equal(s.nloaded, 0);
	assert_null(s.load.docs[0]);
	assert_true(session_load_doc(&s, 0));
	assert_non_null(s.load.docs[0]);
	assert_null(s.load.docs[1]);
	assert_true(session_load_doc(&s, 0));
	assert_int_equal(s.nloaded, 1);
	assert_false(session_load_doc(&s, 1));
	assert_non_null(s.load.errors[1]);
	assert_int_equal(s.nloaded, 2);
	session_free(&s);
}

/* Annotations come with the document, anchored, as spans; a damaged
 * sidecar is read-only and counted. */
static void
test_annotations(void **state)
{
	struct fixture *fx = *state;
	struct session s;

	session_init(&s, fx->paths, 3);
	for (size_t i = 0; i < 3; i++)
		assert_true(session_load_doc(&s, i));
	assert_int_equal(session_anno_count(&s, 0), 2);
	assert_int_equal(session_anno_count(&s, 1), 0);
	assert_int_equal(session_anno_count(&s, 2), 0);
	assert_int_equal(session_anno_damaged(&s), 1);
	assert_non_null(strstr(s.docs[1].annos->damage, "b.txt.anno.json:1:1"));
	assert_int_equal(s.docs[0].annos->items[1]->state, ANNO_ANCHORED);
	assert_int_equal(spans_of(s.load.docs[0], SPAN_ANNOTATION), 2);
	/* Before the analysers open, nothing else is analysed. */
	assert_false(s.docs[0].analysed);
	assert_true(session_pending(&s));
	session_free(&s);
}

/* With the analysers open, each document gets its problems and
 * mentions, and nothing is left pending. */
static void
test_analyses(void **state)
{
	struct fixture *fx = *state;
	struct session s;
	bool found = false;
	char *notice;

	session_init(&s, fx->paths + 2, 1);
	notice = session_open_analysers(&s);
	free(notice);
	assert_true(session_load_doc(&s, 0));
	assert_true(s.docs[0].analysed);
	assert_false(session_pending(&s));
	/* The suite runs with Debian's en_US dictionary installed. */
	assert_non_null(s.proof);
	assert_null(proof_warning(s.proof));
	for (size_t i = 0; i < s.docs[0].problems.n; i++) {
		char *w = doc_substr(s.load.docs[0],
		    s.docs[0].problems.v[i].start,
		    s.docs[0].problems.v[i].end);

		found |= strcmp(w, "wiht") == 0;
		free(w);
	}
	assert_true(found);
	assert_non_null(s.ner);
	session_free(&s);
}

/* A batch command's session: everything loaded at once, only what the
 * options ask for analysed, no size cap unless one is set. */
static void
test_options(void **state)
{
	struct fixture *fx = *state;
	struct session s;
	char *notice;

	session_init(&s, fx->paths, 3);
	session_set_options(&s, &(struct session_options){ .ner = true,
	    .no_model = true });
	session_load_all(&s);
	assert_int_equal(s.nloaded, 3);
	assert_true(s.crossed);
	notice = session_open_analysers(&s);
	free(notice);
	assert_null(s.proof);
	assert_non_null(s.ner);
	assert_false(s.model_failed);
	session_analyse(&s, 0);
	assert_int_equal(s.docs[0].problems.n, 0);
	assert_true(s.mentions[0].n > 0);
	/* The sidecars were not asked for: none is opened. */
	assert_null(s.docs[0].annos);
	assert_int_equal(spans_of(s.load.docs[0], SPAN_ANNOTATION), 0);
	session_free(&s);

	/* A cap: a larger document is kept unanalysed. */
	session_init(&s, fx->paths, 1);
	session_set_options(&s, &(struct session_options){ .proof = true,
	    .user_words = false, .max_analysed = 10 });
	session_load_all(&s);
	notice = session_open_analysers(&s);
	free(notice);
	assert_non_null(s.proof);
	assert_null(s.ner);
	assert_true(session_too_big(&s, 0));
	session_analyse(&s, 0);
	assert_int_equal(s.docs[0].problems.n, 0);
	session_free(&s);

	/* No cap: no document is too big. */
	session_init(&s, fx->paths, 1);
	session_load_all(&s);
	assert_false(session_too_big(&s, 0));
	session_free(&s);

	/* A model that cannot be used: said, and the rules work alone. */
	session_init(&s, fx->paths, 1);
	session_set_options(&s, &(struct session_options){ .ner = true,
	    .ner_model = "/nonexistent/model" });
	session_load_all(&s);
	notice = session_open_analysers(&s);
	assert_non_null(notice);
	assert_non_null(strstr(notice, "/nonexistent/model"));
	free(notice);
	assert_true(s.model_failed);
	session_free(&s);
}

/* A corrections file with a bad line holds for the session up to it,
 * and is never written: a new correction would drop the lines after
 * the bad one. */
static void
test_damaged_corrections_kept(void **state)
{
	struct fixture *fx = *state;
	struct session s;
	char *path = xasprintf("%s.corrections", fx->paths[2]), *cause = NULL;
	const char *bad = "# galley corrections 1\nnot a correction\n";
	char buf[128] = "";
	FILE *f = fopen(path, "w");

	fputs(bad, f);
	fclose(f);
	session_init(&s, fx->paths + 2, 1);
	assert_true(session_load_doc(&s, 0));
	assert_int_equal(session_correct(&s, 0, 4, 9, "mayors", &cause), -1);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "left as it is"));
	free(cause);
	f = fopen(path, "r");
	assert_int_equal(fread(buf, 1, sizeof buf - 1, f), strlen(bad));
	fclose(f);
	assert_string_equal(buf, bad);
	session_free(&s);
	free(path);
}

/* Two galleys on one article: each correction and each block choice is
 * made on what the file holds when it is saved, so the other's stays,
 * and each session then knows both.  Before, each wrote the set it had
 * read at its start, and the last to save won. */
static void
test_two_sessions_merge(void **state)
{
	struct fixture *fx = *state;
	struct session s1, s2;
	struct corrections back;
	struct block_choices choices;
	char *corr = xasprintf("%s.corrections", fx->paths[2]);
	char *blocks = xasprintf("%s.blocks", fx->paths[2]);
	size_t wiht = (size_t)(strstr(story, "wiht") - story);
	size_t mayor = (size_t)(strstr(story, "mayor") - story);
	struct doc *d;
	char *cause = NULL;

	(void)state;
	session_init(&s1, fx->paths + 2, 1);
	session_init(&s2, fx->paths + 2, 1);
	assert_true(session_load_doc(&s1, 0));
	assert_true(session_load_doc(&s2, 0));
	/* Both have read the (missing) files before either saves. */
	assert_int_equal(session_corrections(&s2, 0, &cause)->n, 0);
	session_apply_block_choices(&s2, 0);
	assert_int_equal(session_correct(&s1, 0, wiht, wiht + 4, "with",
	    &cause), 0);
	assert_int_equal(session_correct(&s2, 0, mayor, mayor + 5, "Mayor",
	    &cause), 0);
	corrections_init(&back);
	assert_int_equal(corrections_read(corr, &back, &cause), 0);
	assert_int_equal(back.n, 2);
	assert_string_equal(back.v[0].fix, "with");
	assert_string_equal(back.v[1].fix, "Mayor");
	assert_int_equal(session_corrections(&s2, 0, &cause)->n, 2);
	corrections_free(&back);

	d = s1.load.docs[0];
	assert_true(d->nblocks >= 3);
	assert_int_equal(session_choose_block(&s1, 0, 1, !d->blocks[1].keep,
	    &cause), 0);
	d = s2.load.docs[0];
	assert_int_equal(session_choose_block(&s2, 0, 2, !d->blocks[2].keep,
	    &cause), 0);
	block_choices_init(&choices);
	assert_int_equal(block_choices_read(blocks, &choices, &cause), 0);
	assert_int_equal(choices.n, 2);
	block_choices_free(&choices);
	/* s2 shows s1's choice too. */
	assert_int_equal(s2.load.docs[0]->blocks[1].keep,
	    s1.load.docs[0]->blocks[1].keep);
	session_free(&s1);
	session_free(&s2);
	free(corr);
	free(blocks);
}

/* A correction or block choice that cannot be written (a read-only
 * file here) holds for the session, and the file is left as it is: the
 * reader says "kept for this session only", so it must be kept.
 * Before, the failed save left the session without it, and the next
 * choice on another block put the failed one back as the file had it. */
static void
test_unwritable_kept(void **state)
{
	struct fixture *fx = *state;
	struct session s;
	char *corr = xasprintf("%s.corrections", fx->paths[2]);
	char *blocks = xasprintf("%s.blocks", fx->paths[2]);
	size_t wiht = (size_t)(strstr(story, "wiht") - story);
	struct doc *d;
	bool was1, was2;
	char *cause = NULL;
	FILE *f;

	(void)state;
	/* 0444: the owner's "hands off", which galley honours for root
	 * too (fio_may_replace). */
	f = fopen(corr, "w");
	fputs("# galley corrections 1\n", f);
	fclose(f);
	f = fopen(blocks, "w");
	fputs("# galley blocks 1\n", f);
	fclose(f);
	assert_int_equal(chmod(corr, 0444), 0);
	assert_int_equal(chmod(blocks, 0444), 0);
	session_init(&s, fx->paths + 2, 1);
	assert_true(session_load_doc(&s, 0));
	assert_int_equal(session_correct(&s, 0, wiht, wiht + 4, "with",
	    &cause), -1);
	assert_non_null(cause);
	free(cause);
	assert_int_equal(session_corrections(&s, 0, &cause)->n, 1);
	free(cause);
	d = s.load.docs[0];
	was1 = d->blocks[1].keep;
	was2 = d->blocks[2].keep;
	assert_int_equal(session_choose_block(&s, 0, 1, !was1, &cause), -1);
	free(cause);
	assert_int_equal(d->blocks[1].keep, !was1);
	assert_int_equal(session_choose_block(&s, 0, 2, !was2, &cause), -1);
	free(cause);
	assert_int_equal(d->blocks[1].keep, !was1);	/* still */
	assert_int_equal(d->blocks[2].keep, !was2);
	session_free(&s);
	free(corr);
	free(blocks);
}

/* Writes text to path, replacing what was there. */
static void
write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* Nothing may be written beside document f, and the cause says want. */
static void
assert_stale(struct session *s, size_t f, const char *want)
{
	char *cause = session_stale_cause(s, f);

	assert_non_null(cause);
	assert_non_null(strstr(cause, want));
	free(cause);
}

/* A file changed on disk is told apart from the one read, refused as
 * the place of side files, and read again: new text, the annotations
 * (the saved and one not saved) anchored in it, the count of loaded
 * documents as it was. */
static void
test_reload_changed(void **state)
{
	struct fixture *fx = *state;
	static const char preface[] = "A preface line\n\n";
	char *text = xasprintf("%s%s", preface, story), *cause, *was, *now;
	struct session s;
	struct anno *a;
	size_t start;

	session_init(&s, fx->paths, 1);
	assert_true(session_load_doc(&s, 0));
	assert_int_equal(session_disk_state(&s, 0), DISK_SAME);
	assert_null(session_stale_cause(&s, 0));
	a = s.docs[0].annos->items[1];
	start = a->cur_start;
	was = doc_substr(s.load.docs[0], a->cur_start, a->cur_end);
	assert_non_null(anno_add(s.docs[0].annos, s.load.docs[0], 50, 55,
	    "T", NULL, 0, "unsaved", &cause));
	write_text(fx->paths[0], text);
	assert_int_equal(session_disk_state(&s, 0), DISK_CHANGED);
	assert_stale(&s, 0, "a.txt changed on disk; :e reloads it");
	assert_true(session_reload_doc(&s, 0));
	assert_int_equal(s.nloaded, 1);
	assert_int_equal(session_disk_state(&s, 0), DISK_SAME);
	assert_memory_equal(s.load.docs[0]->text, preface, strlen(preface));
	assert_int_equal(session_anno_count(&s, 0), 3);
	a = s.docs[0].annos->items[1];
	assert_int_equal(a->cur_start, start + strlen(preface));
	now = doc_substr(s.load.docs[0], a->cur_start, a->cur_end);
	assert_string_equal(now, was);
	assert_int_equal(spans_of(s.load.docs[0], SPAN_ANNOTATION), 3);
	free(now);
	free(was);
	free(text);
	session_free(&s);
}

/* Sets path's modification time to sec seconds after the epoch. */
static void
set_mtime(const char *path, time_t sec)
{
	struct timespec t[2] = { { 0, UTIME_OMIT }, { sec, 0 } };

	assert_int_equal(utimensat(AT_FDCWD, path, t, 0), 0);
}

/* A file touched, or written again with the bytes it had (an editor's
 * save of an unchanged buffer), has not changed: side files may still
 * be written beside it.  Other bytes of the same size have changed it. */
static void
test_reload_touched(void **state)
{
	struct fixture *fx = *state;
	char *other = xstrdup(story);
	struct session s;

	session_init(&s, fx->paths, 1);
	assert_true(session_load_doc(&s, 0));
	set_mtime(fx->paths[0], 2000000000);
	assert_int_equal(session_disk_state(&s, 0), DISK_SAME);
	write_text(fx->paths[0], story);
	set_mtime(fx->paths[0], 2000000100);
	assert_int_equal(session_disk_state(&s, 0), DISK_SAME);
	assert_null(session_stale_cause(&s, 0));
	other[0] = other[0] == 'X' ? 'Y' : 'X';
	write_text(fx->paths[0], other);
	set_mtime(fx->paths[0], 2000000200);
	assert_int_equal(session_disk_state(&s, 0), DISK_CHANGED);
	/* Asked again: the same answer, the bytes not read again. */
	assert_int_equal(session_disk_state(&s, 0), DISK_CHANGED);
	assert_stale(&s, 0, "a.txt changed on disk");
	session_free(&s);
	free(other);
}

/* Read again, a document keeps no word of its old text's corrections:
 * what it said of them that no longer matched goes with that text (a
 * message left would leak, and the sanitizer and valgrind runs say so). */
static void
test_reload_forgets_unmatched(void **state)
{
	struct fixture *fx = *state;
	char *side = corrections_path(fx->paths[0]), *cause = NULL, *msg;
	struct session s;

	write_text(side, "# galley corrections 1\n0\t4\tzqxj\tfix\n");
	session_init(&s, fx->paths, 1);
	assert_true(session_load_doc(&s, 0));
	assert_non_null(session_corrections(&s, 0, &cause));
	assert_null(cause);
	assert_true(session_reload_doc(&s, 0));
	assert_non_null(session_corrections(&s, 0, &cause));
	msg = session_corrections_unmatched(&s, 0);
	assert_non_null(msg);
	assert_non_null(strstr(msg, "zqxj"));
	free(msg);
	assert_null(session_corrections_unmatched(&s, 0));
	session_free(&s);
	unlink(side);
	free(side);
}

/* A file deleted on disk: said, and nothing may be written beside it. */
static void
test_reload_gone(void **state)
{
	struct fixture *fx = *state;
	struct session s;

	session_init(&s, fx->paths + 2, 1);
	assert_true(session_load_doc(&s, 0));
	assert_int_equal(unlink(fx->paths[2]), 0);
	assert_int_equal(session_disk_state(&s, 0), DISK_GONE);
	assert_stale(&s, 0, "c.txt deleted on disk");
	/* Read again, it fails as any missing file does. */
	assert_false(session_reload_doc(&s, 0));
	assert_non_null(s.load.errors[0]);
	assert_int_equal(s.nloaded, 1);
	session_free(&s);
}

/* A file that could not be read is read when it can be. */
static void
test_reload_failed(void **state)
{
	struct fixture *fx = *state;
	char *path = xasprintf("%s/late.txt", fx->dir);
	struct session s;

	session_init(&s, &path, 1);
	assert_false(session_load_doc(&s, 0));
	assert_non_null(s.load.errors[0]);
	assert_false(session_retry_failed(&s, 0));
	write_text(path, story);
	assert_true(session_retry_failed(&s, 0));
	assert_false(session_retry_failed(&s, 0));
	assert_null(s.load.errors[0]);
	assert_non_null(s.load.docs[0]);
	assert_int_equal(s.nloaded, 1);
	session_free(&s);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_loads_lazily, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_reload_touched, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_reload_changed, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_reload_forgets_unmatched,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_reload_gone, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_reload_failed, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_annotations, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_options, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_damaged_corrections_kept,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_sessions_merge,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_unwritable_kept,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_analyses, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
