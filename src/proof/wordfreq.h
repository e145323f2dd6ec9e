/* wordfreq.h - how common an English word is and which spelling
 * (American, British, both) it is: SCOWL's size levels, compiled in from
 * data/proof/en-words.txt, and for the commonest words their counts, from
 * data/proof/en-common.txt (see data/proof/README). */
#ifndef GALLEY_WORDFREQ_H
#define GALLEY_WORDFREQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum word_variant { VARIANT_BOTH, VARIANT_US, VARIANT_GB };

struct wordfreq_entry {
	uint32_t word;		/* offset of the word in wordfreq_pool */
	unsigned char level;	/* 10 (the commonest) ... 70 */
	unsigned char variant;	/* enum word_variant */
	/* For the commonest words: hundredths of log10(count / 10,000),
	 * their counts in SUBTLEXus (data/proof/en-common.txt); else 0. */
	unsigned char common;
};

/* The generated table (wordfreq_data.c), and its words, each ending
 * with '\0' (offsets, not pointers, in the entries: 134,000 pointers
 * would each need relocating at every start). */
extern const struct wordfreq_entry wordfreq_table[];
extern const size_t wordfreq_count;
extern const char wordfreq_pool[];

static inline const char *
wordfreq_word(const struct wordfreq_entry *e)
{
	return wordfreq_pool + e->word;
}

/* The entry of w[0, n), exactly as written (case counts), or NULL.  The
 * index is built on first use. */
const struct wordfreq_entry *wordfreq_find(const char *w, size_t n);
/* Frees the index (for leak checkers; look-ups rebuild it). */
void wordfreq_free(void);

#endif
