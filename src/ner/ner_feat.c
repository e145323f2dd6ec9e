/* ner_feat.c - the evidence of each token of a sequence (the rules'
 * labels, the lists, the dictionary, the document's lower-case words)
 * and its hashed features.  No allocation per feature: forms are hashed
 * once per token and features combine those hashes. */
#include "config.h"

#include "ner/ner_model.h"
#include "ner/ner_seq.h"

#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "ner/gazetteer.h"
#include "ner/ner_clusters.h"
#include "base/hash.h"
#include "ner/ner_int.h"
#include "base/util.h"

#define FORM_MAX 64	/* longer words are hashed by their first bytes */

static uint32_t
fnv(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

/* A feature: template t with value v, mixed (murmur3's finaliser). */
static uint32_t
feat(uint32_t t, uint32_t v)
{
	uint32_t h = v * 0x9E3779B1u + t * 0x85EBCA77u;

	h ^= h >> 16;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	h *= 0xC2B2AE35u;
	h ^= h >> 16;
	return h;
}

/* The lower-case form of s[0..n-1] in out (at most FORM_MAX bytes). */
static size_t
lower_form(const char *s, size_t n, char *out)
{
	size_t i = 0, o = 0;

	while (i < n && o + 4 <= FORM_MAX) {
		unsigned char c = (unsigned char)s[i];
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;

		if (c < 0x80) {
			out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
			continue;
		}
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
		    (utf8proc_ssize_t)(n - i), &cp);
		if (k < 1) {
			out[o++] = (char)c;
			i++;
			continue;
		}
		o += (size_t)utf8proc_encode_char(utf8proc_tolower(cp),
		    (utf8proc_uint8_t *)out + o);
		i += (size_t)k;
	}
	return o;
}

/* The short shape of a word: "Xx" for Paris, "X.X." for U.S., "d,d" for
 * 1,000 (runs of one class count once). */
static size_t
shape_form(const char *s, size_t n, char *out)
{
	size_t i = 0, o = 0;

	while (i < n && o < FORM_MAX) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)
		    s + i, (utf8proc_ssize_t)(n - i), &cp);
		char c;

		if (k < 1) {
			cp = '?';
			k = 1;
		}
		if (utf8proc_isupper(cp))
			c = 'X';
		else if (utf8proc_islower(cp))
			c = 'x';
		else if (cp >= '0' && cp <= '9')
			c = 'd';
		else if (cp < 0x80)
			c = (char)cp;
		else
			c = utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO ?
			    'x' : '?';
		if (o == 0 || out[o - 1] != c)
			out[o++] = c;
		i += (size_t)k;
	}
	return o;
}

/* Forms, flags, the lists and the dictionary, token by token. */
static void
token_forms(struct ner_seq *s, struct ner *n)
{
	char low[FORM_MAX], shp[FORM_MAX];

	for (size_t i = 0; i < s->n; i++) {
		struct ner_tok *t = &s->v[i];
		const char *w = s->text + t->bstart;
		size_t len = t->bend - t->bstart, ll, sl;

		ll = lower_form(w, len, low);
		sl = shape_form(w, len, shp);
		t->h_word = fnv(w, len < FORM_MAX ? len : FORM_MAX);
		t->h_lower = fnv(low, ll);
		t->h_shape = fnv(shp, sl);
		const struct ner_cluster_entry *e = ner_cluster_find(low, ll);

		t->cluster = e ? e->path : 0;
		t->fine = e ? e->fine : 0;
		if (!(t->flags & NT_WORD))
			continue;
		if (shp[0] == 'X')
			t->flags |= NT_CAP;
		if (sl <= 2 && shp[0] == 'X' && len > 1 && (sl == 1 ||
		    shp[1] == '.'))
			t->flags |= NT_ALL_CAPS;
		if (shp[0] == 'X') {
			unsigned k = ner_word_knowledge(n, w, len);

			t->gaz = k >> 8 & ~GAZ_WORDNET;
			t->wn = k >> 8 >> GAZ_WN_SHIFT;
			t->info = k & 0xff;
		}
	}
}

