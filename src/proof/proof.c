/* proof.c - proofreading a document: the proofreader and its word lists,
 * the driver that runs every check over the blocks, repeated words and the
 * look-alikes of names the whole document decides (proof_word.c judges
 * each word form). */
#include "config.h"

#include "proof/proof_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "base/escape.h"
#include "base/file_io.h"
#include "base/settings.h"
#include "base/util.h"
#include "doc/tokens.h"
#include "proof/dialect.h"
#include "proof/headline.h"
#include "proof/lookalike.h"
#include "proof/names.h"
#include "proof/proof_text.h"
#include "proof/rank.h"
#include "proof/wordlist.h"

/* A look-alike of a known name is a slip when the name is used at least
 * this many times as often. */
#define NAME_SLIP_RATIO 3
/* A page in another language by its stoplists is judged all the same
 * when the dictionaries know this share (in per cent) of a sample of its
 * lower-case words (proof_doc). */
#define KNOWN_SAMPLE 400
#define KNOWN_SHARE 60
/* Shorter words are abbreviations in SCOWL's lists in any language (en,
 * og, vi, se). */
#define KNOWN_MIN_LETTERS 4
/* Beside a common word in title case, a slip must cost at most this
 * (rank.h's costs: a dropped or stray letter in one of the commonest
 * words). */
#define NEAR_WEAK_COST 2.0
/* In a name's company, only two letters of a common word swapped the
 * way slips swap them (Police Cheif Ed Alvarez, proof_word.c) are a slip,
 * at most this costly (a word of SCOWL level 35: Weild Rose). */
#define NEAR_NAMED_COST 2.5
/* A look-alike of a word the document uses (Weild beside Wild) must be
 * this long: short names are one slip from too many words (Ali, Alia). */
#define LOOKALIKE_MIN 5
/* Words of SCOWL sizes above this are rare (sizes up to 50 hold about
 * 74,000 of data/proof/en-words.txt's 134,000 entries). */
#define RARE_LEVEL 50
/* Units after numbers are this short at most (trln, rbls). */
#define UNIT_MAX 4

/* Doubled words that English allows. */
static const char *const legit_repeats[] = {
	"had", "that", "is", "do", "bye", "very", "so", "far", "ha", "no",
	"yes", "knock", "really", "many", "more", "again", "on", NULL
};

static void normalise(const char *s, size_t n, struct buf *b);

/* word as the checks see it: curly apostrophes straight.  A list entry
 * or a word the user adds in the text's own form ("committee’s") must
 * match what the checks look up ("committee's"). */
static char *
straight(const char *word)
{
	struct buf b;

	buf_init(&b);
	normalise(word, strlen(word), &b);
	return buf_steal(&b);
}

static void
add_to_speller(void *ctx, const char *word)
{
	char *w = straight(word);

	speller_add(ctx, w);
	free(w);
}

static void
add_to_bad(void *ctx, const char *word)
{
	struct proof *p = ctx;
	char *w = straight(word);

	hash_add(&p->bad, w, strlen(w));
	free(w);
}

struct proof *
proof_create(const char *dicts, bool user_words, char **cause)
{
	struct proof *p;
	char *missing = NULL;
	struct speller *sp = speller_open(dicts, &missing);

	*cause = NULL;
	/* A dictionary the user named is required; without the default one
	 * every check that needs no dictionary still runs. */
	if (sp == NULL && dicts != NULL) {
		*cause = missing;
		return NULL;
	}
	p = xcalloc(1, sizeof *p);
	p->sp = sp;
	if (sp == NULL)
		p->warning = xasprintf("spelling not checked: %s", missing);
	free(missing);
	p->dicts = xstrdup(dicts ? dicts : speller_default());
	hash_init(&p->seen);
	hash_init(&p->dirs);
	hash_init(&p->caps);
	hash_init(&p->bad);
	p->user_words = user_words;
	if (user_words && (p->user_path = wordlist_user_path()) != NULL &&
	    wordlist_read(p->user_path, 0, add_to_speller, sp, cause) != 0) {
		proof_destroy(p);
		return NULL;
	}
	if (user_words && (p->bad_path = wordlist_bad_path()) != NULL &&
	    wordlist_read(p->bad_path, 0, add_to_bad, p, cause) != 0) {
		proof_destroy(p);
		return NULL;
	}
	return p;
}

void
proof_destroy(struct proof *p)
{
	if (p == NULL)
		return;
	proof_reset_cache(p);
	hash_free(&p->seen);
	hash_free(&p->dirs);
	hash_free(&p->caps);
	hash_free(&p->bad);
	free(p->bad_path);
	free(p->pending);
	free(p->marks);
	free(p->capsw);
	free(p->verdicts);
	free(p->user_path);
	free(p->dicts);
	free(p->warning);
	tokens_free(&p->tokens);
	problems_clear(&p->skip);
	speller_close(p->sp);
	free(p);
}

struct speller *
proof_speller(struct proof *p)
{
	return p->sp;
}

const char *
proof_warning(const struct proof *p)
{
	return p->warning;
}

void
proof_set_known_names(struct proof *p, proof_name_fn *fn)
{
	p->known_name = fn;
	proof_reset_cache(p);
}

int
proof_add_project_words(struct proof *p, const char *doc_path, char **cause)
{
	char *path = wordlist_project_path(doc_path);
	int rc = 0;

	if (path == NULL)
		return 0;
	if (hash_get(&p->dirs, path, strlen(path)) == NULL) {
		hash_add(&p->dirs, path, strlen(path));
		rc = wordlist_read(path, FIO_NOFOLLOW, add_to_speller, p->sp,
		    cause);
		proof_reset_cache(p);
	}
	free(path);
	return rc;
}

