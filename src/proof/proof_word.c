/* proof_word.c - the verdict on one word form: known, a name, a
 * misspelling, a casing slip, words run together; cached per form, since
 * Hunspell is slow and a page repeats its words. */
#include "config.h"

#include "proof/proof_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/util.h"
#include "proof/calendar.h"
#include "proof/contraction.h"
#include "proof/dialect.h"
#include "proof/irregular.h"
#include "proof/names.h"
#include "proof/nearscan.h"
#include "proof/rank.h"
#include "proof/wordfreq.h"

/* A split must be long, or names and brands that happen to be two words
 * (Blackwell, SoftBank, Moneycontrol) and closed compounds the dictionary
 * lacks (weeklong, teardown) would be reported: camel case from 11
 * letters, other capitalised words from 13, lower-case words when both
 * parts have 6 letters (relationsmilitary). */
#define SPLIT_CAPITAL_MIN 11
#define SPLIT_GLUED_MIN 13
#define SPLIT_CAPITAL_PART 4
#define SPLIT_LOWER_PART 6
/* Shorter lower-case words are often particles of foreign names: the
 * "des" of Société des Mines, not Des Moines. */
#define CASING_MIN 4
/* Longer runs are not searched for splits (the search is exponential). */
#define SPLIT_MAX_BYTES 64
#define SPLIT_MAX_PARTS 6
#define SPLIT_MANY_PART 5
/* A split loses to a word of this SCOWL level or commoner one edit away:
 * internatonal is international with a letter dropped, not intern
 * atonal. */
#define SPLIT_NEAR_LEVEL 50
/* Two of the commonest words run together (inthe, ofthe) are a split
 * whatever their length, each part of this many letters or more: one
 * letter is a clitic's (dont, hes). */
#define SPLIT_COMMON_PART 2
/* Such a split loses to a slip of a common word this likely (rank.h's
 * costs: a vowel dropped from a word of SCOWL level 35, forhead for
 * forehead, not "for head"); a consonant dropped from one (tothe: tote)
 * or any slip of a rarer word (tithe, nth) is less likely. */
#define SPLIT_COMMON_COST 3.0
/* A capitalised word no list knows is taken for a misspelling only when
 * a word of this SCOWL level or commoner is this likely a slip away
 * (rank.h's costs; tools/bench/check measures both sides). */
#define NEAR_LEVEL 50
#define NEAR_MAX_COST 2.6
#define NEAR_MIN 4
/* A three-letter one (Tje) only of the commonest words, by one cheap
 * slip that leaves the vowels alone, at a sentence start (proof.c): Dia,
 * Liu and Abe are names. */
#define NEAR_SHORT 3
#define NEAR_SHORT_LEVEL 10
#define NEAR_SHORT_COST 1.7
/* What a regular ending on an irregular verb costs as a slip (Taked): as
 * a transposition, rank.c's likeliest. */
#define IRREGULAR_NEAR_COST 1.0
/* A capitalised word this long, a likely slip inside it from a common
 * word (NEAR_LEVEL, NEAR_MAX_COST), is taken for that slip in
 * mid-sentence too, whatever its vowels (Performence, Possable,
 * Managment), unless the caller's names have it (proof_set_known_names:
 * the gazetteer's Figueres): long names seldom
 * lie one slip from a common word, short ones often do (Wouden, Helder,
 * Cercle at 6 letters; tools/bench/check and doc/PERFORMANCE.md). */
#define NEAR_LONG_MIN 8

/* Prefixes that make closed compounds the dictionary lacks
 * (counterterrorism).  Short ones (co, re) are left out: with them a typo
 * such as "cooperations" would pass as co + operations. */
static const char *const prefixes[] = {
	"anti", "counter", "cyber", "geo", "inter", "intra", "macro", "micro",
	"multi", "non", "over", "post", "semi", "super", "trans", "ultra",
	"under", NULL
};

/* Prefixes written before a hyphen: re-evaluate, co-founder. */
static const char *const hyphen_prefixes[] = {
	"co", "de", "e", "ex", "mid", "mini", "neo", "pre", "pro", "re", "sub",
	"un", "vice", NULL
};

void
proof_reset_cache(struct proof *p)
{
	for (size_t i = 0; i < p->nverdicts; i++) {
		free(p->verdicts[i].fix);
		speller_free_list(p->verdicts[i].variants,
		    p->verdicts[i].nvariants);
		free(p->verdicts[i].near);
		free(p->verdicts[i].form);
		free(p->verdicts[i].other);
	}
	p->nverdicts = 0;
	hash_free(&p->seen);
	hash_init(&p->seen);
}