static unsigned
doc_bits_of(const struct ner_tok *t)
{
	unsigned b = 0;

	if (!(t->flags & NT_CAP))
		b |= DW_LOWER;
	else if (!(t->flags & (NT_SENT_START | NT_HEADLINE)))
		b |= DW_CAP_INSIDE;
	if (t->rule)
		b |= 1u << ((t->rule - 1) / 2);
	return b;
}

/* Adds bits to the tag of key in words (a new entry's tag is
 * (size_t)-1: start it at none). */
static void
word_bits(struct hash *words, const char *key, size_t len, unsigned bits)
{
	struct hash_entry *h = hash_add(words, key, len);

	if (h->count == 1)
		h->tag = 0;
	h->tag |= bits;
}

static void
doc_evidence(struct ner_seq *s)
{
	struct hash words;

	hash_init(&words);
	/* Words are keyed by the hash of their lower-case form. */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < s->n; i++) {
			struct ner_tok *t = &s->v[i];
			const char *key = (const char *)&t->h_lower;

			if (!(t->flags & NT_WORD))
				continue;
			if (pass == 0)
				word_bits(&words, key, sizeof t->h_lower,
				    doc_bits_of(t));
			else
				t->doc = (unsigned)hash_get(&words, key,
				    sizeof t->h_lower)->tag;
		}
	hash_free(&words);
}

/* Marks the tokens of sentences with no lower-case word (headlines in
 * capitals or title case both read as NT_HEADLINE when no word is lower
 * case). */
static void
mark_headlines(struct ner_seq *s)
{
	for (size_t k = 0; k < s->nsent; k++) {
		size_t a = s->sent[k], b = ner_seq_sent_end(s, k), words = 0;
		bool lower = false;

		for (size_t i = a; i < b && !lower; i++) {
			if (!(s->v[i].flags & NT_WORD))
				continue;
			words++;
			lower = !(s->v[i].flags & NT_CAP) &&
			    !(s->text[s->v[i].bstart] >= '0' &&
			    s->text[s->v[i].bstart] <= '9');
		}
		if (!lower && words > 2)
			for (size_t i = a; i < b; i++)
				s->v[i].flags |= NT_HEADLINE;
	}
}

/* The rules' label of each token: inside a mention or not. */
static void
rule_labels(struct ner_seq *s, const struct mention *m, size_t nm)
{
	size_t j = 0;

	for (size_t i = 0; i < s->n; i++) {
		struct ner_tok *t = &s->v[i];

		while (j < nm && m[j].bend <= t->bstart)
			j++;
		if (j < nm && m[j].bstart <= t->bstart &&
		    t->bend <= m[j].bend)
			t->rule = (unsigned char)(1 + 2 * m[j].type +
			    (m[j].bstart < t->bstart));
	}
}

enum tpl {
	T_BIAS = 1, T_WORD, T_LOWER, T_SHAPE, T_PREFIX, T_SUFFIX = T_PREFIX + 4,
	T_LOWER_M1 = T_SUFFIX + 4, T_LOWER_P1, T_LOWER_M2, T_LOWER_P2,
	T_SHAPE_M1, T_SHAPE_P1, T_BI_M1, T_BI_P1, T_SHAPE3, T_POSITION,
	T_ELSEWHERE, T_GAZ, T_GAZ_BIT, T_INFO, T_RULE, T_RULE_M1, T_RULE_P1,
	T_RULE_SHAPE, T_GAZ_M1, T_GAZ_P1, T_LENGTH, T_DOC_TYPES,
	T_FIRST, T_FIRST_CONTEXT, T_FIRST_DOC,
	T_CUE, T_CUE_DOC = T_CUE + CUE_KINDS,
	T_NUM_LOWER = T_CUE_DOC + CUE_KINDS, T_NUM_GAZ, T_NUM_RULE,
	T_RUN_SHAPE, T_RUN_FIRST, T_RUN_LAST, T_RUN_GAZ, T_RUN_WORDS,
	T_DOC_RUN_LAST, T_RUN_WHOLE, T_QUOTED, T_FIRST_LIST,
	T_TOPIC, T_WN, T_WN_BIT, T_RUN_WN,
	T_CL, T_CL_M1 = T_CL + 4, T_CL_P1 = T_CL_M1 + 3, T_CL_RUN = T_CL_P1 + 3,
	T_FINE = T_CL_RUN + 4
};

