/* dates.c - recognise calendar dates written in text or metadata. */
#include "config.h"

#include "base/dates.h"

#include <ctype.h>
#include <stdio.h>
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

/* Whether day d of month m of year y is in the Gregorian calendar. */
static bool
day_exists(int y, int m, int d)
{
	static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };

	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0));
}

/* A date in text: a real day of a year near ours. */
static bool
valid_ymd(int y, int m, int d)
{
	return y >= 1900 && y <= 2100 && day_exists(y, m, d);
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

/* n digits at *t as a number, *t moved past them; -1 when any is not a
 * digit. */
static int
take_digits(const char **t, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++, (*t)++) {
		if (!isdigit((unsigned char)**t))
			return -1;
		v = v * 10 + (**t - '0');
	}
	return v;
}

/* The zone at t, "" Z z +hh:mm -hh:mm +hhmm -hhmm, as seconds east of
 * UTC; false when it is none of these. */
static bool
zone_offset(const char *t, long *east)
{
	int sign, h, m;

	*east = 0;
	if (*t == '\0' || ((*t == 'Z' || *t == 'z') && t[1] == '\0'))
		return true;
	if (*t != '+' && *t != '-')
		return false;
	sign = *t++ == '-' ? -1 : 1;
	if ((h = take_digits(&t, 2)) < 0 || h > 23)
		return false;
	if (*t == ':')
		t++;
	if ((m = take_digits(&t, 2)) < 0 || m > 59 || *t != '\0')
		return false;
	*east = sign * (h * 3600L + m * 60L);
	return true;
}

bool
date_parse_utc(const char *t, time_t *secs, int *ms)
{
	struct tm tm = { 0 };
	int y, mo, d, h = 0, mi = 0, s = 0, frac = 0;
	long east;

	y = take_digits(&t, 4);
	if (y < 0 || *t++ != '-' || (mo = take_digits(&t, 2)) < 0 ||
	    *t++ != '-' || (d = take_digits(&t, 2)) < 0 ||
	    !day_exists(y, mo, d))
		return false;
	if (*t == 'T' || *t == 't' || *t == ' ') {
		t++;
		if ((h = take_digits(&t, 2)) < 0 || *t++ != ':' ||
		    (mi = take_digits(&t, 2)) < 0 || h > 23 || mi > 59)
			return false;
		/* 60: a leap second. */
		if (*t == ':' && (t++, (s = take_digits(&t, 2)) < 0 || s > 60))
			return false;
		if (*t == '.' || *t == ',') {
			int scale = 100;

			if (!isdigit((unsigned char)*++t))
				return false;
			for (; isdigit((unsigned char)*t); t++, scale /= 10)
				frac += (*t - '0') * scale;
		}
	}
	if (!zone_offset(t, &east))
		return false;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	*secs = timegm(&tm) - east;
	*ms = frac;
	return true;
}

/* Whether t has the shape of an RFC 3339 date-time; date_parse_utc,
 * which also takes shorter forms, says whether it exists. */
static bool
rfc3339_shape(const char *t)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:dd";
	size_t i = 0;

	for (; shape[i] != '\0'; i++)
		if (shape[i] == 'd' ? !isdigit((unsigned char)t[i]) :
		    shape[i] == 'T' ? t[i] != 'T' && t[i] != 't' :
		    t[i] != shape[i])
			return false;
	if (t[i] == '.')
		for (i++; isdigit((unsigned char)t[i]); i++)
			;
	if (t[i] == 'Z' || t[i] == 'z')
		return t[i + 1] == '\0';
	return (t[i] == '+' || t[i] == '-') && isdigit((unsigned char)t[i + 1])
	    && isdigit((unsigned char)t[i + 2]) && t[i + 3] == ':' &&
	    isdigit((unsigned char)t[i + 4]) &&
	    isdigit((unsigned char)t[i + 5]) && t[i + 6] == '\0';
}

bool
date_is_rfc3339(const char *t)
{
	time_t secs;
	int ms;

	return rfc3339_shape(t) && date_parse_utc(t, &secs, &ms);
}

int
date_time_cmp(const char *a, const char *b)
{
	time_t ta, tb;
	int ma, mb;

	if (!date_parse_utc(a, &ta, &ma) || !date_parse_utc(b, &tb, &mb))
		return strcmp(a, b);
	if (ta != tb)
		return ta < tb ? -1 : 1;
	return ma - mb;
}

void
date_utc_stamp(time_t secs, int ms, char out[25])
{
	struct tm tm;
	char text[80];	/* room for any int, to please the compiler */

	gmtime_r(&secs, &tm);
	snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
	    (tm.tm_year + 1900) % 10000, tm.tm_mon + 1, tm.tm_mday,
	    tm.tm_hour, tm.tm_min, tm.tm_sec, ms % 1000);
	memcpy(out, text, 24);
	out[24] = '\0';
}