/* Why a personal list cannot be written: -1 with *cause. */
static int
no_list(const struct proof *p, char **cause)
{
	char *why;

	if (!p->user_words) {
		*cause = xstrdup("personal word lists are off");
		return -1;
	}
	why = config_xdg_missing("XDG_DATA_HOME");
	*cause = xasprintf("there is none (%s)", why);
	free(why);
	return -1;
}

static bool
bad_entry(const struct proof *p, const char *w, size_t n)
{
	const struct hash_entry *e = hash_get(&p->bad, w, n);

	return e != NULL && e->count > 0;
}

/* The entry of the bad-words list that marks w[0, n) wrong, newly
 * allocated, or NULL.  As vim's zw words match: an entry in lower case
 * matches the word in any case ("colour": Colour, COLOUR), a
 * Capitalised entry the word in capitals too. */
static char *
bad_key_for(const struct proof *p, const char *w, size_t n)
{
	char *low, *key = NULL;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;

	if (bad_entry(p, w, n))
		return xstrndup(w, n);
	low = word_lower(w, n);
	if (bad_entry(p, low, strlen(low)))
		return low;
	k = utf8proc_iterate((const utf8proc_uint8_t *)low, -1, &c);
	/* Not a word in lower case: "Colour" is no match for "colour". */
	if (k > 0 && strlen(low) > (size_t)k &&
	    (strlen(low) != n || memcmp(low, w, n) != 0)) {
		struct buf cap;

		buf_init(&cap);
		buf_add_cp(&cap, utf8proc_toupper(c));
		buf_adds(&cap, low + k);
		if (bad_entry(p, cap.data, cap.len))
			key = buf_steal(&cap);
		buf_free(&cap);
	}
	free(low);
	return key;
}

static bool
bad_in_any_case(const struct proof *p, const char *w, size_t n)
{
	char *key = bad_key_for(p, w, n);
	bool bad = key != NULL;

	free(key);
	return bad;
}

/* The lists keep words as the checks see them (straight apostrophes),
 * whatever form the user's text had. */
int
proof_add_word(struct proof *p, const char *word, char **cause)
{
	char *w = straight(word);
	int rc;

	proof_ignore_word(p, w);
	rc = p->user_path == NULL ? no_list(p, cause) :
	    wordlist_append(p->user_path, w, cause);
	free(w);
	return rc;
}

void
proof_ignore_word(struct proof *p, const char *word)
{
	add_to_speller(p->sp, word);
	proof_reset_cache(p);
}

int
proof_remove_word(struct proof *p, const char *word, char **cause)
{
	char *w = straight(word);
	int rc;

	*cause = NULL;
	speller_remove(p->sp, w);
	proof_reset_cache(p);
	rc = p->user_path == NULL ? no_list(p, cause) :
	    wordlist_remove(p->user_path, w, cause);
	free(w);
	return rc;
}

int
proof_bad_word(struct proof *p, const char *word, char **cause)
{
	char *w = straight(word);
	const struct hash_entry *e = hash_get(&p->bad, w, strlen(w));
	int rc = 0;

	*cause = NULL;
	if (e == NULL || e->count == 0) {
		add_to_bad(p, w);
		proof_reset_cache(p);
		rc = p->bad_path == NULL ? no_list(p, cause) :
		    wordlist_append(p->bad_path, w, cause);
	}
	free(w);
	return rc;
}

int
proof_unbad_word(struct proof *p, const char *word, char **cause)
{
	char *w = straight(word), *key = bad_key_for(p, w, strlen(w));
	struct hash_entry *e;
	int rc;

	/* zuw on "Port" takes back the "port" that flagged it. */
	if (key != NULL) {
		free(w);
		w = key;
	}
	/* The set cannot delete: a count of 0 is a mark taken back. */
	e = hash_get(&p->bad, w, strlen(w));
	*cause = NULL;
	if (e != NULL)
		e->count = 0;
	proof_reset_cache(p);
	rc = p->bad_path == NULL ? no_list(p, cause) :
	    wordlist_remove(p->bad_path, w, cause);
	free(w);
	return rc;
}

/* A word marked wrong is wrong inside a compound too ("intelligence" in
 * "intelligence-sharing"). */
bool
proof_is_bad_word(const struct proof *p, const char *word)
{
	const char *part = word, *hyphen;

	if (bad_in_any_case(p, word, strlen(word)))
		return true;
	while ((hyphen = strchr(part, '-')) != NULL) {
		if (hyphen > part && bad_in_any_case(p, part,
		    (size_t)(hyphen - part)))
			return true;
		part = hyphen + 1;
	}
	return part != word && *part != '\0' &&
	    bad_in_any_case(p, part, strlen(part));
}

/* --- a document ----------------------------------------------------- */

/* Stoplist language names (doc->lang) and the dictionary prefix that
 * would cover them. */
static const struct {
	const char *name, *code;
} languages[] = {
	{ "English", "en" }, { "Simple_English", "en" }, { "German", "de" },
	{ "French", "fr" }, { "Spanish", "es" }, { "Portuguese", "pt" },
	{ "Italian", "it" }, { "Dutch", "nl" }, { "Indonesian", "id" },
	{ "Malay", "ms" }, { "Swedish", "sv" }, { "Danish", "da" },
	{ "Norwegian_Bokmal", "nb" }, { "Polish", "pl" }, { "Russian", "ru" },
	{ "Turkish", "tr" }, { "Czech", "cs" }, { "Finnish", "fi" },
	{ "Romanian", "ro" }, { "Hungarian", "hu" }, { "Catalan", "ca" },
	{ "Afrikaans", "af" }, { "Swahili", "sw" }, { "Hausa", "ha" },
	{ "Tagalog", "tl" }, { "Vietnamese", "vi" },
};