#define BOUNDARY 0x5bd1e995u	/* the form beyond a sentence's edge */

/* The type (1 to 4) the first pass gave the name listed beside the one
 * token i is part of ("Orgy, Velvet Revolver and Linkin Park": the
 * items of a list are mostly of one type), looking left (dir -1) or
 * right (+1) within [a, b); 0 if none. */
static unsigned
list_mate(const struct ner_seq *s, size_t a, size_t b, size_t i, int dir)
{
	size_t j = i;

	if (s->v[i].first == NL_O)
		return 0;
	if (dir < 0) {
		while (j > a && s->v[j].first % 2 == 0)	/* I- labels */
			j--;
		if (j < a + 2 || !(s->v[j - 1].flags & NT_COORD))
			return 0;
		j -= 2;
	} else {
		while (j + 1 < b && s->v[j + 1].first != NL_O &&
		    s->v[j + 1].first % 2 == 0)
			j++;
		if (j + 2 >= b || !(s->v[j + 1].flags & NT_COORD))
			return 0;
		j += 2;
	}
	return (s->v[j].first + 1u) / 2u;
}

/* The second pass's own features: what the first pass said here, around,
 * of the same word elsewhere in the document and of the names listed
 * with it. */
static size_t
second_feats(const struct ner_seq *s, size_t a, size_t b, size_t i,
    uint32_t *f)
{
	const struct ner_tok *t = &s->v[i];
	unsigned m1 = i > a ? t[-1].first : 15u, p1 = i + 1 < b ?
	    t[1].first : 15u;
	unsigned left = list_mate(s, a, b, i, -1);
	unsigned right = list_mate(s, a, b, i, 1);
	size_t n = 0;

	if (left || right)
		f[n++] = feat(T_FIRST_LIST, (left * 8u + right) * 16u +
		    t->first);
	f[n++] = feat(T_FIRST, t->first);
	f[n++] = feat(T_FIRST_CONTEXT, (m1 * 16u + t->first) * 16u + p1);
	f[n++] = feat(T_FIRST_DOC, t->first_doc * 4u + (t->flags & NT_CAP ?
	    1u : 0u) + (t->first != NL_O ? 2u : 0u));
	return n;
}

/* The word clusters of the token, its neighbours and the ends of its
 * capitalised run: prefixes of 4, 8 and 12 bits of each path (coarse to
 * fine classes of words used alike) and the token's whole path; and
 * the whole paths of the token and its neighbours in the finer
 * clustering, whose leaves are smaller groups than any prefix of the
 * first tree's gives (two granularities help more than one). */
static size_t
cluster_feats(const struct ner_seq *s, size_t a, size_t b, size_t i,
    uint32_t *f)
{
	static const unsigned len[3] = { 4, 8, 12 };
	const struct ner_tok *t = &s->v[i];
	uint32_t m1 = i > a ? t[-1].cluster : 1u, p1 = i + 1 < b ?
	    t[1].cluster : 1u;
	size_t n = 0;

	for (unsigned k = 0; k < 3; k++) {
		f[n++] = feat(T_CL + k, ner_cluster_prefix(t->cluster, len[k]));
		f[n++] = feat(T_CL_M1 + k, ner_cluster_prefix(m1, len[k]));
		f[n++] = feat(T_CL_P1 + k, ner_cluster_prefix(p1, len[k]));
	}
	f[n++] = feat(T_CL + 3, t->cluster * 2u + (t->flags & NT_CAP ? 1u :
	    0u));
	if (t->run_len) {
		f[n++] = feat(T_CL_RUN, ner_cluster_prefix(t->run_first_cl, 8));
		f[n++] = feat(T_CL_RUN + 1, ner_cluster_prefix(t->run_last_cl,
		    8));
		f[n++] = feat(T_CL_RUN + 2, t->run_first_cl);
		f[n++] = feat(T_CL_RUN + 3, t->run_last_cl);
	}
	if (t->fine)
		f[n++] = feat(T_FINE, t->fine * 2u + (t->flags & NT_CAP ? 1u :
		    0u));
	f[n++] = feat(T_FINE + 1, i > a ? t[-1].fine : 1u);
	f[n++] = feat(T_FINE + 2, i + 1 < b ? t[1].fine : 1u);
	return n;
}

