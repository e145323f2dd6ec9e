/* Unit tests for caret motions (src/caret.c): characters, words,
 * sentences, screen lines and paragraphs, over the text a layout shows. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "view/caret.h"
#include "clean/clean.h"
#include "clean/features.h"
#include "view/layout.h"
#include "ingest/load.h"

static struct doc *
cleaned(const char *text)
{
	char *cause = NULL;
	struct doc *d = load_bytes("t.txt", (const unsigned char *)text,
	    strlen(text), &cause);

	assert_non_null(d);
	/* One file: no cross-file evidence, as clean_load would find. */
	features_compute(d);
	clean_doc(d);
	return d;
}

/* The code point where the nth (1-based) occurrence of s starts. */
static size_t
at(struct doc *d, const char *s, int nth)
{
	const char *p = d->text;

	for (;;) {
		p = strstr(p, s);
		assert_non_null(p);
		if (--nth == 0)
			return doc_byte_to_cp(d, (size_t)(p - d->text));
		p++;
	}
}

/* The code point just after the first occurrence of s. */
static size_t
end_of(struct doc *d, const char *s)
{
	size_t n = 0;

	for (const char *p = s; *p; p++)
		n += ((unsigned char)*p & 0xC0) != 0x80;
	return at(d, s, 1) + n;
}

static const char text[] =
    "Mr. Smith met Dr. Jones in Niamey. They talked \xE2\x80\x9C" "for hours."
    "\xE2\x80\x9D Then they left!\n"
    "A second line of the page, caf\xC3\xA9 and e\xCC\x81t\xC3\xA9.\n";

static void
test_words(void **state)
{
	struct doc *d = cleaned(text);
	struct layout l = { 0 };
	size_t cp;

	(void)state;
	layout_build(&l, d, 200, true, true);
	cp = caret_move(&l, d->text, 0, CARET_WORD, 1, false);
	assert_int_equal(cp, at(d, "Smith", 1));
	cp = caret_move(&l, d->text, cp, CARET_WORD, 1, true);
	assert_int_equal(cp, end_of(d, "Mr. Smith"));
	/* Backward to the start of the word, then of the one before. */
	cp = caret_move(&l, d->text, cp - 2, CARET_WORD, -1, false);
	assert_int_equal(cp, at(d, "Smith", 1));
	cp = caret_move(&l, d->text, cp, CARET_WORD, -1, false);
	assert_int_equal(cp, 0);
	/* Across the line break: the last word of line 1, then line 2. */
	cp = caret_move(&l, d->text, at(d, "left", 1), CARET_WORD, 1, false);
	assert_int_equal(cp, at(d, "A second", 1));
	/* Accented and combining letters are inside words. */
	cp = caret_move(&l, d->text, at(d, "caf", 1), CARET_WORD, 1, true);
	assert_int_equal(cp, at(d, "caf", 1) + 4);
	cp = caret_move(&l, d->text, at(d, "e\xCC\x81t", 1), CARET_WORD, 1,
	    true);
	assert_int_equal(cp, at(d, "e\xCC\x81t", 1) + 4);
	/* The last word's end is the furthest a forward motion goes. */
	cp = caret_move(&l, d->text, d->text_cps - 2, CARET_WORD, 1, false);
	assert_true(cp <= d->text_cps);
	layout_free(&l);
	doc_free(d);
}

static void
test_sentences(void **state)
{
	struct doc *d = cleaned(text);
	struct layout l = { 0 };
	size_t cp;

	(void)state;
	layout_build(&l, d, 200, true, true);
	/* "Mr." and "Dr." do not end sentences. */
	cp = caret_move(&l, d->text, 0, CARET_SENTENCE, 1, false);
	assert_int_equal(cp, at(d, "They", 1));
	cp = caret_move(&l, d->text, 0, CARET_SENTENCE, 1, true);
	assert_int_equal(cp, end_of(d, "in Niamey."));
	/* A closing quote belongs to the sentence it closes. */
	cp = caret_move(&l, d->text, at(d, "They", 1), CARET_SENTENCE, 1,
	    true);
	assert_int_equal(cp, end_of(d, "for hours.\xE2\x80\x9D"));
	/* Backward from inside a sentence: its start; again: the one
	 * before. */
	cp = caret_move(&l, d->text, at(d, "left", 1), CARET_SENTENCE, -1,
	    false);
	assert_int_equal(cp, at(d, "Then", 1));
	cp = caret_move(&l, d->text, cp, CARET_SENTENCE, -1, false);
	assert_int_equal(cp, at(d, "They", 1));
	/* The end of a line ends its sentence; the next starts on the
	 * next line. */
	cp = caret_move(&l, d->text, at(d, "Then", 1), CARET_SENTENCE, 1,
	    false);
	assert_int_equal(cp, at(d, "A second", 1));
	layout_free(&l);
	doc_free(d);
}

