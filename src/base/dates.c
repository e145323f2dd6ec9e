/* dates.c - recognise calendar dates written in text or metadata. */
#include "config.h"

#include "base/dates.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *const months[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

int
date_month_name(const char *s, size_t n, size_t *len)
{
	size_t w = 0;

	while (w < n && isalpha((unsigned char)s[w]))
		w++;
	if (w < 3)
		return 0;
	for (int m = 0; m < 12; m++) {
		size_t full = strlen(months[m]);

		/* Full name, or an abbreviation of at least three letters
		 * ("Sept" too), optionally followed by a period. */
		if (w <= full && strncasecmp(s, months[m], w) == 0 &&
		    (w == full || w <= 4)) {
			*len = w + (w < full && w < n && s[w] == '.');
			return m + 1;
		}
	}
	return 0;
}

static bool
valid_ymd(int y, int m, int d)
{
	static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };

	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= mdays[m - 1];
}

/* Reads 1..max digits; returns how many were read. */
static size_t
read_num(const char *s, size_t n, size_t max, int *v)
{
	size_t i = 0;

	*v = 0;
	while (i < n && i < max && isdigit((unsigned char)s[i]))
		*v = *v * 10 + (s[i++] - '0');
	if (i < n && i == max && isdigit((unsigned char)s[i]))
		return 0;	/* longer number: not a date part */
	return i;
}

static size_t
skip_ordinal(const char *s, size_t n)
{
	if (n >= 2 && (strncasecmp(s, "st", 2) == 0 ||
	    strncasecmp(s, "nd", 2) == 0 || strncasecmp(s, "rd", 2) == 0 ||
	    strncasecmp(s, "th", 2) == 0) &&
	    (n == 2 || !isalpha((unsigned char)s[2])))
		return 2;
	return 0;
}

static size_t
skip_spaces_commas(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '\t'))
		i++;
	return i;
}

/* Tries each form at position i; returns the matched length or 0. */
static size_t
match_at(const char *s, size_t n, int *y, int *m, int *d)
{
	size_t k, j, len;
	int a, b, c;

	/* YYYY-MM-DD, YYYY/MM/DD */
	if ((k = read_num(s, n, 4, &a)) == 4 && k < n &&
	    (s[k] == '-' || s[k] == '/')) {
		char sep = s[k];
		if ((j = read_num(s + k + 1, n - k - 1, 2, &b)) > 0 &&
		    k + 1 + j < n && s[k + 1 + j] == sep &&
		    (len = read_num(s + k + 2 + j, n - k - 2 - j, 2, &c)) > 0 &&
		    valid_ymd(a, b, c)) {
			*y = a; *m = b; *d = c;
			return k + 2 + j + len;
		}
		return 0;
	}
	/* Month D, YYYY */
	if ((b = date_month_name(s, n, &k)) != 0) {
		j = k + skip_spaces_commas(s + k, n - k);
		if (j > k && (len = read_num(s + j, n - j, 2, &c)) > 0) {
			j += len;
			j += skip_ordinal(s + j, n - j);
			j += skip_spaces_commas(s + j, n - j);
			if ((len = read_num(s + j, n - j, 4, &a)) == 4 &&
			    valid_ymd(a, b, c)) {
				*y = a; *m = b; *d = c;
				return j + len;
			}
		}
		return 0;
	}
	/* D Month YYYY, DD.MM.YYYY */
	if ((k = read_num(s, n, 2, &c)) > 0) {
		j = k + skip_ordinal(s + k, n - k);
		if (j < n && s[j] == '.' && k == j &&
		    (len = read_num(s + j + 1, n - j - 1, 2, &b)) > 0 &&
		    j + 1 + len < n && s[j + 1 + len] == '.') {
			size_t yl = read_num(s + j + 2 + len,
			    n - j - 2 - len, 4, &a);
			if (yl == 4 && valid_ymd(a, b, c)) {
				*y = a; *m = b; *d = c;
				return j + 2 + len + 4;
			}
			return 0;
		}
		if (j < n && s[j] == ' ')
			j++;
		if ((b = date_month_name(s + j, n - j, &len)) != 0) {
			j += len;
			j += skip_spaces_commas(s + j, n - j);
			if ((len = read_num(s + j, n - j, 4, &a)) == 4 &&
			    valid_ymd(a, b, c)) {
				*y = a; *m = b; *d = c;
				return j + len;
			}
		}
	}
	return 0;
}

/* valid_ymd bounded the parts, so this is always 10 characters. */
static void
write_iso(char iso[11], int y, int m, int d)
{
	iso[0] = (char)('0' + y / 1000 % 10);
	iso[1] = (char)('0' + y / 100 % 10);
	iso[2] = (char)('0' + y / 10 % 10);
	iso[3] = (char)('0' + y % 10);
	iso[4] = '-';
	iso[5] = (char)('0' + m / 10 % 10);
	iso[6] = (char)('0' + m % 10);
	iso[7] = '-';
	iso[8] = (char)('0' + d / 10 % 10);
	iso[9] = (char)('0' + d % 10);
	iso[10] = '\0';
}

bool
date_find(const char *s, size_t n, char iso[11], size_t *at, size_t *len)
{
	for (size_t i = 0; i < n; i++) {
		int y, m, d;
		size_t l;

		/* Only start at a word boundary. */
		if (i > 0 && isalnum((unsigned char)s[i - 1]))
			continue;
		if (!isalnum((unsigned char)s[i]))
			continue;
		if ((l = match_at(s + i, n - i, &y, &m, &d)) > 0) {
			write_iso(iso, y, m, d);
			if (at)
				*at = i;
			if (len)
				*len = l;
			return true;
		}
	}
	return false;
}
