/* Unit tests for the classifiers and metadata: what is kept and dropped,
 * and the title, author, date and site found. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "clean/boilerplate.h"
#include "clean/clean.h"
#include "doc/doc.h"
#include "ingest/load.h"
#include "clean/meta.h"
#include "base/util.h"

static const char para1[] =
    "The harbour authority said on Tuesday that the new quay would open in "
    "the spring, after two years of delays that were caused by storms, by a "
    "shortage of steel and by a long dispute over who would pay for it.";
static const char para2[] =
    "Dockworkers, who had threatened to strike over the plans, said that "
    "they were satisfied with the agreement that was reached with the port "
    "operators last week, and that they would return to work on Monday.";
static const char para3[] =
    "The mayor told reporters that the quay was only the first step of a "
    "plan to modernise the whole of the waterfront, which has been in "
    "decline since the fishing fleet moved to the north of the bay.";

/* Loads and cleans several in-memory files as one load. */
static struct load *
clean_texts(const char *const *names, const char *const *texts, size_t n)
{
	struct load *l = xcalloc(1, sizeof *l);

	l->n = n;
	l->docs = xcalloc(n, sizeof *l->docs);
	l->errors = xcalloc(n, sizeof *l->errors);
	l->paths = xcalloc(n, sizeof *l->paths);
	for (size_t i = 0; i < n; i++) {
		l->paths[i] = xstrdup(names[i]);
		l->docs[i] = load_bytes(names[i],
		    (const unsigned char *)texts[i], strlen(texts[i]),
		    &l->errors[i]);
		assert_non_null(l->docs[i]);
	}
	clean_load(l);
	return l;
}

static void
free_load(struct load *l)
{
	load_free(l);
	free(l);
}

/* Whether the block whose text starts with prefix is kept; fails when no
 * block starts with it. */
static bool
kept(const struct doc *d, const char *prefix)
{
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		if (b->bend - b->bstart >= strlen(prefix) &&
		    strncmp(d->text + b->bstart, prefix, strlen(prefix)) == 0)
			return b->keep;
	}
	fail_msg("no block starts with \"%s\"", prefix);
	return false;
}

static char *
page(const char *top, const char *middle)
{
	return xasprintf("%s\nHarbour plans approved after long delay\n"
	    "by Ada Lovelace\nMay 3, 2024\n\n%s\n%s\n%s\n%s\n"
	    "Copyright 2024 Harbour Times. All rights reserved.\n",
	    top, para1, middle, para2, para3);
}

/* One text dump, cleaned on its own. */
static struct load *
clean_page(const char *text)
{
	const char *names[] = { "a.txt" };
	const char *texts[] = { text };

	return clean_texts(names, texts, 1);
}

static void
test_text_related_block_dropped_subheading_kept(void **state)
{
	char *a = page("Monday, June 9, 2025\nHome\nWorld\nSports",
	    "Related posts\nFerry Timetable Changes Announced for Summer\n"
	    "New Lighthouse Museum Opens Its Doors\n"
	    "Fishermen Protest Against Quota Cuts\nWhat happens next");
	struct load *l = clean_page(a);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Dockworkers"));
	assert_true(kept(d, "The mayor told"));
	assert_false(kept(d, "Related posts"));
	assert_false(kept(d, "Ferry Timetable"));
	assert_false(kept(d, "Fishermen Protest"));
	assert_false(kept(d, "Copyright 2024"));
	assert_false(kept(d, "Home"));
	/* A single short line inside the story is a subheading. */
	assert_true(kept(d, "What happens next"));
	free_load(l);
	free(a);
}

/* A table in the story whose cells carry tag debris after their last
 * word: the debris does not make them look like headlines, so they are
 * not taken for a wedged-in related-posts run. */
static void
test_text_table_with_tag_debris_kept(void **state)
{
	char *a = page("Home\nWorld",
	    "Berths expanded along the northern quay.< span/>\n"
	    "Crane Replacement Schedule\xE2\x80\x99< span/>\n"
	    "Port Authority,City Council\xE2\x80\x99< span/>");
	struct load *l = clean_page(a);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Berths expanded"));
	assert_true(kept(d, "Crane Replacement"));
	assert_true(kept(d, "Port Authority,City"));
	assert_true(kept(d, "Dockworkers"));
	assert_true(ends_like_sentence("quay.< span/>", 13));
	assert_true(ends_like_sentence("quay.</b>", 9));
	assert_false(ends_like_sentence("Schedule< span/>", 16));
	assert_false(ends_like_sentence("a < b and c > d", 15));
	free_load(l);
	free(a);
}

static void
test_text_metadata(void **state)
{
	char *a = page("Monday, June 9, 2025\nHome\nWorld", "");
	const char *names[] = { "a.txt" };
	const char *texts[] = { a };
	struct load *l = clean_texts(names, texts, 1);
	struct doc *d = l->docs[0];

	(void)state;
	assert_string_equal(d->title, "Harbour plans approved after long delay");
	assert_true(kept(d, "Harbour plans"));
	assert_string_equal(d->author, "Ada Lovelace");
	/* Not the site's "today" at the top of the page. */
	assert_string_equal(d->date, "2024-05-03");
	assert_string_equal(d->site, "Harbour Times");
	free_load(l);
	free(a);
}

/* A dump that starts with the page's title (a converter's or browser's
 * dump: "HEADLINE | SITE", then the menus) has its headline where the
 * title is printed again, not the first line nor a footer link above a
 * date (QA 30: "Closed Captioning Policy" was one page's headline). */
static void
test_text_title_printed_again(void **state)
{
	char *a = xasprintf("Harbour plans approved after long delay | "
	    "Harbour Times\nHome\nWorld\nAccessibility Help Policy\n"
	    "Monday, June 9, 2025\n\nHarbour plans approved after long "
	    "delay\n\nThe council backed the plans.\n\nShare\nTweet\n\n"
	    "%s\n%s\n%s\n\nAccessibility Help Policy\n\nCopyright 2024 "
	    "Harbour Times. All rights reserved.\n", para1, para2, para3);
	struct load *l = clean_page(a);
	struct doc *d = l->docs[0];

	(void)state;
	assert_string_equal(d->title, "Harbour plans approved after long delay");
	assert_int_not_equal(d->blocks[0].kind, BLOCK_TITLE);
	free_load(l);
	free(a);
}

/* A short note, no paragraph long enough to start an article: its last
 * paragraph is not taken for a headline (it was, as the candidate
 * nearest the end), and a first line that reads as one still is. */
static void
test_text_short_note_title(void **state)
{
	const char *names[] = { "a.txt", "b.txt" };
	const char *texts[] = {
	    "Intro text here, a longer first line of it.\n\n"
	    "A second paragraph with more words in it.\n",
	    "Harbour Reopens After Storm\n\n"
	    "The harbour reopened on Monday.\n" };
	struct load *l = clean_texts(names, texts, 2);

	(void)state;
	assert_null(l->docs[0]->title);
	assert_true(kept(l->docs[0], "A second paragraph"));
	assert_string_equal(l->docs[1]->title, "Harbour Reopens After Storm");
	free_load(l);
}

/* A story's short closing sentences are kept after its last paragraph;
 * the footer after them is not. */
static void
test_text_closing_sentences(void **state)
{
	char *a = xasprintf("Home\nWorld\nHarbour plans approved after long "
	    "delay\n\n%s\n%s\n%s\nThe ministry did not respond to requests "
	    "for comment.\nShipping agents said three vessels were waiting.\n"
	    "Share this article\nCopyright 2024 Harbour Times. All rights "
	    "reserved.\n", para1, para2, para3);
	struct load *l = clean_page(a);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The mayor told"));
	assert_true(kept(d, "The ministry did not"));
	assert_true(kept(d, "Shipping agents said"));
	assert_false(kept(d, "Share this article"));
	assert_false(kept(d, "Copyright 2024"));
	free_load(l);
	free(a);
}

