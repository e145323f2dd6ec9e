/* block_choices.h - the user's keep or drop of single blocks, overriding
 * the cleaner: a small text file beside the article, ARTICLE.blocks,
 *
 *	# galley blocks 1
 *	keep	0123456789abcdef/1	Sign up for our newsletter
 *	drop	fedcba9876543210/2	Advertisement
 *
 * one choice a line: keep or drop, the block's text hash (16 hex
 * digits), "/N" when it is the N-th block of that text (two
 * "Advertisement" blocks are two choices; a line without it, as galley
 * wrote before, holds for every block of that text unless one has its
 * own) and, for the reader of the file only, the block's first words.
 * The hash is of the block's text with white space runs made one space
 * and ASCII letters lower-cased, so a choice survives a page edited
 * elsewhere (offsets move) or re-wrapped; an edit inside the block makes
 * it another block.  Read bounded, without following a link, written
 * atomically (file_io.h); a file that cannot be read whole is never
 * overwritten. */
#ifndef GALLEY_BLOCK_CHOICES_H
#define GALLEY_BLOCK_CHOICES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"

/* The largest blocks file read, and the most choices it may hold: the
 * most galley writes (4096 lines of at most 71 bytes, block_choices.c)
 * must fit, or a file it wrote could not be read back. */
#define BLOCK_CHOICES_MAX_BYTES ((size_t)512 * 1024)
#define BLOCK_CHOICES_MAX 4096

struct block_choice {
	uint64_t hash;
	unsigned occ;		/* the N-th block of its text; 0: every one */
	bool keep;
	char *words;		/* the block's first words, or NULL */
};

/* Sorted by hash then occ, one choice per pair. */
struct block_choices {
	struct block_choice *v;
	size_t n, cap;
};

void block_choices_init(struct block_choices *c);
void block_choices_free(struct block_choices *c);

/* ARTICLE.blocks for the article at doc_path; NULL for standard input. */
char *block_choices_path(const char *doc_path);

/* The hash that keys block b of d. */
uint64_t block_text_hash(const struct doc *d, const struct block *b);

/* Which block of its text b is in d: 1 for the first (the title, which
 * takes no choice, not counted). */
unsigned block_occurrence(const struct doc *d, const struct block *b);

/* Parses a blocks file's text into c (emptied first).  Returns 0, or -1
 * with *cause "NAME:LINE:COLUMN: reason" at the first bad line; c then
 * holds the lines before it. */
int block_choices_parse(const char *text, size_t len, const char *name,
    struct block_choices *c, char **cause);

/* Reads the file at path into c (a missing file: no choice).  Returns
 * as block_choices_parse, or -1 with *cause "PATH: reason" when the file
 * cannot be read (a link, not a regular file, too big). */
int block_choices_read(const char *path, struct block_choices *c,
    char **cause);

/* Writes c to path atomically.  Returns 0, or -1 with *cause set. */
int block_choices_write(const char *path, const struct block_choices *c,
    char **cause);

/* Sets block b's choice (block_choices_choose) in the file at path,
 * under its lock, on what the file holds now: the choices another galley
 * saved meanwhile stay.  c then holds the file's choices.  Returns 0, or
 * -1 with *cause: a file that cannot be read whole is left as it is, and
 * c unchanged. */
int block_choices_update(const char *path, const struct doc *d,
    const struct block *b, bool keep, bool cleaner, struct block_choices *c,
    char **cause);

/* The choice of the occ-th block of text hash (0: the line for every
 * block of that text), or NULL. */
const struct block_choice *block_choices_find(const struct block_choices *c,
    uint64_t hash, unsigned occ);

/* Block b's own choice removed (the cleaner's, or a line for every block
 * of its text, then holds). */
void block_choices_unset(struct block_choices *c, const struct doc *d,
    const struct block *b);

/* Block b made keep when the cleaner chose cleaner: a choice of its own
 * against the cleaner, else none (back to the cleaner's choice, no
 * redundant line).  Returns -1 when c is full, else 0. */
int block_choices_choose(struct block_choices *c, const struct doc *d,
    const struct block *b, bool keep, bool cleaner);

/* Sets block b's choice to keep or drop, its first words noted.
 * Returns -1 when c is full, else 0. */
int block_choices_set(struct block_choices *c, const struct doc *d,
    const struct block *b, bool keep);

/* Applies c to d's blocks (the title never changes); returns how many
 * blocks it changed. */
size_t block_choices_apply(const struct block_choices *c, struct doc *d);

#endif
