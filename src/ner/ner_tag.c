/* ner_tag.c - the model's pass over a document.
 *
 * The rules run first; their mentions are evidence (features) for the
 * model, which decides the spans.  The lists and rules then name the
 * types CoNLL does not split: a LOC of the model is a GPE unless the
 * lists or rules call it a region, a MISC is a NORP when they call it
 * one.  Dates come from the rules alone. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ner/gazetteer.h"
#include "ner/ner_model.h"
#include "ner/ner_seq.h"
#include "ner/ner_int.h"
#include "base/util.h"

/* The rules' mentions, and their spans sorted by (bstart, bend, index in
 * rules) for rule_at: a document can hold hundreds of thousands of
 * mentions, and a scan of every rule for each span was quadratic. */
struct rule_key {
	size_t bstart, bend, i;
};

struct rules {
	const struct mention *v;
	size_t n;
	struct rule_key *keys;
};

static int
rule_key_cmp(const void *a, const void *b)
{
	const struct rule_key *x = a, *y = b;

	if (x->bstart != y->bstart)
		return x->bstart < y->bstart ? -1 : 1;
	if (x->bend != y->bend)
		return x->bend < y->bend ? -1 : 1;
	return (x->i > y->i) - (x->i < y->i);
}

static void
rules_index(struct rules *r, const struct mention *v, size_t n)
{
	r->v = v;
	r->n = n;
	r->keys = xreallocarray(NULL, n + 1, sizeof *r->keys);
	for (size_t i = 0; i < n; i++) {
		r->keys[i].bstart = v[i].bstart;
		r->keys[i].bend = v[i].bend;
		r->keys[i].i = i;
	}
	qsort(r->keys, n, sizeof *r->keys, rule_key_cmp);
}

/* The rules' first mention (in their order) with exactly the span
 * [bstart, bend), or NULL. */
static const struct mention *
rule_at(const struct rules *r, size_t bstart, size_t bend)
{
	struct rule_key want = { bstart, bend, 0 };
	size_t lo = 0, hi = r->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (rule_key_cmp(&r->keys[mid], &want) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < r->n && r->keys[lo].bstart == bstart &&
	    r->keys[lo].bend == bend)
		return &r->v[r->keys[lo].i];
	return NULL;
}

/* The galley type of a model span of CoNLL type k (1 PER, 2 ORG, 3 LOC,
 * 4 MISC). */
static enum entity_type
span_type(unsigned k, const struct mention *rule, unsigned gaz)
{
	switch (k) {
	case 1:
		return ENTITY_PERSON;
	case 2:
		return ENTITY_ORG;
	case 3:
		if (rule != NULL && (rule->type == ENTITY_GPE ||
		    rule->type == ENTITY_LOC))
			return rule->type;
		return (gaz & GAZ_LOC) && !(gaz & GAZ_GPE) ? ENTITY_LOC :
		    ENTITY_GPE;
	default:
		if ((rule != NULL && rule->type == ENTITY_NORP) ||
		    (gaz & GAZ_NORP))
			return ENTITY_NORP;
		return ENTITY_MISC;
	}
}

/* The model's confidence in a span whose tokens' margins
 * (ner_max_margins()) are margin[0..n-1]: its least sure token's margin
 * x (>= 0) squashed into [0, 1) by x / (1 + x), which needs no libm.
 * MARGIN_SCALE puts the shipped model's margins on a useful range: on
 * held-out CoNLL news, spans scored below 0.5 are right about half as
 * often as the others (doc/PERFORMANCE.md). */
#define MARGIN_SCALE 40000.0

static float
span_score(const int32_t *margin, size_t n)
{
	int32_t least = margin[0];

	for (size_t i = 1; i < n; i++)
		if (margin[i] < least)
			least = margin[i];
	double x = (double)least / MARGIN_SCALE;

	return (float)(x / (1.0 + x));
}