/* SCOWL's lists know w, as written or, at a sentence start, with a
 * small first letter. */
static bool
listed(const char *w)
{
	size_t n = strlen(w);
	char *lower;
	bool ok;

	if (wordfreq_find(w, n) != NULL)
		return true;
	if (!(w[0] >= 'A' && w[0] <= 'Z'))
		return false;
	lower = xstrdup(w);
	lower[0] = (char)(lower[0] - 'A' + 'a');
	ok = wordfreq_find(lower, n) != NULL;
	free(lower);
	return ok;
}

static bool
known(struct proof *p, const char *w)
{
	return speller_check(p->sp, w) || listed(w);
}

/* Letters of scripts other than Latin: an English dictionary cannot judge
 * them. */
static bool
foreign_script(const char *w)
{
	for (const unsigned char *s = (const unsigned char *)w; *s; s++) {
		if (*s >= 0xC9 && *s < 0xE1)	/* U+0240 up to U+07FF */
			return true;
		/* From U+1000 on, only Latin Extended Additional is Latin. */
		if (*s >= 0xE1 && !(s[0] == 0xE1 && s[1] >= 0xB8 &&
		    s[1] <= 0xBB))
			return true;
	}
	return false;
}

/* An acronym, or its plural: ECOWAS, LEDs. */
static bool
all_caps(const char *w)
{
	size_t letters = 0;

	for (const char *s = w; *s; s++) {
		if (*s >= 'a' && *s <= 'z' && !(*s == 's' && s[1] == '\0'))
			return false;
		letters += *s >= 'A' && *s <= 'Z';
	}
	return letters >= 2;
}


static bool
is_prefixed(struct proof *p, const char *w)
{
	for (size_t i = 0; prefixes[i]; i++) {
		size_t n = strlen(prefixes[i]);

		if (strncasecmp(w, prefixes[i], n) == 0 &&
		    strlen(w + n) >= 3 && known(p, w + n))
			return true;
	}
	return false;
}

bool
proof_is_prefix(const char *w)
{
	for (size_t i = 0; prefixes[i]; i++)
		if (strcasecmp(w, prefixes[i]) == 0)
			return true;
	for (size_t i = 0; hyphen_prefixes[i]; i++)
		if (strcasecmp(w, hyphen_prefixes[i]) == 0)
			return true;
	return false;
}

static bool
known_part(struct proof *p, const char *w, size_t n)
{
	char *s = xstrndup(w, n);
	bool ok = known(p, s);

	free(s);
	return ok;
}

/* The Bidens, the Obamas: the plural of a name the dictionary knows. */
static bool
name_plural(struct proof *p, const char *w)
{
	size_t n = strlen(w);

	return n > 3 && w[n - 1] == 's' && names_is_capitalised(w) &&
	    known_part(p, w, n - 1);
}

/* Whether the word w less its s is known in lower case (Wass, Bunds):
 * then w may be a slip too, not only a name's plural (its plural would
 * be known). */
static bool
word_plural(struct proof *p, const char *w)
{
	char *lower = xstrndup(w, strlen(w) - 1);
	bool word;

	if (lower[0] >= 'A' && lower[0] <= 'Z')
		lower[0] = (char)(lower[0] - 'A' + 'a');
	word = known(p, lower);
	free(lower);
	return word;
}

/* partnershipsNigerRussia -> "partnerships Niger Russia" when every part
 * between a lower-case and a capital letter is a word. */
static char *
camel_split(struct proof *p, const char *w)
{
	struct buf b;
	size_t start = 0, len = strlen(w);

	buf_init(&b);
	for (size_t i = 1; i <= len; i++) {
		bool boundary = i == len || (w[i] >= 'A' && w[i] <= 'Z' &&
		    w[i - 1] >= 'a' && w[i - 1] <= 'z');

		if (!boundary)
			continue;
		if (i - start < 2 || !known_part(p, w + start, i - start)) {
			buf_free(&b);
			return NULL;
		}
		if (start > 0)
			buf_addc(&b, ' ');
		buf_add(&b, w + start, i - start);
		start = i;
	}
	return buf_steal(&b);
}

/* Appends to b a split of w[0, n) into exactly parts dictionary words of
 * min_part bytes or more, longest first word first. */
