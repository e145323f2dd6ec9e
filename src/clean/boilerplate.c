/* boilerplate.c - phrases and line shapes that mark page furniture. */
#include "config.h"

#include "clean/boilerplate.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

bool
contains_ci(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	int first;

	if (m == 0 || m > n)
		return m == 0;
	/* Compare in full only where the first byte matches: this runs for
	 * every phrase on every short line of every page. */
	first = tolower((unsigned char)needle[0]);
	for (size_t i = 0; i + m <= n; i++)
		if (tolower((unsigned char)s[i]) == first &&
		    strncasecmp(s + i + 1, needle + 1, m - 1) == 0)
			return true;
	return false;
}

static bool
starts_ci(const char *s, size_t n, const char *prefix)
{
	size_t m = strlen(prefix);

	return n >= m && strncasecmp(s, prefix, m) == 0;
}

static bool
equals_ci(const char *s, size_t n, const char *word)
{
	return strlen(word) == n && strncasecmp(s, word, n) == 0;
}

/* Phrases that, in a short line, are the line's whole purpose. */
static const char *const furniture[] = {
	"share on", "share this", "share via", "tweet this", "pin it",
	"follow us", "subscribe", "newsletter", "sign up", "sign in",
	"log in", "login", "register", "all rights reserved", "copyright",
	"\xC2\xA9", "privacy policy", "terms of use", "terms of service",
	"terms and conditions", "cookie policy", "skip to content",
	"skip to main", "no result", "view all result", "toggle navigation",
	"table of contents", "previous post", "next post", "previous article",
	"next article", "leave a comment", "leave a reply", "comments",
	"click here", "read more", "continue reading", "load more",
	"advertisement", "sponsored", "posted in", "filed under", "tags:",
	"related posts", "related articles", "related stories", "you may also",
	"recommended for you", "most popular", "most read", "trending",
	"back to top", "print this", "email this", "download the app",
	"watch live", "listen to this", "min read", "view comments",
	"photo credit", "image credit", "getty images", "show more",
	"whatsapp", "facebook", "twitter", "linkedin", "pinterest",
	"telegram", "instagram", "youtube", "reddit", "rss feed", "contact us",
	"about us", "our authors", "legal pages", "dmca", "accessibility",
	"all posts", "home page", "homepage", NULL
};

bool
boilerplate_phrase(const char *s, size_t n)
{
	char low[161];

	if (n > 160)
		return false;
	/* Lower-cased once, then searched with strstr: this runs on every
	 * short line of every page. */
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	low[n] = '\0';
	if (memchr(s, '\0', n) != NULL)
		return false;
	for (size_t i = 0; furniture[i]; i++)
		if (strstr(low, furniture[i]) != NULL)
			return true;
	return equals_ci(s, n, "home") || equals_ci(s, n, "menu") ||
	    equals_ci(s, n, "search") || equals_ci(s, n, "share") ||
	    equals_ci(s, n, "close") || equals_ci(s, n, "more") ||
	    equals_ci(s, n, "toggle") || equals_ci(s, n, "print") ||
	    equals_ci(s, n, "email") || equals_ci(s, n, "ad") ||
	    equals_ci(s, n, "loading...") || equals_ci(s, n, "next") ||
	    equals_ci(s, n, "previous") || equals_ci(s, n, "prev");
}

bool
boilerplate_cookie_notice(const char *s, size_t n)
{
	if (n > 600 || !contains_ci(s, n, "cookie"))
		return false;
	return contains_ci(s, n, "accept") || contains_ci(s, n, "consent") ||
	    contains_ci(s, n, "we use") || contains_ci(s, n, "this site uses") ||
	    contains_ci(s, n, "website uses") || contains_ci(s, n, "experience") ||
	    contains_ci(s, n, "policy") || contains_ci(s, n, "settings");
}

