/* file_stamp.c - a file as one stat saw it. */
#include "config.h"

#include "base/file_stamp.h"

#include <string.h>
#include <sys/stat.h>

void
file_stamp_take(const char *path, struct file_stamp *st)
{
	struct stat sb;

	memset(st, 0, sizeof *st);
	if (stat(path, &sb) < 0)
		return;
	st->exists = true;
	st->dev = (unsigned long long)sb.st_dev;
	st->ino = (unsigned long long)sb.st_ino;
	st->size = (unsigned long long)sb.st_size;
	st->mtime_sec = (long long)sb.st_mtim.tv_sec;
	st->mtime_nsec = (long long)sb.st_mtim.tv_nsec;
}

bool
file_stamp_same(const struct file_stamp *a, const struct file_stamp *b)
{
	if (!a->exists || !b->exists)
		return a->exists == b->exists;
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	    a->mtime_sec == b->mtime_sec && a->mtime_nsec == b->mtime_nsec;
}