static void
test_text_furniture(void **state)
{
	char *a = page("We use cookies to improve your experience. By using this "
	    "site you accept our cookie policy.\nShare on Facebook\n"
	    "Mo Tu We Th Fr Sa Su\n1 2 3 4 5 6 7\n8 9 10 11 12 13 14", "");
	const char *names[] = { "a.txt" };
	const char *texts[] = { a };
	struct load *l = clean_texts(names, texts, 1);
	struct doc *d = l->docs[0];

	(void)state;
	assert_false(kept(d, "We use cookies"));
	assert_false(kept(d, "Share on Facebook"));
	assert_false(kept(d, "Mo Tu We"));
	assert_false(kept(d, "8 9 10"));
	assert_true(kept(d, "The harbour authority"));
	free_load(l);
	free(a);
}

/* Another story of the same site: the site's lines, other prose. */
static char *
other_story(const char *top, const char *headline, const char *body)
{
	return xasprintf("%s\n%s\nby Grace Hopper\nMay 4, 2024\n\n%s\n"
	    "Copyright 2024 Harbour Times. All rights reserved.\n",
	    top, headline, body);
}

/* A short line is furniture when other stories of the load repeat it
 * (a site's name on each of its pages). */
static void
test_cross_file_evidence(void **state)
{
	char *a = page("Harbour Times Weekly Edition", "Ferry News Desk");
	char *b = other_story("Harbour Times Weekly Edition",
	    "Market hall to close for repairs", "The council voted on Monday "
	    "to close the old market hall for repairs, which are expected to "
	    "take most of the coming year.");
	char *c = other_story("Harbour Times Weekly Edition",
	    "School bus route to change", "Parents in the eastern villages "
	    "said the new school bus route would add half an hour to each "
	    "journey, and asked the council to think again.");
	const char *names[] = { "a.txt", "b.txt", "c.txt" };
	const char *texts[] = { a, b, c };
	struct load *l = clean_texts(names, texts, 3);

	(void)state;
	assert_int_equal(l->docs[0]->blocks[0].f.repeats_in_load, 2);
	assert_false(kept(l->docs[0], "Harbour Times Weekly"));
	assert_true(kept(l->docs[0], "The harbour authority"));
	assert_true(kept(l->docs[1], "The council voted"));
	free_load(l);
	free(a);
	free(b);
	free(c);
}

/* Two versions of a story whose paragraphs each differ by a typo are not
 * known as one story; the short closing sentence both carry is still a
 * sentence, not a site's furniture. */
static void
test_versions_apart_keep_shared_sentence(void **state)
{
	char *a = xasprintf("Harbour plans approved\n\n%s\n%s\n%s\n"
	    "Shipping agents said three vessels were waiting.\n", para1,
	    para2, para3);
	char *b = xasprintf("Harbour plans approved\n\n%.128sstroms%s\n"
	    "Dockworkrs%s\n%s\nShipping agents said three vessels were "
	    "waiting.\n", para1, strstr(para1, "storms") + 6,
	    para2 + strlen("Dockworkers"), para3);
	const char *names[] = { "a.txt", "b.txt" };
	const char *texts[] = { a, b };
	struct load *l = clean_texts(names, texts, 2);

	(void)state;
	assert_true(kept(l->docs[0], "Shipping agents said"));
	assert_true(kept(l->docs[1], "Shipping agents said"));
	free_load(l);
	free(a);
	free(b);
}

/* Versions of one story (syndicated copy) share their headline and most
 * of their prose: the headline is not taken for a site's furniture, and
 * the prose repeated across them is kept. */
static void
test_versions_keep_their_headline(void **state)
{
	char *a = page("", "Ferry News Desk");
	char *b = page("", "");
	const char *names[] = { "a.txt", "b.txt" };
	const char *texts[] = { a, b };
	struct load *l = clean_texts(names, texts, 2);

	(void)state;
	for (size_t i = 0; i < 2; i++) {
		assert_non_null(l->docs[i]->title);
		assert_string_equal(l->docs[i]->title,
		    "Harbour plans approved after long delay");
		assert_true(kept(l->docs[i], "Dockworkers"));
	}
	free_load(l);
	free(a);
	free(b);
}

/* Versions of a story in Japanese or Chinese, a word edited in one
 * paragraph or in each, keep their headline as English versions do:
 * their paragraphs are counted as prose (a sentence of twelve words has
 * no space to count them by) and known by their first and last
 * characters.  Before, the files were two stories and the headline they
 * share a site's furniture (QA 30, finding 5). */
static void
test_unspaced_versions_keep_their_headline(void **state)
{
	static const char *const versions[][2] = {
		{ "日本政府が新しい予算案を発表した\n\n"
		  "政府は水曜日、来年度の予算案を発表した。防衛費は過去最大となる見通しだ。\n\n"
		  "野党はこの予算案に強く反対している。\n",
		  "日本政府が新しい予算案を発表した\n\n"
		  "政府は水曜日、来年度の予算案を発表した。防衛費は過去最大となる見通しだ。\n\n"
		  "野党はこの予算案に激しく反対している。\n" },
		{ "尼日尔宣布结束与法国的军事合作\n\n"
		  "尼日尔已正式结束与法国的军事合作，最后一批士兵于周五离开首都尼亚美。\n\n"
		  "会议将持续三天，各方代表将讨论未来的合作计划和资金安排。\n\n"
		  "市长称这是一个更大计划的第一步，并感谢所有参与建设的工人和工程师。\n",
		  "尼日尔宣布结束与法国的军事合作\n\n"
		  "尼日尔已经正式结束与法国的军事合作，最后一批士兵于周五离开首都尼亚美。\n\n"
		  "会议将持续四天，各方代表将讨论未来的合作计划和资金安排。\n\n"
		  "市长称这是一个更大计划的第一步，并感谢所有参与建设的工人与工程师。\n" },
	};
	static const char *const titles[] = { "日本政府が新しい予算案を発表した",
	    "尼日尔宣布结束与法国的军事合作" };
	/* A paragraph of the body (edited, in the second story). */
	static const char *const shared[] = { "政府は水曜日", "市长称这是" };
	const char *names[] = { "a.txt", "b.txt" };

	(void)state;
	for (size_t v = 0; v < 2; v++) {
		struct load *l = clean_texts(names, versions[v], 2);

		for (size_t i = 0; i < 2; i++) {
			assert_non_null(l->docs[i]->title);
			assert_string_equal(l->docs[i]->title, titles[v]);
		}
		for (size_t i = 0; i < 2; i++)
			assert_true(kept(l->docs[i], shared[v]));
		free_load(l);
	}
}

/* Versions of a story with a word edited in most paragraphs share few
 * of them byte for byte, but each paragraph's first or last words: they
 * are still one story, so a heading both carry is no site furniture,
 * and the paragraphs after it stay. */
