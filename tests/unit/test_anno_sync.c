/* Saving sidecars, with fsync wrapped; and noticing what another process
 * saved (anno_store_changed, anno_store_reload).  A directory that cannot be
 * synced after the rename (issue #20, item 8):
 * the sidecar is saved, so the save succeeds with a warning that says so,
 * never "not saved".  fsync is wrapped at link time (-Wl,--wrap=fsync,
 * mk/anno.mk) to fail on directories only. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "anno/anno.h"
#include "anno/anno_store.h"
#include "base/file_io.h"
#include "base/util.h"
#include "ingest/load.h"

int __real_fsync(int fd);
int __wrap_fsync(int fd);

static bool fail_dir_sync;

int
__wrap_fsync(int fd)
{
	struct stat st;

	if (fail_dir_sync && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		errno = EIO;
		return -1;
	}
	return __real_fsync(fd);
}

/* DIR/story.txt (dir a mkdtemp template), written and loaded. */
static struct doc *
story_in(char *dir, char **art)
{
	const char body[] = "Headline\n\nThe quay would open.\n";
	char *cause = NULL;
	struct doc *d;
	FILE *f;

	assert_non_null(mkdtemp(dir));
	*art = xasprintf("%s/story.txt", dir);
	f = fopen(*art, "w");
	assert_non_null(f);
	fputs(body, f);
	fclose(f);
	d = load_bytes(*art, (const unsigned char *)body, strlen(body),
	    &cause);
	assert_non_null(d);
	return d;
}

static void
test_dir_sync_fails_after_rename(void **state)
{
	char dir[] = "/tmp/galley-sync-XXXXXX", *art, *cause = NULL, *text;
	struct anno_set *s;
	struct doc *d = story_in(dir, &art);
	size_t len;

	(void)state;
	s = anno_store_open(art);
	assert_non_null(anno_add(s, d, 0, 8, "Tester", NULL, 0, "first",
	    &cause));
	fail_dir_sync = true;
	if (anno_store_save(s, d, &cause) < 0)
		fail_msg("reported as not saved: %s", cause);
	fail_dir_sync = false;
	assert_non_null(s->warning);
	assert_non_null(strstr(s->warning, "saved, but its directory could "
	    "not be synced"));
	anno_set_destroy(s);
	/* And it is there. */
	s = anno_store_open(art);
	assert_int_equal(s->n, 1);
	assert_string_equal(s->items[0]->note, "first");
	anno_set_destroy(s);
	text = xasprintf("%s.anno.json", art);
	assert_int_equal(fio_read(text, 0, 1 << 20, &cause, &len), 0);
	free(cause);
	unlink(text);
	free(text);
	text = xasprintf("%s/.story.txt.anno.json.lock", dir);
	unlink(text);
	free(text);
	unlink(art);
	rmdir(dir);
	free(art);
	doc_free(d);
}

/* Whether another open file description can take path's lock now. */
static bool
lock_free(const char *lockpath)
{
	int fd = open(lockpath, O_RDONLY);
	bool free_now;

	assert_true(fd >= 0);
	free_now = flock(fd, LOCK_EX | LOCK_NB) == 0;
	close(fd);
	return free_now;
}

/* annotate's read-modify-write: the sidecar read under its lock, which
 * stays held until the caller lets it go, and saved without a second
 * read (what another process saved meanwhile could not exist). */
/* Removes what story_in made and what saving it left; frees art, d. */
static void
story_remove(const char *dir, char *art, struct doc *d)
{
	const char *left[] = { "%s.anno.json", "%s.anno.json.bak" };
	char *path;

	for (size_t i = 0; i < sizeof left / sizeof left[0]; i++) {
		path = xasprintf(left[i], art);
		unlink(path);
		free(path);
	}
	path = xasprintf("%s/.story.txt.anno.json.lock", dir);
	unlink(path);
	free(path);
	unlink(art);
	rmdir(dir);
	free(art);
	doc_free(d);
}

static void
test_open_held(void **state)
{
	char dir[] = "/tmp/galley-held-XXXXXX", *art, *lockpath, *cause = NULL;
	struct anno_set *s;
	struct doc *d = story_in(dir, &art);
	int lock;

	(void)state;
	lockpath = xasprintf("%s/.story.txt.anno.json.lock", dir);
	for (int round = 0; round < 2; round++) {
		s = anno_store_open_held(art, &lock);
		assert_true(lock >= 0);
		assert_int_equal(s->n, (size_t)round);
		assert_false(lock_free(lockpath));
		assert_non_null(anno_add(s, d, 0, 8, "Tester", NULL, 0,
		    round ? "second" : "first", &cause));
		assert_int_equal(anno_store_save_held(s, d, lock, &cause), 0);
		assert_false(lock_free(lockpath));
		close(lock);
		assert_true(lock_free(lockpath));
		anno_set_destroy(s);
	}
	s = anno_store_open(art);
	assert_int_equal(s->n, 2);
	anno_set_destroy(s);
	/* Without a lock (-1), the save is the usual one. */
	s = anno_store_open(art);
	assert_non_null(anno_add(s, d, 9, 12, "Tester", NULL, 0, "third",
	    &cause));
	assert_int_equal(anno_store_save_held(s, d, -1, &cause), 0);
	anno_set_destroy(s);
	s = anno_store_open(art);
	assert_int_equal(s->n, 3);
	anno_set_destroy(s);
	free(cause);
	free(lockpath);
	story_remove(dir, art, d);
}