/* Whether the dictionaries can judge a page in lang: a German page is
 * nothing but misspellings to en_US.  Unknown languages are judged. */
static bool
speaks(const struct proof *p, const char *lang)
{
	const char *code = NULL, *s;
	size_t n;

	for (size_t i = 0; lang && i < sizeof languages / sizeof *languages; i++)
		if (strcmp(languages[i].name, lang) == 0)
			code = languages[i].code;
	if (code == NULL)
		return true;
	n = strlen(code);
	for (s = p->dicts; s != NULL; s = strchr(s, ',') ? strchr(s, ',') + 1 :
	    NULL) {
		const char *base = s, *slash = s;

		/* A path names its dictionary in its last component. */
		while (*slash && *slash != ',')
			if (*slash++ == '/')
				base = slash;
		if (strncmp(base, code, n) == 0 && (base[n] == '_' ||
		    base[n] == ',' || base[n] == '\0' || base[n] == '-'))
			return true;
	}
	return false;
}

/* The word as Hunspell wants it: curly apostrophes made straight. */
static void
normalise(const char *s, size_t n, struct buf *b)
{
	b->len = 0;
	for (size_t i = 0; i < n; i++) {
		if (i + 2 < n && (unsigned char)s[i] == 0xE2 &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x99) {
			buf_addc(b, '\'');
			i += 2;
		} else
			buf_addc(b, s[i]);
	}
	if (b->data == NULL)
		buf_addc(b, '\0');
}

void
proof_push_pending(struct pending **v, size_t *n, size_t *cap, size_t bstart,
    size_t bend, size_t verdict, unsigned ctx)
{
	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*v = xreallocarray(*v, *cap, sizeof **v);
	}
	(*v)[*n].bstart = bstart;
	(*v)[*n].bend = bend;
	(*v)[*n].verdict = verdict;
	(*v)[(*n)++].ctx = ctx;
}

/* Whether the verdict on a word waits for the whole document: a name or
 * a slip? */
static bool
awaits_document(const struct verdict *v)
{
	return v->kind < 0 && (v->nvariants > 0 || v->form != NULL);
}

static void
check_form(struct proof *p, const char *w, size_t n, size_t bstart,
    size_t bend, unsigned ctx, struct problem_list *out)
{
	const struct verdict *v = proof_verdict_for(p, w, n);
	size_t vi = (size_t)(v - p->verdicts);

	if (v->kind >= 0)
		problems_add(out, bstart, bend, (enum problem_kind)v->kind,
		    v->fix);
	else if (awaits_document(v)) {
		p->verdicts[vi].in_doc++;
		p->verdicts[vi].mid_doc += !(ctx & CTX_INITIAL);
		proof_push_pending(&p->pending, &p->npending, &p->pending_cap,
		    bstart, bend, vi, ctx);
	} else if (v->mark != VARIANT_BOTH)
		proof_push_pending(&p->marks, &p->nmarks, &p->marks_cap, bstart,
		    bend, vi, 0);
	if (n > 0 && (names_is_capitalised(w) || v->form != NULL)) {
		hash_add(&p->caps, w, n);
		if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
			hash_add(&p->caps, w, n - 2);	/* Niger's */
	}
}

/* Nigers beside Niger: a misspelling, now that the document is read.
 * A slip is rare beside the name it spoils (Nigér 3 times, Niger 20); a
 * name used as often as its look-alike is a name of its own (Samir beside
 * Sami). */
static bool
resolve_variants(struct proof *p, const struct pending *pd,
    struct problem_list *out)
{
	const struct verdict *v = &p->verdicts[pd->verdict];

	if (v->name_plural && (pd->ctx & CTX_AFTER_THE))
		return false;	/* the Bidens beside Biden */
	for (size_t j = 0; j < v->nvariants; j++)
		if (hash_count(&p->caps, v->variants[j],
		    strlen(v->variants[j])) >= NAME_SLIP_RATIO * v->in_doc) {
			char *fix = xasprintf("%s%s", v->variants[j],
			    v->suffix);

			problems_add(out, pd->bstart, pd->bend,
			    PROBLEM_SPELLING, fix);
			free(fix);
			return true;
		}
	return false;
}

/* Recieve at a sentence start: a name recurs or keeps a name's company;
 * a slip of a common word does neither, save a swap (Police Cheif Ed
 * Alvarez).  Beside a common word in title
 * case a slip must be cheaper (Public Saftey), and a run-together word is
 * a brand (SportsBusiness Journal).  In a name's company even the likeliest
 * slips are names (Goran, Persson, Wray: tools/bench/check's CoNLL
 * pages). */
static bool
slip_in_context(const struct verdict *v, unsigned ctx)
{
	if (v->near_kind != PROBLEM_SPELLING)
		return !(ctx & (CTX_NAMED | CTX_WEAK));
	if (ctx & CTX_RUN)
		return false;
	/* In mid-sentence the capital is the word's own: names that look
	 * like words differ from them in a vowel (Siri, Regan, Wouden),
	 * slips seldom do, save a swap of two (Cheif) or a slip inside a
	 * long word (Performence, Managment), which few names are. */
	if (!(ctx & CTX_INITIAL) && !v->near_swap && !v->near_long &&
	    !names_same_vowels(v->form, v->near))
		return false;
	if (ctx & CTX_NAMED)
		return v->near_swap && v->near_cost <= NEAR_NAMED_COST;
	if (v->near_first && (ctx & (CTX_WEAK | CTX_TITLE_NEXT)))
		return false;
	return !(ctx & CTX_WEAK) || v->near_cost <= NEAR_WEAK_COST;
}

