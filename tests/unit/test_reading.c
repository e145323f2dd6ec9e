/* test_reading.c - the reading state (session/reading.c): read marks
 * and positions keyed by path and content, the sort, the bound on
 * entries, the merge with what another galley saved, and damaged files
 * reported as FILE:LINE and never overwritten. */
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

#include "base/file_io.h"
#include "base/util.h"
#include "session/reading.h"

static char dir[64];
static char *file;

static int
setup(void **state)
{
	(void)state;
	strcpy(dir, "/tmp/galley-reading-XXXXXX");
	assert_non_null(mkdtemp(dir));
	file = xasprintf("%s/sub/reading", dir);
	return 0;
}

static int
teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);

	(void)state;
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(file);
	return 0;
}

static void
sha_of(uint8_t sha[32], int n)
{
	memset(sha, 0, 32);
	sha[0] = (uint8_t)n;
	sha[31] = (uint8_t)(n >> 8);
}

static void
test_round_trip(void **state)
{
	struct reading_state st, back;
	struct reading_entry *e;
	uint8_t a[32], b[32];
	char *text;
	size_t len;

	(void)state;
	sha_of(a, 1);
	sha_of(b, 2);
	reading_init(&st, "/s/reading");
	e = reading_touch(&st, "/docs/one.html", a);
	e->read = true;
	e->pos = 1234;
	reading_touch(&st, "/docs/two file.txt", b)->pos = 7;
	st.sort = 2;
	text = reading_format(&st, &len);
	reading_init(&back, "/s/reading");
	assert_int_equal(reading_parse(&back, text, len), 0);
	assert_int_equal(back.sort, 2);
	e = reading_find(&back, "/docs/one.html", a);
	assert_non_null(e);
	assert_true(e->read);
	assert_int_equal(e->pos, 1234);
	e = reading_find(&back, "/docs/two file.txt", b);
	assert_non_null(e);
	assert_false(e->read);
	assert_int_equal(e->pos, 7);
	/* Same path, other content: another source. */
	assert_null(reading_find(&back, "/docs/one.html", b));
	/* No line break can get into the file. */
	assert_null(reading_touch(&back, "/docs/a\nread 00", a));
	/* A file name with one gets a key without it, apart from the
	 * same name spelt with a backslash (QA 31 F5: such a file never
	 * had a read mark, "standard input has no read mark"). */
	{
		char *k1 = reading_key_path("/docs/a\nread 00");
		char *k2 = reading_key_path("/docs/a\\nread 00");

		assert_non_null(k1);
		assert_null(strpbrk(k1, "\r\n"));
		assert_string_not_equal(k1, k2);
		assert_non_null(reading_touch(&back, k1, a));
		/* ... and the file holding it reads back (QA 37 F1: it was
		 * "damaged", and every read mark was lost with it). */
		{
			struct reading_state again;
			size_t n2;
			char *t2 = reading_format(&back, &n2);

			reading_init(&again, "/s/reading");
			assert_int_equal(reading_parse(&again, t2, n2), 0);
			assert_non_null(reading_find(&again, k1, a));
			assert_non_null(reading_find(&again, "/docs/one.html",
			    a));
			free(t2);
			reading_free(&again);
		}
		free(k1);
		free(k2);
	}
	free(text);
	reading_free(&st);
	reading_free(&back);
}

static void
expect_damage(const char *text, const char *want)
{
	struct reading_state st;

	reading_init(&st, "/state/reading");
	assert_int_equal(reading_parse(&st, text, strlen(text)), -1);
	assert_non_null(st.damage);
	if (strcmp(st.damage, want) != 0)
		fail_msg("got \"%s\", want \"%s\"", st.damage, want);
	assert_int_equal(st.n, 0);
	reading_free(&st);
}

static void
test_damage(void **state)
{
	(void)state;
	expect_damage("hello\n", "/state/reading:1: not a galley "
	    "reading-state file (no \"galley-reading 1\" line)");
	expect_damage("galley-reading 1\nsort size\n",
	    "/state/reading:2: sort takes path, title or date");
	expect_damage("galley-reading 1\nread 12 3 /x\n", "/state/reading:2: "
	    "expected a SHA-256 in 64 lowercase hex digits");
	expect_damage("galley-reading 1\nunread "
	    "0000000000000000000000000000000000000000000000000000000000000000"
	    " 3 relative\n", "/state/reading:2: expected an absolute path "
	    "after the position");
	expect_damage("galley-reading 1\nread "
	    "0000000000000000000000000000000000000000000000000000000000000000"
	    " 99999999999999999999999 /x\n",
	    "/state/reading:2: position out of range");
	expect_damage("galley-reading 1\nread "
	    "0000000000000000000000000000000000000000000000000000000000000000"
	    " 1 /x\nread "
	    "0000000000000000000000000000000000000000000000000000000000000000"
	    " 2 /x\n", "/state/reading:3: the same source twice");
	expect_damage("galley-reading 1\n\nread", "/state/reading:2: "
	    "expected read, unread or sort");
	{
		struct reading_state st;
		static const char nul[] = "galley-reading 1\nsort \0path\n";

		reading_init(&st, "/s");
		assert_int_equal(reading_parse(&st, nul, sizeof nul - 1), -1);
		assert_string_equal(st.damage, "/s:2: a NUL byte");
		reading_free(&st);
	}
}