/* Appends the mention of tokens [a, b) of type k. */
static void
emit_span(struct ner_state *st, const struct ner_seq *s, size_t a, size_t b,
    unsigned k, const int32_t *margin, const struct rules *rules)
{
	const struct ner_tok *ta = &s->v[a], *tb = &s->v[b - 1];
	const struct mention *rule = rule_at(rules, ta->bstart, tb->bend);
	unsigned gaz = gaz_lookup(s->text + ta->bstart, tb->bend - ta->bstart);
	struct mention m;

	m.start = ta->start;
	m.end = tb->end;
	m.bstart = ta->bstart;
	m.bend = tb->bend;
	m.type = span_type(k, rule, gaz);
	m.flags = rule != NULL ? rule->flags : 0;
	if (gaz != 0)
		m.flags |= MENTION_GAZETTEER;
	m.flags |= MENTION_SCORED;
	m.score = span_score(margin + a, b - a);
	if (a > 0 && ((s->v[a - 1].gaz & GAZ_TITLE) || (a > 1 &&
	    s->text[s->v[a - 1].bstart] == '.' &&
	    (s->v[a - 2].gaz & GAZ_TITLE))))
		m.flags |= MENTION_TITLE;
	if (b < s->n && s->v[b].bstart == tb->bend &&
	    s->v[b].bend - s->v[b].bstart >= 2 &&
	    (s->text[s->v[b].bend - 1] | 0x20) == 's' &&
	    s->text[s->v[b].bstart] != 's')
		m.flags |= MENTION_POSSESSIVE;
	ner_mention_push(st->out, &m);
}

/* Decodes every sentence of s into labels[], with each token's margin
 * (ner_max_margins()) in margin[]. */
static void
decode(const struct ner_model *model, unsigned pass, const struct ner_seq *s,
    unsigned char *labels, int32_t *margin)
{
	size_t longest = 0, *off;
	int32_t *emit;
	uint32_t *feats;

	for (size_t k = 0; k < s->nsent; k++)
		if (ner_seq_sent_end(s, k) - s->sent[k] > longest)
			longest = ner_seq_sent_end(s, k) - s->sent[k];
	emit = xreallocarray(NULL, longest + 1, NER_LABELS * sizeof *emit);
	feats = xreallocarray(NULL, longest + 1,
	    NER_MAX_FEATS * sizeof *feats);
	off = xreallocarray(NULL, longest + 2, sizeof *off);
	/* A sentence's features at a time, not the document's. */
	for (size_t k = 0; k < s->nsent; k++) {
		size_t a = s->sent[k];
		size_t n = ner_seq_sent_feats(s, k, pass > 0, feats, off);

		for (size_t j = 0; j < n; j++)
			ner_model_emit(model, pass, feats + off[j],
			    off[j + 1] - off[j], emit + j * NER_LABELS);
		ner_viterbi(emit, model->trans[pass], n, labels + a);
		ner_max_margins(emit, model->trans[pass], n, labels + a,
		    margin + a);
	}
	free(off);
	free(feats);
	free(emit);
}

/* Whether m overlaps one of the model's spans v[0, n).  The spans are
 * disjoint and in text order (merge() makes them from runs of tokens, left
 * to right), so their ends rise too: the only span that can overlap m
 * first is the first one that ends after m starts. */
static bool
overlaps(const struct mention *m, const struct mention *v, size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v[mid].bend <= m->bstart)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].bstart < m->bend;
}

/* Whether token i is one of words, in any case. */
static bool
word_in(const struct ner_seq *s, size_t i, const char *const *words)
{
	const struct ner_tok *t = &s->v[i];
	size_t n = t->bend - t->bstart;

	for (size_t k = 0; words[k]; k++)
		if (strlen(words[k]) == n && strncasecmp(words[k], s->text +
		    t->bstart, n) == 0)
			return true;
	return false;
}

/* Whether token i is a function word, which title case may leave in
 * lower case ("for" in "Training for Security Forces") or not ("Of" in
 * "Area Of Focus"). */
static bool
function_word(const struct ner_seq *s, size_t i)
{
	static const char *const words[] = { "of", "for", "and", "in", "on",
		"to", "with", "amid", "from", "by", "the", "a", "an", "at",
		"into", "upon", "over", "as", "or", "vs", NULL };

	return word_in(s, i, words);
}

/* Whether token i may start a clause: not as a quotation's first word
 * ("\"For Your Eyes Only\""), where a capitalised closed-class word
 * starts a title.  (Anywhere else it may: measured on web pages, a
 * title-case headline's words after a word, "Why Are Water Plumes",
 * outnumber titles in running text, "the film For Your Eyes Only".) */
static bool
clause_start(const struct ner_seq *s, size_t i)
{
	return !(s->v[i].quoted & QUOTED_FIRST);
}

