/* meta.c - the article's title, author, date and site. */
#include "config.h"

#include "clean/meta.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "clean/boilerplate.h"
#include "base/dates.h"
#include "clean/features.h"
#include "base/util.h"
#include "doc/segment.h"

/* A name: one to six words, each starting with a capital letter. */
static bool
name_like(const char *s, size_t n)
{
	size_t words = 0;

	for (size_t i = 0; i < n;) {
		while (i < n && s[i] == ' ')
			i++;
		if (i >= n)
			break;
		if (!starts_upper(s + i, n - i))
			return false;
		words++;
		while (i < n && s[i] != ' ')
			i++;
	}
	return words >= 1 && words <= 6;
}

/* Words that make "X by NAME" a credit line rather than a byline. */
static bool
credit_word(const char *s, size_t n)
{
	static const char *const words[] = { "photo", "image", "picture",
	    "video", "graphic", "illustration", "credit", "cartoon", "map",
	    "chart", "edited", "produced", "reporting", "translated", NULL };

	for (size_t i = 0; words[i]; i++)
		if (contains_ci(s, n, words[i]))
			return true;
	return false;
}

/* Where the name starting at i ends: at a separator ("By Jane Doe |
 * Reuters", ", AP Writer", " - ", a digit) or at " and " or " & "
 * between two authors.  Counts the spaces inside it in *spaces. */
static size_t
name_end(const char *s, size_t n, size_t i, size_t *spaces)
{
	size_t end;

	*spaces = 0;
	for (end = i; end < n; end++) {
		if (s[end] == '|' || s[end] == ',' || s[end] == '\t' ||
		    (s[end] == ' ' && end + 1 < n && s[end + 1] == '-') ||
		    isdigit((unsigned char)s[end]) ||
		    (end + 5 <= n && strncmp(s + end, " and ", 5) == 0) ||
		    (end + 3 <= n && strncmp(s + end, " & ", 3) == 0))
			break;
		if (s[end] == ' ')
			(*spaces)++;
	}
	return end;
}

/* Words that make what follows a byline's comma a role ("Science and
 * Health Editor") rather than more names. */
static bool
role_word(const char *s, size_t n)
{
	static const char *const words[] = { "editor", "writer",
	    "correspondent", "reporter", "staff", "contributor", "columnist",
	    "producer", "analyst", "press", "news", NULL };

	for (size_t i = 0; words[i]; i++)
		if (contains_ci(s, n, words[i]))
			return true;
	return false;
}

/* Whether the names go on after the comma at i: "Jane Doe, Mary Major and
 * John Roe" lists authors, "Jane Doe, AP Writer" gives a role. */
static bool
list_goes_on(const char *s, size_t n, size_t i)
{
	size_t stop = i + 1;

	while (stop < n && s[stop] != '|' && s[stop] != '\t')
		stop++;
	return (contains_ci(s + i, stop - i, " and ") ||
	    contains_ci(s + i, stop - i, " & ")) && !role_word(s + i, stop - i);
}

/* The step over the separator between two authors at i, or 0. */
static size_t
next_author(const char *s, size_t n, size_t i)
{
	if (i + 5 <= n && strncmp(s + i, " and ", 5) == 0)
		return 5;
	if (i + 3 <= n && strncmp(s + i, " & ", 3) == 0)
		return 3;
	if (i < n && s[i] == ',' && list_goes_on(s, n, i))
		return i + 6 <= n && strncmp(s + i, ", and ", 6) == 0 ? 6 : 1;
	return 0;
}

/* The names of a byline from i on, several authors joined by ", "
 * ("Jane Doe, John Roe"), without the role; NULL when the first is no
 * name. */
static char *
byline_names(const char *s, size_t n, size_t i)
{
	struct buf out;

	buf_init(&out);
	for (;;) {
		size_t spaces, end, stop, step;

		while (i < n && s[i] == ' ')
			i++;
		if (!starts_upper(s + i, n - i))
			break;
		stop = end = name_end(s, n, i, &spaces);
		while (end > i && (s[end - 1] == ' ' || s[end - 1] == '.'))
			end--;
		if (end <= i || spaces > 6)
			break;
		if (out.len > 0)
			buf_adds(&out, ", ");
		buf_add(&out, s + i, end - i);
		if ((step = next_author(s, n, stop)) == 0)
			break;
		i = stop + step;
	}
	if (out.len == 0) {
		buf_free(&out);
		return NULL;
	}
	return buf_steal(&out);
}

