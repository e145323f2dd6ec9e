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

#include <stddef.h>

/* Longer lines are not words: they are skipped. */
#define WORDLIST_MAX_WORD 200

/* Calls add(ctx, word) for every word of the list at path, read as
 * fio_read does with flags (FIO_NOFOLLOW for a stranger's .galley-words;
 * the user's own list may be a link), up to FILE_SIDE_MAX bytes.  A
 * missing file is an empty list.  Returns -1 with *cause "PATH: reason"
 * when the file exists but cannot be read (a FIFO, a device, too big). */
int wordlist_read(const char *path, int flags,
    void (*add)(void *ctx, const char *word), void *ctx, char **cause);

/* The same for the text of a list (modified in place). */
void wordlist_parse(char *text, size_t len,
    void (*add)(void *ctx, const char *word), void *ctx);

/* Appends word to the list at path, creating the file and its directory
 * when needed, by rewriting the file atomically under its lock
 * (fio_append_line): a failure leaves the list as it was, never half a
 * line.  Returns -1 with *cause set on failure. */
int wordlist_append(const char *path, const char *word, char **cause);

/* The bad-words list ($XDG_DATA_HOME/galley/bad-words): words the
 * proofreader flags although a dictionary has them.  NULL as for
 * wordlist_user_path. */
char *wordlist_bad_path(void);

/* Takes every line that is word (blanks around it aside) off the list at
 * path, rewriting it atomically under its lock (fio_replace); comments
 * and other words stay as they were.  Returns how many lines went (0: the
 * word was not there, the file untouched), or -1 with *cause set. */
int wordlist_remove(const char *path, const char *word, char **cause);

#endif