static void
test_chars_and_lines(void **state)
{
	struct doc *d = cleaned(text);
	struct layout l = { 0 };
	size_t cp, e = at(d, "e\xCC\x81t", 1);

	(void)state;
	layout_build(&l, d, 200, true, true);
	/* e + combining acute: one step over both. */
	assert_int_equal(caret_move(&l, d->text, e, CARET_CHAR, 1, false),
	    e + 2);
	assert_int_equal(caret_move(&l, d->text, e + 2, CARET_CHAR, -1,
	    false), e);
	/* Down a line keeps the column; the end of line 1 goes to the start
	 * of line 2. */
	cp = caret_move(&l, d->text, 3, CARET_LINE, 1, false);
	assert_int_equal(cp, at(d, "A second", 1) + 3);
	assert_int_equal(caret_move(&l, d->text, cp, CARET_LINE, -1, false),
	    3);
	cp = caret_move(&l, d->text, 3, CARET_LINE_EDGE, 1, false);
	assert_int_equal(cp, end_of(d, "left!"));
	assert_int_equal(caret_move(&l, d->text, cp, CARET_CHAR, 1, false),
	    at(d, "A second", 1));
	assert_int_equal(caret_move(&l, d->text, 9, CARET_LINE_EDGE, -1,
	    false), 0);
	/* Wrapped at 20 columns: down moves one screen line, within the
	 * same text line. */
	layout_build(&l, d, 20, true, true);
	cp = caret_move(&l, d->text, 0, CARET_LINE, 1, false);
	assert_int_equal(cp, l.v[1].start);
	assert_true(cp < at(d, "A second", 1));
	/* The end of a wrapped line is before the next line's start. */
	cp = caret_move(&l, d->text, 0, CARET_LINE_EDGE, 1, false);
	assert_int_equal(cp, l.v[0].end - 1);
	assert_int_equal(caret_line(&l, cp), 0);
	layout_free(&l);
	doc_free(d);
}

static const char article[] =
    "Home\nNews\nShare this\n"
    "The first paragraph of the story is long enough to be kept by the "
    "cleaner. It has commas, clauses and the usual function words.\n"
    "Subscribe now\n"
    "The second paragraph is also long enough to be kept as prose by the "
    "cleaner, and it says so in more than a few words.\n";

static void
test_paragraphs_skip_dropped_text(void **state)
{
	struct doc *d = cleaned(article);
	struct layout l = { 0 };
	size_t p1 = at(d, "The first", 1), p2 = at(d, "The second", 1), cp;

	(void)state;
	layout_build(&l, d, 30, false, true);
	/* Nothing before the first kept paragraph is reachable. */
	assert_int_equal(caret_clamp(&l, 0), p1);
	cp = caret_move(&l, d->text, p1, CARET_PARAGRAPH, 1, false);
	assert_int_equal(cp, p2);
	cp = caret_move(&l, d->text, p1, CARET_PARAGRAPH, 1, true);
	assert_int_equal(cp, end_of(d, "function words."));
	assert_int_equal(caret_move(&l, d->text, p2 + 5, CARET_PARAGRAPH, -1,
	    false), p2);
	/* From a wrapped line inside a paragraph. */
	assert_int_equal(caret_move(&l, d->text, p1 + 70, CARET_PARAGRAPH, 1,
	    false), p2);
	assert_int_equal(caret_move(&l, d->text, p2 + 70, CARET_PARAGRAPH, -1,
	    false), p2);
	assert_int_equal(caret_move(&l, d->text, p2 + 70, CARET_PARAGRAPH, 1,
	    false), end_of(d, "few words."));
	assert_int_equal(caret_move(&l, d->text, p2, CARET_PARAGRAPH, -1,
	    false), p1);
	/* Words go from one paragraph to the next over the dropped line. */
	cp = caret_move(&l, d->text, at(d, "words.", 1), CARET_WORD, 1, false);
	assert_int_equal(cp, p2);
	cp = caret_move(&l, d->text, p2, CARET_WORD, -1, true);
	assert_int_equal(cp, end_of(d, "function words"));
	/* Sentences, paragraph by paragraph. */
	cp = caret_move(&l, d->text, p1, CARET_SENTENCE, 1, false);
	assert_int_equal(cp, at(d, "It has", 1));
	layout_free(&l);
	doc_free(d);
}