/* Another program holding the lock past our patience is said at once:
 * annotate gave up only at the save, after waiting as long again. */
static void
test_open_held_locked(void **state)
{
	char dir[] = "/tmp/galley-held-XXXXXX", *art, *lockpath;
	struct doc *d = story_in(dir, &art);
	struct anno_set *s;
	int fd, lock;

	(void)state;
	lockpath = xasprintf("%s/.story.txt.anno.json.lock", dir);
	fd = open(lockpath, O_RDWR | O_CREAT, 0600);
	assert_true(fd >= 0);
	assert_int_equal(flock(fd, LOCK_EX), 0);
	fio_lock_patience(50, NULL);
	s = anno_store_open_held(art, &lock);
	assert_int_equal(lock, ANNO_SAVE_LOCKED);
	anno_set_destroy(s);
	close(fd);
	s = anno_store_open_held(art, &lock);
	assert_true(lock >= 0);
	close(lock);
	anno_set_destroy(s);
	fio_lock_patience(FIO_LOCK_WAIT_MS, NULL);
	free(lockpath);
	story_remove(dir, art, d);
}

/* A second writer (another galley, galley annotate) adds one and saves. */
static void
other_adds(const char *art, struct doc *d, size_t start, const char *note)
{
	struct anno_set *o = anno_store_open(art);
	char *cause = NULL;

	assert_non_null(anno_add(o, d, start, start + 3, "Other", NULL, 0,
	    note, &cause));
	assert_int_equal(anno_store_save(o, d, &cause), 0);
	anno_set_destroy(o);
}

static bool
has_note(const struct anno_set *s, const char *note)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->items[i]->note && strcmp(s->items[i]->note, note) == 0)
			return true;
	return false;
}

static void
test_changed_and_reload(void **state)
{
	char dir[] = "/tmp/galley-watch-XXXXXX", *art, *side, *cause = NULL;
	struct doc *d = story_in(dir, &art);
	struct anno_set *s = anno_store_open(art);
	FILE *f;

	(void)state;
	side = xasprintf("%s.anno.json", art);
	/* No sidecar yet: none is no change. */
	assert_false(anno_store_changed(s));
	other_adds(art, d, 0, "theirs 1");
	assert_true(anno_store_changed(s));
	assert_int_equal(anno_store_reload(s, &cause), 0);
	assert_true(has_note(s, "theirs 1"));
	assert_false(anno_store_changed(s));
	/* Ours, not saved yet (as after a failed save), survives a reload
	 * that brings theirs. */
	assert_non_null(anno_add(s, d, 4, 8, "Tester", NULL, 0, "ours",
	    &cause));
	other_adds(art, d, 9, "theirs 2");
	assert_true(anno_store_changed(s));
	assert_int_equal(anno_store_reload(s, &cause), 0);
	assert_int_equal(s->n, 3);
	assert_true(has_note(s, "ours") && has_note(s, "theirs 2"));
	/* Our own save is no change to notice. */
	assert_int_equal(anno_store_save(s, d, &cause), 0);
	assert_false(anno_store_changed(s));
	/* Damaged meanwhile: said, nothing lost, not read again. */
	f = fopen(side, "w");
	assert_non_null(f);
	fputs("{ not json", f);
	fclose(f);
	assert_true(anno_store_changed(s));
	assert_int_equal(anno_store_reload(s, &cause), -1);
	assert_non_null(cause);
	assert_int_equal(s->n, 3);
	assert_false(anno_store_changed(s));
	free(cause);
	free(side);
	anno_set_destroy(s);
	story_remove(dir, art, d);
}

/* Replaces path's bytes with text (a new file renamed over it: another
 * inode, so the change is seen whatever the clock says). */
static void
put_file(const char *path, const char *text, size_t len)
{
	char *tmp = xasprintf("%s.put", path);
	FILE *f = fopen(tmp, "w");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	fclose(f);
	assert_int_equal(rename(tmp, path), 0);
	free(tmp);
}

/* A sidecar damaged while the reader holds unsaved work makes the set
 * read-only; repaired, the next save reads it again and saves, the work
 * kept.  One damaged when it was opened is read-write again once it is
 * repaired, or moved away. */