/* What the lists say of the token, its neighbours and its capitalised
 * run: the gazetteer's bits and WordNet's kinds. */
static size_t
list_feats(const struct ner_seq *s, size_t a, size_t b, size_t i,
    uint32_t *f)
{
	const struct ner_tok *t = &s->v[i];
	size_t n = 0;

	f[n++] = feat(T_GAZ, t->gaz);
	for (unsigned bit = 0; bit < 5; bit++)	/* GPE LOC NORP ORG FIRST */
		if (t->gaz & (1u << bit))
			f[n++] = feat(T_GAZ_BIT, bit);
	if (t->wn) {
		f[n++] = feat(T_WN, t->wn * 2u + (t->flags & NT_SENT_START ?
		    1u : 0u));
		for (unsigned bit = 0; bit < 9; bit++)
			if (t->wn & (1u << bit))
				f[n++] = feat(T_WN_BIT, bit);
	}
	f[n++] = feat(T_GAZ_M1, i > a ? t[-1].gaz : 0xFFFFu);
	f[n++] = feat(T_GAZ_P1, i + 1 < b ? t[1].gaz : 0xFFFFu);
	if (t->run_len) {
		f[n++] = feat(T_RUN_GAZ, t->run_gaz);
		if (t->run_whole)
			f[n++] = feat(T_RUN_WHOLE, t->run_whole * 4u +
			    t->run_pos);
		if (t->run_wn)
			f[n++] = feat(T_RUN_WN, t->run_wn * 4u + t->run_pos);
	}
	if (s->numeric)
		f[n++] = feat(T_NUM_GAZ, t->gaz);
	return n;
}

/* The features that name the word itself, first in its list: its form
 * and lower-case form (and their copy in a table of figures), its
 * prefixes and suffixes, the bigrams with its neighbours.  The rest
 * (shape, lists, clusters, context) is what the model keeps when the
 * trainer's word dropout hides these. */
static size_t
identity_feats(const struct ner_seq *s, size_t a, size_t b, size_t i,
    uint32_t *f, size_t *lower_len)
{
	const struct ner_tok *t = &s->v[i];
	uint32_t lm1 = i > a ? t[-1].h_lower : BOUNDARY;
	uint32_t lp1 = i + 1 < b ? t[1].h_lower : BOUNDARY;
	char low[FORM_MAX];
	size_t n = 0, ll;

	f[n++] = feat(T_WORD, t->h_word);
	f[n++] = feat(T_LOWER, t->h_lower);
	if (s->numeric)
		f[n++] = feat(T_NUM_LOWER, t->h_lower);
	ll = lower_form(s->text + t->bstart, t->bend - t->bstart, low);
	for (size_t k = 1; k <= 4 && k < ll; k++) {
		f[n++] = feat(T_PREFIX + k - 1, fnv(low, k));
		f[n++] = feat(T_SUFFIX + k - 1, fnv(low + ll - k, k));
	}
	f[n++] = feat(T_BI_M1, lm1 * 31u + t->h_lower);
	f[n++] = feat(T_BI_P1, t->h_lower * 31u + lp1);
	*lower_len = ll;
	return n;
}

