/* Unit tests for the entity model's evidence around and inside a name:
 * src/ner/ner_cue.c (the defining and preceding cue words, passed on to
 * the same word elsewhere; the capitalised run, whole names the lists
 * know, quoted titles) and ner_feat.c's numeric documents, words seen
 * elsewhere in the document, languages, WordNet's kinds, the names
 * listed together, the document's topic, the word clusters and which
 * features name the word itself. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "ner/gazetteer.h"
#include "ner/ner_clusters.h"
#include "ner/ner.h"
#include "ner/ner_model.h"
#include "ner/ner_seq.h"

/* The sequence of text with every feature's evidence filled in (no
 * dictionary, no rules' mentions). */
static void
prepare(struct ner_seq *s, struct ner *n, const char *text)
{
	ner_seq_init(s, text);
	ner_seq_scan(s, 0, strlen(text), 0);
	ner_seq_finish(s, n, NULL, 0);
}

/* The index of the k-th token (from 0) written w. */
static size_t
tok(const struct ner_seq *s, const char *w, unsigned k)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->v[i].bend - s->v[i].bstart == strlen(w) &&
		    memcmp(s->text + s->v[i].bstart, w, strlen(w)) == 0 &&
		    k-- == 0)
			return i;
	fail_msg("no token '%s'", w);
	return 0;
}

/* The lower-case form's hash of the first token written w: what a cue
 * on that word holds. */
static uint32_t
low(const struct ner_seq *s, const char *w)
{
	return s->v[tok(s, w, 0)].h_lower;
}

/* "X are a ... NOUN": the head noun, not the participle after it; "the
 * band X": the word before; both passed on to a bare X later. */
static void
test_defining_and_preceding(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;
	size_t q[3], london;

	(void)state;
	prepare(&s, n, "Queen are a British rock band formed in London. "
	    "Fans of the band Queen sang.\nLater Queen toured.");
	for (unsigned k = 0; k < 3; k++)
		q[k] = tok(&s, "Queen", k);
	london = tok(&s, "London", 0);
	assert_int_equal(s.v[q[0]].cue[CUE_DEF], low(&s, "band"));
	assert_int_equal(s.v[q[0]].cue[CUE_PRE], 0);
	assert_int_equal(s.v[q[1]].cue[CUE_PRE], low(&s, "band"));
	assert_int_equal(s.v[q[1]].cue[CUE_DEF], 0);
	/* "Later Queen": a capitalised word is no cue. */
	assert_int_equal(s.v[q[2]].cue[CUE_DEF], 0);
	assert_int_equal(s.v[q[2]].cue[CUE_PRE], 0);
	for (unsigned k = 0; k < 3; k++) {
		assert_int_equal(s.v[q[k]].cue_doc[CUE_DEF], low(&s, "band"));
		assert_int_equal(s.v[q[k]].cue_doc[CUE_PRE], low(&s, "band"));
	}
	/* "in London": a function word is no cue. */
	assert_int_equal(s.v[london].cue[CUE_PRE], 0);
	assert_int_equal(s.v[london].cue_doc[CUE_PRE], 0);
	ner_seq_free(&s);
	ner_destroy(n);
}

/* "X (NOUN)", "X, the ... NOUN by", "X (or Y) is an ... NOUN", "X
 * NOUN": each word of the name gets the cue. */
