/* proof_text.c - character-level proofreading: markup debris, mojibake,
 * spacing. */
#include "config.h"

#include "proof/proof_text.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "base/util.h"
#include "ingest/decode.h"

/* Debris longer than this is not one tag: a lone '<' in prose. */
#define MARKUP_MAX 80

static bool
ascii_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* A letter of any script starts at s[i] (bytes >= 0x80 are taken as
 * letters when they decode to one). */
static bool
letter_at(const char *s, size_t i, size_t end)
{
	utf8proc_int32_t c;
	utf8proc_category_t cat;

	if (i >= end)
		return false;
	if ((unsigned char)s[i] < 0x80)
		return ascii_alpha(s[i]);
	if (utf8proc_iterate((const utf8proc_uint8_t *)s + i,
	    (utf8proc_ssize_t)(end - i), &c) < 1)
		return false;
	cat = utf8proc_category(c);
	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

/* Whether s[i] ends a letter: looks back over UTF-8 continuation bytes. */
static bool
letter_before(const char *s, size_t start, size_t i)
{
	size_t j = i;

	if (i <= start)
		return false;
	do
		j--;
	while (j > start && ((unsigned char)s[j] & 0xC0) == 0x80);
	return letter_at(s, j, i);
}

/* The markup this block's scan found: out->v[first, end), in text order
 * and without overlaps, walked with a cursor as the scan moves on. */
struct markup_cursor {
	size_t first, next, end;	/* first: the block's first markup */
};

static bool
in_markup(const struct problem_list *out, struct markup_cursor *c, size_t b)
{
	while (c->next < c->end && out->v[c->next].bend <= b)
		c->next++;
	return c->next < c->end && out->v[c->next].bstart <= b;
}

/* --- markup --------------------------------------------------------- */

/* Length of a tag at s[i] ('<'), spaces allowed anywhere, extra '>' taken
 * along; 0 if it is not one.  After the name only '>', '/' or attributes
 * with '=' may follow, so that "a < b and c > d" is prose. */
static size_t
tag_at(const char *s, size_t i, size_t end)
{
	size_t j = i + 1, name;
	bool attrs = false;

	while (j < end && (is_space(s[j]) || s[j] == '/'))
		j++;
	for (name = j; j < end && (ascii_alpha(s[j]) || ascii_digit(s[j]));)
		j++;
	if (j == name || !ascii_alpha(s[name]) || j - name > 12)
		return 0;
	while (j < end && is_space(s[j]))
		j++;
	if (j < end && s[j] != '>' && s[j] != '/') {
		size_t k = j;

		/* Attributes have '=' or quotes; `< strng "/>` too. */
		for (; k < end && k - i < MARKUP_MAX && s[k] != '>' &&
		    s[k] != '<' && s[k] != '\n'; k++)
			attrs |= s[k] == '=' || s[k] == '"' || (s[k] == '/' &&
			    k + 1 < end && s[k + 1] == '>');
		if (!attrs || k >= end || s[k] != '>')
			return 0;
		j = k;
	}
	while (j < end && (s[j] == '/' || is_space(s[j])))
		j++;
	if (j >= end || s[j] != '>')
		return 0;
	while (j < end && s[j] == '>')
		j++;
	return j - i;
}

/* <![if !supportLists]>, <![endif]>, <!--[if gte mso 9]>, <!-- x -->,
 * <!DOCTYPE html>: what Word and HTML write after "<!", up to its '>'
 * on the same line.  Prose never puts '!' right after '<'. */
static size_t
declaration_at(const char *s, size_t i, size_t end)
{
	size_t j = i + 2;

	if (j >= end || s[i + 1] != '!' || !(s[j] == '[' || s[j] == '-' ||
	    ascii_alpha(s[j])))
		return 0;
	while (j < end && j - i < MARKUP_MAX && s[j] != '>' && s[j] != '<' &&
	    s[j] != '\n')
		j++;
	return j < end && s[j] == '>' ? j + 1 - i : 0;
}

/* &nbsp; &#8217; &#x2019; */
static size_t
entity_at(const char *s, size_t i, size_t end)
{
	size_t j = i + 1;

	if (j < end && s[j] == '#') {
		j++;
		if (j < end && (s[j] == 'x' || s[j] == 'X'))
			j++;
		while (j < end && j - i < 10 && (ascii_digit(s[j]) ||
		    strchr("abcdefABCDEF", s[j]) != NULL))
			j++;
	} else
		while (j < end && j - i < 10 && ascii_alpha(s[j]))
			j++;
	if (j - i < 3 || j >= end || s[j] != ';')
		return 0;
	return j + 1 - i;
}

/* [mc4wp_form id="206"], [/caption]: a lower-case name that is code
 * (underscore, digit, closing slash) or has attributes. */
static size_t
shortcode_at(const char *s, size_t i, size_t end)
{
	size_t j = i + 1, name;
	bool code = false, attrs = false;

	if (j < end && s[j] == '/') {
		code = true;
		j++;
	}
	for (name = j; j < end && ((s[j] >= 'a' && s[j] <= 'z') ||
	    ascii_digit(s[j]) || s[j] == '_' || s[j] == '-'); j++)
		code |= s[j] == '_' || ascii_digit(s[j]);
	if (j == name || !(s[name] >= 'a' && s[name] <= 'z'))
		return 0;
	while (j < end && j - i < MARKUP_MAX && s[j] != ']' && s[j] != '\n' &&
	    s[j] != '[')
		attrs |= s[j++] == '=';
	if (j >= end || s[j] != ']' || !(code || attrs))
		return 0;
	return j + 1 - i;
}

/* What can follow a ';' inside CSS, at s[k]: the next property (lower
 * case, or a '-' vendor prefix) or a quote, straight or curled by the
 * page's typography (colsize;'rowcount').  A digit, a no-break space or
 * a dash after a ';' is prose ("rain;2 dead"). */
static bool
css_starts_rule(const char *s, size_t k, size_t end)
{
	char c = s[k];

	if ((c >= 'a' && c <= 'z') || c == '-' || c == '\'' || c == '"')
		return true;
	/* U+2018, U+2019, U+201C, U+201D */
	return k + 2 < end && (unsigned char)c == 0xE2 &&
	    (unsigned char)s[k + 1] == 0x80 && ((unsigned char)s[k + 2] ==
	    0x98 || (unsigned char)s[k + 2] == 0x99 ||
	    (unsigned char)s[k + 2] == 0x9C || (unsigned char)s[k + 2] == 0x9D);
}

/* tdstyle;textalign:'left': a run without spaces with a ';' glued between
 * a lower-case letter and a lower-case letter or quote, as CSS is written
 * and prose is not (nor TL;DR). */
static size_t
css_run_at(const char *s, size_t i, size_t end)
{
	size_t j = i, amp = end;
	bool css = false;

	while (j < end && !is_space(s[j]) && s[j] != '\n') {
		if (s[j] == '&')
			amp = j;
		else if (amp != end && !ascii_alpha(s[j]) &&
		    !ascii_digit(s[j]) && s[j] != '#' && s[j] != ';')
			amp = end;
		/* The ';' that closes &nbsp; is no CSS. */
		if (s[j] == ';' && j > i && s[j - 1] >= 'a' && s[j - 1] <= 'z' &&
		    amp == end && j + 1 < end && css_starts_rule(s, j + 1, end))
			css = true;
		if (s[j] == ';')
			amp = end;
		j++;
	}
	return css ? j - i : 0;
}

void
proof_scan_markup(const char *text, size_t bstart, size_t bend,
    struct problem_list *out)
{
	size_t i = bstart, k;

	while (i < bend) {
		char c = text[i];
		bool word_start = i == bstart || is_space(text[i - 1]);

		k = 0;
		if (c == '<' && (k = declaration_at(text, i, bend)) == 0)
			k = tag_at(text, i, bend);
		else if (c == '&')
			k = entity_at(text, i, bend);
		else if (c == '[')
			k = shortcode_at(text, i, bend);
		else if (c == '>' && ((i > bstart && text[i - 1] == ':') ||
		    letter_before(text, bstart, i) ||
		    letter_at(text, i + 1, bend)))
			k = 1;
		else if (word_start && ascii_alpha(c))
			k = css_run_at(text, i, bend);
		if (k > 0) {
			problems_add(out, i, i + k, PROBLEM_MARKUP, NULL);
			i += k;
		} else
			i++;
	}
}

/* --- mojibake ------------------------------------------------------- */

/* The byte a Windows-1252 or Latin-1 decoder turned into cp, or -1: a
 * Latin-1 decoder keeps the C1 codes that Windows-1252 maps elsewhere
 * (ASCII gives itself, never a continuation byte). */
static int
cp1252_byte(utf8proc_int32_t cp)
{
	if (cp >= 0x80 && cp <= 0x9F)
		return cp;
	return encode_cp1252(cp);
}

/* Tries to read one mis-decoded UTF-8 sequence at s[i]; on success
 * returns its length in s and appends the repaired character to fix. */
static size_t
mojibake_at(const char *s, size_t i, size_t end, struct buf *fix)
{
	unsigned char bytes[4];
	size_t j = i, need, n = 0;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;
	int b;

	k = utf8proc_iterate((const utf8proc_uint8_t *)s + j,
	    (utf8proc_ssize_t)(end - j), &c);
	if (k < 1 || c < 0xC2 || c > 0xF4)
		return 0;
	need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
	bytes[n++] = (unsigned char)c;
	j += (size_t)k;
	while (n <= need) {
		k = utf8proc_iterate((const utf8proc_uint8_t *)s + j,
		    (utf8proc_ssize_t)(end - j), &c);
		if (k < 1 || (b = cp1252_byte(c)) < 0x80 || b > 0xBF)
			break;
		bytes[n++] = (unsigned char)b;
		j += (size_t)k;
	}
	/* "Â " : a no-break space that lost its second byte on the way. */
	if (n == 1 && bytes[0] == 0xC2 && j < end && s[j] == ' ') {
		buf_addc(fix, ' ');
		return j + 1 - i;
	}
	if (n != need + 1 || utf8proc_iterate(bytes, (utf8proc_ssize_t)n,
	    &c) != (utf8proc_ssize_t)n || c < 0x80)
		return 0;
	buf_add_cp(fix, c);
	return j - i;
}

void
proof_scan_mojibake(const char *text, size_t bstart, size_t bend,
    struct problem_list *out)
{
	size_t i = bstart;

	while (i < bend) {
		struct buf fix;
		size_t start = i, k;

		buf_init(&fix);
		/* Consecutive sequences are one problem with one repair. */
		while (i < bend && (k = mojibake_at(text, i, bend, &fix)) > 0)
			i += k;
		if (i > start)
			problems_add(out, start, i, PROBLEM_MOJIBAKE, fix.data);
		else
			i++;
		buf_free(&fix);
	}
}

/* --- spacing -------------------------------------------------------- */

/* The run of non-space characters around s[i], within the block. */
static void
run_around(const char *s, size_t bstart, size_t bend, size_t i,
    size_t *rs, size_t *re)
{
	size_t a = i, b = i;

	while (a > bstart && !is_space(s[a - 1]) && s[a - 1] != '\n')
		a--;
	while (b < bend && !is_space(s[b]) && s[b] != '\n')
		b++;
	*rs = a;
	*re = b;
}

/* URLs, e-mail addresses, domains and file names keep their dots. */
static bool
run_is_address(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (s[i] == '@' || s[i] == '/' ||
		    (b - i >= 4 && strncasecmp(s + i, "www.", 4) == 0))
			return true;
	return false;
}

/* Length of the word that ends at s[i] (letters only, ASCII). */
static size_t
word_len_before(const char *s, size_t bstart, size_t i)
{
	size_t n = 0;

	while (i > bstart && ascii_alpha(s[i - 1])) {
		i--;
		n++;
	}
	return n;
}

/* "region.As", "really?Yes": sentence punctuation glued to a capital
 * that starts a word; not "U.S.", "e.g." or "Node.js". */
static bool
missing_after_stop(const char *s, size_t bstart, size_t bend, size_t i)
{
	utf8proc_int32_t c;

	if (!letter_before(s, bstart, i) || i + 2 >= bend)
		return false;
	if (s[i] == '.' && word_len_before(s, bstart, i) < 2)
		return false;
	if (utf8proc_iterate((const utf8proc_uint8_t *)s + i + 1,
	    (utf8proc_ssize_t)(bend - i - 1), &c) < 1 ||
	    utf8proc_category(c) != UTF8PROC_CATEGORY_LU)
		return false;
	/* A capital then a lower-case letter: a word, not "U.S.A". */
	return (s[i + 2] >= 'a' && s[i + 2] <= 'z') ||
	    ((unsigned char)s[i + 1] >= 0x80 && letter_at(s, i + 2, bend));
}

/* Whether s[i, bend) starts with a capital and lower-case letters up to
 * the word's end (The, not NET, SPX or MIAPJ0000PUS). */
static bool
capitalised_word(const char *s, size_t i, size_t bend)
{
	size_t j = i + 1;

	if (i >= bend || s[i] < 'A' || s[i] > 'Z')
		return false;
	while (j < bend && s[j] >= 'a' && s[j] <= 'z')
		j++;
	return j > i + 1 && (j == bend || (!ascii_alpha(s[j]) &&
	    !ascii_digit(s[j])));
}

static bool
ascii_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* "priorities,this", "BREAKING:Rivers": clause punctuation between two
 * letters; "1,000" and "10:30" have digits, and "TL;DR" is an
 * abbreviation (a semicolon between capitals). */
static bool
missing_after_clause(const char *s, size_t bstart, size_t bend, size_t i)
{
	if (s[i] == ';' && i > bstart && i + 1 < bend &&
	    ascii_upper(s[i - 1]) && ascii_upper(s[i + 1]))
		return false;
	return letter_before(s, bstart, i) && letter_at(s, i + 1, bend);
}

/* "Sahel ,": a space between a word and its punctuation; not " ...",
 * " .5" or a mark standing alone. */
static bool
space_before(const char *s, size_t bstart, size_t bend, size_t i)
{
	size_t j = i;
	char next = i + 1 < bend ? s[i + 1] : ' ';

	while (j > bstart && is_space(s[j - 1]))
		j--;
	if (j == i || j == bstart || s[j - 1] == '\n')
		return false;
	if (!letter_before(s, bstart, j) && !ascii_digit(s[j - 1]) &&
	    s[j - 1] != ')' && s[j - 1] != '"')
		return false;
	if (s[i] == '.' && (next == '.' || ascii_digit(next)))
		return false;
	/* " .SPX", " .NET", " .js": a ticker code, a dotted name or a file
	 * type starts there; " .The" is a stop glued to the next sentence. */
	if (s[i] == '.' && ascii_alpha(next) && !capitalised_word(s, i + 1,
	    bend))
		return false;
	if (s[i] == ':' && (next == ')' || next == '('))
		return false;
	return next == ' ' || next == '\n' || next == '<' || i + 1 >= bend ||
	    (unsigned char)next >= 0x80 || ascii_alpha(next) || next == '"';
}

/* "as  AllAfricaGames": two spaces inside a sentence (after a full stop
 * some writers put two on purpose). */
static size_t
double_space(const char *s, size_t bstart, size_t bend, size_t i)
{
	size_t j = i;

	while (j < bend && s[j] == ' ')
		j++;
	if (j - i < 2 || j >= bend || i == bstart || s[i - 1] == '\n' ||
	    is_space(s[i - 1]) || strchr(".!?:", s[i - 1]) != NULL)
		return 0;
	if (!letter_at(s, j, bend) && !ascii_digit(s[j]))
		return 0;
	if (!letter_before(s, bstart, i) && !ascii_digit(s[i - 1]) &&
	    s[i - 1] != ',')
		return 0;
	return j - i;
}

/* Cuts [*a, *b), a spacing finding around byte i, at the block's markup
 * (Union,Germany'<br>: the finding is Union,Germany').  The cursor has
 * passed i (in_markup), so the markup just before it and the one at it
 * are the nearest on either side. */
static void
clip_to_markup(const struct problem_list *out,
    const struct markup_cursor *mc, size_t i, size_t *a, size_t *b)
{
	if (mc->next > mc->first && out->v[mc->next - 1].bend <= i &&
	    out->v[mc->next - 1].bend > *a)
		*a = out->v[mc->next - 1].bend;
	if (mc->next < mc->end && out->v[mc->next].bstart > i &&
	    out->v[mc->next].bstart < *b)
		*b = out->v[mc->next].bstart;
}

/* Adds the spacing finding [a, b) around byte i, cut at markup; one that
 * overlaps the last one found ("States ," and ",France,Mali") makes it
 * one finding of both (States ,France,Mali). */
static void
add_spacing(size_t i, size_t a, size_t b, struct problem_list *out,
    const struct markup_cursor *mc)
{
	struct problem *last = out->n > mc->end ? &out->v[out->n - 1] : NULL;

	clip_to_markup(out, mc, i, &a, &b);
	if (last != NULL && last->kind == PROBLEM_SPACING &&
	    a < last->bend && b > last->bstart) {
		last->bstart = a < last->bstart ? a : last->bstart;
		last->bend = b > last->bend ? b : last->bend;
		return;
	}
	problems_add(out, a, b, PROBLEM_SPACING, NULL);
}

static void
add_run(const char *s, size_t bstart, size_t bend, size_t i,
    struct problem_list *out, struct markup_cursor *mc)
{
	size_t a, b;

	run_around(s, bstart, bend, i, &a, &b);
	if (run_is_address(s, a, b) || in_markup(out, mc, i))
		return;
	add_spacing(i, a, b, out, mc);
}

/* The spacing scan; runs: whether doubled spaces are findings. */
static void
scan_spacing(const char *text, size_t bstart, size_t bend, bool runs,
    struct problem_list *out)
{
	struct markup_cursor mc;
	size_t k, a, b;

	/* Markup found for this block is at the end of out already, before
	 * its mojibake. */
	mc.next = out->n;
	while (mc.next > 0 && out->v[mc.next - 1].bstart >= bstart)
		mc.next--;
	mc.first = mc.next;
	for (mc.end = mc.next; mc.end < out->n &&
	    out->v[mc.end].kind == PROBLEM_MARKUP; mc.end++)
		;
	for (size_t i = bstart; i < bend; i++) {
		char c = text[i];

		if ((c == '.' || c == '!' || c == '?') &&
		    missing_after_stop(text, bstart, bend, i))
			add_run(text, bstart, bend, i, out, &mc);
		else if ((c == ',' || c == ';' || c == ':') &&
		    missing_after_clause(text, bstart, bend, i))
			add_run(text, bstart, bend, i, out, &mc);
		if (strchr(",;:.!?", c) != NULL && c != '\0' &&
		    space_before(text, bstart, bend, i) &&
		    !in_markup(out, &mc, i)) {
			k = i;
			while (k > bstart && is_space(text[k - 1]))
				k--;
			run_around(text, bstart, bend, k - 1, &a, &b);
			add_spacing(i, a, i + 1, out, &mc);
		}
		if (runs && c == ' ' &&
		    (k = double_space(text, bstart, bend, i)) > 0) {
			run_around(text, bstart, bend, i - 1, &a, &b);
			run_around(text, bstart, bend, i + k, &b, &b);
			if (!in_markup(out, &mc, i))
				add_spacing(i, a, b, out, &mc);
			i += k - 1;
		}
	}
}

void
proof_scan_spacing(const char *text, size_t bstart, size_t bend,
    struct problem_list *out)
{
	scan_spacing(text, bstart, bend, true, out);
}

void
proof_scan_spacing_pre(const char *text, size_t bstart, size_t bend,
    struct problem_list *out)
{
	scan_spacing(text, bstart, bend, false, out);
}