static bool
split_words(struct proof *p, const char *w, size_t n, size_t min_part,
    int parts, struct buf *b)
{
	size_t mark = b->len;

	if (n < min_part)
		return false;
	if (parts == 1) {
		if (!known_part(p, w, n))
			return false;
		if (mark > 0)
			buf_addc(b, ' ');
		buf_add(b, w, n);
		return true;
	}
	for (size_t i = n - min_part; i >= min_part; i--) {
		if (((unsigned char)w[i] & 0xC0) == 0x80 ||
		    !known_part(p, w, i))
			continue;
		if (mark > 0)
			buf_addc(b, ' ');
		buf_add(b, w, i);
		if (split_words(p, w + i, n - i, min_part, parts - 1, b))
			return true;
		buf_truncate(b, mark);
	}
	return false;
}

/* strategyintelligence -> "strategy intelligence". */
static char *
word_split(struct proof *p, const char *w, size_t min_part)
{
	struct buf b;
	size_t n = strlen(w);

	if (n > SPLIT_MAX_BYTES)
		return NULL;
	buf_init(&b);
	buf_reserve(&b, n + SPLIT_MAX_PARTS + 1);
	b.data[0] = '\0';
	/* The fewest parts win; the whole is not a word (the caller asked),
	 * so a success has two or more.  Beyond two parts, short words make
	 * nonsense splits (coop erat ions): every part needs 5 letters. */
	for (int parts = 2; parts <= SPLIT_MAX_PARTS; parts++) {
		size_t min = parts == 2 ? min_part : SPLIT_MANY_PART;

		if (split_words(p, w, n, min, parts, &b))
			return buf_steal(&b);
	}
	buf_free(&b);
	return NULL;
}

struct near_word {
	struct proof *p;
	bool found;
};

static void
near_word_found(const struct wordfreq_entry *e, size_t dist, void *arg)
{
	struct near_word *nw = arg;

	if (dist == 1 && e->level <= SPLIT_NEAR_LEVEL &&
	    speller_may_suggest(nw->p->sp, wordfreq_word(e)))
		nw->found = true;
}

/* Whether w[0, i) and w + i are both among the commonest words
 * (rank_is_commonest), one of them among the very commonest, and not a
 * contraction without its apostrophe (youre, theyll: you're, they'll).
 * Closed compounds the lists lack join two content words (hardline,
 * weeklong, gameplay), a run-together mostly a function word (inthe,
 * atleast). */
static bool
common_pair(const char *w, size_t i)
{
	char *first = xstrndup(w, i);
	char *joined = xasprintf("%s'%s", first, w + i);
	bool ok = rank_is_commonest(first) && rank_is_commonest(w + i) &&
	    (rank_is_very_common(first) || rank_is_very_common(w + i)) &&
	    !contraction_is_standard(joined);

	free(joined);
	free(first);
	return ok;
}

/* inthe, ofthe, tothe: two of the commonest words run together, the
 * likeliest reading of a word too short for word_split, unless it is a
 * likely slip of a common word (theif: thief, not "the if"; the rarer
 * words one edit from it, nth, tote, are not). */
static char *
common_split(struct proof *p, const char *w)
{
	size_t n = strlen(w);
	double cost = 0;
	char *near;
	bool slip;

	if (n < 2 * SPLIT_COMMON_PART || n > SPLIT_MAX_BYTES)
		return NULL;
	for (size_t i = n - SPLIT_COMMON_PART; i >= SPLIT_COMMON_PART; i--) {
		if (!common_pair(w, i))
			continue;
		near = rank_near_common(p->sp, w, NEAR_LEVEL, &cost);
		slip = near != NULL && cost <= SPLIT_COMMON_COST;
		free(near);
		if (slip)
			return NULL;
		return xasprintf("%.*s %s", (int)i, w, w + i);
	}
	return NULL;
}

/* Inthe, Ofthe: common_split at a sentence start, where the first of the
 * two words takes the capital ("In the"); elsewhere the capital makes
 * the word a name's (proof.c judges). */
static char *
initial_split(struct proof *p, const char *w)
{
	char *lower = xstrdup(w), *v;

	lower[0] = (char)(lower[0] - 'A' + 'a');
	v = common_split(p, lower);
	free(lower);
	if (v != NULL)
		v[0] = w[0];
	return v;
}

/* A split of the lower-case word w (word_split) unless a common word is
 * one edit away: one slip is likelier than a missing space and parts
 * that happen to be words (intern atonal).  Run-togethers are two edits
 * or more from any word (strategyintelligence). */
