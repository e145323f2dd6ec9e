/* stopwords.h - function words of 100 languages (jusText's stoplists), used
 * to tell running prose from menus and link lists in any language. */
#ifndef GALLEY_STOPWORDS_H
#define GALLEY_STOPWORDS_H

#include <stddef.h>
#include <stdint.h>

#define STOPWORD_MAX_LANGS 128

struct stopword {
	uint32_t word;		/* offset in stopword_pool: lower case UTF-8 */
	uint32_t langs[4];	/* bit i: in stopword_languages[i] */
};

extern const char *const stopword_languages[];
/* The words, each ending with '\0' (an offset, not a pointer, in each
 * entry: 160,000 pointers would each need relocating at start). */
extern const char stopword_pool[];
extern const struct stopword stopwords[];
extern const unsigned long stopword_count;

/* The entry for a lower-case word, or NULL. */
const struct stopword *stopword_find(const char *word, size_t len);

static inline const char *
stopword_word(const struct stopword *sw)
{
	return stopword_pool + sw->word;
}

static inline int
stopword_in(const struct stopword *sw, int lang)
{
	return sw != NULL && lang >= 0 &&
	    (sw->langs[lang / 32] >> (lang % 32)) & 1u;
}

#endif