static void
test_apposition_and_brackets(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;
	size_t a, b;

	(void)state;
	prepare(&s, n, "Thriller (album) sold.\n"
	    "Bad Moon, the 1982 song by them, sold.\n"
	    "Thirty Seconds (or 30 Seconds) is an alternative rock band.\n"
	    "Pat Lee is tall. They sold Dark Side records.\nSide won.");
	assert_int_equal(s.v[tok(&s, "Thriller", 0)].cue[CUE_DEF],
	    low(&s, "album"));
	a = tok(&s, "Bad", 0);
	assert_int_equal(s.v[a].cue[CUE_DEF], low(&s, "song"));
	assert_int_equal(s.v[a + 1].cue[CUE_DEF], low(&s, "song"));
	b = tok(&s, "Thirty", 0);
	assert_int_equal(s.v[b].cue[CUE_DEF], low(&s, "band"));
	assert_int_equal(s.v[b + 1].cue[CUE_DEF], low(&s, "band"));
	/* No article: no definition; "is" is no word after. */
	assert_int_equal(s.v[tok(&s, "Pat", 0)].cue[CUE_DEF], 0);
	assert_int_equal(s.v[tok(&s, "Pat", 0)].cue[CUE_POST], 0);
	/* The word after: "Dark Side records". */
	a = tok(&s, "Dark", 0);
	assert_int_equal(s.v[a].cue[CUE_POST], low(&s, "records"));
	assert_int_equal(s.v[a + 1].cue[CUE_POST], low(&s, "records"));
	assert_int_equal(s.v[tok(&s, "Side", 1)].cue_doc[CUE_POST],
	    low(&s, "records"));
	ner_seq_free(&s);
	ner_destroy(n);
}

/* The run a word is part of, and the longest run of the same word in the
 * document. */
static void
test_runs(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;
	size_t bank, of, walt, disney;

	(void)state;
	prepare(&s, n, "He met the Bank of England, and Walt Disney Company "
	    "people.\nThen Disney said so.");
	bank = tok(&s, "Bank", 0);
	of = tok(&s, "of", 0);
	walt = tok(&s, "Walt", 0);
	disney = tok(&s, "Disney", 1);
	assert_int_equal(s.v[bank].run_len, 3);
	assert_int_equal(s.v[of].run_len, 3);
	assert_int_equal(s.v[bank].run_pos, 1);
	assert_int_equal(s.v[of].run_pos, 0);
	assert_int_equal(s.v[bank + 2].run_pos, 2);
	assert_true(s.v[of].run_join);
	assert_int_equal(s.v[of].run_first, low(&s, "Bank"));
	assert_int_equal(s.v[of].run_last, low(&s, "England"));
	/* The comma ends the name: "and" joins nothing. */
	assert_int_equal(s.v[walt].run_len, 3);
	assert_false(s.v[walt].run_join);
	assert_int_equal(s.v[walt].run_last, low(&s, "Company"));
	assert_int_equal(s.v[tok(&s, "people", 0)].run_len, 0);
	/* A bare "Disney" knows the company it is part of elsewhere. */
	assert_int_equal(s.v[disney].run_len, 1);
	assert_int_equal(s.v[disney].doc_run_last, low(&s, "Company"));
	ner_seq_free(&s);
	ner_destroy(n);
}

/* A table of results is a numeric document, prose is not. */
static void
test_numeric_document(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;

	(void)state;
	prepare(&s, n, "Reading 2 Bristol 1\nLeeds 3 Hull 0\nYork 1 Bury 1");
	assert_true(s.numeric);
	ner_seq_free(&s);
	prepare(&s, n, "Reading is a town of 160,000 people in Berkshire, "
	    "on the Thames, founded before 900.");
	assert_false(s.numeric);
	ner_seq_free(&s);
	ner_destroy(n);
}

/* What the document says of a word elsewhere: only what it says (each
 * word's bits once started empty, not from a fresh table entry's
 * (size_t)-1, which made every word look lower case somewhere). */
static void
test_document_words(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;
	unsigned char labels[64] = { 0 };
	size_t paris, apple;

	(void)state;
	prepare(&s, n, "Paris is big. We like Paris and Apple.\n"
	    "An apple is red.");
	paris = tok(&s, "Paris", 1);
	apple = tok(&s, "Apple", 0);
	assert_int_equal(s.v[paris].doc & DW_LOWER, 0);
	assert_int_equal(s.v[paris].doc & DW_CAP_INSIDE, DW_CAP_INSIDE);
	assert_int_equal(s.v[paris].doc & DW_TYPES, 0);	/* no rules */
	assert_int_equal(s.v[apple].doc & DW_LOWER, DW_LOWER);
	/* The second pass: every word labelled O, so no type anywhere. */
	assert_true(s.n < sizeof labels);
	ner_seq_second(&s, labels);
	for (size_t i = 0; i < s.n; i++)
		assert_int_equal(s.v[i].first_doc, 0);
	ner_seq_free(&s);
	ner_destroy(n);
}