/* Whether token i, capitalised, is a closed-class word that starts a
 * clause, never a name: "Since Diwali", "With Western Allies" (a
 * sentence's first word or a heading's, drawn into the name after it).
 * The closed-class words that do start names in CoNLL-2003 or Wikigold
 * ("The Hague", "All Blacks", "In Flames", "Near East", "Our Lady")
 * are not. */
static bool
clause_word(const struct ner_seq *s, size_t i)
{
	static const char *const name_starts[] = { "the", "a", "an", "all",
		"in", "on", "from", "under", "out", "near", "per", "such",
		"our", "i", "will", "may", "was", "have", "do", NULL };
	unsigned f = s->v[i].flags;

	return (f & NT_FUNCTION) && (f & NT_CAP) && !(f & NT_ALL_CAPS) &&
	    clause_start(s, i) && !word_in(s, i, name_starts);
}

/* Whether token i ends a stretch of words: a line, a sentence, any
 * punctuation ("Building Local Capacity: Invest...", "<b>Area Of
 * Focus"). */
static bool
stretch_edge(const struct ner_seq *s, size_t i)
{
	return i >= s->n || (s->v[i].flags & NT_SENT_START) ||
	    !(s->v[i].flags & NT_WORD);
}

/* Whether a line break lies between tokens i - 1 and i (0 < i <= n:
 * i == n is the end of the text). */
static bool
line_break_before(const struct ner_seq *s, size_t i)
{
	if (i == 0 || i >= s->n)
		return true;
	return memchr(s->text + s->v[i - 1].bend, '\n',
	    s->v[i].bstart - s->v[i - 1].bend) != NULL;
}

/* The bounds [*i, *j) of the line of tokens [a, b), walking at most
 * before tokens before a and after tokens after b; false when the line
 * is longer. */
static bool
line_of(const struct ner_seq *s, size_t a, size_t b, size_t before,
    size_t after, size_t *i, size_t *j)
{
	*i = a;
	*j = b;
	while (!line_break_before(s, *i))
		if (--*i + before < a)
			return false;
	while (!line_break_before(s, *j))
		if (++*j > b + after)
			return false;
	return true;
}

/* Whether token i is the possessive ner_seq_scan cut from the word
 * before it ('s of "Google's"). */
static bool
possessive(const struct ner_seq *s, size_t i)
{
	const char *w = s->text + s->v[i].bstart;

	return i > 0 && s->v[i - 1].bend == s->v[i].bstart && (w[0] == '\'' ||
	    strncmp(w, "\xe2\x80\x99", 3) == 0);
}

/* Whether token k is the name in a tag left in the text ("b" of "< b >",
 * markup debris): a word right after a "<" or a "/". */
static bool
tag_name(const struct ner_seq *s, size_t k)
{
	const struct ner_tok *p = k > 0 ? &s->v[k - 1] : NULL;

	return p != NULL && !(p->flags & NT_WORD) &&
	    (s->text[p->bend - 1] == '<' || s->text[p->bend - 1] == '/');
}

/* Whether token k is a word that makes its line prose: in lower case, and
 * no function word, possessive or tag name. */
static bool
prose_word(const struct ner_seq *s, size_t k)
{
	return (s->v[k].flags & NT_WORD) && !(s->v[k].flags & NT_CAP) &&
	    !function_word(s, k) && !possessive(s, k) && !tag_name(s, k);
}

/* Whether token j, before to, opens what a label introduces: a colon, a
 * bracket or a dash. */
static bool
label_mark(const struct ner_seq *s, size_t j, size_t to)
{
	const char *c = s->text + s->v[j].bstart;

	return j < to && ((*c != '\0' && strchr(":([-", *c) != NULL) ||
	    strncmp(c, "\xe2\x80\x93", 3) == 0 ||	/* en dash */
	    strncmp(c, "\xe2\x80\x94", 3) == 0);	/* em dash */
}

/* Whether the title-case stretch [i, j) is a heading: its line has no
 * prose word, or the stretch is the line's label (nothing but bullets,
 * punctuation and tags before it, a colon, dash or bracket after it:
 * "• Building Local Capacity: Invest ...", "Tomato Salad (1 cup ...)").
 * A title-case run inside a sentence ("the band The Receiving End of
 * Sirens", "Velvet Revolver and Linkin Park") is the model's to find. */