static void
test_repaired_saves(void **state)
{
	char dir[] = "/tmp/galley-repair-XXXXXX", *art, *side, *cause = NULL;
	char *good = NULL;
	struct doc *d = story_in(dir, &art);
	struct anno_set *s, *back;
	size_t len = 0;

	(void)state;
	side = xasprintf("%s.anno.json", art);
	other_adds(art, d, 0, "saved 1");
	assert_int_equal(fio_read(side, 0, 1 << 20, &good, &len), 0);
	s = anno_store_open(art);
	assert_non_null(anno_add(s, d, 4, 8, "Tester", NULL, 0, "ours",
	    &cause));
	put_file(side, "garbage", 7);
	assert_int_equal(anno_store_save(s, d, &cause), -1);
	assert_true(s->readonly);
	free(cause);
	cause = NULL;
	assert_int_equal(anno_store_save(s, d, &cause), -1);
	assert_non_null(strstr(cause, "read-only"));
	free(cause);
	cause = NULL;
	put_file(side, good, len);
	assert_int_equal(anno_store_save(s, d, &cause), 0);
	assert_false(s->readonly);
	back = anno_store_open(art);
	assert_false(back->readonly);
	assert_true(has_note(back, "ours") && has_note(back, "saved 1"));
	anno_set_destroy(back);
	anno_set_destroy(s);
	/* Damaged when opened: repaired, said so by the reload. */
	put_file(side, "{ oops", 6);
	s = anno_store_open(art);
	assert_true(s->readonly);
	assert_false(anno_store_changed(s));
	put_file(side, good, len);
	assert_true(anno_store_changed(s));
	assert_int_equal(anno_store_reload(s, &cause), ANNO_RELOAD_REPAIRED);
	assert_false(s->readonly);
	assert_null(s->damage);
	assert_true(has_note(s, "saved 1"));
	anno_set_destroy(s);
	/* Moved away: nothing to read, nothing cleared. */
	put_file(side, "{ oops", 6);
	s = anno_store_open(art);
	assert_int_equal(unlink(side), 0);
	assert_int_equal(anno_store_reload(s, &cause), ANNO_RELOAD_REPAIRED);
	assert_false(s->readonly);
	anno_set_destroy(s);
	free(good);
	free(side);
	story_remove(dir, art, d);
}

/* The sidecar and its backup deleted by another program (rm, git rm). */
static void
delete_sidecar(const char *art)
{
	char *side = xasprintf("%s.anno.json", art), *bak;

	bak = xasprintf("%s.bak", side);
	assert_int_equal(unlink(side), 0);
	unlink(bak);
	free(bak);
	free(side);
}

/* art's annotations as a reader holds them after two were saved. */
static struct anno_set *
open_two_saved(const char *art, struct doc *d)
{
	struct anno_set *s;

	other_adds(art, d, 0, "saved 1");
	other_adds(art, d, 9, "saved 2");
	s = anno_store_open(art);
	assert_int_equal(s->n, 2);
	return s;
}

/* The sidecar of art, read afresh, holds one annotation: note's. */
static void
assert_sidecar_holds_only(const char *art, const char *note)
{
	struct anno_set *s = anno_store_open(art);

	assert_int_equal(s->n, 1);
	assert_true(has_note(s, note));
	anno_set_destroy(s);
}

static bool
sidecar_exists(const char *art)
{
	char *side = xasprintf("%s.anno.json", art);
	bool there = access(side, F_OK) == 0;

	free(side);
	return there;
}

/* Deleted with nothing unsaved: the annotations went with it, said
 * once (1), and nothing writes them back; a later change saves only
 * itself. */
static void
test_deleted_clears(void **state)
{
	char dir[] = "/tmp/galley-gone-XXXXXX", *art, *cause = NULL;
	struct doc *d = story_in(dir, &art);
	struct anno_set *s;

	(void)state;
	s = open_two_saved(art, d);
	delete_sidecar(art);
	assert_true(anno_store_changed(s));
	assert_int_equal(anno_store_reload(s, &cause), ANNO_RELOAD_CLEARED);
	assert_int_equal(s->n, 0);
	assert_int_equal(anno_store_unsaved(s), 0);
	assert_false(anno_store_changed(s));
	assert_false(sidecar_exists(art));
	assert_non_null(anno_add(s, d, 4, 8, "Tester", NULL, 0, "new",
	    &cause));
	assert_int_equal(anno_store_save(s, d, &cause), 0);
	assert_null(s->warning);
	anno_set_destroy(s);
	assert_sidecar_holds_only(art, "new");
	story_remove(dir, art, d);
}

/* The article's directory moved (or the two files were deleted
 * together): no decision about the annotations, which stay. */