/* Token i's features in f; the first *ident of them name the word
 * itself (identity_feats()), the *know after them are what the lists
 * and the word clusters say (list_feats(), cluster_feats()). */
static size_t
token_feats(const struct ner_seq *s, size_t a, size_t b, size_t i,
    uint32_t *f, unsigned char *ident, unsigned char *know)
{
	const struct ner_tok *t = &s->v[i];
	const struct ner_tok *p1 = i > a ? t - 1 : NULL;
	const struct ner_tok *n1 = i + 1 < b ? t + 1 : NULL;
	uint32_t lm1 = p1 ? p1->h_lower : BOUNDARY;
	uint32_t lp1 = n1 ? n1->h_lower : BOUNDARY;
	uint32_t sm1 = p1 ? p1->h_shape : BOUNDARY;
	uint32_t sp1 = n1 ? n1->h_shape : BOUNDARY;
	size_t ll, n = identity_feats(s, a, b, i, f, &ll), nk;

	*ident = (unsigned char)n;
	nk = list_feats(s, a, b, i, f + n);
	nk += cluster_feats(s, a, b, i, f + n + nk);
	*know = (unsigned char)nk;
	n += nk;
	f[n++] = feat(T_BIAS, 0);
	f[n++] = feat(T_SHAPE, t->h_shape);
	f[n++] = feat(T_LOWER_M1, lm1);
	f[n++] = feat(T_LOWER_P1, lp1);
	f[n++] = feat(T_LOWER_M2, i > a + 1 ? t[-2].h_lower : BOUNDARY);
	f[n++] = feat(T_LOWER_P2, i + 2 < b ? t[2].h_lower : BOUNDARY);
	f[n++] = feat(T_SHAPE_M1, sm1);
	f[n++] = feat(T_SHAPE_P1, sp1);
	f[n++] = feat(T_SHAPE3, (sm1 * 31u + t->h_shape) * 31u + sp1);
	f[n++] = feat(T_POSITION, t->h_shape * 8u + (t->flags &
	    (NT_SENT_START | NT_HEADLINE)));
	f[n++] = feat(T_ELSEWHERE, (t->doc & (DW_LOWER | DW_CAP_INSIDE)) |
	    (t->flags & (NT_CAP | NT_SENT_START)));
	f[n++] = feat(T_DOC_TYPES, (t->doc & DW_TYPES) * 2u +
	    (t->flags & NT_CAP ? 1u : 0u));
	f[n++] = feat(T_INFO, t->info * 4u + (t->flags & (NT_CAP |
	    NT_ALL_CAPS)));
	f[n++] = feat(T_RULE, t->rule);
	f[n++] = feat(T_RULE_M1, p1 ? p1->rule : 255u);
	f[n++] = feat(T_RULE_P1, n1 ? n1->rule : 255u);
	f[n++] = feat(T_RULE_SHAPE, t->rule * 0x10001u ^ t->h_shape);
	f[n++] = feat(T_LENGTH, ll < 6 ? (uint32_t)ll : 6u);
	if (t->run_len) {
		f[n++] = feat(T_RUN_SHAPE, t->run_len * 4u + t->run_pos);
		f[n++] = feat(T_RUN_FIRST, t->run_first);
		f[n++] = feat(T_RUN_LAST, t->run_last);
		f[n++] = feat(T_RUN_WORDS, t->run_common * 2u + t->run_join);
	}
	if (s->topic && (t->flags & NT_CAP))
		f[n++] = feat(T_TOPIC, s->topic * 8u + (t->run_len < 3 ?
		    t->run_len : 3u) * 2u + (t->rule ? 1u : 0u));
	if (t->quoted)
		f[n++] = feat(T_QUOTED, t->quoted * 2u + (t->flags & NT_CAP ?
		    1u : 0u));
	if (t->doc_run_last)
		f[n++] = feat(T_DOC_RUN_LAST, t->doc_run_last);
	if (s->numeric)
		f[n++] = feat(T_NUM_RULE, t->rule);
	for (unsigned k = 0; k < CUE_KINDS; k++) {
		if (t->cue[k])
			f[n++] = feat(T_CUE + k, t->cue[k]);
		if (t->cue_doc[k])
			f[n++] = feat(T_CUE_DOC + k, t->cue_doc[k]);
	}
	return n;
}