static const char *const day_words[] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun", "mo", "tu", "we",
	"th", "fr", "sa", "su", "m", "t", "w", "f", "s", "monday", "tuesday",
	"wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb",
	"mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
	"january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "prev", "next", "\xC2\xAB",
	"\xC2\xBB", NULL
};

static bool
is_day_word(const char *s, size_t n)
{
	for (size_t i = 0; day_words[i]; i++)
		if (equals_ci(s, n, day_words[i]))
			return true;
	return false;
}

/* Every token is a number of at most four digits or a day or month name. */
bool
boilerplate_calendar_line(const char *s, size_t n)
{
	size_t i = 0, tokens = 0, numbers = 0;

	while (i < n) {
		size_t j;

		while (i < n && (isspace((unsigned char)s[i]) || s[i] == '|' ||
		    s[i] == ',' || s[i] == '.'))
			i++;
		if (i >= n)
			break;
		j = i;
		while (j < n && !isspace((unsigned char)s[j]) && s[j] != '|' &&
		    s[j] != ',')
			j++;
		tokens++;
		if (j - i <= 4 && strspn(s + i, "0123456789") >= j - i)
			numbers++;
		else if (!is_day_word(s + i, j - i))
			return false;
		i = j;
	}
	/* "2025" alone is a year, "12 13 14" is a calendar row. */
	return tokens >= 2 || (tokens == 1 && numbers == 1);
}

/* A marker alone ("Related posts") or leading a headline ("READ: ..."). */
bool
boilerplate_related_marker(const char *s, size_t n)
{
	static const char *const markers[] = { "related", "read also",
	    "read more", "see also", "more from", "more stories", "also read",
	    "recommended", "you may also like", "you might also like",
	    "more on this", "latest news", "latest posts", "recent posts",
	    "popular posts", "don't miss", "don\xE2\x80\x99t miss",
	    "more news", "trending", "top stories", "editor's picks", "read",
	    "watch", "listen", "also", NULL };

	for (size_t i = 0; markers[i]; i++) {
		size_t m = strlen(markers[i]);
		bool single = strchr(markers[i], ' ') == NULL;

		if (!starts_ci(s, n, markers[i]))
			continue;
		/* "Related" alone or "Related posts" is a heading; one-word
		 * verbs like "Read" only count with a colon after them. */
		if (m < n && s[m] == ':' && n <= 160)
			return true;
		if (!single && n <= 40)
			return true;
		if (single && n == m && strcmp(markers[i], "related") == 0)
			return true;
		if (m < n && s[m] == ' ' && n <= 40 &&
		    strcmp(markers[i], "related") == 0)
			return true;
	}
	return false;
}

/* Words that open a photo's credit or caption line: "Photo: ...",
 * "(AP Photo/...)", "(Image: ...)", "FILE PHOTO: ...". */
static const char *const credit_openers[] = {
	"photo", "photograph", "image", "picture", "pic", "credit",
	"file photo", "ap photo", "afp photo", "illustration", NULL
};

/* Photo agencies whose name ends a credit after a slash or a bar
 * ("Alex Wong/Getty Images", "Bloomberg | Getty Images"). */
static const char *const photo_agencies[] = {
	"getty images", "getty", "afp", "ap", "reuters", "epa", "alamy",
	"shutterstock", "istock", "istockphoto", NULL
};

/* Whether s opens with a credit opener followed by a colon, "by" or
 * "copyright" ("Photo by ...", "Image copyright ..."). */
static bool
opens_with_credit(const char *s, size_t n, bool any_follower)
{
	for (size_t i = 0; credit_openers[i]; i++) {
		size_t m = strlen(credit_openers[i]);
		const char *t = s + m;
		size_t left = n - m;

		if (!starts_ci(s, n, credit_openers[i]))
			continue;
		/* "Image Credit:", "Photo credit:" */
		if (starts_ci(t, left, " credit"))
			t += 7, left -= 7;
		if (left > 0 && *t == ':')
			return true;
		if (any_follower && (left == 0 || *t == '/' || *t == ' ' ||
		    *t == ','))
			return true;
		if (starts_ci(t, left, " by ") ||
		    starts_ci(t, left, " copyright "))
			return true;
	}
	return false;
}