static void
test_edited_versions_one_story(void **state)
{
	static const char *const paras[][2] = {
		{ "The harbour authority said on Monday that the new quay "
		  "would open to ferries in the spring of next year.",
		  "The harbour authority said on Tuesday that the new quay "
		  "would open to ferries in the spring of next year." },
		{ "Dockworkers, who had opposed the plan for months, agreed "
		  "to the schedule after talks that lasted into the night.",
		  "Dockworkers, who had opposed the plan for weeks, agreed "
		  "to the schedule after talks that lasted into the night." },
		{ "The mayor told reporters that the quay was the first step "
		  "of a plan to modernise the whole of the waterfront.",
		  "The mayor told reporters that the quay was the first stage "
		  "of a plan to modernise the whole of the waterfront." },
		{ "Fishermen said the works had already cost them two seasons "
		  "of catches and asked the council for compensation.",
		  "Fishermen said the works had already cost them three seasons "
		  "of catches and asked the council for compensation." },
		{ "Shipping agents said bookings for the summer had risen by a "
		  "third since the opening date was announced last week.",
		  "Shipping agents said bookings for the summer had risen by a "
		  "third since the opening date was announced last week." },
	};
	struct buf a, b;
	const char *names[] = { "a.txt", "b.txt" };
	const char *texts[2];
	struct load *l;

	(void)state;
	buf_init(&a);
	buf_init(&b);
	buf_adds(&a, "Harbour plans approved after long delay\n\n");
	buf_adds(&b, "Harbour plans approved after long delay\n\n");
	for (size_t i = 0; i < 5; i++) {
		if (i == 3) {
			buf_adds(&a, "FISHERMEN WANT MORE\n\n");
			buf_adds(&b, "FISHERMEN WANT MORE\n\n");
		}
		buf_printf(&a, "%s\n\n", paras[i][0]);
		buf_printf(&b, "%s\n\n", paras[i][1]);
	}
	texts[0] = a.data;
	texts[1] = b.data;
	l = clean_texts(names, texts, 2);
	for (size_t i = 0; i < 2; i++) {
		assert_true(kept(l->docs[i], "FISHERMEN WANT MORE"));
		assert_true(kept(l->docs[i], "Shipping agents said"));
	}
	free_load(l);
	buf_free(&a);
	buf_free(&b);
}

static void
test_html_article_container(void **state)
{
	char *html = xasprintf("<html><head><title>Quay opens | Harbour Times"
	    "</title></head><body><nav><a href=/>Home</a> <a href=/w>World</a>"
	    "</nav><div id=main><article><h1>Quay opens</h1><p class=byline>"
	    "By Ada Lovelace</p><p>%s</p><p>%s</p><div class=share-buttons>"
	    "<a href=#>Facebook</a> <a href=#>Twitter</a></div><p>%s</p>"
	    "</article><aside class=sidebar><h3>Most read</h3><ul>"
	    "<li><a href=/1>Ferry timetable changes announced for summer</a>"
	    "</li><li><a href=/2>New lighthouse museum opens its doors</a></li>"
	    "</ul></aside></div><footer>Copyright 2024 Harbour Times</footer>"
	    "</body></html>", para1, para2, para3);
	const char *names[] = { "p.html" };
	const char *texts[] = { html };
	struct load *l = clean_texts(names, texts, 1);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Dockworkers"));
	assert_true(kept(d, "The mayor told"));
	assert_false(kept(d, "Home"));
	assert_false(kept(d, "Facebook"));
	assert_false(kept(d, "Ferry timetable"));
	assert_false(kept(d, "Copyright"));
	assert_string_equal(d->title, "Quay opens");
	assert_int_equal(d->blocks[0].kind == BLOCK_TITLE ||
	    d->blocks[1].kind == BLOCK_TITLE, 1);
	free_load(l);
	free(html);
}

/* Thesaurus-spun syndication has few function words: between article
 * paragraphs, and as a long closing paragraph, it is still the story. */
static void
test_text_spun_prose_kept(void **state)
{
	char *a = xasprintf("Home\nWorld\nHarbour plans approved after long "
	    "delay\nby Ada Lovelace\n\n%s\n"
	    "Pivotal maritime infrastructure upgrades signify considerable "
	    "municipal commitment toward modernised logistics capabilities "
	    "amid persistent budgetary constraints across the region.\n%s\n"
	    "Ultimately, the modernisation of the harbour signifies a "
	    "transformative municipal ambition regarding logistics "
	    "competitiveness, necessitating sustained investment, robust "
	    "governance frameworks, stakeholder engagement mechanisms, "
	    "transparent procurement processes, environmental safeguards, "
	    "workforce development initiatives and the coordinated planning "
	    "of the region across multiple administrative jurisdictions "
	    "simultaneously.\n"
	    "Copyright 2024 Harbour Times. All rights reserved.\n", para1, para2);
	const char *names[] = { "a.txt" };
	const char *texts[] = { a };
	struct load *l = clean_texts(names, texts, 1);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "Pivotal maritime"));
	assert_true(kept(d, "Ultimately, the"));
	assert_false(kept(d, "Copyright 2024"));
	assert_false(kept(d, "World"));
	free_load(l);
	free(a);
}

/* Story cards after the article (a headline, a one-sentence summary,
 * a time or section line) are dropped though their summaries read as
 * prose; the story's own subheadings and paragraphs stay. */
static void
test_text_story_cards_dropped(void **state)
{
	char *a = xasprintf("Home\nWorld\nHarbour plans approved after long "
	    "delay\n\n%s\nDockworkers end their long strike\n%s\n%s\n"
	    "More from Business\n"
	    "Ferry operator orders two electric boats for the crossing\n"
	    "The new vessels, which are being built in Norway, will carry "
	    "two hundred passengers and should enter service next summer.\n"
	    "3H ago\n"
	    "Fish market moves to a new hall by the station\n"
	    "Traders say that the move will bring them more customers, but "
	    "some of them worry about the rent they will have to pay.\n"
	    "5H ago\n"
	    "Lighthouse keeper retires after forty years at sea\n"
	    "She was the last of the keepers on the coast and says that she "
	    "will miss the storms more than anything else.\n"
	    "8H ago\n", para1, para2, para3);
	const char *names[] = { "a.txt" };
	const char *texts[] = { a };
	struct load *l = clean_texts(names, texts, 1);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Dockworkers, who"));
	assert_true(kept(d, "The mayor told"));
	assert_false(kept(d, "The new vessels"));
	assert_false(kept(d, "Traders say"));
	assert_false(kept(d, "She was the last"));
	free_load(l);
	free(a);
}

/* Chinese and Japanese: no spaces between words, so no word or stopword
 * counts; a paragraph among English ones is kept, a page all in Chinese
 * has its headline and both paragraphs, and the ideographic full stop
 * ends a sentence. */