/* Whether v's form is used the way a slip is: once.  A slip of one of the
 * commonest words that keeps its vowels (Tje, Ther, Anbd) may recur, but
 * only where sentences start, where any word has a capital: a name
 * recurs in mid-sentence too, and names that look like words differ from
 * them in a vowel (Boby Brno, baby). */
static bool
used_as_slip(struct proof *p, struct verdict *v)
{
	if (hash_count(&p->caps, v->form, v->stem_len) <= 1)
		return proof_near_common(p, v) != NULL;
	return v->mid_doc == 0 && v->near_kind == PROBLEM_SPELLING &&
	    proof_near_common(p, v) != NULL && v->near_common &&
	    names_same_vowels(v->form, v->near);
}

/* So with camel case: a brand recurs (macOS), run-together menu items do
 * not (FacebookShare). */
static void
resolve_near(struct proof *p, const struct pending *pd,
    struct problem_list *out)
{
	struct verdict *v = &p->verdicts[pd->verdict];

	bool initial = (pd->ctx & CTX_INITIAL) != 0;

	if (v->form != NULL && (!v->short_slip || initial) &&
	    used_as_slip(p, v) && (!v->near_initial || initial) &&
	    (!v->word_plural || (initial && v->near_common)) &&
	    slip_in_context(v, pd->ctx))
		problems_add(out, pd->bstart, pd->bend,
		    (enum problem_kind)v->near_kind, v->near);
}

/* color here, colour there: the document's variety is that of most of
 * its marked words (the dictionary's on a tie or none); the others are
 * inconsistent.  Dictionaries of both varieties accept either. */
static void
resolve_variety(struct proof *p, struct problem_list *out)
{
	size_t count[3] = { 0, 0, 0 };
	enum word_variant doc = dialect_of_dictionary(p->dicts);

	if (doc == VARIANT_BOTH) {	/* the user takes either */
		p->dialect = doc;
		p->nmarks = 0;
		return;
	}
	for (size_t i = 0; i < p->nmarks; i++)
		count[p->verdicts[p->marks[i].verdict].mark]++;
	if (count[VARIANT_US] != count[VARIANT_GB])
		doc = count[VARIANT_US] > count[VARIANT_GB] ? VARIANT_US :
		    VARIANT_GB;
	for (size_t i = 0; i < p->nmarks; i++) {
		const struct verdict *v = &p->verdicts[p->marks[i].verdict];

		if (v->mark != doc)
			problems_add(out, p->marks[i].bstart, p->marks[i].bend,
			    PROBLEM_CONSISTENCY, v->other);
	}
	p->dialect = doc;
	p->nmarks = 0;
}

/* What lookalike_find looks for: a word the dictionary knows that the
 * document writes capitalised at least need times. */
struct used_word {
	const struct proof *p;
	size_t need;
};

static bool
used_often(void *arg, const char *w, size_t n)
{
	const struct used_word *u = arg;
	char *s;
	bool ok;

	if (hash_count(&u->p->caps, w, n) < u->need)
		return false;
	s = xstrndup(w, n);
	ok = speller_check(u->p->sp, s);
	free(s);
	return ok;
}

/* Weild Rose in a piece that says Wild Rose ten times, Ukranian beside
 * Ukrainian: a capitalised word used once, one slip from a word the
 * document uses three times or more, is a slip of it, whatever company
 * it keeps, as names recur as themselves. */
static bool
resolve_lookalike(struct proof *p, const struct pending *pd,
    struct problem_list *out)
{
	const struct verdict *v = &p->verdicts[pd->verdict];
	struct used_word u = { p, 0 };
	char *word, *fix;

	/* Used once, as a slip is: a word that recurs is a name, and the
	 * search (some hundred look-ups) is made once a word form. */
	if (v->form == NULL || v->near_kind != PROBLEM_SPELLING ||
	    v->stem_len < LOOKALIKE_MIN ||
	    hash_count(&p->caps, v->form, v->stem_len) != 1)
		return false;
	u.need = NAME_SLIP_RATIO;
	if ((word = lookalike_find(v->form, v->stem_len, used_often, &u)) ==
	    NULL)
		return false;
	fix = xasprintf("%s%s", word, v->form + v->stem_len);
	problems_add(out, pd->bstart, pd->bend, PROBLEM_SPELLING, fix);
	free(fix);
	free(word);
	return true;
}

static void
resolve_pending(struct proof *p, struct problem_list *out)
{
	for (size_t i = 0; i < p->npending; i++)
		if (!resolve_variants(p, &p->pending[i], out) &&
		    !resolve_lookalike(p, &p->pending[i], out))
			resolve_near(p, &p->pending[i], out);
	for (size_t i = 0; i < p->npending; i++)
		p->verdicts[p->pending[i].verdict].in_doc =
		    p->verdicts[p->pending[i].verdict].mid_doc = 0;
	p->npending = 0;
}

/* nigeria’s -> Nigeria’s: the checks see straight apostrophes; a fix
 * keeps the typographic ones of its source text[bstart, bend).  Replaces
 * *fix with such a copy when the source has one. */
