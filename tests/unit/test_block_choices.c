/* Unit tests for the kept and dropped blocks file (block_choices.c):
 * the key, the parser's errors, the bounds, a write read back. */
#include "config.h"

#include <dirent.h>
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
#include "base/file_io.h"
#include "ingest/load.h"
#include "session/block_choices.h"

static struct doc *
loaded(const char *text)
{
	char *cause = NULL;
	struct doc *d = load_bytes("t.txt", (const unsigned char *)text,
	    strlen(text), &cause);

	assert_non_null(d);
	return d;
}

/* Blocks that differ only in white space and ASCII case share a key;
 * another word makes another key. */
static void
test_key(void **state)
{
	struct doc *d = loaded("Subscribe   now\n\n SUBSCRIBE\tNow \n\n"
	    "Subscribe later\n");

	(void)state;
	assert_int_equal(d->nblocks, 3);
	assert_true(block_text_hash(d, &d->blocks[0]) ==
	    block_text_hash(d, &d->blocks[1]));
	assert_true(block_text_hash(d, &d->blocks[0]) !=
	    block_text_hash(d, &d->blocks[2]));
	doc_free(d);
}

static void
test_parse(void **state)
{
	struct block_choices c;
	char *cause = NULL;
	const char *good = "# galley blocks 1\r\n"
	    "keep\t00000000000000ff\tsubscribe now\r\n\n"
	    "drop\t0000000000000001\n"
	    "drop\t00000000000000FF\n";	/* the last choice wins */

	(void)state;
	block_choices_init(&c);
	assert_int_equal(block_choices_parse(good, strlen(good), "F", &c,
	    &cause), 0);
	assert_null(cause);
	assert_int_equal(c.n, 2);
	assert_false(block_choices_find(&c, 0xff, 0)->keep);
	assert_false(block_choices_find(&c, 1, 0)->keep);
	assert_null(block_choices_find(&c, 2, 0));

	assert_int_equal(block_choices_parse("keep\t1\n", 7, "F", &c,
	    &cause), -1);
	assert_string_equal(cause, "F:1:6: not a hash of 16 hexadecimal digits "
	    "(then /N, the block's place among those of its text)");
	free(cause);
	assert_int_equal(block_choices_parse("keep 0000000000000001\n", 22,
	    "F", &c, &cause), -1);
	assert_string_equal(cause, "F:1:1: not a choice, a tab and a hash");
	free(cause);
	assert_int_equal(block_choices_parse("drop\t0000000000000001\n"
	    "kept\t0000000000000002\n", 44, "F", &c, &cause), -1);
	assert_string_equal(cause, "F:2:1: neither keep nor drop");
	assert_int_equal(c.n, 1);	/* the lines before it hold */
	free(cause);
	assert_int_equal(block_choices_parse("keep\t00\0", 8, "F", &c,
	    &cause), -1);
	assert_string_equal(cause, "F:1:8: a NUL byte");
	free(cause);
	block_choices_free(&c);
}

static void
test_bounded(void **state)
{
	struct block_choices c;
	struct buf b;
	char *cause = NULL;

	(void)state;
	block_choices_init(&c);
	buf_init(&b);
	for (unsigned i = 0; i <= BLOCK_CHOICES_MAX; i++)
		buf_printf(&b, "keep\t%016x\n", i);
	assert_int_equal(block_choices_parse(b.data, b.len, "F", &c, &cause),
	    -1);
	assert_int_equal(c.n, BLOCK_CHOICES_MAX);
	assert_non_null(strstr(cause, ": too many choices"));
	free(cause);
	buf_free(&b);
	block_choices_free(&c);
}

/* Removes the temporary directory dir and every file in it (the blocks
 * files, the lock fio_lock leaves beside them). */
static void
remove_temp_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		char *path;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		assert_int_equal(unlink(path), 0);
		free(path);
	}
	closedir(d);
	assert_int_equal(rmdir(dir), 0);
}

/* The fullest file galley writes (every choice with its words noted at
 * their longest) is read back whole. */
static void
test_full_file_read_back(void **state)
{
	char dir[] = "/tmp/galley-blocks-XXXXXX", *path, *cause = NULL;
	struct block_choices c, back;
	struct buf b;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/a.txt.blocks", dir);
	block_choices_init(&c);
	block_choices_init(&back);
	buf_init(&b);
	for (unsigned i = 0; i < BLOCK_CHOICES_MAX; i++)
		buf_printf(&b, "drop\t%016x\t%048u\n", i + 1, i);
	assert_int_equal(block_choices_parse(b.data, b.len, "F", &c, &cause),
	    0);
	assert_int_equal(block_choices_write(path, &c, &cause), 0);
	assert_int_equal(block_choices_read(path, &back, &cause), 0);
	assert_int_equal(back.n, BLOCK_CHOICES_MAX);
	remove_temp_dir(dir);
	free(path);
	buf_free(&b);
	block_choices_free(&c);
	block_choices_free(&back);
}