static void
test_word_at(void **state)
{
	struct doc *d = cleaned(text);
	struct layout l = { 0 };
	size_t s, e;

	(void)state;
	layout_build(&l, d, 200, true, true);
	assert_true(caret_word_at(&l, d->text, at(d, "Niamey", 1) + 2, &s,
	    &e));
	assert_int_equal(s, at(d, "Niamey", 1));
	assert_int_equal(e, at(d, "Niamey", 1) + 6);
	/* Just after a word: that word. */
	assert_true(caret_word_at(&l, d->text, at(d, "Niamey", 1) + 6, &s,
	    &e));
	assert_int_equal(s, at(d, "Niamey", 1));
	/* Between a full stop and a space: none. */
	assert_false(caret_word_at(&l, d->text, at(d, ". They", 1) + 1, &s,
	    &e));
	layout_free(&l);
	doc_free(d);
}

/* w and b at the end of a paragraph of megabytes: each used to rescan
 * the paragraph from its start (a second a key on 20 MB). */
static void
test_words_in_a_huge_paragraph(void **state)
{
	size_t n = 200000, len = strlen("Headline here\n\n") + 5 * n + 1;
	char *big = malloc(len + 1), *p = big;
	struct doc *d;
	struct layout l = { 0 };
	size_t cp, start;

	(void)state;
	assert_non_null(big);
	p += sprintf(p, "Headline here\n\n");
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, "word ");
	p[-1] = '.';
	*p++ = '\n';
	*p = '\0';
	d = cleaned(big);
	layout_build(&l, d, 80, true, true);
	start = cp = at(d, "word.", 1);
	for (int i = 0; i < 200; i++)
		cp = caret_move(&l, d->text, cp, CARET_WORD, -1, false);
	assert_int_equal(cp, start - 5 * 200);
	for (int i = 0; i < 200; i++)
		cp = caret_move(&l, d->text, cp, CARET_WORD, 1, false);
	assert_int_equal(cp, start);
	cp = caret_move(&l, d->text, cp - 5, CARET_WORD, 1, true);
	assert_int_equal(cp, start - 1);
	layout_free(&l);
	doc_free(d);
	free(big);
}

/* A word longer than a line is cut by the wrap: b from inside its
 * second line goes to the word's start, not the line's. */
static void
test_word_cut_by_the_wrap(void **state)
{
	char big[400];
	struct doc *d;
	struct layout l = { 0 };
	size_t cp;

	(void)state;
	memset(big, 0, sizeof big);
	strcpy(big, "Headline here\n\nSome ");
	memset(big + strlen(big), 'x', 150);
	strcat(big, " end of it.\n");
	d = cleaned(big);
	layout_build(&l, d, 60, true, true);
	cp = caret_move(&l, d->text, at(d, "xxx", 1) + 100, CARET_WORD, -1,
	    false);
	assert_int_equal(cp, at(d, "xxx", 1));
	cp = caret_move(&l, d->text, at(d, "xxx", 1) + 100, CARET_WORD, 1,
	    true);
	assert_int_equal(cp, at(d, "xxx", 1) + 150);
	layout_free(&l);
	doc_free(d);
}

static void
test_empty_document(void **state)
{
	struct doc *d = cleaned("");
	struct layout l = { 0 };
	size_t s, e;

	(void)state;
	layout_build(&l, d, 20, false, true);
	assert_int_equal(caret_move(&l, d->text, 0, CARET_WORD, 1, false), 0);
	assert_int_equal(caret_move(&l, d->text, 0, CARET_PARAGRAPH, -1,
	    false), 0);
	assert_int_equal(caret_move(&l, d->text, 0, CARET_LINE, 1, false), 0);
	assert_false(caret_word_at(&l, d->text, 0, &s, &e));
	layout_free(&l);
	doc_free(d);
}

/* The word around the first occurrence of s (from inside it) is s,
 * ncp code points long. */
static void
assert_word(struct doc *d, const struct layout *l, const char *s, size_t ncp)
{
	size_t from = at(d, s, 1), start, end;

	assert_true(caret_word_at(l, d->text, from + 1, &start, &end));
	assert_int_equal(start, from);
	assert_int_equal(end, from + ncp);
}

/* Apostrophes inside a word join it, quote marks around it do not;
 * numbers with separators and snake_case are one word each. */