char *
meta_byline(const char *s, size_t n)
{
	size_t i;

	if (n < 5 || n > 80)
		return NULL;
	if (strncasecmp(s, "by ", 3) == 0)
		i = 3;
	else if (strncasecmp(s, "written by ", 11) == 0)
		i = 11;
	else if (strncasecmp(s, "author: ", 8) == 0)
		i = 8;
	else {
		/* "Jane Doe by Jane Doe": themes print the avatar's name
		 * before the byline.  Only that exact repetition counts;
		 * "Council Delays Vote by Two Years" is a headline. */
		for (i = 1; i + 4 < n; i++)
			if (strncmp(s + i, " by ", 4) == 0)
				break;
		if (i + 4 >= n || !name_like(s, i) || credit_word(s, i) ||
		    n - i - 4 < i || strncmp(s, s + i + 4, i) != 0)
			return NULL;
		i += 4;
	}
	return byline_names(s, n, i);
}

static bool
is_byline(const char *s, size_t n)
{
	char *name = meta_byline(s, n);

	free(name);
	return name != NULL;
}

/* A footer's credit names who made the site, not the site: "Designed by
 * Acme Web Studio", "Powered by WordPress", "Site by ...": the word "by"
 * in it. */
static bool
names_a_maker(const char *s, size_t n)
{
	for (size_t i = 0; i + 2 <= n; i++)
		if (strncasecmp(s + i, "by", 2) == 0 &&
		    (i == 0 || s[i - 1] == ' ') && (i + 2 == n || s[i + 2] == ' '))
			return true;
	return false;
}

/* "© 2025 Site Name. All rights reserved." -> "Site Name". */
static char *
site_from_copyright(const char *s, size_t n)
{
	size_t i = 0, end;

	if (n > 200)
		return NULL;
	while (i < n) {
		if (i + 2 <= n && memcmp(s + i, "\xC2\xA9", 2) == 0) {
			i += 2;
			break;
		}
		if (i + 9 <= n && strncasecmp(s + i, "copyright", 9) == 0) {
			i += 9;
			break;
		}
		i++;
	}
	if (i >= n)
		return NULL;
	for (;;) {
		while (i < n && (s[i] == ' ' || s[i] == '-' || s[i] == ','))
			i++;
		if (i + 2 <= n && memcmp(s + i, "\xC2\xA9", 2) == 0) {
			i += 2;
			continue;
		}
		if (i < n && isdigit((unsigned char)s[i])) {
			while (i < n && (isdigit((unsigned char)s[i]) ||
			    s[i] == '-'))
				i++;
			continue;
		}
		break;
	}
	for (end = i; end < n; end++)
		if (s[end] == '|' || (s[end] == '.' && (end + 1 == n ||
		    s[end + 1] == ' ')) || s[end] == ',' ||
		    strncasecmp(s + end, " all rights", 11) == 0)
			break;
	/* "Site - All rights reserved.": the dash before is no part of it. */
	while (end > i && strchr(" -|:", s[end - 1]) != NULL)
		end--;
	if (end <= i || end - i > 60 || !starts_upper(s + i, end - i) ||
	    names_a_maker(s + i, end - i))
		return NULL;
	return xstrndup(s + i, end - i);
}

/* Splits "Headline - Site" / "Headline | Site": returns the offset of
 * the site part, or 0, and sets *sep to where the separator starts. */
static size_t
title_suffix_at(const char *s, size_t n, size_t *sep)
{
	static const char *const seps[] = { " | ", " - ",
	    " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB ", NULL };
	size_t best = 0;

	*sep = 0;
	for (size_t k = 0; seps[k]; k++) {
		size_t m = strlen(seps[k]);
		for (size_t i = n >= m ? n - m : 0; i > 0; i--)
			if (memcmp(s + i, seps[k], m) == 0) {
				/* The site part is short. */
				if (n - i - m <= 40 && i + m > best) {
					best = i + m;
					*sep = i;
				}
				break;
			}
	}
	return best;
}

static size_t
title_suffix(const char *s, size_t n)
{
	size_t sep;

	return title_suffix_at(s, n, &sep);
}

/* The title without its " - Site" part, when what is left has at least
 * min_chars bytes; cut at the separator's start, so never inside a
 * character. */