/* A run the lists know only whole ("West Africa": neither word alone is
 * a region) carries the list's bits; a run they do not know, or of one
 * word, carries none.  A language name has its own bit. */
static void
test_whole_run_and_language(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;
	size_t west, africa, walt, paris, latin;

	(void)state;
	prepare(&s, n, "He flew over West Africa to see Walt Disney Company "
	    "staff in Paris.\nTranslated from Latin, it means yes.");
	west = tok(&s, "West", 0);
	africa = tok(&s, "Africa", 0);
	walt = tok(&s, "Walt", 0);
	paris = tok(&s, "Paris", 0);
	latin = tok(&s, "Latin", 0);
	assert_int_equal(s.v[west].run_whole & GAZ_LOC, GAZ_LOC);
	assert_int_equal(s.v[africa].run_whole, s.v[west].run_whole);
	assert_int_equal(s.v[west].gaz & GAZ_LOC, 0);
	assert_int_equal(s.v[walt].run_whole, 0);
	assert_int_equal(s.v[paris].run_whole, 0);
	assert_int_equal(s.v[latin].gaz & GAZ_LANG, GAZ_LANG);
	assert_int_equal(s.v[paris].gaz & GAZ_LANG, 0);
	ner_seq_free(&s);
	ner_destroy(n);
}

/* WordNet's kinds reach the model, a word's and a whole run's, and
 * never the rules' gazetteer bits: gaz_lookup() hides them. */
static void
test_wordnet_kinds(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;
	size_t interpol, battle, britain, met;

	(void)state;
	assert_int_equal(gaz_lookup_all("Interpol", 8) & GAZ_WN_ORG,
	    GAZ_WN_ORG);
	assert_int_equal(gaz_lookup("Interpol", 8) & GAZ_WORDNET, 0);
	assert_int_equal(gaz_lookup("Beatles", 7), 0);
	assert_int_equal(gaz_lookup_all("Beatles", 7), GAZ_WN_ORG);
	assert_int_equal(gaz_lookup("Paris", 5) & GAZ_WORDNET, 0);
	prepare(&s, n, "Interpol met at the Battle of Britain memorial.");
	interpol = tok(&s, "Interpol", 0);
	battle = tok(&s, "Battle", 0);
	britain = tok(&s, "Britain", 0);
	met = tok(&s, "met", 0);
	assert_int_equal(s.v[interpol].wn, GAZ_WN_ORG >> GAZ_WN_SHIFT);
	assert_int_equal(s.v[interpol].gaz & GAZ_WORDNET, 0);
	assert_int_equal(s.v[battle].run_wn & (GAZ_WN_EVENT >> GAZ_WN_SHIFT),
	    GAZ_WN_EVENT >> GAZ_WN_SHIFT);
	assert_int_equal(s.v[britain].run_wn, s.v[battle].run_wn);
	assert_int_equal(s.v[battle].run_whole & GAZ_WORDNET, 0);
	assert_int_equal(s.v[met].wn, 0);
	assert_int_equal(s.v[interpol].run_wn, 0);	/* a run of one word */
	ner_seq_free(&s);
	ner_destroy(n);
}

/* A short quotation starting with a capital is a title, function words
 * and all; a lower-case or long quotation is not. */
static void
test_quoted_titles(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;
	size_t a, lie, to;

	(void)state;
	prepare(&s, n, "They released \" A Beautiful Lie \" and \" Time to "
	    "Wake Up \" but said \" no way \" and \" One two three four "
	    "five six seven eight nine \" twice.");
	a = tok(&s, "A", 0);
	lie = tok(&s, "Lie", 0);
	to = tok(&s, "to", 0);
	assert_int_equal(s.v[a].quoted, QUOTED_IN | QUOTED_FIRST);
	assert_int_equal(s.v[a + 1].quoted, QUOTED_IN);
	assert_int_equal(s.v[lie].quoted, QUOTED_IN | QUOTED_LAST);
	assert_int_equal(s.v[to].quoted, QUOTED_IN);
	assert_int_equal(s.v[tok(&s, "Up", 0)].quoted, QUOTED_IN |
	    QUOTED_LAST);
	assert_int_equal(s.v[tok(&s, "released", 0)].quoted, 0);
	assert_int_equal(s.v[tok(&s, "no", 0)].quoted, 0);
	assert_int_equal(s.v[tok(&s, "One", 0)].quoted, 0);
	assert_int_equal(s.v[tok(&s, "nine", 0)].quoted, 0);
	ner_seq_free(&s);
	ner_destroy(n);
}