static void
curl_apostrophes(const char *text, size_t bstart, size_t bend, char **fix)
{
	bool curly = false;
	struct buf b;

	for (size_t i = bstart; i + 3 <= bend && !curly; i++)
		curly = memcmp(text + i, "\xE2\x80\x99", 3) == 0;
	if (!curly || *fix == NULL || strchr(*fix, '\'') == NULL)
		return;
	buf_init(&b);
	for (const char *s = *fix; *s; s++) {
		if (*s == '\'')
			buf_adds(&b, "\xE2\x80\x99");
		else
			buf_addc(&b, *s);
	}
	free(*fix);
	*fix = buf_steal(&b);
}

/* Whether w (normalised) written without its hyphens is a word:
 * co-ordinator, co-operation, re-elect are spellings of coordinator,
 * cooperation, reelect, whose parts (ordinator) need not be words. */
static bool
joined_is_word(const struct proof *p, const struct buf *w)
{
	struct buf j;
	bool ok;

	buf_init(&j);
	for (size_t i = 0; i < w->len; i++) {
		if (w->data[i] == '-')
			continue;
		if (i + 2 < w->len && memcmp(w->data + i, "\xE2\x80\x90", 3) ==
		    0) {
			i += 2;
			continue;
		}
		buf_addc(&j, w->data[i]);
	}
	ok = j.len > 0 && (speller_check(p->sp, j.data) ||
	    wordfreq_find(j.data, j.len) != NULL);
	buf_free(&j);
	return ok;
}

/* A hyphenated compound is fine when the whole, the whole without its
 * hyphens or every part is. */
static void
check_hyphenated(struct proof *p, const char *text, const struct token *t,
    struct buf *w, unsigned ctx, struct problem_list *out)
{
	size_t start = t->bstart;

	if (proof_verdict_for(p, w->data, w->len)->kind < 0 ||
	    joined_is_word(p, w))
		return;
	for (size_t i = t->bstart; i <= t->bend; i++) {
		bool dash = i < t->bend && text[i] == '-';
		bool udash = i + 2 < t->bend && (unsigned char)text[i] == 0xE2 &&
		    (unsigned char)text[i + 1] == 0x80 &&
		    (unsigned char)text[i + 2] == 0x90;
		struct buf part;

		if (!dash && !udash && i < t->bend)
			continue;
		buf_init(&part);
		normalise(text + start, i - start, &part);
		if (!proof_is_prefix(part.data))
			check_form(p, part.data, part.len, start, i,
			    start == t->bstart ? ctx : ctx & ~CTX_INITIAL,
			    out);
		buf_free(&part);
		if (udash)
			i += 2;
		start = i + 1;
	}
}

/* Whether the words a and b stand side by side, only spaces between. */
static bool
adjacent(const char *text, const struct token *a, const struct token *b)
{
	for (size_t i = a->bend; i < b->bstart; i++)
		if (text[i] != ' ')
			return false;
	return true;
}

/* text[0, n) as the dictionary wants it: apostrophes straight, no
 * possessive. */
static void
bare_word(const char *text, size_t n, struct buf *w)
{
	normalise(text, n, w);
	if (w->len > 2 && w->data[w->len - 2] == '\'' &&
	    w->data[w->len - 1] == 's')
		w->data[w->len -= 2] = '\0';
}

/* Whether the dictionary knows text[0, n), possessive and all. */
static bool
known_word(const struct proof *p, const char *text, size_t n)
{
	struct buf w;
	bool ok;

	buf_init(&w);
	bare_word(text, n, &w);
	ok = speller_check(p->sp, w.data);
	buf_free(&w);
	return ok;
}

/* Whether t follows an initial, a capital letter and a full stop (W.
 * Athey): a name's, though the full stop seems to start a sentence. */
static bool
after_initial(const char *text, const struct token *prev,
    const struct token *t)
{
	/* Not the last letter of U.S. or D.C., which end sentences. */
	if (prev->kind != TOKEN_WORD || prev->bend - prev->bstart != 1 ||
	    !(prev->flags & TOKEN_CAPITALISED) || text[prev->bend] != '.' ||
	    (prev->bstart > 0 && text[prev->bstart - 1] == '.'))
		return false;
	for (size_t i = prev->bend + 1; i < t->bstart; i++)
		if (text[i] != ' ')
			return false;
	return prev->bend + 1 < t->bstart;
}

/* Whether t follows the word "the" (the Bidens). */
static bool
after_the(const char *text, const struct token *prev, const struct token *t)
{
	return prev->kind == TOKEN_WORD && prev->bend - prev->bstart == 3 &&
	    strncasecmp(text + prev->bstart, "the", 3) == 0 &&
	    adjacent(text, prev, t);
}

/* Whether the capitalised word t is written like a name: the dictionary
 * does not know it, or knows it only with its capital (Duncan, Dakota),
 * or SCOWL lists it capitalised (Bob, Cooper: first names that are
 * words too), or it is an acronym. */
static bool
name_like(const struct proof *p, const char *text, const struct token *t)
{
	struct buf w;
	bool name;

	if (t->flags & TOKEN_ALL_CAPS)
		return true;
	buf_init(&w);
	bare_word(text + t->bstart, t->bend - t->bstart, &w);
	name = wordfreq_find(w.data, w.len) != NULL ||
	    !speller_check(p->sp, w.data) ||
	    names_is_proper_noun(p->sp, w.data);
	buf_free(&w);
	return name;
}

/* Whether the capitalised word t is, in lower case, a rare word (SCOWL
 * lists it, but at no size up to RARE_LEVEL): written with a capital
 * inside a sentence, such a word is part of a name (Siad Barre, the
 * ballet's barre), where a common one may be a heading's or a brand's
 * and a proper noun (Jupiter, Chinese: no lower-case entry) follows
 * slips as readily as any word (Tjhe Chinese). */