static char *
strip_title_suffix(const char *t, size_t min_chars)
{
	size_t sep, n = strlen(t);

	if (title_suffix_at(t, n, &sep) == 0 || sep < min_chars)
		return xstrdup(t);
	while (sep > 0 && t[sep - 1] == ' ')
		sep--;
	return xstrndup(t, sep);
}

/* Lower-cased letters and digits only, for loose comparison of a title
 * with a heading (any byte past ASCII is kept: a heading that differs
 * from the title only by its quotes or dashes is another form of it, and
 * the title then takes the heading's). */
static char *
fold_key(const char *s, size_t n)
{
	char *k = xmalloc(n + 1);
	size_t j = 0;

	for (size_t i = 0; i < n; i++)
		if (isalnum((unsigned char)s[i]) || ((unsigned char)s[i] & 0x80))
			k[j++] = (char)tolower((unsigned char)s[i]);
	k[j] = '\0';
	return k;
}

/* The lower-cased letters and digits of s, in any script, for comparing
 * running text whatever its spaces, quotes and dashes; bytes that are not
 * UTF-8 are left out. */
static char *
fold_letters(const char *s, size_t n)
{
	/* A lower-case letter may take more bytes than its capital
	 * (U+023A, 2 bytes, gives U+2C65, 3): never more than twice. */
	char *k = xmalloc(2 * n + 1);
	size_t i = 0, j = 0;

	while (i < n) {
		utf8proc_int32_t c;
		utf8proc_ssize_t len = utf8proc_iterate(
		    (const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i),
		    &c);

		if (len <= 0) {
			i++;
			continue;
		}
		i += (size_t)len;
		if (seg_is_word_core(c))
			j += (size_t)utf8proc_encode_char(utf8proc_tolower(c),
			    (utf8proc_uint8_t *)k + j);
	}
	k[j] = '\0';
	return k;
}

/* The block from block from on whose text is the headline: an exact
 * (loose) match of the stated title, or a block that the stated title
 * starts with. */
static long
find_title_block(const struct doc *d, const char *title, size_t from,
    size_t limit)
{
	char *tk = fold_key(title, strlen(title));
	long found = -1;
	size_t tlen = strlen(tk);

	for (size_t i = from; i < d->nblocks && i < limit && found < 0; i++) {
		const struct block *b = &d->blocks[i];
		char *bk;

		if (b->f.chars > 300 || b->f.chars < 3)
			continue;
		bk = fold_key(d->text + b->bstart, b->bend - b->bstart);
		if (strcmp(bk, tk) == 0 || (strlen(bk) >= 15 &&
		    strlen(bk) * 10 >= tlen * 6 &&
		    strncmp(tk, bk, strlen(bk)) == 0))
			found = (long)i;
		free(bk);
	}
	free(tk);
	return found;
}

/* The block of blocks [from, limit) that is the headline of a stated
 * title: its head without a site part ("Quay opens | Harbour Times"),
 * else the whole title; -1 if none. */
static long
stated_title_block(const struct doc *d, const char *title, size_t from,
    size_t limit)
{
	char *head = strip_title_suffix(title, 10);
	long t = find_title_block(d, head, from, limit);

	free(head);
	return t >= 0 ? t : find_title_block(d, title, from, limit);
}

/* Letters and digits of a description that must match a block's. */
#define DESCRIPTION_MIN_KEY 60
/* Letters and digits of a site name that make a description the site's
 * own (shorter ones occur anywhere). */
#define SITE_KEY_MIN 5

/* Whether folded text k holds fold_letters(s, n), of SITE_KEY_MIN or
 * more. */
static bool
holds_folded(const char *k, const char *s, size_t n)
{
	char *sk = fold_letters(s, n);
	bool held = strlen(sk) >= SITE_KEY_MIN && strstr(k, sk) != NULL;

	free(sk);
	return held;
}

/* Whether folded description k names the site, by the name the page
 * states or by its title's site part ("... - Harbour News"): one
 * description for the whole site ("Harbour News covers the town ..."),
 * which its "about" box may quote, says nothing of where the story is. */
static bool
describes_site(const struct doc *d, const char *k)
{
	size_t sep, at;

	if (d->site != NULL && holds_folded(k, d->site, strlen(d->site)))
		return true;
	if (d->title == NULL)
		return false;
	at = title_suffix_at(d->title, strlen(d->title), &sep);
	return at > 0 && holds_folded(k, d->title + at, strlen(d->title + at));
}

/* The block that holds the page's stated description, or -1: the lead
 * of a story often is its description, word for word (a description cut
 * short, "... Dean Ouelle", still matches by its first words).  Only a
 * description long enough to be a sentence counts. */