static void
test_text_unspaced_scripts(void **state)
{
	/* "The council approved the harbour plan after a long debate on
	 * Tuesday night, ending two years of argument over the sea wall's
	 * cost." and "Opposition members said the budget was still not
	 * transparent and that they would ask for an independent review;
	 * officials said work would start in spring." */
	static const char zh1[] =
	    "\xE5\xB8\x82\xE8\xAE\xAE\xE4\xBC\x9A\xE5\x91\xA8\xE4\xBA\x8C"
	    "\xE6\x99\x9A\xE9\x97\xB4\xE7\xBB\x8F\xE8\xBF\x87\xE9\x95\xBF"
	    "\xE6\x97\xB6\xE9\x97\xB4\xE8\xBE\xA9\xE8\xAE\xBA\xE5\x90\x8E"
	    "\xE6\x89\xB9\xE5\x87\x86\xE4\xBA\x86\xE6\x8B\x96\xE5\xBB\xB6"
	    "\xE5\xB7\xB2\xE4\xB9\x85\xE7\x9A\x84\xE6\xB8\xAF\xE5\x8F\xA3"
	    "\xE8\xAE\xA1\xE5\x88\x92\xEF\xBC\x8C\xE7\xBB\x93\xE6\x9D\x9F"
	    "\xE4\xBA\x86\xE4\xB8\xA4\xE5\xB9\xB4\xE6\x9D\xA5\xE5\x85\xB3"
	    "\xE4\xBA\x8E\xE6\x96\xB0\xE6\xB5\xB7\xE5\xA0\xA4\xE6\x88\x90"
	    "\xE6\x9C\xAC\xE7\x9A\x84\xE4\xBA\x89\xE8\xAE\xBA\xE3\x80\x82";
	static const char zh2[] =
	    "\xE5\x8F\x8D\xE5\xAF\xB9\xE6\xB4\xBE\xE8\xAE\xAE\xE5\x91\x98"
	    "\xE8\xA1\xA8\xE7\xA4\xBA\xEF\xBC\x8C\xE9\xA2\x84\xE7\xAE\x97"
	    "\xE4\xBB\x8D\xE7\x84\xB6\xE4\xB8\x8D\xE5\xA4\x9F\xE9\x80\x8F"
	    "\xE6\x98\x8E\xEF\xBC\x8C\xE4\xBB\x96\xE4\xBB\xAC\xE5\xB0\x86"
	    "\xE8\xA6\x81\xE6\xB1\x82\xE7\x8B\xAC\xE7\xAB\x8B\xE5\xAE\xA1"
	    "\xE6\x9F\xA5\xE3\x80\x82\xE5\xAE\x98\xE5\x91\x98\xE8\xAF\xB4"
	    "\xEF\xBC\x8C\xE5\xB7\xA5\xE7\xA8\x8B\xE5\xB0\x86\xE4\xBA\x8E"
	    "\xE6\x98\xA5\xE5\xAD\xA3\xE5\xBC\x80\xE5\xA7\x8B\xE3\x80\x82";
	/* "Harbour plan approved after a long debate" */
	static const char zh_title[] =
	    "\xE6\xB8\xAF\xE5\x8F\xA3\xE8\xAE\xA1\xE5\x88\x92\xE5\x9C\xA8"
	    "\xE9\x95\xBF\xE6\x97\xB6\xE9\x97\xB4\xE8\xBE\xA9\xE8\xAE\xBA"
	    "\xE5\x90\x8E\xE8\x8E\xB7\xE6\x89\xB9";
	char *mixed = page("Home\nWorld", zh1);
	char *all = xasprintf("%s\n\n%s\n\n%s\n", zh_title, zh1, zh2);
	struct load *l = clean_page(mixed), *m;

	(void)state;
	assert_true(kept(l->docs[0], "The harbour authority"));
	assert_true(kept(l->docs[0], zh1));
	assert_true(kept(l->docs[0], "Dockworkers"));
	assert_false(kept(l->docs[0], "Home"));
	m = clean_page(all);
	assert_string_equal(m->docs[0]->title, zh_title);
	assert_true(kept(m->docs[0], zh1));
	assert_true(kept(m->docs[0], zh2));
	/* 。 and ！ end sentences, also before a closing 」; a comma not. */
	assert_true(ends_like_sentence(zh2, strlen(zh2)));
	assert_true(ends_like_sentence("\xE5\xA5\xBD\xEF\xBC\x81", 6));
	assert_true(ends_like_sentence("\xE5\xA5\xBD\xE3\x80\x82\xE3\x80\x8D",
	    9));
	assert_false(ends_like_sentence("\xE5\xA5\xBD\xEF\xBC\x8C", 6));
	free_load(l);
	free_load(m);
	free(mixed);
	free(all);
}

static void
test_bylines(void **state)
{
	char *s;

	(void)state;
	assert_non_null(s = meta_byline("By Jane Doe | Reuters", 21));
	assert_string_equal(s, "Jane Doe");
	free(s);
	assert_non_null(s = meta_byline("Jane Doe by Jane Doe", 20));
	assert_string_equal(s, "Jane Doe");
	free(s);
	assert_null(meta_byline("Council Delays Vote by Two Years", 32));
	assert_null(meta_byline("by the river", 12));
}

/* Several authors come out as a list of names joined by ", ", without
 * "and" and without the role after them. */
static void
test_byline_several_authors(void **state)
{
	static const char *const cases[][2] = {
		{ "By JANE DOE and JOHN ROE, Associated Press",
		    "JANE DOE, JOHN ROE" },
		{ "By Jane Doe, Mary Major and John Roe",
		    "Jane Doe, Mary Major, John Roe" },
		{ "By Jane Doe, Mary Major, and John Roe",
		    "Jane Doe, Mary Major, John Roe" },
		{ "By Jane Doe & John Roe | Reuters", "Jane Doe, John Roe" },
		{ "By Jane Doe, Science and Health Editor", "Jane Doe" },
		{ "By Jane Doe and the harbour team", "Jane Doe" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *s = meta_byline(cases[i][0], strlen(cases[i][0]));

		assert_non_null(s);
		assert_string_equal(s, cases[i][1]);
		free(s);
	}
}

/* One HTML page, cleaned on its own; the caller frees the load. */
static struct load *
clean_html(const char *html)
{
	const char *names[] = { "p.html" };
	const char *texts[] = { html };

	return clean_texts(names, texts, 1);
}

/* Whether the cleaned body of a page holds text. */
static bool
body_has(const struct doc *d, const char *text)
{
	char *body = doc_body(d);
	bool found = strstr(body, text) != NULL;

	free(body);
	return found;
}

/* A page whose first tag is not <html> (a <script>, a <style>, an anchor
 * before the layout table): libxml2 made that first element the parent
 * of the whole page, and the page came out empty. */
static void
test_html_first_tag_not_html(void **state)
{
	static const char *const tops[] = {
		"<script>var a = 1;</script>",
		"<style>p { margin: 0 }</style>",
		"<a name=top id=top></a>",
		"<meta charset=utf-8><title>Quay opens</title>",
		"<link rel=stylesheet href=a.css>",
	};

	(void)state;
	for (size_t i = 0; i < sizeof tops / sizeof tops[0]; i++) {
		char *html = xasprintf("%s\n<table><tr><td><p>%s</p><p>%s</p>"
		    "</td></tr></table>", tops[i], para1, para2);
		struct load *l = clean_html(html);

		if (!body_has(l->docs[0], "The harbour authority") ||
		    !body_has(l->docs[0], "Dockworkers"))
			fail_msg("page starting with %s lost its text", tops[i]);
		assert_false(body_has(l->docs[0], "var a"));
		assert_false(body_has(l->docs[0], "margin"));
		free_load(l);
		free(html);
	}
}

/* A brief of short paragraphs, none long enough for the classifier:
 * the fallback keeps its best sentence and the short sentences of prose
 * beside it, not the best alone; a button line is still dropped. */
static void
test_text_brief_keeps_its_short_sentences(void **state)
{
	struct load *l = clean_page("The stall holders met the mayor on "
	    "Friday to talk about the roof.\n\nOfficials said that the "
	    "market would reopen soon.\n\nShare on Facebook\n");

	(void)state;
	assert_true(kept(l->docs[0], "The stall holders"));
	assert_true(kept(l->docs[0], "Officials said"));
	assert_false(kept(l->docs[0], "Share on Facebook"));
	free_load(l);
}

/* A story's closing paragraph of names and dates, too few function
 * words for jusText, right after the article: kept, and the short
 * sentence after it with it (the article's date is not taken from a
 * dropped paragraph). */
static void
test_text_closing_names_kept(void **state)
{
	struct load *l = clean_page("Niger breaks ties with Ukraine\n\n"
	    "Niger has ended its cooperation with Russia in the field of "
	    "intelligence, officials in Niamey said on Thursday.\n\n"
	    "The move comes amid broader internal challenges faced by the "
	    "ruling military government in Niamey.\n\nEarlier, on August 6, "
	    "2024, Niger broke diplomatic relations with Ukraine, accusing "
	    "Kyiv of violating the UN Charter.\n\nOfficials did not respond "
	    "to a request for comment on Wednesday.\n");

	(void)state;
	assert_true(kept(l->docs[0], "The move comes"));
	assert_true(kept(l->docs[0], "Earlier, on August 6"));
	assert_true(kept(l->docs[0], "Officials did not respond"));
	free_load(l);
}

/* A photo's caption between the story's last paragraphs is dropped and
 * cuts nothing off: the closing paragraph of figures after it (too few
 * function words, too short alone) is still the story's.  A credit
 * alone is dropped too (QA pass 30 F2). */
static void
test_text_caption_cuts_nothing(void **state)
{
	char *a = xasprintf("Port volumes rise again\n\n%s\n\n%s\n\n"
	    "Dockworkers gather outside the port offices in the rain on Monday "
	    "morning. (AP Photo/Jane Doe, File)\n\nLooking ahead, the port "
	    "sees 2025 volumes up 3.5 percent and 2026 volumes up 4.1 "
	    "percent, from 1.9 million containers.\n\nPhoto: Getty Images\n"
	    "\nShare this article\nCopyright 2024 Harbour Times.\n", para1,
	    para2);
	struct load *l = clean_page(a);
	const struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "Dockworkers, who had"));
	assert_false(kept(d, "Dockworkers gather"));
	assert_true(kept(d, "Looking ahead"));
	assert_false(kept(d, "Photo: Getty"));
	assert_true(boilerplate_photo_credit("Alex Wong | Getty Images", 24));
	assert_true(boilerplate_photo_credit("Image copyright Reuters", 23));
	assert_false(boilerplate_photo_credit("Pictures of the week", 20));
	assert_false(boilerplate_photo_credit("The photo (above) was taken "
	    "in May.", 35));
	free_load(l);
	free(a);
}