static char *
lower_split(struct proof *p, const char *w)
{
	struct near_word nw = { p, false };
	char *v = word_split(p, w, SPLIT_LOWER_PART);

	if (v == NULL)
		return common_split(p, w);
	nearscan(w, 1, near_word_found, &nw);
	if (nw.found) {
		free(v);
		return NULL;
	}
	return v;
}

/* The known names a capitalised word may misspell (Nigér, Nigers ->
 * Niger), with the possessive put back; the document decides. */
static void
name_variants(struct proof *p, const char *w, const char *suffix,
    struct verdict *vd)
{
	char *accent = names_accent_variant(p->sp, w), **list;
	size_t n = names_stray_letter_variants(p->sp, w, &list);

	vd->variants = xreallocarray(NULL, n + 1, sizeof *vd->variants);
	if (accent != NULL)
		vd->variants[vd->nvariants++] = accent;
	for (size_t i = 0; i < n; i++)
		vd->variants[vd->nvariants++] = list[i];
	free(list);
	vd->suffix = suffix;
}

/* Recieve, Cheif: a capitalised word that may be a slip of a common
 * word; the document decides whether to look (proof.c), as the search
 * costs some hundred look-ups and most such words are names. */
static void
maybe_slip(struct proof *p, const char *w, const char *suffix,
    struct verdict *vd)
{
	/* Dia, Esc: short names are one slip from too many words; the Bidens
	 * are a family, but Wass is was with a slip (proof.c judges). */
	if (strlen(w) < NEAR_SHORT)
		return;
	if (name_plural(p, w)) {
		if (!word_plural(p, w))
			return;
		vd->word_plural = true;
	}
	vd->short_slip = strlen(w) < NEAR_MIN;
	vd->form = xasprintf("%s%s", w, suffix);
	vd->stem_len = strlen(w);
	vd->near_kind = PROBLEM_SPELLING;
}

/* Whether a and b have the same vowels in the same places: Tje and The
 * do, Dia and Die do not (short names vary their vowels). */
static bool
same_vowels(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if ((strchr("aeiouAEIOU", *a) != NULL ||
		    strchr("aeiouAEIOU", *b) != NULL) && *a != *b)
			return false;
	return *a == *b;
}

/* Whether b is a with two neighbouring vowels or two neighbouring
 * consonants swapped (Coudl, Cheif): a slip that keeps the word's shape
 * of consonants and vowels, where names that look like words swap a vowel
 * and a consonant (Goran, Wray, Loko beside groan, wary, look). */
static bool
one_swap(const char *a, const char *b)
{
	size_t n = strlen(a), i = 0;

	if (n != strlen(b))
		return false;
	while (i < n && a[i] == b[i])
		i++;
	return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] &&
	    (strchr("aeiouy", a[i]) == NULL) ==
	    (strchr("aeiouy", a[i + 1]) == NULL) &&
	    strcmp(a + i + 2, b + i + 2) == 0;
}

/* Whether the slip from a to b (b may carry a's possessive) leaves the
 * last two letters of a alone: endings make words of their own, in other
 * languages too (Institut, Journalistas, Kingdome beside institute,
 * journalists, kingdom). */
static bool
inner_slip(const char *a, const char *b)
{
	size_t n = strlen(a), m = strcspn(b, "'");

	return n >= 2 && m >= 2 && strncmp(a + n - 2, b + m - 2, 2) == 0;
}

/* Taked, Buyed: a capitalised irregular verb with a regular ending is a
 * slip of its simple past (the likeliest correction, rank.c). */
static bool
irregular_near(struct verdict *vd, const char *stem)
{
	char *lw = xstrdup(stem);
	const struct irregular_verb *iv;
	char *fix;

	lw[0] = (char)(lw[0] >= 'A' && lw[0] <= 'Z' ? lw[0] - 'A' + 'a' :
	    lw[0]);
	iv = irregular_regularised(lw);
	free(lw);
	if (iv == NULL)
		return false;
	fix = xstrdup(iv->past);
	fix[0] = (char)(fix[0] - 'a' + 'A');
	vd->near = xasprintf("%s%s", fix, vd->form + vd->stem_len);
	vd->near_cost = IRREGULAR_NEAR_COST;
	free(fix);
	return true;
}