static void
test_word_characters(void **state)
{
	struct doc *d = cleaned("Headline here\n\n"
	    "They don't know l'\xC3\x89tat or O\xE2\x80\x99Neill; 'quoted' and "
	    "\xE2\x80\x98" "curly\xE2\x80\x99 words, 3.14 and 1,000,000 in "
	    "2019, then snake_case _emphasis_ too.\n");
	struct layout l = { 0 };
	size_t q = at(d, "quoted", 1), cp;

	(void)state;
	layout_build(&l, d, 200, true, true);
	assert_word(d, &l, "don't", 5);
	assert_word(d, &l, "l'\xC3\x89tat", 6);
	assert_word(d, &l, "O\xE2\x80\x99Neill", 7);
	assert_word(d, &l, "quoted", 6);
	assert_word(d, &l, "curly", 5);
	assert_word(d, &l, "3.14", 4);
	assert_word(d, &l, "1,000,000", 9);
	assert_word(d, &l, "2019", 4);
	assert_word(d, &l, "snake_case", 10);
	assert_word(d, &l, "emphasis", 8);
	/* w and e stop at the same edges: over the quote marks. */
	cp = caret_move(&l, d->text, at(d, "They", 1), CARET_WORD, 1, false);
	assert_int_equal(cp, at(d, "don't", 1));
	cp = caret_move(&l, d->text, cp, CARET_WORD, 1, true);
	assert_int_equal(cp, end_of(d, "don't"));
	cp = caret_move(&l, d->text, at(d, "Neill", 1), CARET_WORD, 1, false);
	assert_int_equal(cp, q);
	assert_int_equal(caret_move(&l, d->text, q, CARET_WORD, 1, true),
	    q + 6);
	cp = caret_move(&l, d->text, at(d, "and", 1), CARET_WORD, -1, false);
	assert_int_equal(cp, q);
	cp = caret_move(&l, d->text, at(d, "2019", 1), CARET_WORD, 1, false);
	assert_int_equal(cp, at(d, "then", 1));
	layout_free(&l);
	doc_free(d);
}

#define FLAG_NE "\xF0\x9F\x87\xB3\xF0\x9F\x87\xAA"	/* U+1F1F3 U+1F1EA */
#define FLAG_FR "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7"
/* Man, ZWJ, woman, ZWJ, girl: five code points. */
#define FAMILY "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D" \
    "\xF0\x9F\x91\xA7"
#define THUMB_MEDIUM "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"	/* U+1F44D U+1F3FD */

static size_t
step(const struct layout *l, struct doc *d, size_t cp, int dir)
{
	return caret_move(l, d->text, cp, CARET_CHAR, dir, false);
}

/* h and l (and a selection, which moves with them) go over whole
 * extended grapheme clusters, from inside one too. */
static void
test_grapheme_clusters(void **state)
{
	struct doc *d = cleaned("Headline here\n\nFlags " FLAG_NE FLAG_FR
	    " a family " FAMILY " a thumb " THUMB_MEDIUM " end.\n");
	struct layout l = { 0 };
	size_t f = at(d, FLAG_NE, 1), fam = at(d, FAMILY, 1);
	size_t th = at(d, THUMB_MEDIUM, 1);

	(void)state;
	layout_build(&l, d, 200, true, true);
	/* Two flags: pairs of regional indicators, counted from the run's
	 * start. */
	assert_int_equal(step(&l, d, f - 1, 1), f);
	assert_int_equal(step(&l, d, f, 1), f + 2);
	assert_int_equal(step(&l, d, f + 2, 1), f + 4);
	assert_int_equal(step(&l, d, f + 4, -1), f + 2);
	assert_int_equal(step(&l, d, f + 2, -1), f);
	assert_int_equal(step(&l, d, f + 1, 1), f + 2);
	assert_int_equal(step(&l, d, f + 1, -1), f);
	assert_int_equal(step(&l, d, f + 3, -1), f + 2);
	assert_int_equal(step(&l, d, f + 3, 1), f + 4);
	/* A ZWJ sequence. */
	assert_int_equal(step(&l, d, fam, 1), fam + 5);
	assert_int_equal(step(&l, d, fam + 5, -1), fam);
	assert_int_equal(step(&l, d, fam + 2, 1), fam + 5);
	assert_int_equal(step(&l, d, fam + 3, -1), fam);
	/* A skin tone modifier; extending a selection to the end of the
	 * next character. */
	assert_int_equal(step(&l, d, th, 1), th + 2);
	assert_int_equal(step(&l, d, th + 2, -1), th);
	assert_int_equal(caret_move(&l, d->text, th, CARET_CHAR, 1, true),
	    th + 2);
	assert_int_equal(step(&l, d, th + 2, 1), th + 3);
	/* A position inside a cluster (a mouse press on its second cell)
	 * is taken back to the cluster's start; a start stays. */
	assert_int_equal(caret_cluster_start(&l, d->text, f + 1), f);
	assert_int_equal(caret_cluster_start(&l, d->text, f + 2), f + 2);
	assert_int_equal(caret_cluster_start(&l, d->text, f + 3), f + 2);
	assert_int_equal(caret_cluster_start(&l, d->text, fam + 4), fam);
	assert_int_equal(caret_cluster_start(&l, d->text, th + 1), th);
	assert_int_equal(caret_cluster_start(&l, d->text, th + 2), th + 2);
	assert_int_equal(caret_cluster_start(&l, d->text, f - 1), f - 1);
	layout_free(&l);
	doc_free(d);
}

