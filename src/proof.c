/* proof.c - proofreading a document: the word checks (spelling, casing,
 * split, repeat) and the driver that runs every check over the blocks. */
#include "config.h"

#include "proof.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "hash.h"
#include "names.h"
#include "proof_text.h"
#include "tokens.h"
#include "util.h"
#include "wordlist.h"

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
/* A look-alike of a known name is a slip when the name is used at least
 * this many times as often. */
#define NAME_SLIP_RATIO 3
/* Longer runs are not searched for splits (the search is exponential). */
#define SPLIT_MAX_BYTES 64
#define SPLIT_MAX_PARTS 6
#define SPLIT_MANY_PART 5

struct verdict {
	int kind;		/* enum problem_kind, or -1: no problem */
	char *fix;
	/* A name that drops one letter to become a known one (Nigers ->
	 * Niger): misspelt only in a document that has the known name. */
	char **variants;
	size_t nvariants;
	const char *suffix;	/* a possessive to put back on them */
	size_t in_doc;		/* times seen in the document being read */
};

/* A word waiting for the whole document to be read: is any of its
 * variants in it? */
struct pending {
	size_t bstart, bend;
	size_t verdict;
};

struct proof {
	struct speller *sp;	/* NULL: no dictionary, no word checks */
	char *warning;		/* why, then */
	char *dicts;		/* the dictionaries' names, comma-separated */
	char *user_path;	/* NULL when user words are off */
	struct hash seen;	/* word form -> verdicts index + 1 (tag) */
	struct verdict *verdicts;
	size_t nverdicts, verdicts_cap;
	struct hash dirs;	/* project lists already read */
	struct token_list tokens;
	struct problem_list skip;	/* markup and mojibake of a block */
	struct hash caps;	/* capitalised words of the document */
	struct pending *pending;
	size_t npending, pending_cap;
};

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
	"co", "de", "e", "ex", "mid", "mini", "pre", "pro", "re", "sub", "un",
	"vice", NULL
};

/* Doubled words that English allows. */
static const char *const legit_repeats[] = {
	"had", "that", "is", "do", "bye", "very", "so", "far", "ha", "no",
	"yes", "knock", "really", "many", "more", "again", "on", NULL
};

static void
add_to_speller(void *ctx, const char *word)
{
	speller_add(ctx, word);
}