static bool
heading_stretch(const struct ner_seq *s, size_t i, size_t j)
{
	size_t from, to;
	bool prose = false;

	if (!line_of(s, i, i + 1, 64, 63, &from, &to))
		return false;
	for (size_t k = from; k < to && !prose; k++)
		prose = prose_word(s, k);
	if (!prose)
		return true;
	for (size_t k = from; k < i; k++)
		if ((s->v[k].flags & NT_WORD) && !tag_name(s, k))
			return false;
	return label_mark(s, j, to);
}

/* Whether tokens [a, b) are in a title-case stretch: three words or more,
 * each capitalised or a function word, not all in capitals.  CoNLL's
 * headlines, in capitals, taught the model little about web pages'
 * title-case headings, which the rules know how to read. */
static bool
in_title_case(const struct ner_seq *s, size_t a, size_t b)
{
	size_t i = a, j = b, words = 0, caps = 0, upper = 0;

	while (i > 0 && !stretch_edge(s, i) && !stretch_edge(s, i - 1))
		i--;
	while (!stretch_edge(s, j))
		j++;
	for (size_t k = i; k < j; k++) {
		const struct ner_tok *t = &s->v[k];

		if (!(t->flags & NT_WORD))
			continue;
		words++;
		if (t->flags & NT_CAP) {
			caps++;
			upper += (t->flags & NT_ALL_CAPS) != 0;
		} else if (!function_word(s, k))
			return false;
	}
	return words >= 3 && caps >= 2 && upper < caps &&
	    heading_stretch(s, i, j);
}


/* Whether token i is a common word: known in lower case, in no list,
 * not in capitals. */
static bool
common_word(const struct ner_seq *s, size_t i)
{
	const struct ner_tok *t = &s->v[i];

	return (t->info & WORD_KNOWN_LOWER) && t->gaz == 0 &&
	    !(t->flags & NT_ALL_CAPS);
}

/* Whether tokens [a, b), labelled a name, make a short line of their
 * own whose every word is a common word in lower case, with at most
 * function words and common words the model left out (labels) beside
 * them: a heading ("The Conclusion", "Counterterrorism Operations",
 * "Timeline" of "Story Timeline"), which the model, trained on
 * sentences, takes for a name or a part of one.  A name of common words
 * alone on a line ("White House") is rarer than such headings on a web
 * page; a line of several names the model drew ("Collins, Phil") is
 * still its. */
static bool
common_heading(const struct ner_seq *s, const unsigned char *labels,
    size_t a, size_t b)
{
	size_t i = a, j = b, words = 0;

	/* A few tokens each way: a long line is no heading, and a walk
	 * to its ends for every name on it would be quadratic. */
	if (!line_of(s, a, b, 8, 8, &i, &j))
		return false;
	for (size_t k = i; k < j; k++) {
		if (!(s->v[k].flags & NT_WORD))
			continue;
		if (++words > 4)
			return false;
		if (k >= a && k < b) {
			if (!common_word(s, k))
				return false;
		} else if (!function_word(s, k) && (labels[k] != NL_O ||
		    !common_word(s, k)))
			return false;
	}
	return true;
}

/* Whether token i holds an apostrophe (' or U+2019). */
static bool
has_apostrophe(const struct ner_seq *s, size_t i)
{
	const char *w = s->text + s->v[i].bstart;
	size_t n = s->v[i].bend - s->v[i].bstart;

	return memchr(w, '\'', n) != NULL || memmem(w, n, "\xe2\x80\x99",
	    3) != NULL;
}

/* Narrows the name the model labelled [*a, *b) to its words: a name
 * starts with a word (a bullet or dash taken in front is left out, and
 * so is a clause's first word, clause_word) and never ends with a
 * lower-case function word ("National Assembly of"; no name in
 * CoNLL-2003 or Wikigold does).  False when nothing is left, or when
 * the name is a contraction of common words written with a capital
 * ("He’ll"): the dictionary knows it in lower case, and no name is. */
static bool
name_bounds(const struct ner_seq *s, size_t *a, size_t *b)
{
	size_t i = *a, j = *b;
	bool clause = false;

	for (; i < j; i++) {
		if (!(s->v[i].flags & NT_WORD))
			continue;
		/* Not "It" of "It's": a word cut in two is no clause's. */
		if (!clause_word(s, i) || (i + 1 < j &&
		    s->v[i].bend == s->v[i + 1].bstart))
			break;
		clause = true;
	}
	while (j > i + 1 && !(s->v[j - 1].flags & NT_CAP) &&
	    function_word(s, j - 1))
		j--;
	/* What is left of "About Us", "With Friends" is a common word. */
	if (i == j || (i + 1 == j && (s->v[i].info & WORD_KNOWN_LOWER) &&
	    (clause || has_apostrophe(s, i))))
		return false;
	*a = i;
	*b = j;
	return true;
}