/* A table of figures reads a row a line, its cells a space apart (as
 * the benchmarks' gold gives a table); a layout table's cells, which
 * hold paragraphs, stay blocks of their own. */
static void
test_html_table_rows(void **state)
{
	char *html = xasprintf("<html><body><article><h1>Results</h1>"
	    "<p>%s</p><table><tr><th>Party</th><th>Votes</th><th>Seats</th>"
	    "</tr><tr><td>National <b>Union</b></td><td>120,455</td>"
	    "<td>14</td></tr></table><table><tr><td><p>%s</p></td>"
	    "<td><p>Second cell paragraph of the layout.</p></td></tr>"
	    "</table></article></body></html>", para1, para1);
	struct load *l = clean_html(html);
	const struct doc *d = l->docs[0];
	bool row = false, header = false, layout = false;

	(void)state;
	for (size_t i = 0; i < d->nblocks; i++) {
		char *t = xstrndup(d->text + d->blocks[i].bstart,
		    d->blocks[i].bend - d->blocks[i].bstart);

		row |= strcmp(t, "National Union 120,455 14") == 0;
		header |= strcmp(t, "Party Votes Seats") == 0;
		layout |= strcmp(t, "Second cell paragraph of the layout.") ==
		    0;
		free(t);
	}
	assert_true(row);
	assert_true(header);
	assert_true(layout);
	free_load(l);
	free(html);
}

/* A page whose only paragraph sits where the classifier drops everything
 * (here a container named like a sidebar) still gives that paragraph;
 * a lone short sentence is the body, not a guessed headline. */
static void
test_html_prose_never_lost(void **state)
{
	char *html = xasprintf("<html><body><ul><li><a href=/a>Home</a></li>"
	    "<li><a href=/b>Sports</a></li></ul><div class=sidebar><p>%s</p>"
	    "</div><div class=footer><a href=/c>Contact us</a></div>"
	    "</body></html>", para1);
	struct load *l = clean_html(html);

	(void)state;
	assert_true(kept(l->docs[0], "The harbour authority"));
	assert_false(kept(l->docs[0], "Home"));
	assert_false(kept(l->docs[0], "Contact us"));
	free_load(l);
	free(html);
	l = clean_html("<html><body><p>The quay opens on Monday at noon.</p>"
	    "</body></html>");
	assert_true(body_has(l->docs[0], "The quay opens on Monday"));
	free_load(l);
}

/* A page laid out in tables inside one <form> (ASP.NET wraps whole pages
 * so) has its text, though none of it sits in a <p>; a real form is still
 * dropped. */
static void
test_html_form_wrapping_page(void **state)
{
	static const char para4[] =
	    "Work on the second quay, further along the bay, is due to start "
	    "next year, if the city council agrees to lend the money.";
	char *html = xasprintf("<html><body><form action=/search><input name=q>"
	    "<a href=/go>Search the site</a></form><form action=Default.aspx>"
	    "<table><tr><td><b>News</b></td></tr><tr><td>%s</td></tr><tr><td>"
	    "%s</td></tr><tr><td>%s</td></tr><tr><td>%s</td></tr></table>"
	    "</form></body></html>", para1, para2, para3, para4);
	struct load *l = clean_html(html);

	(void)state;
	assert_true(kept(l->docs[0], "The harbour authority"));
	assert_true(kept(l->docs[0], "The mayor told"));
	assert_false(body_has(l->docs[0], "Search the site"));
	free_load(l);
	free(html);
}

/* A page with no sentence of prose (a list of headlines) still shows
 * its text: the biggest block and the rest of its list, not the
 * whitespace a layout cell holds. */
static void
test_html_no_prose_not_empty(void **state)
{
	struct load *l = clean_html("<html><head><title>Center</title></head>"
	    "<body><table><tr><td>&nbsp;</td><td><a href=/d>Donate</a></td>"
	    "</tr></table><ul><li><a href=/1>Harbour quay opens after two "
	    "years of storms and delays</a></li><li><a href=/2>Dockworkers "
	    "call off strike over pay</a></li><li><a href=/3>Mayor unveils "
	    "waterfront plan</a></li></ul></body></html>");

	(void)state;
	assert_true(kept(l->docs[0], "Harbour quay opens"));
	assert_true(kept(l->docs[0], "Dockworkers call off"));
	assert_true(kept(l->docs[0], "Mayor unveils"));
	free_load(l);
}

/* Paragraphs of no-break spaces inside the article (blank rows in the
 * clean view) are left out of it; the text keeps them, so offsets stay. */
static void
test_html_blank_paragraph_dropped(void **state)
{
	char *html = xasprintf("<html><body><article><p>%s</p>"
	    "<p>&nbsp;&nbsp;&#8203;</p><p>%s</p><p>%s</p></article>"
	    "</body></html>", para1, para2, para3);
	struct load *l = clean_html(html);
	const struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Dockworkers"));
	assert_false(kept(d, "\xc2\xa0\xc2\xa0"));
	assert_non_null(strstr(d->text, "\xc2\xa0\xc2\xa0"));
	free_load(l);
	free(html);
}

/* Word's conditional-comment marks, which the parser leaves as text and
 * a browser never shows, are blank too: a paragraph of them is left out
 * of the article, one beside words stays with them, and the text keeps
 * both, so offsets stay. */
static void
test_html_conditional_marks_blank(void **state)
{
	char *html = xasprintf("<html><body><article><p>%s</p>"
	    "<p><![if !supportEmptyParas]>&nbsp;<![endif]></p><p>%s</p>"
	    "<p><![if !supportLists]>1. <![endif]>Ferries run hourly.</p>"
	    "<p>%s</p></article></body></html>", para1, para2, para3);
	struct load *l = clean_html(html);
	const struct doc *d = l->docs[0];

	(void)state;
	assert_non_null(strstr(d->text, "<![if !supportEmptyParas]>"));
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Dockworkers"));
	assert_false(kept(d, "<![if !supportEmptyParas]>"));
	assert_true(kept(d, "<![if !supportLists]>1. <![endif]>Ferries"));
	free_load(l);
	free(html);
}

/* An article cut into sibling containers by a video player and a promo
 * card, each container named like clutter by the template ("rail"), is
 * kept whole, without the player's and the card's text. */
static void
test_html_split_article(void **state)
{
	static const char para4[] =
	    "Work on the second quay, further along the bay, is due to start "
	    "next year, if the city council agrees to lend the money that the "
	    "port needs to buy the land from the old shipyard's owners.";
	char *html = xasprintf("<html><head><title>Quay opens</title></head>"
	    "<body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
	    "<div class=story><div class=\"chunk adrail\"><div class=item>"
	    "<p>%s</p><p>%s</p></div></div><div class=player><a href=/v>"
	    "Watch: the quay</a></div><div class=promo><a href=/s>Subscribe "
	    "for $1</a></div><div class=\"chunk adrail\"><div class=item>"
	    "<p>%s</p><p>%s</p></div></div></div><aside><h3>Most read</h3>"
	    "<ul><li><a href=/1>Ferry timetable changes announced for summer"
	    "</a></li></ul></aside></body></html>", para1, para2, para3, para4);
	struct load *l = clean_html(html);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Dockworkers"));
	assert_true(kept(d, "The mayor told"));
	assert_true(kept(d, "Work on the second quay"));
	assert_false(kept(d, "Watch: the quay"));
	assert_false(kept(d, "Subscribe"));
	assert_false(kept(d, "Ferry timetable"));
	assert_false(kept(d, "Home"));
	free_load(l);
	free(html);
}

