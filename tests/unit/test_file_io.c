/* test_file_io.c - bounded reads of side files and atomic writes
 * (base/file_io.c), and the side-file readers and writers that use them:
 * word lists, .galley-tags, settings.  Every blocking case runs under
 * alarm(): a hang (a FIFO opened for reading) is a failure, not a stuck
 * suite. */
#include "config.h"

#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "anno/anno_vocab.h"
#include "base/file_io.h"
#include "base/settings.h"
#include "base/util.h"
#include "proof/wordlist.h"

static char dir[64];

static char *
in_dir(const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

static void
put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static char *
get(const char *path)
{
	char *text;
	size_t len;

	assert_int_equal(fio_read(path, 0, FILE_SIDE_MAX, &text, &len), 0);
	return text;
}

static int
setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof dir, "/tmp/galley-fio-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	alarm(20);
	return 0;
}

static int
teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	int rc = system(cmd);

	(void)state;
	free(cmd);
	alarm(0);
	return rc == 0 ? 0 : -1;
}

static void
test_read_bounds(void **state)
{
	char *fifo = in_dir("fifo"), *link = in_dir("link"), *big = in_dir("big");
	char *text = NULL;
	size_t len;

	(void)state;
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_int_equal(fio_read(fifo, 0, 100, &text, &len), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(fio_read("/dev/zero", 0, 100, &text, &len), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(fio_read(dir, 0, 100, &text, &len), -1);
	assert_int_equal(errno, EINVAL);
	put(big, "0123456789");
	assert_int_equal(fio_read(big, 0, 9, &text, &len), -1);
	assert_int_equal(errno, EFBIG);
	assert_string_equal(fio_read_error(EFBIG, 0), "too big");
	assert_int_equal(symlink(big, link), 0);
	assert_int_equal(fio_read(link, FIO_NOFOLLOW, 100, &text, &len), -1);
	assert_int_equal(errno, ELOOP);
	assert_int_equal(fio_read(link, 0, 10, &text, &len), 0);
	assert_int_equal(len, 10);
	assert_string_equal(text, "0123456789");
	free(text);
	free(fifo);
	free(link);
	free(big);
}

static void
test_next_line(void **state)
{
	char text[] = "one\n\ntw\0o\nlast";
	size_t pos = 0, n;
	char *line;

	(void)state;
	line = fio_next_line(text, sizeof text - 1, &pos, &n);
	assert_string_equal(line, "one");
	line = fio_next_line(text, sizeof text - 1, &pos, &n);
	assert_int_equal(n, 0);
	line = fio_next_line(text, sizeof text - 1, &pos, &n);
	assert_int_equal(n, 4);
	assert_int_equal(strlen(line), 2);
	line = fio_next_line(text, sizeof text - 1, &pos, &n);
	assert_string_equal(line, "last");
	assert_null(fio_next_line(text, sizeof text - 1, &pos, &n));
}

static void
test_replace(void **state)
{
	char *path = in_dir("out"), *other = in_dir("other"), *cause = NULL;
	char *tmp = fio_temp_path(path), *text;
	struct stat st;

	(void)state;
	put(other, "not yours\n");
	assert_int_equal(link(other, path), 0);
	assert_int_equal(chmod(path, 0600), 0);
	assert_int_equal(fio_replace(path, "new\n", 4, &cause), 0);
	assert_null(cause);
	text = get(other);
	assert_string_equal(text, "not yours\n");	/* not written through */
	free(text);
	text = get(path);
	assert_string_equal(text, "new\n");
	free(text);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);	/* mode kept */
	assert_int_equal(access(tmp, F_OK), -1);
	unlink(path);
	assert_int_equal(symlink(other, path), 0);
	assert_int_equal(fio_replace(path, "x", 1, &cause), -1);
	assert_non_null(strstr(cause, "symbolic link"));
	free(cause);
	free(tmp);
	free(path);
	free(other);
}

static int nwaits;

static void
count_wait(const char *path)
{
	assert_non_null(strstr(path, "held"));
	nwaits++;
}

static long
elapsed_ms(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)(t.tv_sec - t0->tv_sec) * 1000 +
	    (t.tv_nsec - t0->tv_nsec) / 1000000;
}

/* A lock another open file holds: fio_lock says once that it waits,
 * gives up after the wait fio_lock_patience set (on the clock, not by
 * counting its sleeps), naming the file, with EWOULDBLOCK; the lock
 * file it made only its owner may open, in a directory only its owner
 * writes. */
