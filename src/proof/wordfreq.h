/* wordfreq.h - how common an English word is and which spelling
 * (American, British, both) it is: SCOWL's size levels, compiled in from
 * data/proof/en-words.txt, and for the commonest words their counts, from
 * data/proof/en-common.txt (see data/proof/README). */
#ifndef GALLEY_WORDFREQ_H
#define GALLEY_WORDFREQ_H

#include <stdbool.h>
#include <stddef.h>

enum word_variant { VARIANT_BOTH, VARIANT_US, VARIANT_GB };

struct wordfreq_entry {
	const char *word;
	unsigned char level;	/* 10 (the commonest) ... 70 */
	unsigned char variant;	/* enum word_variant */
	/* For the commonest words: hundredths of log10(count / 10,000),
	 * their counts in SUBTLEXus (data/proof/en-common.txt); else 0. */
	unsigned char common;
};

/* The generated table (wordfreq_data.c). */
extern const struct wordfreq_entry wordfreq_table[];
extern const size_t wordfreq_count;

/* The entry of w[0, n), exactly as written (case counts), or NULL.  The
 * index is built on first use. */
const struct wordfreq_entry *wordfreq_find(const char *w, size_t n);
/* Frees the index (for leak checkers; look-ups rebuild it). */
void wordfreq_free(void);

#endif