/* A line between two kept paragraphs of one container is part of the
 * story when it is a sentence, even one naming a network or holding a
 * link; a link to another story, a Title Case headline and a button
 * line stay out (#14 item 6). */
static void
test_html_short_line_inside_run_kept(void **state)
{
	char *html = xasprintf("<html><head><title>Quay opens</title></head>"
	    "<body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
	    "<article><div class=text><p>%s</p>"
	    "<p>The mayor saw the Twitter reaction and changed her mind.</p>"
	    "<p>%s</p><p>I thank <a href=/g>the Gazette</a> for the tip.</p>"
	    "<p>%s</p><p><a href=/r>Read more: Ferry fares rise again</a></p>"
	    "<p>%s</p><p><a href=/k>Why Fancy Ketchup</a> Costs So Much More?</p>"
	    "<p>%s</p><p>Follow us on Twitter</p><p>%s</p>"
	    "</div></article></body></html>", para1, para2, para3, para1,
	    para2, para3);
	struct load *l = clean_html(html);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "The mayor saw the Twitter"));
	assert_true(kept(d, "I thank the Gazette"));
	assert_false(kept(d, "Read more: Ferry"));
	assert_false(kept(d, "Why Fancy Ketchup"));
	assert_false(kept(d, "Follow us on Twitter"));
	free_load(l);
	free(html);
}

/* A long sentence of the story whose second half is one link, between
 * two kept paragraphs, is kept: a teaser of another story is a headline,
 * not twenty words of running text.  A short linked line and a long
 * Title Case teaser stay out. */
static void
test_html_long_linked_sentence_inside_run_kept(void **state)
{
	char *html = xasprintf("<html><head><title>Quay opens</title></head>"
	    "<body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
	    "<article><div class=text><p>%s</p>"
	    "<p>The ferry company has said little since then, <a href=/f>"
	    "although its chief executive was reported to be furious about "
	    "the delays that the storms caused to the summer timetable.</a>"
	    "</p><p>%s</p><p><a href=/b>The ferry company was furious.</a>"
	    "</p><p>%s</p><p><a href=/t>Ten Things The Ferry Company Will Not "
	    "Tell You About Its New Summer Timetable Or Its Fares For Cars, "
	    "Bicycles And Foot Passengers This Year.</a></p><p>%s</p>"
	    "</div></article></body></html>", para1, para2, para3, para1);
	struct load *l = clean_html(html);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "The ferry company has said little"));
	assert_false(kept(d, "The ferry company was furious."));
	assert_false(kept(d, "Ten Things"));
	free_load(l);
	free(html);
}

/* A one-paragraph post is the article, not the longer help text of a
 * hidden comment form below it, though the help's own wrapper is named
 * like content: what sits inside furniture counts half (#14 item 1). */
static void
test_html_short_post_beats_hidden_form_help(void **state)
{
	char *html = xasprintf("<html><head><title>Quay</title></head><body>"
	    "<div class=post><h2>Quay opens</h2><div class=entry><p>The new "
	    "quay opened on Tuesday, two years late, and the first ferry "
	    "tied up there before noon.</p></div></div>"
	    "<div id=comment-form class=hidden><div class=help-text>"
	    "<p>Before your comment is posted, type the letters and numbers "
	    "that you see in the picture below, in the same order, so that we "
	    "know you are a person, not a program, and press send.</p>"
	    "<p>If you cannot read the picture, ask for another one, or ask "
	    "for a sound file instead, which reads the letters aloud, one by "
	    "one, slowly, and then type them in the box.</p></div></div>"
	    "</body></html>");
	struct load *l = clean_html(html);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The new quay opened"));
	assert_false(kept(d, "Before your comment"));
	assert_false(kept(d, "If you cannot read"));
	free_load(l);
	free(html);
}

/* A blog's one-paragraph post under the heading its <title> states is
 * the article, not the longer notice of a left-hand column printed
 * before that heading, though the column's wrapper is named like content
 * and the post has a link: a candidate wholly above the headline counts
 * half (round 9 of #14). */
static void
test_html_column_above_headline_loses(void **state)
{
	char *html = xasprintf("<html><head><title>Quay opens - Harbour "
	    "blog</title></head><body><div id=left><div class=module>"
	    "<h2>Small print</h2><div class=module-content><ul><li><div>If "
	    "you see a photo here that we have not credited, please let us "
	    "know, so that we can credit it. If a photo is yours and you "
	    "would rather we did not use it, write to us, and we will remove "
	    "it.</div></li></ul></div></div></div><div id=main>"
	    "<h2>3 May 2024</h2><div class=entry><h3>Quay opens</h3>"
	    "<div class=entry-content><div class=entry-body><p>The new quay "
	    "opened on Tuesday, <a href=/x>two years late</a>, and the first "
	    "ferry tied up there before noon.</p></div></div></div></div>"
	    "</body></html>");
	struct load *l = clean_html(html);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The new quay opened"));
	assert_false(kept(d, "If you see a photo"));
	free_load(l);
	free(html);
}

/* A short story on a page whose title names no heading loses to the
 * site's longer "about" text by length alone; the page's description
 * quotes the story's lead, and that is the evidence left (round 14 of
 * #14).  Without a description the longer text still wins: the test
 * checks that the description is what decides. */
static const char about_page[] = "<html><head><title>%s"
    "</title>%s</head><body><table><tr><td><b>Rowers win again</b><br>"
    "Two late goals from the visitors settled the match on Saturday, in "
    "front of a full stand, as the rowing club beat the city side for the "
    "third time this season.<br><br>The club's captain said the side had "
    "trained twice a day since March, and that the win was for the town "
    "and its supporters.<br><br>%sThe next match is at home.</td></tr>"
    "</table><div class=box><p>Harbour News covers the town and the port, "
    "the coast and the islands, in more depth than any other paper, with "
    "news and sport and the arts every day of the week.</p></div>"
    "</body></html>";

static void
test_html_description_finds_short_story(void **state)
{
	char *with = xasprintf(about_page, "Harbour News: Sport",
	    "<meta name=description content=\"Two late goals from the "
	    "visitors settled the match on Saturday, in front of a full "
	    "stand\">", "");
	char *without = xasprintf(about_page, "Harbour News: Sport", "", "");
	struct load *l = clean_html(with);
	struct load *m = clean_html(without);

	(void)state;
	assert_true(kept(l->docs[0], "Two late goals"));
	assert_false(kept(l->docs[0], "Harbour News covers"));
	assert_false(kept(m->docs[0], "Two late goals"));
	free_load(l);
	free_load(m);
	free(with);
	free(without);
}

/* Cleans about_page with the title, head and extra story paragraph
 * given; the story must be kept and the "about" box not. */
static void
assert_story_not_box(const char *title, const char *head, const char *extra)
{
	char *html = xasprintf(about_page, title, head, extra);
	struct load *l = clean_html(html);

	assert_true(kept(l->docs[0], "Two late goals"));
	assert_false(kept(l->docs[0], "Harbour News covers"));
	free_load(l);
	free(html);
}

/* The description matches whatever spaces, quotes and dashes the page
 * writes: "Saturday&nbsp;in" in it, "Saturday, in" in the story. */
static void
test_html_description_loose_spaces(void **state)
{
	(void)state;
	assert_story_not_box("Harbour News: Sport", "<meta name=description "
	    "content=\"Two late goals from the visitors settled the match on "
	    "Saturday&nbsp;in front of a full stand\">", "");
}

/* One description for the whole site, which its "about" box quotes, is
 * no evidence: the box must not join a story that wins without it. */