/* Whether token i is an ordinal in figures: 65th, 2nd, 102d, 1ST. */
static bool
ordinal_figures(const struct ner_seq *s, size_t i)
{
	const char *w = s->text + s->v[i].bstart;
	size_t n = s->v[i].bend - s->v[i].bstart, k = 0;

	while (k < n && w[k] >= '0' && w[k] <= '9')
		k++;
	if (k == 0 || k > 4 || n - k > 2 || n == k)
		return false;
	w += k;
	n -= k;
	if (n == 1)
		return (*w | 0x20) == 'd';
	return strncasecmp(w, "st", 2) == 0 || strncasecmp(w, "nd", 2) == 0 ||
	    strncasecmp(w, "rd", 2) == 0 || strncasecmp(w, "th", 2) == 0;
}

/* Whether token i is a model designation: one to three letters, the
 * first a capital, a hyphen and figures, a letter after them at most
 * (F-16, P-51, MiG-29, T-72B). */
static bool
designation(const struct ner_seq *s, size_t i)
{
	const char *w = s->text + s->v[i].bstart;
	size_t n = s->v[i].bend - s->v[i].bstart, k = 0, d;

	if (n == 0 || w[0] < 'A' || w[0] > 'Z')
		return false;
	while (k < n && k < 3 && ((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z'))
		k++;
	if (k == n || w[k] != '-')
		return false;
	for (d = ++k; k < n && w[k] >= '0' && w[k] <= '9'; k++)
		;
	if (k == d || k - d > 4)
		return false;
	return k == n || (k + 1 == n && w[k] >= 'A' && w[k] <= 'Z');
}

/* Leaves out of the name [*a, b) an honorific that starts it, with its
 * dot ("Mr. Trump", "Dr Okonjo-Iweala", "Sir Alex Ferguson": CoNLL's
 * names never hold one), and makes it a person's: the model, which
 * rarely saw one in news, takes it in and may type the name as a
 * company's. */
static void
drop_honorific(const struct ner_seq *s, size_t *a, size_t b, unsigned *k)
{
	static const char *const honorifics[] = { "mr", "mrs", "ms", "mx",
		"dr", "prof", "sir", "dame", NULL };
	const struct ner_tok *t = &s->v[*a];
	size_t n = t->bend - t->bstart, i = *a + 1;

	/* The tokeniser keeps an abbreviation's dot ("Mr.") or not. */
	if (n > 1 && s->text[t->bend - 1] == '.')
		n--;
	else if (i < b && s->v[i].bstart == t->bend &&
	    s->text[s->v[i].bstart] == '.')
		i++;
	/* In capitals it is something else: "DR Congo", "MS Word". */
	if (!(t->flags & NT_CAP) || (t->flags & NT_ALL_CAPS) || i >= b ||
	    !(s->v[i].flags & NT_CAP))
		return;
	for (size_t h = 0; honorifics[h]; h++)
		if (strlen(honorifics[h]) == n && strncasecmp(honorifics[h],
		    s->text + t->bstart, n) == 0) {
			*a = i;
			*k = (NL_B_PER + 1) / 2;
			return;
		}
}

/* Whether token i follows token i - 1 in its sentence after one
 * space. */
static bool
space_before(const struct ner_seq *s, size_t i)
{
	return i > 0 && !(s->v[i].flags & NT_SENT_START) &&
	    s->v[i].bstart == s->v[i - 1].bend + 1 &&
	    s->text[s->v[i - 1].bend] == ' ';
}

/* Takes into the name [*a, b) of type k an ordinal in figures just
 * before it ("65th Air Division", "2nd Battle of Fredericksburg"; not a
 * person's, "1st Lieutenant John Smith"): units, events and places
 * numbered so are named with the number, and the model, trained on news
 * whose names rarely start with a figure, leaves it out. */
static void
take_ordinal(const struct ner_seq *s, size_t *a, unsigned k)
{
	if (k != (NL_B_PER + 1) / 2 && space_before(s, *a) &&
	    ordinal_figures(s, *a - 1))
		(*a)--;
}

/* Whether tokens [a, b) are one word the lists call a common noun however
 * written (CEO, TV, MPs, Wi-Fi: GAZ_NOTNAME), in two capitals at least as
 * the list has it.  The lookup ignores case, and "It" and "Am" are the
 * model's to judge. */
static bool
listed_common_noun(const struct ner_seq *s, size_t a, size_t b)
{
	const struct ner_tok *t = &s->v[a];
	size_t upper = 0;

	if (b != a + 1 || !(t->gaz & GAZ_NOTNAME))
		return false;
	for (size_t k = t->bstart; k < t->bend; k++)
		upper += s->text[k] >= 'A' && s->text[k] <= 'Z';
	return upper >= 2;
}

/* The token that starts at byte b, or s->n. */
static size_t
token_at(const struct ner_seq *s, size_t b)
{
	size_t lo = 0, hi = s->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->v[mid].bstart < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->n && s->v[lo].bstart == b ? lo : s->n;
}

/* Whether the rules' mention m is theirs to give: a date, or a name in
 * a title-case stretch. */
static bool
rules_decide(const struct ner_seq *s, const struct mention *m)
{
	size_t i = token_at(s, m->bstart), j = i;

	if (m->type == ENTITY_DATE)
		return true;
	while (j < s->n && s->v[j].bend <= m->bend)
		j++;
	return i < s->n && j > i && in_title_case(s, i, j);
}

/* The end of the name at token j: of the model's name that holds it, or
 * else of the capitalised words from it that the model left unlabelled;
 * j when it is neither. */
static size_t
name_run_end(const struct ner_seq *s, const unsigned char *labels, size_t j)
{
	size_t k = j + 1;

	if (labels[j] != NL_O) {
		unsigned char in = labels[j] & 1 ? labels[j] + 1 : labels[j];

		while (k < s->n && labels[k] == in)
			k++;
		return k;
	}
	if (!(s->v[j].flags & NT_CAP))
		return j;
	while (k < s->n && (s->v[k].flags & NT_CAP) && labels[k] == NL_O &&
	    !(s->v[k].flags & NT_SENT_START))
		k++;
	return k;
}

/* Labels tokens [a, end) one MISC name. */
static void
label_misc(unsigned char *labels, size_t a, size_t end)
{
	labels[a] = NL_B_MISC;
	for (size_t k = a + 1; k < end; k++)
		labels[k] = NL_I_MISC;
}

/* Whether token i is a capitalised word that names an event by what
 * follows its "of": "Battle of Fredericksburg", "Treaty of Rome",
 * "Siege of Petersburg", "War of Independence". */
static bool
event_head(const struct ner_seq *s, size_t i)
{
	static const char *const heads[] = { "battle", "battles", "siege",
		"treaty", "war", "wars", "campaign", "massacre", "rebellion",
		"uprising", "invasion", NULL };
	static const char *const of[] = { "of", NULL };

	return (s->v[i].flags & NT_CAP) && !(s->v[i].flags & NT_ALL_CAPS) &&
	    i + 2 < s->n && word_in(s, i, heads) && word_in(s, i + 1, of) &&
	    !(s->v[i + 1].flags & (NT_CAP | NT_SENT_START));
}

/* The end of the name after an event's "of" at token j ("the" may
 * lead: "Battle of the Bulge"), or 0 when there is none. */
static size_t
event_place_end(const struct ner_seq *s, const unsigned char *labels,
    size_t j)
{
	static const char *const the[] = { "the", NULL };
	size_t end;

	if (j + 1 < s->n && word_in(s, j, the) &&
	    !(s->v[j + 1].flags & NT_SENT_START))
		j++;
	if (s->v[j].flags & NT_SENT_START)
		return 0;
	end = name_run_end(s, labels, j);
	return end > j ? end : 0;
}

/* Labels each event named as "Battle of X" (event_head()) one MISC name
 * from the head, or from the start of the model's name that holds it
 * ("Argentine War of Independence"), to the end of X.  The model, from
 * news, takes X for a place and leaves the head out or alone. */
static void
event_names(const struct ner_seq *s, unsigned char *labels)
{
	for (size_t i = 0; i < s->n; i++) {
		size_t a = i, end;

		if (!event_head(s, i))
			continue;
		if ((end = event_place_end(s, labels, i + 2)) == 0)
			continue;
		if (labels[i] != NL_O && !(labels[i] & 1))
			while (a > 0 && labels[a] != NL_O && !(labels[a] & 1))
				a--;
		label_misc(labels, a, end);
		i = end - 1;
	}
}

/* Labels a model designation and the name after it one MISC name, a
 * product's: "F-16 Fighting Falcon", "P-51 Mustang", "CH-53 Sea
 * Stallion".  The model, from news, leaves the designation out or
 * types the name as a person or a company. */
static void
product_names(const struct ner_seq *s, unsigned char *labels)
{
	for (size_t i = 0; i + 1 < s->n; i++) {
		size_t end;

		if (!designation(s, i) || !space_before(s, i + 1) ||
		    (labels[i] != NL_O && !(labels[i] & 1)))
			continue;
		if (labels[i] != NL_O && labels[i + 1] == labels[i] + 1)
			end = name_run_end(s, labels, i);
		else if (labels[i] == NL_O)
			end = name_run_end(s, labels, i + 1);
		else
			continue;
		if (end <= i + 1)
			continue;
		label_misc(labels, i, end);
		i = end - 1;
	}
}

/* Replaces the rules' mentions by the spans of labels, with the rules'
 * dates and title-case names that no span overlaps. */
static void
merge(struct ner_state *st, const struct ner_seq *s,
    const unsigned char *labels, const int32_t *margin,
    const struct mention *rules, size_t nrules)
{
	size_t first = st->out_first, nspans;
	struct rules index;

	rules_index(&index, rules, nrules);
	st->out->n = first;
	for (size_t i = 0; i < s->n;) {
		size_t j = i + 1, a = i, b;

		if (labels[i] == NL_O || !(labels[i] & 1)) {
			i++;
			continue;
		}
		while (j < s->n && labels[j] == labels[i] + 1)
			j++;
		b = j;
		if (name_bounds(s, &a, &b) && !in_title_case(s, a, b) &&
		    !common_heading(s, labels, a, b) &&
		    !listed_common_noun(s, a, b)) {
			unsigned k = (labels[i] + 1) / 2;

			if (a == i)
				take_ordinal(s, &a, k);
			drop_honorific(s, &a, b, &k);
			emit_span(st, s, a, b, k, margin, &index);
		}
		i = j;
	}
	nspans = st->out->n - first;
	for (size_t i = 0; i < nrules; i++)
		if (rules_decide(s, &rules[i]) && !overlaps(&rules[i],
		    st->out->v + first, nspans))
			ner_mention_push(st->out, &rules[i]);
	free(index.keys);
	ner_sort_mentions(st);
}

/* The tokens of d's article (every block when all is set). */
static void
doc_tokens(struct doc *d, bool all, struct ner_seq *s)
{
	ner_seq_init(s, d->text);
	for (size_t i = 0; i < d->nblocks; i++)
		if (all || d->blocks[i].keep)
			ner_seq_scan(s, d->blocks[i].bstart, d->blocks[i].bend,
			    d->blocks[i].start);
}

void
ner_doc_seq(struct ner *n, struct doc *d, bool all,
    const struct mention *rules, size_t nrules, struct ner_seq *s)
{
	doc_tokens(d, all, s);
	ner_seq_finish(s, n, rules, nrules);
}

void
ner_model_pass(struct ner_state *st, bool all)
{
	struct ner_seq s;
	size_t nrules = st->out->n - st->out_first;
	struct mention *rules = xmalloc((nrules + 1) * sizeof *rules);
	unsigned char *labels;
	int32_t *margin;

	/* No mention yet (out->v may still be NULL): nothing to copy. */
	if (nrules > 0)
		memcpy(rules, st->out->v + st->out_first,
		    nrules * sizeof *rules);
	doc_tokens(st->d, all, &s);
	ner_seq_prepare(&s, st->n, rules, nrules);
	labels = xmalloc(s.n + 1);
	margin = xmalloc((s.n + 1) * sizeof *margin);
	decode(st->n->model, 0, &s, labels, margin);
	if (st->n->model->passes > 1) {
		ner_seq_first_labels(&s, labels);
		decode(st->n->model, 1, &s, labels, margin);
	}
	event_names(&s, labels);
	product_names(&s, labels);
	merge(st, &s, labels, margin, rules, nrules);
	free(margin);
	free(labels);
	ner_seq_free(&s);
	free(rules);
}