/* Whether a slip is judged by SCOWL's levels alone (tuned so); the fix
 * offered is then the likeliest correction, counts weighing too (Ther:
 * The, not Their), when it keeps the first letter. */
static void
likeliest_fix(struct speller *sp, const char *stem, char **fix)
{
	char **list;
	size_t n = rank_corrections(NULL, stem, VARIANT_BOTH, NULL, 0, 1,
	    &list);

	if (n > 0 && list[0][0] == (*fix)[0] &&
	    speller_may_suggest(sp, list[0])) {
		free(*fix);
		*fix = list[0];
		list[0] = NULL;
	}
	speller_free_list(list, n);
}

char *
proof_near_word(struct proof *p, const char *word)
{
	double cost = 0;
	char *v = rank_near_common(p->sp, word, NEAR_LEVEL, &cost);

	if (v != NULL && cost > NEAR_MAX_COST) {
		free(v);
		return NULL;
	}
	if (v != NULL)
		likeliest_fix(p->sp, word, &v);
	return v;
}

const char *
proof_near_common(struct proof *p, struct verdict *vd)
{
	double cost = 0;
	char *stem, *v;

	if (vd->near != NULL || vd->near_kind != PROBLEM_SPELLING ||
	    vd->near_done)
		return vd->near;
	vd->near_done = true;
	stem = xstrndup(vd->form, vd->stem_len);
	if (irregular_near(vd, stem)) {
		free(stem);
		return vd->near;
	}
	v = rank_near_common(p->sp, stem, vd->short_slip ? NEAR_SHORT_LEVEL :
	    NEAR_LEVEL, &cost);
	vd->near_cost = cost;
	if (v != NULL && cost <= (vd->short_slip ? NEAR_SHORT_COST :
	    NEAR_MAX_COST) && (!vd->short_slip || same_vowels(stem, v))) {
		vd->near_swap = one_swap(stem, v);
		likeliest_fix(p->sp, stem, &v);
		vd->near = xasprintf("%s%s", v, vd->form + vd->stem_len);
	}
	free(v);
	vd->near_long = vd->near != NULL && vd->stem_len >= NEAR_LONG_MIN &&
	    inner_slip(stem, vd->near) && (p->known_name == NULL ||
	    !p->known_name(stem, vd->stem_len));
	if (vd->near == NULL && (v = rank_top_transposed(p->sp, stem, &cost)) !=
	    NULL) {
		vd->near = xasprintf("%s%s", v, vd->form + vd->stem_len);
		vd->near_cost = cost;
		vd->near_initial = true;
		free(v);
	}
	if (vd->near == NULL && !vd->short_slip &&
	    (v = rank_common_slip(p->sp, stem, &cost)) != NULL) {
		vd->near = xasprintf("%s%s", v, vd->form + vd->stem_len);
		vd->near_cost = cost;
		vd->near_initial = vd->near_first = true;
		free(v);
	}
	free(stem);
	if (vd->near != NULL) {
		/* near without the possessive the form had. */
		stem = xstrndup(vd->near, strlen(vd->near) -
		    (strlen(vd->form) - vd->stem_len));
		vd->near_common = rank_is_commonest(stem);
		free(stem);
	}
	return vd->near;
}

/* The verdict for a word form that the dictionary does not know as it is;
 * suffix is a possessive taken off, put back on fixes. */
static int
judge(struct proof *p, const char *w, const char *suffix, char **fix,
    struct verdict *vd)
{
	char *v;