static bool
rare_word(const char *text, const struct token *t)
{
	const struct wordfreq_entry *e;
	struct buf w;

	buf_init(&w);
	bare_word(text + t->bstart, t->bend - t->bstart, &w);
	if (w.len == 0) {
		buf_free(&w);
		return false;
	}
	if (w.data[0] >= 'A' && w.data[0] <= 'Z')
		w.data[0] = (char)(w.data[0] - 'A' + 'a');
	e = wordfreq_find(w.data, w.len);
	buf_free(&w);
	return e != NULL && e->level > RARE_LEVEL;
}

/* The company a capitalised word to judge keeps with a neighbour next:
 * a name-like one makes a name run (CTX_NAMED); a common word in title
 * case (Department of Public Saftey, Blue Orgin) is weak evidence
 * (CTX_WEAK). */
static unsigned
neighbour_context(const struct proof *p, const char *text,
    const struct token *next)
{
	/* RAV4, F1: model names and codes, not people's or places'. */
	if (next->kind != TOKEN_WORD || !(next->flags & TOKEN_CAPITALISED) ||
	    (next->flags & TOKEN_HAS_DIGIT))
		return 0;
	return name_like(p, text, next) ? CTX_NAMED : CTX_WEAK;
}

/* The company token i of the block keeps (CTX_ flags): a title before it
 * (General, Mr) or a name-like word beside it (Mahamat Deby,
 * Abdourahamane Tchiani) make it a name. */
static unsigned
name_context(const struct proof *p, const char *text, size_t i)
{
	const struct token *t = &p->tokens.v[i];
	const struct token *prev = i > 0 ? t - 1 : NULL;
	const struct token *next = i + 1 < p->tokens.n ? t + 1 : NULL;
	unsigned ctx = 0, next_ctx;

	if (prev != NULL && after_initial(text, prev, t))
		return CTX_NAMED;
	if (prev != NULL && adjacent(text, prev, t)) {
		if (prev->kind == TOKEN_WORD && names_is_title(text +
		    prev->bstart, prev->bend - prev->bstart))
			return CTX_NAMED;
		/* The Cheif: a sentence's first word is capitalised for its
		 * place alone. */
		if (!(t->flags & TOKEN_SENTENCE_START) &&
		    (!(prev->flags & TOKEN_SENTENCE_START) ||
		    name_like(p, text, prev)))
			ctx |= neighbour_context(p, text, prev);
	}
	if (next == NULL || !adjacent(text, t, next))
		return ctx;
	/* After a sentence's first word, only a word the dictionary does not
	 * know makes a name run (Becuase Google's), and a rare one a name
	 * beyond doubt (Siad Barre). */
	if (!(t->flags & TOKEN_SENTENCE_START))
		ctx |= neighbour_context(p, text, next);
	else if ((next_ctx = neighbour_context(p, text, next)) != 0) {
		if (next_ctx == CTX_WEAK)
			ctx |= CTX_TITLE_NEXT;
		if (rare_word(text, next))
			ctx |= CTX_NAMED | CTX_RUN;
		else if (!known_word(p, text + next->bstart, next->bend -
		    next->bstart))
			ctx |= CTX_NAMED;
	}
	return ctx;
}

/* Spelling, casing and split: what the dictionary judges. */
static void
check_word(struct proof *p, const char *text, size_t i, struct buf *w,
    struct problem_list *out)
{
	const struct token *t = &p->tokens.v[i];
	unsigned ctx = 0;

	normalise(text + t->bstart, t->bend - t->bstart, w);
	if (headline_take(p, t, w->data))
		return;
	/* The context costs look-ups: asked only of capitalised words that
	 * may turn out names. */
	if ((t->flags & TOKEN_CAPITALISED) && ((t->flags & TOKEN_HAS_HYPHEN) ||
	    awaits_document(proof_verdict_for(p, w->data, w->len)))) {
		ctx = name_context(p, text, i);
		if (t->flags & TOKEN_SENTENCE_START)
			ctx |= CTX_INITIAL;
		if (i > 0 && after_the(text, t - 1, t))
			ctx |= CTX_AFTER_THE;
	}
	if (t->flags & TOKEN_HAS_HYPHEN)
		check_hyphenated(p, text, t, w, ctx, out);
	else
		check_form(p, w->data, w->len, t->bstart, t->bend, ctx, out);
}

static bool
is_legit_repeat(const char *w, size_t n)
{
	for (size_t i = 0; legit_repeats[i]; i++)
		if (strlen(legit_repeats[i]) == n &&
		    strncasecmp(legit_repeats[i], w, n) == 0)
			return true;
	return false;
}

/* Bytes a heading line may take at most. */
#define HEADING_MAX 80

/* The source line of byte i of an HTML page's text; 0: not known. */
static size_t
source_line(const struct doc *d, size_t i)
{
	size_t line, col;

	return source_map_find(&d->source, d->text, i, &line, &col) ? line : 0;
}

/* Whether the word at byte a ends a heading line la of the source: a
 * short line with no punctuation of a sentence, after a blank line, its
 * last word capitalised (About Logitech; not "And then", whose "then
 * then" is a slip). */
static bool
ends_heading(const struct doc *d, size_t a, size_t la)
{
	size_t j = a;

	if (d->text[a] < 'A' || d->text[a] > 'Z')
		return false;
	while (j > 0 && a - j < HEADING_MAX && source_line(d, j - 1) == la)
		j--;
	if (j == 0 || a - j >= HEADING_MAX)
		return false;
	for (size_t k = j; k < a; k++)
		if (strchr(".!?:;,", d->text[k]) != NULL)
			return false;
	return source_line(d, j - 1) + 1 < la;
}