long
meta_description_block(const struct doc *d)
{
	char *dk;
	size_t dlen;
	long found = -1;

	if (d->description == NULL)
		return -1;
	dk = fold_letters(d->description, strlen(d->description));
	dlen = strlen(dk);
	if (dlen >= DESCRIPTION_MIN_KEY && !describes_site(d, dk)) {
		dk[DESCRIPTION_MIN_KEY] = '\0';
		for (size_t i = 0; i < d->nblocks && found < 0; i++) {
			const struct block *b = &d->blocks[i];
			char *bk;

			if (b->f.chars < DESCRIPTION_MIN_KEY)
				continue;
			bk = fold_letters(d->text + b->bstart, b->bend - b->bstart);
			if (strstr(bk, dk) != NULL)
				found = (long)i;
			free(bk);
		}
	}
	free(dk);
	return found;
}

long
meta_title_block(const struct doc *d)
{
	char *head;
	long t;

	if (d->title == NULL)
		return -1;
	/* Any headline before the separator: the classifier asks before
	 * meta_extract has settled the title, and a short one ("City
	 * chic - A blog") matched as a whole block is still the headline. */
	head = strip_title_suffix(d->title, 1);
	t = find_title_block(d, head, 0, d->nblocks);
	free(head);
	return t >= 0 ? t : find_title_block(d, d->title, 0, d->nblocks);
}

static size_t
first_kept(const struct doc *d)
{
	for (size_t i = 0; i < d->nblocks; i++)
		if (d->blocks[i].keep && block_length(&d->blocks[i]) >= 70)
			return i;
	return d->nblocks;
}

static bool
headline_candidate(const struct doc *d, const struct block *b)
{
	const char *s = d->text + b->bstart;
	size_t n = b->bend - b->bstart;

	if (block_length(b) < 12 || b->f.chars > 250 ||
	    (b->f.words < 3 && !block_is_unspaced(b)))
		return false;
	if (b->f.repeats_in_load > 0 || boilerplate_phrase(s, n) ||
	    boilerplate_calendar_line(s, n) || is_byline(s, n))
		return false;
	if (date_find(s, n, (char[11]){ 0 }, NULL, NULL) && b->f.words < 8)
		return false;
	return s[n - 1] != '.' || b->f.chars < 80;
}

static bool
byline_or_date_follows(const struct doc *d, size_t i)
{
	char iso[11];

	for (size_t k = i + 1; k < d->nblocks && k <= i + 4; k++) {
		const struct block *b = &d->blocks[k];
		const char *s = d->text + b->bstart;
		size_t n = b->bend - b->bstart;

		if (is_byline(s, n) || (n < 60 && date_find(s, n, iso, NULL,
		    NULL)))
			return true;
	}
	return false;
}

/* Text dumps: the headline is a title-like line shortly before the first
 * article paragraph: above a byline or a date, printed twice, in title
 * case, not ending like a sentence (captions do). */
static long
guess_text_title(const struct doc *d, size_t article)
{
	size_t lo = article > 20 ? article - 20 : 0;
	double best_score = -1e9;
	long best = -1;

	/* No paragraph long enough to be the article's first (a short
	 * note): every block would be a candidate, and the last one, the
	 * nearest to the end, would win.  Only a first line that reads as
	 * a headline is one. */
	if (article >= d->nblocks) {
		const struct block *b = d->nblocks ? &d->blocks[0] : NULL;

		return b != NULL && headline_candidate(d, b) &&
		    !ends_like_sentence(d->text + b->bstart,
		    b->bend - b->bstart) ? 0 : -1;
	}
	for (size_t i = article; i-- > lo;) {
		const struct block *b = &d->blocks[i];
		const char *s = d->text + b->bstart;
		size_t n = b->bend - b->bstart;
		double score = 0;

		if (!headline_candidate(d, b))
			continue;
		score += byline_or_date_follows(d, i) ? 3 : 0;
		score += b->f.repeats_in_doc > 0 ? 2 : 0;
		score += capitalised_share(s, n) >= 0.6 ? 2 : 0;
		score -= ends_like_sentence(s, n) || s[n - 1] == ')' ? 3 : 0;
		score -= (double)(article - i) / 10.0;
		if (score > best_score) {
			best_score = score;
			best = (long)i;
		}
	}
	/* The first block, if it is not the article's first paragraph. */
	if (best < 0 && article > 0 && d->nblocks > 0 &&
	    headline_candidate(d, &d->blocks[0]))
		best = 0;
	return best;
}