	*fix = NULL;
	if (all_caps(w) || is_prefixed(p, w))
		return -1;
	for (const char *s = w + 1; *s; s++)
		if (*s >= 'A' && *s <= 'Z' && s[-1] >= 'a' && s[-1] <= 'z') {
			/* Brands are short (WeWork, SoftBank, LinkedIn); run
			 * together menu items are not (FacebookShare).  A
			 * longer one is a brand too when it recurs or keeps a
			 * name's company (macOS, AppleInsider): the document
			 * decides. */
			if ((names_is_capitalised(w) &&
			    strlen(w) < SPLIT_CAPITAL_MIN) ||
			    (v = camel_split(p, w)) == NULL)
				return -1;
			vd->near = xasprintf("%s%s", v, suffix);
			vd->form = xasprintf("%s%s", w, suffix);
			vd->stem_len = strlen(w);
			vd->near_kind = PROBLEM_SPLIT;
			free(v);
			return -1;
		}
	if (names_is_capitalised(w)) {
		if (strlen(w) >= SPLIT_GLUED_MIN &&
		    (v = word_split(p, w, SPLIT_CAPITAL_PART)) != NULL) {
			*fix = xasprintf("%s%s", v, suffix);
			free(v);
			return PROBLEM_SPLIT;
		}
		if ((v = calendar_near_miss(w)) != NULL) {
			*fix = xasprintf("%s%s", v, suffix);
			free(v);
			return PROBLEM_SPELLING;	/* Febuary */
		}
		if (w[0] >= 'A' && w[0] <= 'Z' &&
		    (v = initial_split(p, w)) != NULL) {
			vd->near = xasprintf("%s%s", v, suffix);
			vd->form = xasprintf("%s%s", w, suffix);
			vd->stem_len = strlen(w);
			vd->near_kind = PROBLEM_SPLIT;
			vd->near_initial = true;
			free(v);
			return -1;
		}
		name_variants(p, w, suffix, vd);
		vd->name_plural = name_plural(p, w);
		maybe_slip(p, w, suffix, vd);
		return -1;	/* a name, unless the document says otherwise */
	}
	/* café, communiqué: the dictionary has them without accents. */
	if ((v = names_fold_accents(w)) != NULL && strcmp(v, w) != 0 &&
	    known(p, v)) {
		free(v);
		return -1;
	}
	free(v);
	v = xstrdup(w);
	if (v[0] >= 'a' && v[0] <= 'z')
		v[0] = (char)(v[0] - 'a' + 'A');
	if (strlen(w) >= CASING_MIN && names_is_proper_noun(p->sp, v)) {
		*fix = xasprintf("%s%s", v, suffix);
		free(v);
		return PROBLEM_CASING;
	}
	free(v);
	if (names_is_particle(w))
		return -1;
	if ((v = lower_split(p, w)) != NULL) {
		*fix = xasprintf("%s%s", v, suffix);
		free(v);
		return PROBLEM_SPLIT;
	}
	return PROBLEM_SPELLING;
}

/* Possessives: Niger's, countries'. */
static const char *
possessive(char *w)
{
	size_t n = strlen(w);

	if (n > 3 && w[n - 2] == '\'' && (w[n - 1] == 's' || w[n - 1] == 'S')) {
		w[n - 2] = '\0';
		return w[n - 1] == 's' ? "'s" : "'S";
	}
	if (n > 2 && w[n - 1] == '\'') {
		w[n - 1] = '\0';
		return "'";
	}
	return "";
}

static int
classify(struct proof *p, char *w, struct verdict *vd)
{
	const char *suffix;

	if (proof_is_bad_word(p, w))	/* the user's word: wrong */
		return PROBLEM_SPELLING;
	if (w[0] == '\0' || w[1] == '\0' || foreign_script(w) || known(p, w))
		return -1;
	if (contraction_lower_i(w)) {	/* i'm, i'll: as i've is */
		vd->fix = xasprintf("I%s", w + 1);
		return PROBLEM_CASING;
	}
	if (contraction_is_standard(w))
		return -1;
	/* Elision: d'Ivoire, l'Express. */
	if ((w[0] == 'd' || w[0] == 'l') && w[1] == '\'' && w[2] >= 'A' &&
	    w[2] <= 'Z')
		w += 2;
	suffix = possessive(w);
	if (*suffix != '\0' && known(p, w))
		return -1;
	return judge(p, w, suffix, &vd->fix, vd);
}

/* The cached verdict for a word form (apostrophes already straight). */
const struct verdict *
proof_verdict_for(struct proof *p, const char *w, size_t n)
{
	struct hash_entry *e = hash_get(&p->seen, w, n);
	struct verdict v;
	char *copy;

	if (e != NULL)
		return &p->verdicts[e->tag];
	copy = xstrndup(w, n);
	memset(&v, 0, sizeof v);
	v.kind = classify(p, copy, &v);
	if (v.kind < 0)
		v.mark = dialect_mark(copy, &v.other);
	free(copy);
	if (p->nverdicts == p->verdicts_cap) {
		p->verdicts_cap = p->verdicts_cap ? p->verdicts_cap * 2 : 1024;
		p->verdicts = xreallocarray(p->verdicts, p->verdicts_cap,
		    sizeof *p->verdicts);
	}
	p->verdicts[p->nverdicts] = v;
	e = hash_add(&p->seen, w, n);
	e->tag = p->nverdicts++;
	return &p->verdicts[e->tag];
}