size_t
ner_seq_sent_feats(const struct ner_seq *s, size_t k, bool second,
    uint32_t *out, size_t *off)
{
	size_t a = s->sent[k], b = ner_seq_sent_end(s, k);
	unsigned char ident, know;

	off[0] = 0;
	for (size_t i = a; i < b; i++) {
		size_t n = token_feats(s, a, b, i, out + off[i - a], &ident,
		    &know);

		if (second)
			n += second_feats(s, a, b, i, out + off[i - a] + n);
		off[i - a + 1] = off[i - a] + n;
	}
	return b - a;
}

static void
all_feats(struct ner_seq *s, bool second)
{
	size_t need = s->n * NER_MAX_FEATS;

	if (need > s->feats_cap) {
		s->feats = xreallocarray(s->feats, need, sizeof *s->feats);
		s->feats_cap = need;
	}
	if (s->n + 1 > s->foff_cap) {
		s->foff = xreallocarray(s->foff, s->n + 1, sizeof *s->foff);
		s->ident = xreallocarray(s->ident, s->n + 1, 1);
		s->know = xreallocarray(s->know, s->n + 1, 1);
		s->foff_cap = s->n + 1;
	}
	s->foff[0] = 0;
	for (size_t k = 0; k < s->nsent; k++) {
		size_t a = s->sent[k], b = ner_seq_sent_end(s, k);

		for (size_t i = a; i < b; i++) {
			size_t n = token_feats(s, a, b, i,
			    s->feats + s->foff[i], &s->ident[i], &s->know[i]);

			if (second)
				n += second_feats(s, a, b, i,
				    s->feats + s->foff[i] + n);
			s->foff[i + 1] = s->foff[i] + n;
		}
	}
}

/* Whether more than NUMERIC_SHARE of the document's words are figures:
 * sports results and market reports, where a town names its team (the
 * model learns such documents' words apart from prose's). */
#define NUMERIC_SHARE 0.15

static bool
numeric_document(const struct ner_seq *s)
{
	size_t words = 0, figures = 0;

	for (size_t i = 0; i < s->n; i++) {
		char c = s->text[s->v[i].bstart];

		if (!(s->v[i].flags & NT_WORD))
			continue;
		words++;
		figures += c >= '0' && c <= '9';
	}
	return (double)figures > NUMERIC_SHARE * (double)words;
}

void
ner_seq_prepare(struct ner_seq *s, struct ner *n, const struct mention *rules,
    size_t nrules)
{
	token_forms(s, n);
	ner_seq_cues(s);
	mark_headlines(s);
	rule_labels(s, rules, nrules);
	doc_evidence(s);
	s->numeric = numeric_document(s);
}

void
ner_seq_finish(struct ner_seq *s, struct ner *n, const struct mention *rules,
    size_t nrules)
{
	ner_seq_prepare(s, n, rules, nrules);
	all_feats(s, false);
}

void
ner_seq_first_labels(struct ner_seq *s, const unsigned char *labels)
{
	struct hash words;

	hash_init(&words);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < s->n; i++) {
			struct ner_tok *t = &s->v[i];
			const char *key = (const char *)&t->h_lower;

			t->first = labels[i];
			if (!(t->flags & NT_WORD))
				continue;
			if (pass == 0)
				word_bits(&words, key, sizeof t->h_lower,
				    1u << ((labels[i] + 1) / 2));
			else
				t->first_doc = (unsigned char)(hash_get(&words,
				    key, sizeof t->h_lower)->tag >> 1);
		}
	hash_free(&words);
}

void
ner_seq_second(struct ner_seq *s, const unsigned char *labels)
{
	ner_seq_first_labels(s, labels);
	all_feats(s, true);
}