static size_t
feature_count(const struct ner_seq *s, size_t i)
{
	return s->foff[i + 1] - s->foff[i];
}

/* The second pass sees the first pass's types of the names listed with
 * a name ("Orgy, Velvet Revolver and Linkin Park"), and only those. */
static void
test_list_mates(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;
	unsigned char alone[16] = { 0 }, listed[16] = { 0 };
	size_t orgy, velvet, linkin, fans, bare, fans_bare;
	uint32_t with_org[NER_MAX_FEATS];

	(void)state;
	prepare(&s, n, "Fans saw Orgy , Velvet Revolver and Linkin Park .");
	assert_true(s.n < sizeof alone);
	fans = tok(&s, "Fans", 0);
	orgy = tok(&s, "Orgy", 0);
	velvet = tok(&s, "Velvet", 0);
	linkin = tok(&s, "Linkin", 0);
	alone[velvet] = listed[velvet] = NL_B_ORG;
	alone[velvet + 1] = listed[velvet + 1] = NL_I_ORG;
	listed[orgy] = NL_B_ORG;
	listed[linkin] = NL_B_ORG;
	listed[linkin + 1] = NL_I_ORG;
	ner_seq_second(&s, alone);
	bare = feature_count(&s, velvet + 1);
	fans_bare = feature_count(&s, fans);
	ner_seq_second(&s, listed);
	assert_int_equal(feature_count(&s, velvet + 1), bare + 1);
	assert_int_equal(feature_count(&s, velvet), bare + 1);
	memcpy(with_org, s.feats + s.foff[velvet + 1], (bare + 1) *
	    sizeof *with_org);
	/* Another type beside it is another feature. */
	listed[orgy] = NL_B_PER;
	ner_seq_second(&s, listed);
	assert_int_equal(feature_count(&s, velvet + 1), bare + 1);
	assert_memory_not_equal(s.feats + s.foff[velvet + 1], with_org,
	    (bare + 1) * sizeof *with_org);
	/* A word labelled O gets none. */
	assert_int_equal(feature_count(&s, fans), fans_bare);
	ner_seq_free(&s);
	ner_destroy(n);
}

/* The document's topic: the first defining head noun, or none. */
static void
test_topic(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;

	(void)state;
	prepare(&s, n, "Fans met in Leeds.\nQueen are a British rock band "
	    "formed in London.\nThriller, the 1982 album, sold well.");
	assert_int_equal(s.topic, low(&s, "band"));
	ner_seq_free(&s);
	prepare(&s, n, "Fans of Queen met in Leeds.");
	assert_int_equal(s.topic, 0);
	ner_seq_free(&s);
	ner_destroy(n);
}

/* The features two tokens have in common. */
static size_t
shared_feats(const struct ner_seq *a, size_t i, const struct ner_seq *b,
    size_t j)
{
	size_t n = 0;

	for (size_t x = a->foff[i]; x < a->foff[i + 1]; x++)
		for (size_t y = b->foff[j]; y < b->foff[j + 1]; y++)
			if (a->feats[x] == b->feats[y]) {
				n++;
				break;
			}
	return n;
}

/* The cluster table: lower-case words, looked up whole; a path's
 * prefixes keep their length mark. */
