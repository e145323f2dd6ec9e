/* wordlist.h - word list files: the personal list
 * ($XDG_DATA_HOME/galley/words) and a project's .galley-words, one word a
 * line, blank lines and lines starting with '#' ignored. */
#ifndef GALLEY_WORDLIST_H
#define GALLEY_WORDLIST_H

/* The personal list's path as a new string, or NULL when neither
 * XDG_DATA_HOME nor HOME is set. */
char *wordlist_user_path(void);

/* The project list that belongs with a loaded file: .galley-words in the
 * file's directory; NULL for standard input. */
char *wordlist_project_path(const char *doc_path);

/* Calls add(ctx, word) for every word of the list at path.  A missing
 * file is an empty list.  Returns -1 with *cause set when the file exists
 * but cannot be read. */
int wordlist_read(const char *path, void (*add)(void *ctx, const char *word),
    void *ctx, char **cause);

/* Appends word to the list at path, creating the file and its directory
 * when needed.  Returns -1 with *cause set on failure. */
int wordlist_append(const char *path, const char *word, char **cause);

#endif