/* Text dumps: the headline printed again near the article, when the
 * dump starts with the page's title (browsers' and converters' dumps
 * do: "Home Depot sales miss, shares plunge | Fox Business", then the
 * menus, then the headline), as a page's stated title is found. */
static long
echoed_text_title(const struct doc *d, size_t article)
{
	const struct block *b = d->nblocks > 1 ? &d->blocks[0] : NULL;
	char *first;
	long t;

	if (b == NULL || !headline_candidate(d, b))
		return -1;
	first = block_text(d, b);
	t = stated_title_block(d, first, 1, article + 20);
	free(first);
	return t;
}

static void
find_author(struct doc *d, size_t from, size_t to)
{
	for (size_t i = from; i < to && i < d->nblocks && !d->author; i++) {
		const struct block *b = &d->blocks[i];
		d->author = meta_byline(d->text + b->bstart,
		    b->bend - b->bstart);
	}
}

/* A date near the headline or byline; never one above the headline,
 * which is the site's "today". */
static void
find_date(struct doc *d, size_t from, size_t to)
{
	char iso[11];

	for (size_t i = from; i < to && i < d->nblocks && !d->date; i++) {
		const struct block *b = &d->blocks[i];

		if (b->f.chars > 200)
			continue;
		if (date_find(d->text + b->bstart, b->bend - b->bstart, iso,
		    NULL, NULL))
			d->date = xstrdup(iso);
	}
}

static void
find_site(struct doc *d)
{
	/* Copyright lines are in the footer: the last blocks are enough,
	 * and a dump of millions of lines costs nothing more. */
	size_t stop = d->nblocks > 300 ? d->nblocks - 300 : 0;

	for (size_t i = d->nblocks; i-- > stop && !d->site;) {
		const struct block *b = &d->blocks[i];
		d->site = site_from_copyright(d->text + b->bstart,
		    b->bend - b->bstart);
	}
	if (!d->site && d->nblocks > 0) {
		const struct block *b = &d->blocks[0];
		size_t at = title_suffix(d->text + b->bstart,
		    b->bend - b->bstart);
		if (at > 0)
			d->site = xstrndup(d->text + b->bstart + at,
			    b->bend - b->bstart - at);
	}
}

/* Whether block i is kept and no other block is. */
static bool
is_only_kept(const struct doc *d, size_t i)
{
	if (!d->blocks[i].keep)
		return false;
	for (size_t k = 0; k < d->nblocks; k++)
		if (k != i && d->blocks[k].keep)
			return false;
	return true;
}

static void
set_title_block(struct doc *d, long t)
{
	if (t < 0)
		return;
	d->blocks[t].kind = BLOCK_TITLE;
	d->blocks[t].keep = true;
	if (d->title == NULL)
		d->title = block_text(d, &d->blocks[t]);
}

/* Pages state their author as their byline reads: "By JANE DOE, AP
 * Writer" is the name Jane Doe's byline gives, without "By" and role. */
static void
normalise_stated_author(struct doc *d)
{
	char *name;

	if (d->author == NULL || strncasecmp(d->author, "by ", 3) != 0)
		return;
	name = meta_byline(d->author, strlen(d->author));
	if (name != NULL) {
		free(d->author);
		d->author = name;
	}
}

void
meta_extract(struct doc *d)
{
	size_t article = first_kept(d);
	long t = -1;

	normalise_stated_author(d);

	if (d->title != NULL) {
		char *stated = d->title;

		t = stated_title_block(d, stated, 0, article + 20);
		d->title = t >= 0 ? block_text(d, &d->blocks[t]) :
		    strip_title_suffix(stated, 10);
		free(stated);
	} else {
		t = echoed_text_title(d, article);
		if (t < 0)
			t = guess_text_title(d, article);
		if (t >= 0 && is_only_kept(d, (size_t)t))
			t = -1;	/* a one-line article, not a headline */
	}
	set_title_block(d, t);
	{
		size_t from = t >= 0 ? (size_t)t : article > 10 ?
		    article - 10 : 0;
		size_t to = (t >= 0 ? (size_t)t : from) + 12;

		if (to < article + 3)
			to = article + 3;
		if (!d->author)
			find_author(d, from, to);
		if (!d->date)
			find_date(d, from, to);
	}
	if (!d->site)
		find_site(d);
}
