/* corrections.h - the corrections layer: words the user chose to replace
 * (z= in the reader), kept beside the article in ARTICLE.corrections and
 * never written into it.
 *
 * The file is text, one correction a line, in text order:
 *
 *   # galley corrections 1
 *   START<TAB>END<TAB>WORD<TAB>FIX
 *
 * START and END are code point offsets into the decoded text (as every
 * offset galley shows), WORD the text they covered when the correction
 * was made and FIX what replaces it.  When the article changed since,
 * a correction whose WORD is no longer at its place moves to the one
 * place the WORD is now, a whole word; one whose WORD is in several
 * places moves by the shift of those that moved so (a line added above
 * moves every correction below it), or, when none did, by the shift
 * the most of them share, and only where its WORD is at its place so
 * shifted.  The others are not applied, and stay in the file
 * (corrections_update keeps them) until the article has them again. */
#ifndef GALLEY_CORRECTIONS_H
#define GALLEY_CORRECTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "doc/doc.h"

/* Longer words and fixes are refused. */
#define CORRECTION_MAX_WORD 200

struct correction {
	size_t start, end;	/* code points */
	char *word, *fix;
	bool moved;		/* corrections_match moved it to its word */
};

struct corrections {
	struct correction *v;	/* sorted by start, never overlapping */
	size_t n, cap;
};

void corrections_init(struct corrections *c);
void corrections_free(struct corrections *c);

/* ARTICLE.corrections for the article at doc_path; NULL for standard
 * input. */
char *corrections_path(const char *doc_path);

/* Parses the text of a corrections file into c (emptied first).  Returns
 * 0, or -1 with *cause "NAME:LINE: reason" (name: the file's name for
 * messages) at the first bad line; c then holds the lines before it. */
int corrections_parse(const char *text, size_t len, const char *name,
    struct corrections *c, char **cause);

/* Reads the file at path into c (a missing file: none), bounded as side
 * files are (FILE_SIDE_MAX, no link).  Returns as corrections_parse. */
int corrections_read(const char *path, struct corrections *c, char **cause);

/* Moves each correction whose word is no longer at its place in d to
 * where it is now (as the head of this file says), and takes away those
 * it cannot place (and a moved one whose new place another correction
 * holds) to stale (NULL: freed); returns how many went. */
size_t corrections_match(struct corrections *c, struct doc *d,
    struct corrections *stale);

/* "NAME: N corrections no longer match the text: WORD -> FIX, ..." for
 * the corrections of stale (those corrections_match took away), or NULL
 * when there are none.  A new string. */
char *corrections_unmatched_message(const char *name,
    const struct corrections *stale);

/* Writes c to path atomically (fio_replace); with no correction left the
 * file holds only its header.  Returns 0, or -1 with *cause set. */
int corrections_write(const char *path, const struct corrections *c,
    char **cause);

/* Sets one correction (corrections_set) in the file at path, under its
 * lock, on what the file holds now: the corrections another galley saved
 * meanwhile stay.  c then holds the file's corrections, matched against
 * d.  Returns 0, or -1 with *cause: a file that cannot be read whole is
 * left as it is, and c unchanged. */
int corrections_update(const char *path, struct doc *d, size_t start,
    size_t end, const char *word, const char *fix, struct corrections *c,
    char **cause);

/* Sets the correction of [start, end) (replacing one that overlaps it);
 * fix NULL takes it away.  Returns -1 when word or fix is not a word
 * (empty, a tab or a line break, too long), else 0. */
int corrections_set(struct corrections *c, size_t start, size_t end,
    const char *word, const char *fix);

/* The fix of the correction that covers [start, end) exactly, or NULL
 * (c NULL: none read). */
const char *corrections_fix(const struct corrections *c, size_t start,
    size_t end);
/* The correction that covers [start, end) exactly, or NULL. */
const struct correction *corrections_find(const struct corrections *c,
    size_t start, size_t end);

/* Text of code points [start, end) of d with the corrections inside it
 * applied, as a new string. */
char *corrections_apply(const struct corrections *c, struct doc *d,
    size_t start, size_t end);

/* corrections_diff.c: a unified diff that patch(1) applies to the
 * article's file, a hunk per corrected line without context lines,
 * headed "--- a/LABEL" and "+++ b/LABEL" (a tab after LABEL when it has
 * a space, as GNU diff and git write it); "" when nothing is corrected.
 * raw, raw_len: the bytes of the file (a text file): the diff's lines
 * are its own, their ends and encoding kept (UTF-8, or an encoding
 * galley can write back, Windows-1252).  raw NULL: the lines of d's
 * decoded text.  A new string, or NULL with *cause ("LABEL: why; what
 * to do") when a diff with a hunk would not apply to the file: an HTML
 * page, UTF-16, lines ending in CR alone, a line or a correction its
 * encoding cannot hold. */
char *corrections_diff(const struct corrections *c, struct doc *d,
    const char *label, const char *raw, size_t raw_len, char **cause);

#endif
