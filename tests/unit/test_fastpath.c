/* Unit tests for the start-up fast paths: the stopword table's offsets,
 * the ASCII paths of features_words, cell_next and cell_width, each
 * against what the general path gives. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <utf8proc.h>

#include "base/util.h"
#include "clean/features.h"
#include "clean/stopwords.h"
#include "doc/cells.h"
#include "ner/gazetteer.h"
#include "proof/wordfreq.h"

/* Every entry's word is found at its own entry, and the words are in
 * byte order (the binary search needs it): offsets that were off by
 * one, or pointed into the wrong word, would fail here. */
static void
test_stopword_offsets(void **state)
{
	(void)state;
	assert_true(stopword_count > 100000);
	for (unsigned long i = 0; i < stopword_count; i++) {
		const char *w = stopword_word(&stopwords[i]);

		assert_true(*w != '\0');
		if (i > 0)
			assert_true(strcmp(stopword_word(&stopwords[i - 1]),
			    w) < 0);
		assert_ptr_equal(stopword_find(w, strlen(w)), &stopwords[i]);
	}
	assert_null(stopword_find("zzzqqq", 6));
}

/* The same for the word frequency table, through its index. */
static void
test_wordfreq_offsets(void **state)
{
	(void)state;
	assert_true(wordfreq_count > 100000);
	for (size_t i = 0; i < wordfreq_count; i++) {
		const char *w = wordfreq_word(&wordfreq_table[i]);

		assert_true(*w != '\0');
		assert_ptr_equal(wordfreq_find(w, strlen(w)), &wordfreq_table[i]);
	}
	assert_int_equal(wordfreq_find("colour", 6)->variant, VARIANT_GB);
	assert_int_equal(wordfreq_find("color", 5)->variant, VARIANT_US);
	wordfreq_free();
}

/* And for the gazetteer: every name has at least its own bits. */
static void
test_gazetteer_offsets(void **state)
{
	(void)state;
	assert_true(gaz_entry_count > 10000);
	for (unsigned long i = 0; i < gaz_entry_count; i++) {
		const char *name = gaz_pool + gaz_entries[i].name;

		assert_true(*name != '\0');
		assert_int_equal(gaz_lookup_all(name, strlen(name)) &
		    gaz_entries[i].bits, gaz_entries[i].bits);
	}
	assert_true(gaz_lookup("Aachen", 6) & GAZ_GPE);
	gaz_free();
}

static int
lang_of(const char *name)
{
	for (int l = 0; stopword_languages[l] != NULL; l++)
		if (strcmp(stopword_languages[l], name) == 0)
			return l;
	return -1;
}

static void
test_stopword_languages(void **state)
{
	int en = lang_of("English"), fr = lang_of("French");

	(void)state;
	assert_true(en >= 0 && fr >= 0);
	assert_true(stopword_in(stopword_find("the", 3), en));
	assert_false(stopword_in(stopword_find("und", 3), en));
	assert_true(stopword_in(stopword_find("les", 3), fr));
	assert_true(stopword_in(stopword_find("été", strlen("été")), fr));
}

static void
collect(const char *word, size_t len, void *arg)
{
	struct buf *b = arg;

	assert_int_equal(strlen(word), len);
	buf_add(b, word, len);
	buf_add(b, "|", 1);
}

static char *
words_of(const char *s)
{
	struct buf b;
	char word[16];

	buf_init(&b);
	features_words(s, strlen(s), word, sizeof word, collect, &b);
	return buf_steal(&b);
}

/* ASCII letters lower-cased in place, other letters by utf8proc, inner
 * apostrophes kept, words cut at the buffer's size as before. */
static void
test_features_words(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "Don't STOP, Café x2 l'homme", "don't|stop|café|x2|l'homme|" },
		{ "ÉTÉ Zebra-9 z", "été|zebra|9|z|" },
		{ "it\xE2\x80\x99s 'quoted' \xFF" "ab", "it's|quoted|ab|" },
		{ "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmno|" },
		{ "", "" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *got = words_of(cases[i].in);

		assert_string_equal(got, cases[i].want);
		free(got);
	}
}

/* cell_next and cell_width on every ASCII code point give what the
 * general path (utf8proc, the placeholder, the glyph width) gives. */
static void
test_cells_ascii(void **state)
{
	(void)state;
	for (int c = 0; c < 0x80; c++) {
		char s[2] = { (char)c, 'x' };
		char ph[CELL_PLACEHOLDER_MAX];
		utf8proc_int32_t want;
		int32_t cp;
		size_t n = cell_placeholder(c, true, ph);

		assert_int_equal(utf8proc_iterate((const utf8proc_uint8_t *)s,
		    2, &want), 1);
		assert_int_equal(cell_next(s, 0, 2, &cp), 1);
		assert_int_equal(cp, want);
		for (int utf8 = 0; utf8 < 2; utf8++)
			assert_int_equal(cell_width(c, utf8), n > 0 ? (int)n :
			    cell_glyph_width(c));
	}
	/* Not ASCII: decoded as before, a bad byte a replacement. */
	{
		const char *e = "\xC3\xA9\xFF";
		int32_t cp;

		assert_int_equal(cell_next(e, 0, 3, &cp), 2);
		assert_int_equal(cp, 0xE9);
		assert_int_equal(cell_next(e, 2, 3, &cp), 1);
		assert_int_equal(cp, 0xFFFD);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stopword_offsets),
		cmocka_unit_test(test_stopword_languages),
		cmocka_unit_test(test_wordfreq_offsets),
		cmocka_unit_test(test_gazetteer_offsets),
		cmocka_unit_test(test_features_words),
		cmocka_unit_test(test_cells_ascii),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