/* Whether a paragraph ends between the words at bytes a and b of an HTML
 * page's text, which the decoded text ran together (a <pre> block's
 * "About Logitech", blank line or not, "Logitech is"): in the source, a
 * blank line lies between them, or the first ends a heading line.  Text
 * files keep their line breaks. */
static bool
paragraph_between(const struct doc *d, size_t a, size_t b)
{
	size_t la, lb;

	if (d->source.n == 0 || (la = source_line(d, a)) == 0 ||
	    (lb = source_line(d, b)) <= la)
		return false;
	return lb > la + 1 || ends_heading(d, a, la);
}

/* "the the": the same word twice with only spaces between. */
static void
check_repeat(const struct doc *d, const struct token *prev,
    const struct token *t, struct problem_list *out)
{
	const char *text = d->text;
	size_t n = t->bend - t->bstart;
	char *fix;

	/* n > 1: calendar rows (M T W T F S S) and initials. */
	if (n < 2 || prev == NULL || prev->kind != TOKEN_WORD ||
	    prev->bend - prev->bstart != n ||
	    strncasecmp(text + prev->bstart, text + t->bstart, n) != 0 ||
	    is_legit_repeat(text + t->bstart, n))
		return;
	/* A <pre> block's line break is a space here, as the one that
	 * joined its lines was: paragraph_between tells a paragraph. */
	for (size_t i = prev->bend; i < t->bstart; i++)
		if (text[i] != ' ' && text[i] != '\n')
			return;
	if (paragraph_between(d, prev->bstart, t->bstart))
		return;
	fix = xstrndup(text + prev->bstart, n);
	problems_add(out, prev->bstart, t->bend, PROBLEM_REPEAT, fix);
	free(fix);
}

static int
compare_skip(const void *a, const void *b)
{
	const struct problem *x = a, *y = b;

	return x->bstart < y->bstart ? -1 : x->bstart > y->bstart;
}

/* Copies this block's markup and mojibake, sorted, so that words inside
 * them are not judged. */
static void
collect_skips(struct proof *p, const struct problem_list *out, size_t first)
{
	p->skip.n = 0;
	for (size_t i = first; i < out->n; i++)
		if (out->v[i].kind == PROBLEM_MARKUP ||
		    out->v[i].kind == PROBLEM_MOJIBAKE)
			problems_add(&p->skip, out->v[i].bstart,
			    out->v[i].bend, out->v[i].kind, NULL);
	if (p->skip.n > 1)	/* qsort must not get NULL */
		qsort(p->skip.v, p->skip.n, sizeof *p->skip.v, compare_skip);
}

/* Whether t, after the number prev, is a unit's abbreviation: a short
 * lower-case word with no vowel (1.2 bln, 300,000 bpd, 130 kms): numbers
 * with units are not spelling problems, and slips of words keep their
 * vowels. */
static bool
unit_after_number(const char *text, const struct token *prev,
    const struct token *t)
{
	if (prev == NULL || prev->kind != TOKEN_NUMBER ||
	    t->bend - t->bstart > UNIT_MAX || !adjacent(text, prev, t))
		return false;
	for (size_t i = t->bstart; i < t->bend; i++)
		if (text[i] < 'a' || text[i] > 'z' ||
		    strchr("aeiou", text[i]) != NULL)
			return false;
	return true;
}

static void
proof_block(struct proof *p, struct doc *d, const struct block *b,
    bool words, struct problem_list *out)
{
	size_t first = out->n, sk = 0;
	const struct token *prev = NULL;
	struct buf w;

	proof_scan_markup(d->text, b->bstart, b->bend, out);
	proof_scan_mojibake(d->text, b->bstart, b->bend, out);
	if (b->kind == BLOCK_PREFORMATTED)
		proof_scan_spacing_pre(d->text, b->bstart, b->bend, out);
	else
		proof_scan_spacing(d->text, b->bstart, b->bend, out);
	if (!words)
		return;
	collect_skips(p, out, first);
	p->tokens.n = 0;
	tokens_scan(d->text, b->bstart, b->bend, b->start, &p->tokens);
	p->caps_line = headline_is_caps_line(&p->tokens);
	buf_init(&w);
	for (size_t i = 0; i < p->tokens.n; i++) {
		const struct token *t = &p->tokens.v[i];

		while (sk < p->skip.n && p->skip.v[sk].bend <= t->bstart)
			sk++;
		if (sk < p->skip.n && p->skip.v[sk].bstart < t->bend) {
			prev = NULL;
			continue;
		}
		if (t->kind == TOKEN_WORD && !(t->flags & TOKEN_HAS_DIGIT)) {
			if (p->sp != NULL && !unit_after_number(d->text, prev,
			    t))
				check_word(p, d->text, i, &w, out);
			check_repeat(d, prev, t, out);
		}
		prev = t;
	}
	buf_free(&w);
}

/* Whether the dictionaries know at least KNOWN_SHARE of the first
 * KNOWN_SAMPLE lower-case words of the blocks to check: a page the
 * stoplists took for another language may be in the dictionaries' own
 * all the same ("A headline for the test" has Turkish's "test"). */