/* A paragraph of sentences with abbreviations, quotes, numbers and one
 * sentence longer than a scan's first look behind; and where each
 * sentence and word of one unit of it starts. */
static const char unit[] = "Mr. Lee saw Dr. Roe. \"Yes.\" Then 3.5 left! "
    "It went on and on, through the night and the next day, past the "
    "river, the hills and the old mill, until the town was far behind. ";
static const char *const unit_sentences[] = {
	"Mr.", "\"Yes", "Then", "It ", NULL
};
static const char *const unit_words[] = {
	"Mr", "Lee", "saw", "Dr", "Roe", "Yes", "Then", "3.5", "left", "It",
	"went", "on", "and", "on", "through", "the", "night", "and", "the",
	"next", "day", "past", "the", "river", "the", "hills", "and", "the",
	"old", "mill", "until", "the", "town", "was", "far", "behind", NULL
};

static char *
repeat_unit(size_t n)
{
	size_t len = strlen("Headline here\n\n") + n * strlen(unit) + 2;
	char *s = malloc(len), *p = s;

	assert_non_null(s);
	p += sprintf(p, "Headline here\n\n");
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, "%s", unit);
	p[-1] = '\n';
	return s;
}

/* The nearest boundary after (dir > 0) or before cp: the starts of the
 * strings of list, found in that order in each unit from p0 on. */
static size_t
expected(size_t p0, size_t n, const char *const *list, size_t cp, int dir)
{
	size_t best = dir > 0 ? SIZE_MAX : 0, u = strlen(unit);

	for (size_t i = 0; i < n; i++) {
		const char *p = unit;
		for (size_t j = 0; list[j] != NULL; j++) {
			size_t b;
			p = strstr(p, list[j]);
			assert_non_null(p);
			b = p0 + i * u + (size_t)(p - unit);
			p += strlen(list[j]);
			if (dir > 0 && b > cp && b < best)
				best = b;
			if (dir < 0 && b < cp && b >= best)
				best = b;
		}
	}
	return best;
}

/* Sentence and word motions scan from a short way behind the caret; from
 * every position of a long wrapped paragraph they agree with where the
 * sentences and words are. */
static void
test_motions_from_every_position(void **state)
{
	size_t n = 12;
	char *s = repeat_unit(n);
	struct doc *d = cleaned(s);
	struct layout l = { 0 };
	size_t p0 = at(d, "Mr. Lee", 1);

	(void)state;
	layout_build(&l, d, 37, true, true);
	for (size_t cp = p0 + 1; cp < p0 + (n - 1) * strlen(unit); cp++) {
		for (int dir = -1; dir <= 1; dir += 2) {
			assert_int_equal(caret_move(&l, d->text, cp,
			    CARET_SENTENCE, dir, false), expected(p0, n,
			    unit_sentences, cp, dir));
			assert_int_equal(caret_move(&l, d->text, cp,
			    CARET_WORD, dir, false), expected(p0, n,
			    unit_words, cp, dir));
		}
	}
	layout_free(&l);
	doc_free(d);
	free(s);
}

/* ( ) { } in a paragraph of 2 MB read about as much text as they move
 * over, not the paragraph (they used to scan from its start: a fifth of
 * a second a key on 20 MB); caret_reads counts what they read. */
