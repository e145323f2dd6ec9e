/* paths.h - turn the user's path arguments into the files of one load.
 *
 * A file argument is taken as it is.  A directory is searched recursively
 * for *.txt, *.text, *.htm, *.html and *.xhtml files, skipping hidden
 * entries, galley's sidecar files, symbolic links to directories (no loops)
 * and anything that is not a regular file (a FIFO must not block the load).
 * Each directory's entries are sorted by name so that a load is stable. */
#ifndef GALLEY_PATHS_H
#define GALLEY_PATHS_H

#include <stddef.h>

struct path_list {
	char **paths;
	size_t n, cap;
};

/* Appends the files named by arg.  Problems (missing path, unreadable
 * directory, a directory that holds no article file) are reported through
 * warn(path, message) and the rest goes on; returns the number of such
 * problems. */
int paths_expand(struct path_list *list, const char *arg,
    void (*warn)(const char *path, const char *message));

/* Keeps only the first name of each file (the same file named twice, or
 * through a link): a load holds each file once, or its lines would count
 * as repeated across the load. */
void paths_dedupe(struct path_list *list);

/* Appends path as it is. */
void paths_add(struct path_list *list, const char *path);

void paths_free(struct path_list *list);

/* Whether a file name has one of the article extensions. */
int paths_is_article_name(const char *name);

/* Those extensions as a message names them (kept in step with the list
 * paths.c checks). */
#define PATHS_ARTICLE_GLOBS "*.txt, *.text, *.htm, *.html, *.xhtml"

#endif