static void
test_html_site_description_ignored(void **state)
{
	(void)state;
	assert_story_not_box("Sport - Harbour News", "<meta name=description "
	    "content=\"Harbour News covers the town and the port, the coast "
	    "and the islands, in more depth than any other paper\">",
	    "The coach said the new boat had made the difference, and "
	    "thanked the supporters who had paid for it.<br><br>");
}

/* Past the story's last paragraph and a run of dropped links, short
 * lines are furniture: the blurbs of story cards and a heading over
 * nothing.  A short line right after the story, before the gap, stays. */
static void
test_html_detached_tail_dropped(void **state)
{
	char *html = xasprintf("<html><head><title>Quay opens</title></head>"
	    "<body><article><div class=text><p>%s</p><p>%s</p><p>%s</p>"
	    "<p>Work starts in May.</p>"
	    "<ul><li><a href=/1>Ferry fares</a></li><li><a href=/2>Bridge "
	    "works</a></li><li><a href=/3>Harbour lights</a></li><li>"
	    "<a href=/4>Coast road</a></li></ul>"
	    "<h3>More on this</h3>"
	    "<div><a href=/5>Storm on the coast road</a></div>"
	    "<div>Three bridges were closed for a week.</div>"
	    "<div><a href=/6>New fish market</a></div>"
	    "<div>Traders move in next spring.</div>"
	    "</div></article></body></html>", para1, para2, para3);
	struct load *l = clean_html(html);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Work starts in May."));
	assert_false(kept(d, "More on this"));
	assert_false(kept(d, "Three bridges"));
	assert_false(kept(d, "Traders move in"));
	free_load(l);
	free(html);
}

/* A short line the article's container keeps but that stands alone
 * between dropped blocks (a dateline between a menu and share buttons,
 * a promo line between rows of links) is not the story's; its own
 * short lines next to its paragraphs (a subheading, a closing line)
 * stay, and a page with no prose keeps its short lines. */
static void
test_html_stranded_short_line_dropped(void **state)
{
	char *html = xasprintf("<html><head><title>Quay opens</title></head>"
	    "<body><article><div class=text>"
	    "<div><a href=/a>Harbour</a> | <a href=/b>Ferries</a> | "
	    "<a href=/c>Weather</a></div>"
	    "<p>Updated 3 May 2024, 10:15</p>"
	    "<div><a href=/d>Share</a> <a href=/e>Print</a></div>"
	    "<p>%s</p><h2>Work starts in May</h2><p>%s</p><p>%s</p>"
	    "<p>Fares stay the same.</p>"
	    "<div><a href=/g>Ferry fares</a> <a href=/h>Bridge works</a></div>"
	    "<p>Get the Harbour Times at home</p>"
	    "<div><a href=/i>Coast road</a> <a href=/j>Fish market</a></div>"
	    "</div></article></body></html>", para1, para2, para3);
	const char *lines = "<html><body><div>"
	    "<div><a href=/a>Harbour</a> <a href=/b>Ferries</a></div>"
	    "<p>Open from 9 to 5</p>"
	    "<div><a href=/c>Weather</a> <a href=/d>Tides</a></div>"
	    "</div></body></html>";
	struct load *l = clean_html(html), *ls = clean_html(lines);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Work starts in May"));
	assert_true(kept(d, "Fares stay the same."));
	assert_false(kept(d, "Updated 3 May 2024"));
	assert_false(kept(d, "Get the Harbour Times"));
	assert_true(kept(ls->docs[0], "Open from 9 to 5"));
	free_load(l);
	free_load(ls);
	free(html);
}

/* A list whose items each give a shop's address on a line of its own
 * keeps the addresses: a bare web address between kept lines is a
 * reference, not a link to another story (#14 item 6). */
static void
test_html_bare_url_inside_list_kept(void **state)
{
	char *html = xasprintf("<html><head><title>Gifts</title></head>"
	    "<body><nav><a href=/>Home</a> <a href=/w>World</a></nav>"
	    "<article><div class=text><p>%s</p><p>%s</p>"
	    "<p>1) A steel kettle for two litres of water<br>"
	    "<a href=https://shop.example/k1>https://shop.example/k1</a><br>"
	    "2) A wooden tray with brass handles<br>"
	    "<a href=https://shop.example/t2>https://shop.example/t2</a><br>"
	    "3) A lamp made of recycled glass bottles</p><p>%s</p>"
	    "</div></article></body></html>", para1, para2, para3);
	struct load *l = clean_html(html);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "1) A steel kettle"));
	assert_true(kept(d, "https://shop.example/k1"));
	assert_true(kept(d, "2) A wooden tray"));
	assert_true(kept(d, "https://shop.example/t2"));
	assert_true(kept(d, "3) A lamp"));
	free_load(l);
	free(html);
}

/* An embedded post quoted in the article keeps the line that says whose
 * it is, though its link and date make it look like furniture; a quote
 * that is itself dropped takes its line with it. */
static void
test_html_quote_attribution_kept(void **state)
{
	char *html = xasprintf("<html><head><title>Quay opens</title></head>"
	    "<body><article><div class=text><p>%s</p>"
	    "<blockquote><p>The new quay is a fine thing for all of us who "
	    "work on the water.</p>&mdash; Jane Doe (@janedoe) "
	    "<a href=/s/1>May 3, 2024</a></blockquote><p>%s</p>"
	    "<blockquote><p><a href=/v>Watch the video of the quay</a></p>"
	    "&mdash; Port TV (@porttv) <a href=/s/2>May 4, 2024</a>"
	    "</blockquote><p>%s</p></div></article></body></html>",
	    para1, para2, para3);
	struct load *l = clean_html(html);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The new quay is a fine thing"));
	assert_true(kept(d, "\xe2\x80\x94 Jane Doe"));
	assert_false(kept(d, "Watch the video"));
	assert_false(kept(d, "\xe2\x80\x94 Port TV"));
	assert_true(kept(d, "The mayor told"));
	free_load(l);
	free(html);
}

/* A page laid out with a table puts its prose straight into a cell,
 * between <br>s: a side cell's short paragraphs are not what the article
 * is scored by. */
static void
test_html_prose_in_table_cells(void **state)
{
	char *html = xasprintf("<html><body><table><tr><td><a href=/>Home</a>"
	    "<br><a href=/n>News</a></td><td>%s<br><br>%s<br><br>%s</td><td>"
	    "<p>Our sponsors:</p><p>Harbour Supplies, for all of your "
	    "boating needs.</p></td></tr></table></body></html>",
	    para1, para2, para3);
	struct load *l = clean_html(html);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Dockworkers"));
	assert_true(kept(d, "The mayor told"));
	assert_false(kept(d, "Home"));
	assert_false(kept(d, "News"));
	free_load(l);
	free(html);
}

/* A list of teasers that a dump shows twice (a carousel and its copy) is
 * furniture, however long each teaser; one question that an interview
 * asks each of its guests is not. */
static void
test_text_repeated_teasers(void **state)
{
	static const char teasers[] =
	    "Ferry timetable changes announced for the summer season, with "
	    "more boats to the islands on weekends and fewer on weekdays.\n"
	    "The new lighthouse museum opens its doors to visitors, who can "
	    "climb the old tower for the first time in more than fifty years.\n";
	static const char question[] =
	    "What was the hardest part of the work on the quay, and what would "
	    "you do differently if you had to build it again from the start?";
	char *a = page("", teasers);
	char *b, *interview;
	struct load *l;

	(void)state;
	b = xasprintf("%s%s%s", a, teasers, teasers);
	l = clean_page(b);
	assert_false(kept(l->docs[0], "Ferry timetable"));
	assert_false(kept(l->docs[0], "The new lighthouse"));
	assert_true(kept(l->docs[0], "The harbour authority"));
	free_load(l);
	interview = xasprintf("Interviews at the harbour\n\n%s\n%s\n%s\n%s\n"
	    "%s\n", para1, question, para2, question, para3);
	l = clean_page(interview);
	assert_true(kept(l->docs[0], "What was the hardest"));
	assert_true(kept(l->docs[0], "Dockworkers"));
	free_load(l);
	free(interview);
	free(b);
	free(a);
}