/* Set, written, read back and applied; a link is refused. */
static void
test_write_read_apply(void **state)
{
	char dir[] = "/tmp/galley-blocks-XXXXXX", *path, *link, *cause = NULL;
	struct doc *d = loaded("Kept by the cleaner\n\nDropped by it\n");
	struct block_choices c, back;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/a.txt.blocks", dir);
	link = xasprintf("%s/b.txt.blocks", dir);
	block_choices_init(&c);
	block_choices_init(&back);
	d->blocks[0].keep = true;
	d->blocks[1].keep = false;
	assert_int_equal(block_choices_set(&c, d, &d->blocks[0], false), 0);
	assert_int_equal(block_choices_set(&c, d, &d->blocks[1], true), 0);
	assert_int_equal(block_choices_write(path, &c, &cause), 0);
	assert_int_equal(block_choices_read(path, &back, &cause), 0);
	assert_int_equal(back.n, 2);
	assert_int_equal(block_choices_apply(&back, d), 2);
	assert_false(d->blocks[0].keep);
	assert_true(d->blocks[1].keep);
	assert_int_equal(block_choices_apply(&back, d), 0);
	assert_string_equal(block_choices_find(&back,
	    block_text_hash(d, &d->blocks[1]), 1)->words, "dropped by it");

	assert_int_equal(symlink(path, link), 0);
	assert_int_equal(block_choices_read(link, &back, &cause), -1);
	assert_non_null(strstr(cause, "b.txt.blocks: cannot read"));
	free(cause);
	/* No file: no choice. */
	unlink(path);
	assert_int_equal(block_choices_read(path, &back, &cause), 0);
	assert_int_equal(back.n, 0);
	remove_temp_dir(dir);
	free(path);
	free(link);
	block_choices_free(&c);
	block_choices_free(&back);
	doc_free(d);
}

/* Two "Advertisement" blocks around a paragraph, all kept. */
static struct doc *
two_ads(void)
{
	struct doc *d = loaded("Advertisement\n\nThe story goes on here.\n\n"
	    "Advertisement\n");

	for (size_t i = 0; i < d->nblocks; i++)
		d->blocks[i].keep = true;
	return d;
}

/* Two blocks of one text are two choices: the second's drop leaves the
 * first as it was, and the file says which with "/N". */
static void
test_same_text_blocks(void **state)
{
	char dir[] = "/tmp/galley-blocks-XXXXXX", *path, *cause = NULL, *text;
	struct doc *d = two_ads();
	struct block_choices c, back;
	size_t len;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/a.txt.blocks", dir);
	block_choices_init(&c);
	block_choices_init(&back);
	assert_int_equal(block_occurrence(d, &d->blocks[2]), 2);
	assert_int_equal(block_choices_set(&c, d, &d->blocks[2], false), 0);
	assert_int_equal(block_choices_write(path, &c, &cause), 0);
	assert_int_equal(fio_read(path, 0, 4096, &text, &len), 0);
	assert_non_null(strstr(text, "drop\t"));
	assert_non_null(strstr(text, "/2\tadvertisement\n"));
	free(text);
	assert_int_equal(block_choices_read(path, &back, &cause), 0);
	assert_int_equal(block_choices_apply(&back, d), 1);
	assert_true(d->blocks[0].keep);
	assert_false(d->blocks[2].keep);
	remove_temp_dir(dir);
	free(path);
	block_choices_free(&c);
	block_choices_free(&back);
	doc_free(d);
}

/* A line without "/N" (as galley wrote before) holds for every block of
 * its text, and a block's own line overrides it. */
static void
test_old_line_holds_for_all(void **state)
{
	struct doc *d = two_ads();
	unsigned long long h = block_text_hash(d, &d->blocks[0]);
	char *cause = NULL, *text = xasprintf("drop\t%016llx\n"
	    "keep\t%016llx/2\n", h, h);
	struct block_choices c;

	(void)state;
	block_choices_init(&c);
	assert_int_equal(block_choices_parse(text, strlen(text), "F", &c,
	    &cause), 0);
	assert_int_equal(block_choices_apply(&c, d), 1);
	assert_false(d->blocks[0].keep);
	assert_true(d->blocks[2].keep);
	assert_int_equal(block_choices_parse("keep\t0000000000000001/0\n",
	    24, "F", &c, &cause), -1);
	free(cause);
	free(text);
	block_choices_free(&c);
	doc_free(d);
}

/* A block made as the cleaner chose it again has no line left, unless a
 * line of every block of its text would still overrule the cleaner. */
static void
test_back_to_cleaner(void **state)
{
	struct doc *d = two_ads();
	struct block_choices c;
	char *cause = NULL;

	(void)state;
	block_choices_init(&c);
	assert_int_equal(block_choices_choose(&c, d, &d->blocks[1], false,
	    true), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(block_choices_choose(&c, d, &d->blocks[1], true,
	    true), 0);
	assert_int_equal(c.n, 0);
	/* An older file's line for both advertisements: dropped. */
	assert_int_equal(block_choices_parse("drop\t0000000000000000\n", 22,
	    "F", &c, &cause), 0);
	c.v[0].hash = block_text_hash(d, &d->blocks[0]);
	assert_int_equal(block_choices_choose(&c, d, &d->blocks[2], true,
	    true), 0);
	assert_int_equal(c.n, 2);
	assert_true(block_choices_find(&c, c.v[0].hash, 2)->keep);
	block_choices_free(&c);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_bounded),
		cmocka_unit_test(test_write_read_apply),
		cmocka_unit_test(test_full_file_read_back),
		cmocka_unit_test(test_same_text_blocks),
		cmocka_unit_test(test_old_line_holds_for_all),
		cmocka_unit_test(test_back_to_cleaner),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
