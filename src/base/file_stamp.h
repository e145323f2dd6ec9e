/* file_stamp.h - a file as one stat saw it: device, inode, size and
 * modification time.  Two stamps that differ in any part mean the file
 * was written, replaced (a rename over it) or deleted in between. */
#ifndef GALLEY_FILE_STAMP_H
#define GALLEY_FILE_STAMP_H

#include <stdbool.h>

struct file_stamp {
	bool exists;
	unsigned long long dev, ino, size;
	long long mtime_sec, mtime_nsec;
};

/* Stats path into *st (exists false when the stat fails): stat, not
 * lstat, as a file that is a link is read through it. */
void file_stamp_take(const char *path, struct file_stamp *st);

/* Whether two stamps see the same file, unchanged. */
bool file_stamp_same(const struct file_stamp *a, const struct file_stamp *b);

#endif