static void
test_cluster_lookup(void **state)
{
	(void)state;
	assert_true(ner_cluster_count > 10000);
	assert_int_not_equal(ner_cluster_path("paris", 5), 0);
	assert_int_not_equal(ner_cluster_path("metallica", 9), 0);
	assert_int_equal(ner_cluster_path("Paris", 5), 0);
	assert_int_equal(ner_cluster_path("zqxwv", 5), 0);
	assert_int_equal(ner_cluster_path("parisx", 6), 0);
	assert_int_equal(ner_cluster_path("parisx", 5),
	    ner_cluster_path("paris", 5));
	assert_int_equal(ner_cluster_path("", 0), 0);
	/* Two bands are closer than a band and a city. */
	assert_int_equal(ner_cluster_prefix(ner_cluster_path("metallica", 9),
	    8), ner_cluster_prefix(ner_cluster_path("megadeth", 8), 8));
	assert_int_not_equal(ner_cluster_prefix(ner_cluster_path("metallica",
	    9), 4), ner_cluster_prefix(ner_cluster_path("paris", 5), 4));
	assert_int_equal(ner_cluster_prefix(1u << 5 | 0x16u, 2),
	    1u << 2 | 0x2u);
	assert_int_equal(ner_cluster_prefix(1u << 5 | 0x16u, 12),
	    1u << 5 | 0x16u);
	assert_int_equal(ner_cluster_prefix(0, 4), 0);
	/* The finer clustering parts what the first puts together. */
	assert_null(ner_cluster_find("zqxwv", 5));
	assert_int_equal(ner_cluster_find("paris", 5)->path,
	    ner_cluster_path("paris", 5));
	assert_int_not_equal(ner_cluster_find("paris", 5)->fine, 0);
	assert_int_equal(ner_cluster_path("metallica", 9),
	    ner_cluster_path("beatles", 7));
	assert_int_not_equal(ner_cluster_find("metallica", 9)->fine,
	    ner_cluster_find("beatles", 7)->fine);
}

/* Two names whose paths share 8 bits share features that a name of
 * no cluster does not (the 4- and 8-bit prefixes of the word and of its
 * run's last word), and so do the words beside them: what the model
 * learns of "Metallica" reaches "Megadeth". */
static void
test_cluster_features(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq a, b, c;
	size_t ia, ib, ic;

	(void)state;
	prepare(&a, n, "Fans of Metallica cheered.");
	prepare(&b, n, "Fans of Megadeth cheered.");
	prepare(&c, n, "Fans of Mewxqz cheered.");
	ia = tok(&a, "Metallica", 0);
	ib = tok(&b, "Megadeth", 0);
	ic = tok(&c, "Mewxqz", 0);
	assert_int_equal(a.v[ia].cluster, ner_cluster_path("metallica", 9));
	assert_int_equal(a.v[ia].fine, ner_cluster_find("metallica", 9)->fine);
	assert_int_equal(c.v[ic].fine, 0);
	assert_int_equal(c.v[ic].cluster, 0);
	assert_int_equal(a.v[ia].run_last_cl, a.v[ia].cluster);
	assert_true(shared_feats(&a, ia, &b, ib) >=
	    shared_feats(&a, ia, &c, ic) + 3);
	assert_true(shared_feats(&a, ia - 1, &b, ib - 1) >=
	    shared_feats(&a, ia - 1, &c, ic - 1) + 3);
	ner_seq_free(&a);
	ner_seq_free(&b);
	ner_seq_free(&c);
	ner_destroy(n);
}

/* Prepares a and b from texts ta and tb, whose fourth tokens (*ia,
 * *ib) are the words compared: they have as many features, returned. */
static size_t
twin_tokens(struct ner *n, struct ner_seq *a, const char *ta, size_t *ia,
    struct ner_seq *b, const char *tb, size_t *ib)
{
	size_t na;

	prepare(a, n, ta);
	prepare(b, n, tb);
	*ia = *ib = 3;
	na = a->foff[*ia + 1] - a->foff[*ia];
	assert_int_equal(na, b->foff[*ib + 1] - b->foff[*ib]);
	return na;
}

/* The features naming the word itself come first (ner_seq.ident: what
 * the trainer's word dropout hides): two words alike in all but their
 * letters differ in those and in nothing after them. */