/* The newest READING_MAX_ENTRIES are kept, the oldest dropped. */
static void
test_bounded(void **state)
{
	struct reading_state st, back;
	uint8_t sha[32];
	char *text;
	size_t len;

	(void)state;
	reading_init(&st, "/s/reading");
	for (int i = 0; i < READING_MAX_ENTRIES + 10; i++) {
		char path[32];

		snprintf(path, sizeof path, "/d/%d", i);
		sha_of(sha, i);
		reading_touch(&st, path, sha);
	}
	/* Used again: now the newest. */
	sha_of(sha, 3);
	reading_touch(&st, "/d/3", sha);
	text = reading_format(&st, &len);
	reading_init(&back, "/s/reading");
	assert_int_equal(reading_parse(&back, text, len), 0);
	assert_int_equal(back.n, READING_MAX_ENTRIES);
	assert_non_null(reading_find(&back, "/d/3", sha));
	sha_of(sha, 0);
	assert_null(reading_find(&back, "/d/0", sha));
	/* Ten dropped: 0 to 10 but 3. */
	sha_of(sha, 10);
	assert_null(reading_find(&back, "/d/10", sha));
	sha_of(sha, 11);
	assert_non_null(reading_find(&back, "/d/11", sha));
	free(text);
	reading_free(&st);
	reading_free(&back);
}

/* Two readers: the second save keeps what the first saved. */
static void
test_save_merges(void **state)
{
	struct reading_state one, two, back;
	uint8_t a[32], b[32];
	char *cause = NULL;

	(void)state;
	sha_of(a, 1);
	sha_of(b, 2);
	reading_init(&one, file);
	reading_init(&two, file);
	assert_int_equal(reading_load(&one), 0);	/* no file yet */
	assert_int_equal(reading_load(&two), 0);
	reading_touch(&one, "/a", a)->read = true;
	reading_touch(&two, "/b", b)->pos = 5;
	two.sort = 1;
	two.sort_changed = true;
	assert_int_equal(reading_save(&one, &cause), 0);
	assert_null(cause);
	assert_int_equal(reading_save(&two, &cause), 0);
	assert_null(cause);
	reading_init(&back, file);
	assert_int_equal(reading_load(&back), 0);
	assert_non_null(reading_find(&back, "/a", a));
	assert_true(reading_find(&back, "/a", a)->read);
	assert_int_equal(reading_find(&back, "/b", b)->pos, 5);
	assert_int_equal(back.sort, 1);
	reading_free(&one);
	reading_free(&two);
	reading_free(&back);
}

/* A damaged file is reported and left as it is. */
static void
test_damaged_kept(void **state)
{
	struct reading_state st;
	uint8_t a[32];
	char *cause = NULL, *text;
	size_t len;
	FILE *f;

	(void)state;
	fio_make_parents(file);
	f = fopen(file, "w");
	assert_non_null(f);
	fputs("galley-reading 1\nbogus\n", f);
	fclose(f);
	reading_init(&st, file);
	assert_int_equal(reading_load(&st), -1);
	assert_non_null(strstr(st.damage, "reading:2: expected read"));
	sha_of(a, 1);
	reading_touch(&st, "/a", a);
	assert_int_equal(reading_save(&st, &cause), -1);
	assert_non_null(strstr(cause, "damaged"));
	free(cause);
	assert_int_equal(fio_read(file, 0, 1000, &text, &len), 0);
	assert_string_equal(text, "galley-reading 1\nbogus\n");
	free(text);
	reading_free(&st);
}

/* A state file that cannot be read (its directory is a regular file)
 * is not called damaged at save: the cause is why it could not be
 * read. */
static void
test_unreadable_cause(void **state)
{
	struct reading_state st;
	uint8_t a[32];
	char *cause = NULL, *plain, *inside;
	FILE *f;

	(void)state;
	plain = xasprintf("%s/plain", dir);
	inside = xasprintf("%s/x/reading", plain);
	f = fopen(plain, "w");
	assert_non_null(f);
	fclose(f);
	reading_init(&st, inside);
	assert_int_equal(reading_load(&st), -1);
	assert_non_null(strstr(st.damage, "Not a directory"));
	sha_of(a, 1);
	reading_touch(&st, "/a", a);
	assert_int_equal(reading_save(&st, &cause), -1);
	assert_null(strstr(cause, "damaged"));
	assert_non_null(strstr(cause, "x/reading: Not a directory"));
	free(cause);
	reading_free(&st);
	unlink(plain);
	free(inside);
	free(plain);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_damage),
		cmocka_unit_test(test_bounded),
		cmocka_unit_test_setup_teardown(test_save_merges, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_damaged_kept, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_unreadable_cause, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