/* Whether s ends with a parenthesised credit: "(AP Photo/Alan Diaz)",
 * "(Image: Getty)". */
static bool
ends_with_credit(const char *s, size_t n)
{
	size_t i;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || s[n - 1] != ')')
		return false;
	for (i = n - 1; i > 0 && n - i < 100 && s[i - 1] != '('; i--)
		;
	if (i == 0 || s[i - 1] != '(')
		return false;
	while (i < n && s[i] == ' ')
		i++;
	return opens_with_credit(s + i, n - 1 - i, true);
}

/* Whether s ends with a photo agency's name after a slash or a bar. */
static bool
ends_with_agency(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	for (size_t i = 0; photo_agencies[i]; i++) {
		size_t m = strlen(photo_agencies[i]), k;

		if (m + 1 > n || strncasecmp(s + n - m, photo_agencies[i], m))
			continue;
		k = n - m;
		while (k > 0 && s[k - 1] == ' ')
			k--;
		if (k > 0 && (s[k - 1] == '/' || s[k - 1] == '|'))
			return true;
	}
	return false;
}

/* A photo's caption or credit, by the credit that opens or ends it.
 * Wire and stock photos are credited so on news sites everywhere; the
 * benchmarks' gold excludes them. */
bool
boilerplate_photo_credit(const char *s, size_t n)
{
	if (n == 0 || n > 400)
		return false;
	return opens_with_credit(s, n, false) || ends_with_credit(s, n) ||
	    ends_with_agency(s, n);
}


/* The length of s without a trailing fragment of markup ("< span/>",
 * "</b>"), spaces before it included; n when there is none. */
static size_t
without_trailing_tag(const char *s, size_t n)
{
	size_t i = n;

	if (n == 0 || s[n - 1] != '>')
		return n;
	while (i > 0 && n - i < 24 && s[i - 1] != '<') {
		unsigned char c = (unsigned char)s[i - 1];

		if (!(isalnum(c) || c == ' ' || c == '/' || c == '"' ||
		    c == '\'' || c == '=' || c == '-' || c == '>'))
			return n;
		i--;
	}
	if (i == 0 || s[i - 1] != '<')
		return n;
	i--;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	return i;
}

/* The code point that ends s[0..n), or -1 (none, or not valid UTF-8);
 * *len gets its length in bytes. */
static int32_t
last_cp(const char *s, size_t n, size_t *len)
{
	size_t i = n;
	utf8proc_int32_t c;

	if (n == 0)
		return -1;
	while (i > 1 && n - i < 3 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	i--;
	*len = n - i;
	if (utf8proc_iterate((const utf8proc_uint8_t *)s + i,
	    (utf8proc_ssize_t)*len, &c) != (utf8proc_ssize_t)*len)
		return -1;
	return c;
}

/* Closing quotes and brackets that may follow a sentence's end:
 * ."  .”  .)  。」 */
static bool
is_closer(int32_t c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']' ||
	    c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F ||
	    c == 0xFF09;
}

/* . ! ? : ; and the ellipsis, and the full-width and ideographic stops
 * of Chinese and Japanese (。！？：；). */
static bool
is_sentence_end(int32_t c)
{
	return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
	    c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F ||
	    c == 0xFF1A || c == 0xFF1B || c == 0xFF0E;
}

bool
ends_like_sentence(const char *s, size_t n)
{
	int32_t c;
	size_t len;

	/* Scraped copy leaves tags after the full stop: "exchange.< span/>". */
	n = without_trailing_tag(s, n);
	while ((c = last_cp(s, n, &len)) >= 0 && is_closer(c))
		n -= len;
	return c >= 0 && is_sentence_end(c);
}
