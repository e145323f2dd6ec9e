/* ner_lang.c - whether a page is in the language the recogniser reads.
 *
 * The cleaner's guess (d->lang: the stoplist with the most hits) names a
 * language for any page, tables of scores and lists of names too; the
 * recogniser turns away only pages whose prose shows another language:
 * a fifth of their words its function words, more than twice as many as
 * English ones. */
#include "config.h"

#include <string.h>

#include "clean/features.h"
#include "clean/stopwords.h"
#include "ner/ner.h"

#define LANG_BUDGET 20000	/* bytes looked at: enough to tell */

struct lang_count {
	int lang, english;
	size_t words, lang_hits, english_hits;
};

static void
count_word(const char *word, size_t len, void *arg)
{
	struct lang_count *c = arg;
	const struct stopword *sw = stopword_find(word, len);

	c->words++;
	c->lang_hits += stopword_in(sw, c->lang) != 0;
	c->english_hits += stopword_in(sw, c->english) != 0;
}

static int
language_index(const char *name)
{
	for (int i = 0; stopword_languages[i] != NULL; i++)
		if (strcmp(stopword_languages[i], name) == 0)
			return i;
	return -1;
}

bool
ner_reads(const struct doc *d)
{
	struct lang_count c = { -1, -1, 0, 0, 0 };
	char word[128];
	size_t budget = 0;

	if (d->lang == NULL || strcmp(d->lang, "English") == 0 ||
	    strcmp(d->lang, "Simple_English") == 0)
		return true;
	c.lang = language_index(d->lang);
	c.english = language_index("English");
	for (size_t i = 0; i < d->nblocks && budget < LANG_BUDGET; i++) {
		const struct block *b = &d->blocks[i];

		features_words(d->text + b->bstart, b->bend - b->bstart, word,
		    sizeof word, count_word, &c);
		budget += b->bend - b->bstart;
	}
	return !(c.words >= 20 && c.lang_hits * 5 >= c.words &&
	    c.lang_hits > 2 * c.english_hits);
}