/* A figure's caption and credit, between two paragraphs of the article,
 * are not its text. */
static void
test_html_figure_caption_dropped(void **state)
{
	char *html = xasprintf("<html><body><article><p>%s</p><figure>"
	    "<img src=q.jpg><figcaption>The new quay at dawn on Tuesday, seen "
	    "from the harbour wall. Photo: Ada Lovelace</figcaption></figure>"
	    "<p>%s</p><p>%s</p></article></body></html>", para1, para2, para3);
	struct load *l = clean_html(html);
	struct doc *d = l->docs[0];

	(void)state;
	assert_true(kept(d, "The harbour authority"));
	assert_true(kept(d, "Dockworkers"));
	assert_false(kept(d, "The new quay at dawn"));
	free_load(l);
	free(html);
}

/* An author stated as a byline loses its "By" and the role after it. */
static void
test_html_stated_author_normalised(void **state)
{
	char *html = xasprintf("<html><head><meta name=author content=\"By "
	    "JANE DOE, AP Auto Writer\"></head><body><p>%s</p><p>%s</p>"
	    "</body></html>", para1, para2);
	struct load *l = clean_html(html);

	(void)state;
	assert_string_equal(l->docs[0]->author, "JANE DOE");
	free_load(l);
	free(html);
}

/* The site: og:site_name first, but a site stated as a URL is its host;
 * with none stated, the host of the page's canonical address or og:url;
 * never a footer's credit to who made the site; a copyright line's
 * site without the dash before "All rights reserved". */
static void
test_site_from_host_not_credit(void **state)
{
	static const char *const heads[] = {
		"<link rel=canonical href=\"https://www.Harbour-Times.example"
		":8080/news/quay?x=1\">",
		"<meta property=og:url content=\"http://user@harbour-times."
		"example/a\">",
		"<meta property=og:site_name content=\"https://harbour-times."
		"example/\"><link rel=canonical href=\"https://other.example/\">",
	};
	char *credit = xasprintf("Harbour plans approved\n\n%s\n%s\n\n"
	    "Copyright 2024 Designed by Acme Web Studio\n", para1, para2);
	struct load *l = clean_page(credit);
	char *dash = xasprintf("Harbour plans approved\n\n%s\n%s\n\n"
	    "\xC2\xA9 2023 Harbour TV - All rights reserved.\n", para1, para2);

	(void)state;
	assert_null(l->docs[0]->site);
	free_load(l);
	free(credit);
	/* The dash before "All rights reserved" is no part of the site. */
	l = clean_page(dash);
	assert_string_equal(l->docs[0]->site, "Harbour TV");
	free_load(l);
	free(dash);
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
		char *html = xasprintf("<html><head>%s</head><body><p>%s</p>"
		    "<p>%s</p><footer>Copyright 2024 Designed by Acme</footer>"
		    "</body></html>", heads[i], para1, para2);

		l = clean_html(html);
		assert_string_equal(l->docs[0]->site, "harbour-times.example");
		free_load(l);
		free(html);
	}
}

/* Comments after the story, past the lines that end it (tags, a count,
 * names, times, votes), are dropped however well they read; a story cut
 * by an advertisement line or two keeps its tail. */
static const char comments[] =
    "Tags: harbour, strikes\nShare this story\n[ 12 comments ]\n"
    "Top Rated Comments\nharbourfan\n2 days ago at 07:52 am\n"
    "I think that the new quay will be a good thing for the town, because "
    "the ferries will be able to dock there even when the weather is bad "
    "and the old pier is closed for repairs, which happens every winter "
    "now that the wood is so old.\nRating: 36 Votes\n"
    "oldsalt\n2 days ago at 08:10 am\n"
    "It would have been nice if they had asked the people who live by the "
    "water what they thought of the plans before they started to build "
    "anything at all on the quay, but that is how things have always been "
    "done in this town and nobody expects it to change.\n"
    "Rating: 12 Votes\n";

static void
test_text_comments_after_story_dropped(void **state)
{
	char *a = xasprintf("Harbour plans approved after long delay\n\n"
	    "%s\n%s\n%s\n%s", para1, para2, para3, comments);
	char *b = xasprintf("Harbour plans approved after long delay\n\n"
	    "%s\nAdvertisement\nStory continues below\n%s\n%s\n",
	    para1, para2, para3);
	struct load *la = clean_page(a), *lb = clean_page(b);

	(void)state;
	assert_true(kept(la->docs[0], "The harbour authority"));
	assert_true(kept(la->docs[0], "The mayor told"));
	assert_false(kept(la->docs[0], "I think that the new quay"));
	assert_false(kept(la->docs[0], "It would have been nice"));
	assert_true(kept(lb->docs[0], "The mayor told"));
	free_load(la);
	free_load(lb);
	free(a);
	free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_related_block_dropped_subheading_kept),
		cmocka_unit_test(test_text_table_with_tag_debris_kept),
		cmocka_unit_test(test_text_metadata),
		cmocka_unit_test(test_text_short_note_title),
		cmocka_unit_test(test_text_title_printed_again),
		cmocka_unit_test(test_text_furniture),
		cmocka_unit_test(test_text_closing_sentences),
		cmocka_unit_test(test_text_caption_cuts_nothing),
		cmocka_unit_test(test_versions_apart_keep_shared_sentence),
		cmocka_unit_test(test_text_repeated_teasers),
		cmocka_unit_test(test_cross_file_evidence),
		cmocka_unit_test(test_versions_keep_their_headline),
		cmocka_unit_test(test_edited_versions_one_story),
		cmocka_unit_test(test_unspaced_versions_keep_their_headline),
		cmocka_unit_test(test_html_article_container),
		cmocka_unit_test(test_text_spun_prose_kept),
		cmocka_unit_test(test_bylines),
		cmocka_unit_test(test_byline_several_authors),
		cmocka_unit_test(test_text_unspaced_scripts),
		cmocka_unit_test(test_text_story_cards_dropped),
		cmocka_unit_test(test_text_comments_after_story_dropped),
		cmocka_unit_test(test_html_first_tag_not_html),
		cmocka_unit_test(test_text_brief_keeps_its_short_sentences),
		cmocka_unit_test(test_text_closing_names_kept),
		cmocka_unit_test(test_html_table_rows),
		cmocka_unit_test(test_html_prose_never_lost),
		cmocka_unit_test(test_html_form_wrapping_page),
		cmocka_unit_test(test_html_no_prose_not_empty),
		cmocka_unit_test(test_html_blank_paragraph_dropped),
		cmocka_unit_test(test_html_split_article),
		cmocka_unit_test(test_html_short_line_inside_run_kept),
		cmocka_unit_test(test_html_long_linked_sentence_inside_run_kept),
		cmocka_unit_test(test_html_short_post_beats_hidden_form_help),
		cmocka_unit_test(test_html_column_above_headline_loses),
		cmocka_unit_test(test_html_description_finds_short_story),
		cmocka_unit_test(test_html_description_loose_spaces),
		cmocka_unit_test(test_html_site_description_ignored),
		cmocka_unit_test(test_html_detached_tail_dropped),
		cmocka_unit_test(test_html_stranded_short_line_dropped),
		cmocka_unit_test(test_html_conditional_marks_blank),
		cmocka_unit_test(test_html_bare_url_inside_list_kept),
		cmocka_unit_test(test_html_quote_attribution_kept),
		cmocka_unit_test(test_html_prose_in_table_cells),
		cmocka_unit_test(test_html_figure_caption_dropped),
		cmocka_unit_test(test_html_stated_author_normalised),
		cmocka_unit_test(test_site_from_host_not_credit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