static void
reset_cache(struct proof *p)
{
	for (size_t i = 0; i < p->nverdicts; i++) {
		free(p->verdicts[i].fix);
		speller_free_list(p->verdicts[i].variants,
		    p->verdicts[i].nvariants);
	}
	p->nverdicts = 0;
	hash_free(&p->seen);
	hash_init(&p->seen);
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
	if (user_words && (p->user_path = wordlist_user_path()) != NULL &&
	    wordlist_read(p->user_path, add_to_speller, sp, cause) != 0) {
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
	reset_cache(p);
	hash_free(&p->seen);
	hash_free(&p->dirs);
	hash_free(&p->caps);
	free(p->pending);
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

int
proof_add_project_words(struct proof *p, const char *doc_path, char **cause)
{
	char *path = wordlist_project_path(doc_path);
	int rc = 0;

	if (path == NULL)
		return 0;
	if (hash_get(&p->dirs, path, strlen(path)) == NULL) {
		hash_add(&p->dirs, path, strlen(path));
		rc = wordlist_read(path, add_to_speller, p->sp, cause);
		reset_cache(p);
	}
	free(path);
	return rc;
}

int
proof_add_word(struct proof *p, const char *word, char **cause)
{
	proof_ignore_word(p, word);
	if (p->user_path == NULL)
		return 0;
	return wordlist_append(p->user_path, word, cause);
}

void
proof_ignore_word(struct proof *p, const char *word)
{
	speller_add(p->sp, word);
	reset_cache(p);
}

/* --- one word form -------------------------------------------------- */

static bool
known(struct proof *p, const char *w)
{
	return speller_check(p->sp, w);
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

static bool
all_caps(const char *w)
{
	size_t letters = 0;

	for (const char *s = w; *s; s++) {
		if (*s >= 'a' && *s <= 'z')
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

static bool
is_prefix(const char *w)
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
		b->len = mark;
		b->data[mark] = '\0';
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
			 * together menu items are not (FacebookShare). */
			if ((names_is_capitalised(w) &&
			    strlen(w) < SPLIT_CAPITAL_MIN) ||
			    (v = camel_split(p, w)) == NULL)
				return -1;
			*fix = xasprintf("%s%s", v, suffix);
			free(v);
			return PROBLEM_SPLIT;
		}
	if (names_is_capitalised(w)) {
		if (strlen(w) >= SPLIT_GLUED_MIN &&
		    (v = word_split(p, w, SPLIT_CAPITAL_PART)) != NULL) {
			*fix = xasprintf("%s%s", v, suffix);
			free(v);
			return PROBLEM_SPLIT;
		}
		name_variants(p, w, suffix, vd);
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
	if ((v = word_split(p, w, SPLIT_LOWER_PART)) != NULL) {
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

	if (w[0] == '\0' || w[1] == '\0' || foreign_script(w) || known(p, w))
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
static const struct verdict *
verdict_for(struct proof *p, const char *w, size_t n)
{
	struct hash_entry *e = hash_get(&p->seen, w, n);
	struct verdict v;
	char *copy;

	if (e != NULL)
		return &p->verdicts[e->tag];
	copy = xstrndup(w, n);
	memset(&v, 0, sizeof v);
	v.kind = classify(p, copy, &v);
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

static void
check_form(struct proof *p, const char *w, size_t n, size_t bstart,
    size_t bend, struct problem_list *out)
{
	const struct verdict *v = verdict_for(p, w, n);

	if (v->kind >= 0)
		problems_add(out, bstart, bend, (enum problem_kind)v->kind,
		    v->fix);
	else if (v->nvariants > 0) {
		if (p->npending == p->pending_cap) {
			p->pending_cap = p->pending_cap ? p->pending_cap * 2 : 64;
			p->pending = xreallocarray(p->pending, p->pending_cap,
			    sizeof *p->pending);
		}
		p->verdicts[v - p->verdicts].in_doc++;
		p->pending[p->npending].bstart = bstart;
		p->pending[p->npending].bend = bend;
		p->pending[p->npending++].verdict = (size_t)(v - p->verdicts);
	}
	if (n > 0 && names_is_capitalised(w)) {
		hash_add(&p->caps, w, n);
		if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
			hash_add(&p->caps, w, n - 2);	/* Niger's */
	}
}

/* Nigers beside Niger: a misspelling, now that the document is read.
 * A slip is rare beside the name it spoils (Nigér 3 times, Niger 20); a
 * name used as often as its look-alike is a name of its own (Samir beside
 * Sami). */
static void
resolve_pending(struct proof *p, struct problem_list *out)
{
	for (size_t i = 0; i < p->npending; i++) {
		const struct pending *pd = &p->pending[i];
		const struct verdict *v = &p->verdicts[pd->verdict];
		size_t self = v->in_doc;

		for (size_t j = 0; j < v->nvariants; j++)
			if (hash_count(&p->caps, v->variants[j],
			    strlen(v->variants[j])) >= NAME_SLIP_RATIO * self) {
				char *fix = xasprintf("%s%s", v->variants[j],
				    v->suffix);

				problems_add(out, pd->bstart, pd->bend,
				    PROBLEM_SPELLING, fix);
				free(fix);
				break;
			}
	}
	for (size_t i = 0; i < p->npending; i++)
		p->verdicts[p->pending[i].verdict].in_doc = 0;
	p->npending = 0;
	hash_free(&p->caps);
	hash_init(&p->caps);
}

/* A hyphenated compound is fine when the whole or every part is. */
static void
check_hyphenated(struct proof *p, const char *text, const struct token *t,
    struct buf *w, struct problem_list *out)
{
	size_t start = t->bstart;

	if (verdict_for(p, w->data, w->len)->kind < 0)
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
		if (!is_prefix(part.data))
			check_form(p, part.data, part.len, start, i, out);
		buf_free(&part);
		if (udash)
			i += 2;
		start = i + 1;
	}
}

/* Spelling, casing and split: what the dictionary judges. */
static void
check_word(struct proof *p, const char *text, const struct token *t,
    struct buf *w, struct problem_list *out)
{
	normalise(text + t->bstart, t->bend - t->bstart, w);
	if (t->flags & TOKEN_HAS_HYPHEN)
		check_hyphenated(p, text, t, w, out);
	else
		check_form(p, w->data, w->len, t->bstart, t->bend, out);
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

/* "the the": the same word twice with only spaces between. */
static void
check_repeat(const char *text, const struct token *prev,
    const struct token *t, struct problem_list *out)
{
	size_t n = t->bend - t->bstart;
	char *fix;

	/* n > 1: calendar rows (M T W T F S S) and initials. */
	if (n < 2 || prev == NULL || prev->kind != TOKEN_WORD ||
	    prev->bend - prev->bstart != n ||
	    strncasecmp(text + prev->bstart, text + t->bstart, n) != 0 ||
	    is_legit_repeat(text + t->bstart, n))
		return;
	for (size_t i = prev->bend; i < t->bstart; i++)
		if (text[i] != ' ')
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

static void
proof_block(struct proof *p, struct doc *d, const struct block *b,
    bool words, struct problem_list *out)
{
	size_t first = out->n, sk = 0;
	const struct token *prev = NULL;
	struct buf w;

	proof_scan_markup(d->text, b->bstart, b->bend, out);
	proof_scan_mojibake(d->text, b->bstart, b->bend, out);
	proof_scan_spacing(d->text, b->bstart, b->bend, out);
	if (!words)
		return;
	collect_skips(p, out, first);
	p->tokens.n = 0;
	tokens_scan(d->text, b->bstart, b->bend, b->start, &p->tokens);
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
			if (p->sp != NULL)
				check_word(p, d->text, t, &w, out);
			check_repeat(d->text, prev, t, out);
		}
		prev = t;
	}
	buf_free(&w);
}

void
proof_doc(struct proof *p, struct doc *d, bool all, struct problem_list *out)
{
	bool words = speaks(p, d->lang);

	problems_clear(out);
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct block *b = &d->blocks[i];

		if (all || b->keep || b->kind == BLOCK_TITLE)
			proof_block(p, d, b, words, out);
	}
	resolve_pending(p, out);
	problems_sort(out);
	doc_clear_spans(d, SPAN_PROBLEM);
	for (size_t i = 0; i < out->n; i++) {
		struct problem *pr = &out->v[i];

		pr->start = doc_byte_to_cp(d, pr->bstart);
		pr->end = doc_byte_to_cp(d, pr->bend);
		doc_add_span(d, pr->start, pr->end, SPAN_PROBLEM, pr->kind,
		    (uint32_t)i);
	}
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
	if (pr->kind == PROBLEM_SPELLING) {
		char *word = xstrndup(d->text + pr->bstart, pr->bend - pr->bstart);

		nmore = speller_suggest(p->sp, word, &more);
		free(word);
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
	*out = list;
	return n;
}
