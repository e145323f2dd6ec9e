/* path_names.h - the shortest name that tells each of a set of paths
 * from the others, for lists that show files (as tmux, vim and editors'
 * tabs do: "a/index.html" and "b/index.html", not "index.html" twice). */
#ifndef GALLEY_PATH_NAMES_H
#define GALLEY_PATH_NAMES_H

#include <stddef.h>

/* Sets names[i] to the shortest run of trailing components of paths[i]
 * ("b/index.html") that no other path of the n ends with; the base name
 * where it alone is unique, the whole path where no suffix is (the same
 * path twice).  Each name points into its path: nothing to free.
 * O(n log n) comparisons. */
void path_short_names(const char *const *paths, size_t n,
    const char **names);

#endif