static void
test_identity_features(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq a, b;
	size_t ia, ib, na, k;

	(void)state;
	na = twin_tokens(n, &a, "They saw the zqxv near the river.", &ia,
	    &b, "They saw the zqxw near the river.", &ib);
	assert_int_equal(a.ident[ia], b.ident[ib]);
	assert_true(a.ident[ia] >= 2 && a.ident[ia] < na);
	for (k = 0; k < 2; k++)	/* the word, its lower-case form */
		assert_int_not_equal(a.feats[a.foff[ia] + k],
		    b.feats[b.foff[ib] + k]);
	for (k = a.ident[ia]; k < na; k++)
		assert_int_equal(a.feats[a.foff[ia] + k],
		    b.feats[b.foff[ib] + k]);
	ner_seq_free(&a);
	ner_seq_free(&b);
	ner_destroy(n);
}

/* What the lists and clusters say of a word comes next (ner_seq.know:
 * what the trainer's knowledge dropout hides): two dictionary words of
 * one length and shape in the same place differ in their identity and
 * their clusters, and in nothing after them. */
static void
test_knowledge_features(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq a, b;
	size_t ia, ib, na, k, from, differ = 0;

	(void)state;
	na = twin_tokens(n, &a, "They saw the table near the house.", &ia,
	    &b, "They saw the river near the house.", &ib);
	assert_int_equal(a.ident[ia], b.ident[ib]);
	assert_int_equal(a.know[ia], b.know[ib]);
	from = a.ident[ia];
	assert_true(a.know[ia] >= 12 && from + a.know[ia] < na);
	for (k = from; k < from + a.know[ia]; k++)
		differ += a.feats[a.foff[ia] + k] != b.feats[b.foff[ib] + k];
	assert_true(differ > 0);
	for (k = from + a.know[ia]; k < na; k++)
		assert_int_equal(a.feats[a.foff[ia] + k],
		    b.feats[b.foff[ib] + k]);
	ner_seq_free(&a);
	ner_seq_free(&b);
	ner_destroy(n);
}

/* The tagger's features, a sentence at a time, are the trainer's for
 * the whole document, in both passes (the model was trained on those). */
static void
test_sentence_features_same(void **state)
{
	struct ner *n = ner_create(NULL);
	struct ner_seq s;
	unsigned char labels[128] = { 0 };
	uint32_t feats[64 * NER_MAX_FEATS];
	size_t off[65];

	(void)state;
	prepare(&s, n, "Paris is big. We like Paris and Apple Corp.\n"
	    "An apple is red, said John Smith of the Bank of England.");
	assert_true(s.n < sizeof labels && s.nsent > 1);
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1) {
			labels[tok(&s, "Paris", 0)] = 1;
			labels[tok(&s, "Apple", 0)] = 3;
			ner_seq_second(&s, labels);
		}
		for (size_t k = 0; k < s.nsent; k++) {
			size_t a = s.sent[k];
			size_t m = ner_seq_sent_feats(&s, k, pass == 1, feats,
			    off);

			assert_int_equal(m, ner_seq_sent_end(&s, k) - a);
			for (size_t j = 0; j < m; j++) {
				size_t len = s.foff[a + j + 1] - s.foff[a + j];

				assert_int_equal(off[j + 1] - off[j], len);
				assert_memory_equal(feats + off[j],
				    s.feats + s.foff[a + j],
				    len * sizeof *feats);
			}
		}
	}
	ner_seq_free(&s);
	ner_destroy(n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_defining_and_preceding),
		cmocka_unit_test(test_sentence_features_same),
		cmocka_unit_test(test_apposition_and_brackets),
		cmocka_unit_test(test_runs),
		cmocka_unit_test(test_numeric_document),
		cmocka_unit_test(test_document_words),
		cmocka_unit_test(test_whole_run_and_language),
		cmocka_unit_test(test_wordnet_kinds),
		cmocka_unit_test(test_quoted_titles),
		cmocka_unit_test(test_list_mates),
		cmocka_unit_test(test_topic),
		cmocka_unit_test(test_cluster_lookup),
		cmocka_unit_test(test_cluster_features),
		cmocka_unit_test(test_identity_features),
		cmocka_unit_test(test_knowledge_features),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