static void
test_lock_held(void **state)
{
	char *path = in_dir("held"), *lockpath = in_dir(".held.lock");
	char *cause = NULL, *want = xasprintf("%s is locked by another "
	    "program", path);
	struct timespec t0;
	struct stat st;
	int fd, other;
	long ms;

	(void)state;
	assert_int_equal(chmod(dir, 0755), 0);
	fd = fio_lock(path, &cause);
	assert_true(fd >= 0);
	assert_int_equal(stat(lockpath, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	fio_lock_patience(300, count_wait);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	other = fio_lock(path, &cause);
	ms = elapsed_ms(&t0);
	assert_int_equal(other, -1);
	assert_int_equal(errno, EWOULDBLOCK);
	assert_string_equal(cause, want);
	assert_int_equal(nwaits, 1);
	assert_true(ms >= 300);
	assert_true(ms < 3000);
	free(cause);
	close(fd);
	/* Free again: taken at once, with nothing said. */
	nwaits = 0;
	other = fio_lock(path, &cause);
	assert_true(other >= 0);
	assert_int_equal(nwaits, 0);
	close(other);
	fio_lock_patience(FIO_LOCK_WAIT_MS, NULL);
	free(want);
	free(lockpath);
	free(path);
}

/* fio_quiet drops a saved write's warning and keeps a failure's cause. */
static void
test_quiet(void **state)
{
	char *cause = xstrdup("DIR: cannot sync");

	(void)state;
	assert_int_equal(fio_quiet(0, &cause), 0);
	assert_null(cause);
	assert_int_equal(fio_quiet(0, &cause), 0);	/* no warning: fine */
	assert_null(cause);
	cause = xstrdup("PATH: read-only");
	assert_int_equal(fio_quiet(-1, &cause), -1);
	assert_string_equal(cause, "PATH: read-only");
	free(cause);
}

/* Runs fn with writes limited to limit bytes (a full disk: EFBIG). */
static int
with_file_limit(rlim_t limit, int (*fn)(const char *, const char *, char **),
    const char *path, const char *what, char **cause)
{
	struct rlimit old, lim;
	void (*sig)(int) = signal(SIGXFSZ, SIG_IGN);
	int rc;

	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	lim = old;
	lim.rlim_cur = limit;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
	rc = fn(path, what, cause);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, sig);
	return rc;
}

static void
add_word(void *ctx, const char *word)
{
	struct buf *b = ctx;

	buf_adds(b, word);
	buf_addc(b, '|');
}

static void
test_wordlist_append(void **state)
{
	char *path = in_dir("sub/words"), *cause = NULL, *text;
	struct buf words;

	(void)state;
	assert_int_equal(wordlist_append(path, "alpha", &cause), 0);
	text = get(path);
	assert_string_equal(text, "alpha\n");
	free(text);
	/* A last line without its newline: the next word is not glued. */
	put(path, "alpha\nquik");
	assert_int_equal(wordlist_append(path, "cly", &cause), 0);
	text = get(path);
	assert_string_equal(text, "alpha\nquik\ncly\n");
	/* A full disk inside the new line: the list stays as it was. */
	assert_int_equal(with_file_limit(strlen(text) + 3, wordlist_append,
	    path, "overflowing", &cause), -1);
	assert_non_null(strstr(cause, "File too large"));
	free(cause);
	cause = NULL;
	free(text);
	text = get(path);
	assert_string_equal(text, "alpha\nquik\ncly\n");
	free(text);
	buf_init(&words);
	assert_int_equal(wordlist_read(path, FIO_NOFOLLOW, add_word, &words,
	    &cause), 0);
	assert_string_equal(words.data, "alpha|quik|cly|");
	buf_free(&words);
	assert_int_equal(wordlist_append(path, "two\nlines", &cause), -1);
	free(cause);
	/* A list that is a link is read through it, but not written: the
	 * message says the write is what fails, not the read. */
	{
		char *real = in_dir("sub/real-words");

		assert_int_equal(rename(path, real), 0);
		assert_int_equal(symlink(real, path), 0);
		assert_int_equal(wordlist_append(path, "delta", &cause), -1);
		assert_non_null(strstr(cause, "not written"));
		assert_null(strstr(cause, "cannot read"));
		free(cause);
		text = get(real);
		assert_string_equal(text, "alpha\nquik\ncly\n");
		free(text);
		unlink(path);
		unlink(real);
		free(real);
	}
	free(path);
}

static void
test_wordlist_strangers(void **state)
{
	char *path = in_dir(".galley-words"), *cause = NULL;
	struct buf words;

	(void)state;
	buf_init(&words);
	assert_int_equal(mkfifo(path, 0600), 0);
	assert_int_equal(wordlist_read(path, FIO_NOFOLLOW, add_word, &words,
	    &cause), -1);
	assert_non_null(strstr(cause, "not a regular file"));
	free(cause);
	unlink(path);
	assert_int_equal(symlink("/dev/zero", path), 0);
	assert_int_equal(wordlist_read(path, FIO_NOFOLLOW, add_word, &words,
	    &cause), -1);
	assert_non_null(strstr(cause, "symbolic link"));
	free(cause);
	assert_int_equal(wordlist_read(path, 0, add_word, &words, &cause), -1);
	assert_non_null(strstr(cause, "not a regular file"));
	free(cause);
	assert_null(words.data);
	free(path);
}

static void
test_vocab_strangers(void **state)
{
	char *path = in_dir(".galley-tags"), *cause = NULL;
	struct anno_vocab v;
	struct buf b;

	(void)state;
	assert_int_equal(mkfifo(path, 0600), 0);
	assert_int_equal(anno_vocab_load(&v, dir, &cause), -1);
	assert_non_null(strstr(cause, "not a regular file"));
	assert_true(v.n > 0);	/* the defaults */
	free(cause);
	anno_vocab_free(&v);
	unlink(path);
	buf_init(&b);
	for (int i = 0; i < ANNO_VOCAB_MAX + 10; i++)
		buf_printf(&b, "tag%d\n", i);
	put(path, b.data);
	buf_free(&b);
	assert_int_equal(anno_vocab_load(&v, dir, &cause), -1);
	assert_non_null(strstr(cause, "tags; the rest are left out"));
	assert_int_equal(v.n, ANNO_VOCAB_MAX);
	free(cause);
	anno_vocab_free(&v);
	free(path);
}

static void
test_config_strangers(void **state)
{
	char *fifo = in_dir("config"), *bad = in_dir("bad");
	struct config c;
	struct buf b;

	(void)state;
	assert_int_equal(mkfifo(fifo, 0600), 0);
	config_load(&c, fifo);
	assert_int_equal(c.nmessages, 1);
	assert_non_null(strstr(c.messages[0], "not a regular file"));
	config_free(&c);
	config_load(&c, "/dev/zero");
	assert_int_equal(c.nmessages, 1);
	assert_non_null(strstr(c.messages[0], "/dev/zero: not a regular"));
	config_free(&c);
	buf_init(&b);
	for (int i = 0; i < 10000; i++)
		buf_adds(&b, "nonsense\n");
	put(bad, b.data);
	buf_free(&b);
	config_load(&c, bad);
	assert_int_equal(c.nmessages, CONFIG_MAX_MESSAGES + 1);
	assert_non_null(strstr(c.messages[CONFIG_MAX_MESSAGES], "more"));
	config_free(&c);
	free(fifo);
	free(bad);
}

/* A line parser for fio_each_line: counts the lines it is given and
 * refuses "bad" at column 2. */
static const char *
count_line(char *line, void *arg, size_t *col)
{
	size_t *n = arg;

	++*n;
	if (strcmp(line, "bad") == 0) {
		*col = 2;
		return "bad line";
	}
	return strchr(line, '\r') ? "a CR left" : NULL;
}

/* Comments and empty lines are skipped, a CR before the newline
 * dropped; the first bad line stops it, named with its column; a NUL
 * byte is bad where it is. */
static void
test_each_line(void **state)
{
	const char ok[] = "# c\n\none\r\ntwo\n", bad[] = "a\nbad\nc\n";
	const char nul[] = "a\nxy\0z\n";
	size_t n = 0, lineno, col;

	(void)state;
	assert_null(fio_each_line(ok, sizeof ok - 1, count_line, &n, &lineno,
	    &col));
	assert_int_equal(n, 2);
	n = 0;
	assert_string_equal(fio_each_line(bad, sizeof bad - 1, count_line, &n,
	    &lineno, &col), "bad line");
	assert_int_equal(n, 2);
	assert_int_equal(lineno, 2);
	assert_int_equal(col, 2);
	n = 0;
	assert_string_equal(fio_each_line(nul, sizeof nul - 1, count_line, &n,
	    &lineno, &col), "a NUL byte");
	assert_int_equal(n, 1);
	assert_int_equal(lineno, 2);
	assert_int_equal(col, 3);
}

/* The directory and the name of a path: cut at the last slash. */
static void
test_dir_and_base(void **state)
{
	static const struct {
		const char *path, *dir, *base;
	} cases[] = {
		{ "story.txt", ".", "story.txt" },	/* no slash */
		{ "a/b/", "a/b", "" },			/* trailing slash */
		{ "/x", "/", "x" },			/* in the root */
		{ "/", "/", "" },
		{ "a/b/c", "a/b", "c" },
		{ "./c", ".", "c" },
		{ "", ".", "" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *d = fio_dir_of(cases[i].path);

		assert_string_equal(d, cases[i].dir);
		assert_string_equal(fio_base_name(cases[i].path),
		    cases[i].base);
		free(d);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dir_and_base),
		cmocka_unit_test_setup_teardown(test_read_bounds, setup,
		    teardown),
		cmocka_unit_test(test_each_line),
		cmocka_unit_test(test_next_line),
		cmocka_unit_test_setup_teardown(test_replace, setup, teardown),
		cmocka_unit_test(test_quiet),
		cmocka_unit_test_setup_teardown(test_lock_held, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_wordlist_append, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_wordlist_strangers, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_vocab_strangers, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_config_strangers, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
