/* worddiff.h - word-level differences between two stretches of text.
 *
 * Words are runs of characters other than white space, as
 * `git diff --word-diff` and `wdiff` split them; two words are equal
 * when their bytes are.  The difference is a longest common subsequence
 * of the two word sequences (common ends trimmed first), reported as
 * runs of equal, deleted and inserted words. */
#ifndef GALLEY_WORDDIFF_H
#define GALLEY_WORDDIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"
#include "doc/hidden.h"

struct word {
	size_t start, end;	/* code points of the document text */
	size_t bstart, bend;	/* bytes */
	uint32_t hash;
};

struct word_list {
	struct word *v;
	size_t n, cap;
};

/* Past this many cells (words of one side times words of the other,
 * after trimming) the middle is reported as deleted and inserted whole,
 * rather than spend quadratic time and memory. */
#define WORDDIFF_MAX_CELLS (4u << 20)

/* Appends the words of text[bstart, bend) (cp_start: the code point
 * offset of bstart) to out. */
void words_split(const char *text, size_t bstart, size_t bend,
    size_t cp_start, struct word_list *out);
void words_free(struct word_list *l);
/* Appends the words of block k of d to out, less the bytes h hides
 * (NULL: none): a word stops where hidden text begins. */
void block_words(const struct doc *d, const struct block *k,
    const struct hidden_list *h, struct word_list *out);

/* Whether the text has space between words w[i - 1] and w[i] of one
 * list (false for the first): to join words as the text has them, with
 * no space between two letters of a script written without spaces. */
bool word_spaced_before(const struct word *w, size_t i);

/* Whether word a of atext and word b of btext have the same bytes. */
bool same_word(const char *atext, const struct word *a, const char *btext,
    const struct word *b);

/* Whether the words of a (of atext) and b (of btext) are the same, one
 * for one: text that differs only in its white space (a no-break or
 * thin space for a space, two spaces for one, a line break) is the
 * same. */
bool word_lists_same(const char *atext, const struct word_list *a,
    const char *btext, const struct word_list *b);

/* Whether the words of atext[a0, a1) and btext[b0, b1) are the same
 * (word_lists_same). */
bool same_words_in(const char *atext, size_t a0, size_t a1,
    const char *btext, size_t b0, size_t b1);

enum wd_kind { WD_EQUAL, WD_DELETE, WD_INSERT };

/* A run: words [a0, a1) of a (deleted or equal) and [b0, b1) of b
 * (inserted or equal); the other range is empty for deletions and
 * insertions. */
struct wd_run {
	enum wd_kind kind;
	size_t a0, a1, b0, b1;
};

struct wd_list {
	struct wd_run *v;
	size_t n, cap;
};

/* The runs that turn a[0..na) into b[0..nb), in order; a deletion
 * comes before the insertion that replaces it. */
void worddiff(const char *atext, const struct word *a, size_t na,
    const char *btext, const struct word *b, size_t nb, struct wd_list *out);
void wd_free(struct wd_list *l);

/* Appends w to l as it is (not merged with the run before it). */
void wd_append(struct wd_list *l, const struct wd_run *w);

/* wdiff's marks around a deleted (insert false) or inserted stretch of
 * text s[0, n): "[-" and "-]", or "{+" and "+}", with a space between a
 * mark and a '-' or '+' the text shows beside it (itself, or outside
 * UTF-8 (utf8 false) a dash's ASCII stand-in), which would read as part
 * of the mark ("--]"). */
void wd_marks(const char *s, size_t n, bool insert, bool utf8,
    const char **open, const char **close);

#endif