static void
test_moved_keeps(void **state)
{
	char dir[] = "/tmp/galley-gone-XXXXXX", *art, *cause = NULL, *moved;
	struct doc *d = story_in(dir, &art);
	struct anno_set *s;

	(void)state;
	s = open_two_saved(art, d);
	moved = xasprintf("%s-moved", dir);
	assert_int_equal(rename(dir, moved), 0);
	assert_true(anno_store_changed(s));
	assert_int_equal(anno_store_reload(s, &cause), ANNO_RELOAD_MOVED);
	assert_int_equal(s->n, 2);
	assert_false(anno_store_changed(s));
	anno_set_destroy(s);
	assert_int_equal(rename(moved, dir), 0);
	free(moved);
	story_remove(dir, art, d);
}

/* Deleted while an annotation is unsaved (its save failed): that one is
 * kept for the next save, the saved one goes. */
static void
test_deleted_keeps_unsaved(void **state)
{
	char dir[] = "/tmp/galley-gone-XXXXXX", *art, *cause = NULL;
	struct doc *d = story_in(dir, &art);
	struct anno_set *s;

	(void)state;
	other_adds(art, d, 0, "saved");
	s = anno_store_open(art);
	assert_non_null(anno_add(s, d, 4, 8, "Tester", NULL, 0, "unsaved",
	    &cause));
	delete_sidecar(art);
	assert_int_equal(anno_store_reload(s, &cause), ANNO_RELOAD_CLEARED);
	assert_int_equal(s->n, 1);
	assert_true(has_note(s, "unsaved"));
	assert_int_equal(anno_store_unsaved(s), 1);
	assert_false(sidecar_exists(art));
	assert_int_equal(anno_store_save(s, d, &cause), 0);
	anno_set_destroy(s);
	assert_sidecar_holds_only(art, "unsaved");
	story_remove(dir, art, d);
}

/* A save that comes before the check finds it deleted: the same, and
 * the warning says so. */
static void
test_save_finds_deleted(void **state)
{
	char dir[] = "/tmp/galley-gone-XXXXXX", *art, *cause = NULL;
	struct doc *d = story_in(dir, &art);
	struct anno_set *s;

	(void)state;
	other_adds(art, d, 0, "saved");
	s = anno_store_open(art);
	delete_sidecar(art);
	assert_non_null(anno_add(s, d, 4, 8, "Tester", NULL, 0, "new",
	    &cause));
	assert_int_equal(anno_store_save(s, d, &cause), 0);
	assert_non_null(s->warning);
	assert_non_null(strstr(s->warning, "deleted outside galley"));
	assert_int_equal(s->n, 1);
	anno_set_destroy(s);
	assert_sidecar_holds_only(art, "new");
	story_remove(dir, art, d);
}

/* Another program's lock is said by the return value, and only it: a
 * save refused for another reason is not "locked", whatever errno held
 * (a stale EAGAIN made the reader promise a save that never came). */
static void
test_save_locked_said(void **state)
{
	char dir[] = "/tmp/galley-sync-XXXXXX", *art, *cause = NULL, *path;
	struct doc *d = story_in(dir, &art);
	struct anno_set *s = anno_store_open(art);
	int fd;

	(void)state;
	assert_non_null(anno_add(s, d, 0, 8, "Tester", NULL, 0, "first",
	    &cause));
	path = xasprintf("%s/.story.txt.anno.json.lock", dir);
	fd = open(path, O_RDWR | O_CREAT, 0600);
	assert_true(fd >= 0);
	assert_int_equal(flock(fd, LOCK_EX), 0);
	fio_lock_patience(50, NULL);
	assert_int_equal(anno_store_save(s, d, &cause), ANNO_SAVE_LOCKED);
	assert_non_null(strstr(cause, "locked by another program"));
	free(cause);
	cause = NULL;
	close(fd);
	fio_lock_patience(FIO_LOCK_WAIT_MS, NULL);
	s->readonly = true;
	errno = EAGAIN;
	assert_int_equal(anno_store_save(s, d, &cause), -1);
	assert_non_null(strstr(cause, "read-only"));
	free(cause);
	s->readonly = false;
	assert_int_equal(anno_store_save(s, d, &cause), 0);
	anno_set_destroy(s);
	free(path);
	story_remove(dir, art, d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dir_sync_fails_after_rename),
		cmocka_unit_test(test_open_held),
		cmocka_unit_test(test_open_held_locked),
		cmocka_unit_test(test_changed_and_reload),
		cmocka_unit_test(test_repaired_saves),
		cmocka_unit_test(test_deleted_clears),
		cmocka_unit_test(test_deleted_keeps_unsaved),
		cmocka_unit_test(test_moved_keeps),
		cmocka_unit_test(test_save_finds_deleted),
		cmocka_unit_test(test_save_locked_said),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