static bool
knows_most(struct proof *p, struct doc *d, bool all)
{
	size_t words = 0, known = 0;
	struct token_list tl = { NULL, 0, 0 };
	struct buf w;

	if (p->sp == NULL)
		return false;
	buf_init(&w);
	for (size_t i = 0; i < d->nblocks && words < KNOWN_SAMPLE; i++) {
		const struct block *b = &d->blocks[i];

		if (!all && !b->keep && b->kind != BLOCK_TITLE)
			continue;
		tl.n = 0;
		tokens_scan(d->text, b->bstart, b->bend, b->start, &tl);
		for (size_t k = 0; k < tl.n && words < KNOWN_SAMPLE; k++) {
			const struct token *t = &tl.v[k];

			if (t->kind != TOKEN_WORD || (t->flags &
			    (TOKEN_CAPITALISED | TOKEN_HAS_DIGIT)) ||
			    t->end - t->start < KNOWN_MIN_LETTERS)
				continue;
			normalise(d->text + t->bstart, t->bend - t->bstart, &w);
			words++;
			known += speller_check(p->sp, w.data) ||
			    wordfreq_find(w.data, w.len) != NULL;
		}
	}
	buf_free(&w);
	tokens_free(&tl);
	return words > 0 && known * 100 >= words * KNOWN_SHARE;
}

void
proof_doc(struct proof *p, struct doc *d, bool all, struct problem_list *out)
{
	bool words = speaks(p, d->lang) || knows_most(p, d, all);

	problems_clear(out);
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		if (all || b->keep || b->kind == BLOCK_TITLE)
			proof_block(p, d, b, words, out);
	}
	resolve_pending(p, out);
	headline_resolve(p, d->text, out);
	hash_free(&p->caps);
	hash_init(&p->caps);
	resolve_variety(p, out);
	problems_sort(out);
	doc_clear_spans(d, SPAN_PROBLEM);
	for (size_t i = 0; i < out->n; i++) {
		struct problem *pr = &out->v[i];

		curl_apostrophes(d->text, pr->bstart, pr->bend, &pr->fix);
		pr->start = doc_byte_to_cp(d, pr->bstart);
		pr->end = doc_byte_to_cp(d, pr->bend);
		doc_add_span(d, pr->start, pr->end, SPAN_PROBLEM, pr->kind,
		    (uint32_t)i);
	}
}

/* Suggestions for a misspelt word: the likeliest slips first (rank.h);
 * Hunspell, slow, is asked only when few words are a slip or two away. */
#define SUGGEST_MAX 8
#define SUGGEST_FEW 1

static size_t
ranked_suggestions(struct proof *p, const char *word, char ***out)
{
	char **extra = NULL, **list;
	size_t nextra = 0, n;

	n = rank_corrections(p->sp, word, p->dialect, NULL, 0, SUGGEST_MAX,
	    &list);
	if (n >= SUGGEST_FEW)
		return *out = list, n;
	speller_free_list(list, n);
	nextra = speller_suggest(p->sp, word, &extra);
	n = rank_corrections(p->sp, word, p->dialect, extra, nextra,
	    SUGGEST_MAX, out);
	speller_free_list(extra, nextra);
	return n;
}

size_t
proof_suggest(struct proof *p, struct doc *d, const struct problem *pr,
    char ***out)
{
	char **list = NULL, **more = NULL;
	size_t n = 0, nmore = 0;

	if (pr->fix != NULL) {
		list = xmalloc(sizeof *list);
		list[n++] = xstrdup(pr->fix);
	}
	if (pr->kind == PROBLEM_SPELLING && p->sp != NULL) {
		struct buf word;

		buf_init(&word);
		normalise(d->text + pr->bstart, pr->bend - pr->bstart, &word);
		nmore = ranked_suggestions(p, word.data, &more);
		buf_free(&word);
	}
	for (size_t i = 0; i < nmore; i++) {
		if (n > 0 && strcmp(list[0], more[i]) == 0) {
			free(more[i]);
			continue;
		}
		list = xreallocarray(list, n + 1, sizeof *list);
		list[n++] = more[i];
	}
	free(more);
	for (size_t i = 0; i < n; i++)
		curl_apostrophes(d->text, pr->bstart, pr->bend, &list[i]);
	*out = list;
	return n;
}

size_t
proof_corrections(struct proof *p, struct doc *d, const struct problem *pr,
    bool suggest, const char *chosen, char ***out)
{
	size_t n = 0, k;
	char *first;

	*out = NULL;
	if (suggest)
		n = proof_suggest(p, d, pr, out);
	else if (chosen == NULL && pr->fix != NULL) {
		*out = xmalloc(sizeof **out);
		(*out)[n++] = xstrdup(pr->fix);
	}
	if (chosen == NULL)
		return n;
	for (k = 0; k < n && strcmp((*out)[k], chosen) != 0; k++)
		;
	if (k == n) {		/* not among them: one more */
		*out = xreallocarray(*out, n + 1, sizeof **out);
		(*out)[n++] = xstrdup(chosen);
	}
	/* Moved to the front, the others in their order. */
	first = (*out)[k];
	memmove(*out + 1, *out, k * sizeof **out);
	(*out)[0] = first;
	return n;
}

void
proof_problem_line(struct proof *p, struct doc *d, const struct problem *pr,
    bool suggest, const char *chosen, struct buf *out)
{
	char *text = xstrndup(d->text + pr->bstart, pr->bend - pr->bstart);
	char **list;
	size_t n = proof_corrections(p, d, pr, suggest, chosen, &list);

	for (char *s = text; *s; s++)
		if (*s == '\n' || *s == '\r')
			*s = ' ';
	buf_printf(out, "%s: ", problem_kind_name(pr->kind));
	buf_add_printable(out, text, strlen(text));
	for (size_t i = 0; i < n; i++) {
		buf_adds(out, i == 0 ? " -> " : ", ");
		buf_add_printable(out, list[i], strlen(list[i]));
	}
	speller_free_list(list, n);
	free(text);
}