static void
test_motion_work_follows_distance(void **state)
{
	size_t n = 2 * 1024 * 1024 / strlen(unit);
	char *s = repeat_unit(n);
	struct doc *d = cleaned(s);
	struct layout l = { 0 };
	size_t p0 = at(d, "Mr. Lee", 1), mid = p0 + n / 2 * strlen(unit);
	size_t end = p0 + n * strlen(unit) - 1, cp;
	unsigned long reads;

	(void)state;
	layout_build(&l, d, 80, true, true);
	reads = caret_reads;
	cp = caret_move(&l, d->text, mid, CARET_SENTENCE, 1, false);
	assert_int_equal(cp, mid + 21);
	cp = caret_move(&l, d->text, cp, CARET_SENTENCE, -1, false);
	assert_int_equal(cp, mid);
	cp = caret_move(&l, d->text, cp, CARET_SENTENCE, -1, true);
	assert_int_equal(cp, mid - 1);	/* after "behind." */
	/* A few hundred elements for three motions of a few dozen. */
	assert_true(caret_reads - reads < 1000);
	/* Paragraph motions near the ends: the distance, give or take. */
	reads = caret_reads;
	cp = caret_move(&l, d->text, end - 100, CARET_PARAGRAPH, 1, true);
	assert_int_equal(cp, end);
	cp = caret_move(&l, d->text, p0 + 100, CARET_PARAGRAPH, -1, false);
	assert_int_equal(cp, p0);
	assert_true(caret_reads - reads < 2000);
	/* { and } across the whole paragraph go by its lines: they read
	 * no more than a line or two of text. */
	reads = caret_reads;
	cp = caret_move(&l, d->text, end - 1, CARET_PARAGRAPH, -1, false);
	assert_int_equal(cp, p0);
	cp = caret_move(&l, d->text, p0 + 1, CARET_PARAGRAPH, 1, false);
	assert_int_equal(cp, end);	/* no next paragraph: the end */
	assert_true(caret_reads - reads < 1000);
	layout_free(&l);
	doc_free(d);
	free(s);
}

static const char debris[] =
    "Harbour note\n\n"
    "The port authority said < / li > the new pier would open in the "
    "spring, after a long and cold winter of work on the quay.\n\n"
    "Engineers said that the cranes would need work until the summer, "
    "and that the budget would hold until then.\n";

/* The clean view hides markup debris: the caret steps over it as over
 * nothing, never stands in it, and lands after it. */
static void
test_caret_skips_hidden_debris(void **state)
{
	struct doc *d = cleaned(debris);
	struct layout l = { 0 };
	size_t space = end_of(d, "said"), tag = at(d, "< /", 1);
	size_t after = at(d, "the new", 1), cp;

	(void)state;
	layout_build(&l, d, 200, false, true);
	assert_true(l.hide.n > 0);
	assert_int_equal(caret_move(&l, d->text, space, CARET_CHAR, 1, false),
	    after);
	assert_int_equal(caret_move(&l, d->text, after, CARET_CHAR, -1,
	    false), space);
	assert_int_equal(caret_clamp(&l, tag), after);
	assert_int_equal(caret_clamp(&l, at(d, "li >", 1)), after);
	assert_int_equal(caret_move(&l, d->text, at(d, "said", 1), CARET_WORD,
	    1, false), after);
	assert_int_equal(caret_move(&l, d->text, after, CARET_WORD, -1,
	    false), at(d, "said", 1));
	/* l from the paragraph's start to its end never stands in it. */
	cp = at(d, "The port", 1);
	for (int i = 0; i < 200; i++) {
		size_t next = caret_move(&l, d->text, cp, CARET_CHAR, 1, false);

		assert_false(next >= tag && next < after);
		if (next == cp)
			break;
		cp = next;
	}
	/* and h back again. */
	for (int i = 0; i < 200; i++) {
		size_t next = caret_move(&l, d->text, cp, CARET_CHAR, -1,
		    false);

		assert_false(next >= tag && next < after);
		if (next == cp)
			break;
		cp = next;
	}
	layout_free(&l);
	doc_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_chars_and_lines),
		cmocka_unit_test(test_paragraphs_skip_dropped_text),
		cmocka_unit_test(test_word_at),
		cmocka_unit_test(test_empty_document),
		cmocka_unit_test(test_words_in_a_huge_paragraph),
		cmocka_unit_test(test_word_cut_by_the_wrap),
		cmocka_unit_test(test_word_characters),
		cmocka_unit_test(test_grapheme_clusters),
		cmocka_unit_test(test_motions_from_every_position),
		cmocka_unit_test(test_motion_work_follows_distance),
		cmocka_unit_test(test_caret_skips_hidden_debris),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
