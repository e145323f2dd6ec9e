/* termbg.c - parsing what terminals say of their background. */
#include "config.h"

#include "base/termbg.h"

#include <stdlib.h>
#include <string.h>

#include "base/file_io.h"
#include "base/settings.h"
#include "base/util.h"

/* One component of "rgb:R/G/B": 1 to 4 hex digits, scaled to 0..1. */
static const char *
hex_component(const char *p, const char *end, double *v)
{
	unsigned long x = 0;
	int digits = 0;

	while (p < end && digits < 5) {
		char ch = *p;
		int d = ch >= '0' && ch <= '9' ? ch - '0' :
		    ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 :
		    ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;

		if (d < 0)
			break;
		x = x * 16 + (unsigned long)d;
		digits++;
		p++;
	}
	if (digits < 1 || digits > 4)
		return NULL;
	*v = (double)x / (double)((1UL << (4 * digits)) - 1);
	return p;
}

int
termbg_parse_osc11(const char *buf, size_t n, struct rgb *c)
{
	static const char intro[] = "\033]11;rgb:";
	const size_t ilen = sizeof intro - 1;
	const char *end = buf + n;

	for (const char *p = buf; (size_t)(end - p) > ilen; p++) {
		const char *q = p + ilen;

		if (memcmp(p, intro, ilen) != 0)
			continue;
		if ((q = hex_component(q, end, &c->r)) == NULL ||
		    q == end || *q++ != '/' ||
		    (q = hex_component(q, end, &c->g)) == NULL ||
		    q == end || *q++ != '/' ||
		    (q = hex_component(q, end, &c->b)) == NULL ||
		    q == end || (*q != '\007' && *q != '\033'))
			continue;
		return 1;
	}
	return 0;
}

bool
termbg_has_da1(const char *buf, size_t n)
{
	for (size_t i = 0; i + 2 < n; i++) {
		size_t j = i + 3;

		if (buf[i] != '\033' || buf[i + 1] != '[' || buf[i + 2] != '?')
			continue;
		while (j < n && ((buf[j] >= '0' && buf[j] <= '9') ||
		    buf[j] == ';'))
			j++;
		if (j < n && buf[j] == 'c')
			return true;
	}
	return false;
}

/* The length of the answer starting at buf[i] (an ESC), or 0 when what
 * starts there is not one: an arrow key, an Esc or Alt-key the user
 * typed.  Only the answers to the two questions asked count: OSC 11
 * ("\e]11;...", to BEL or ESC \) and DA1 ("\e[?...c"). */
static size_t
answer_length(const char *buf, size_t n, size_t i)
{
	size_t j;

	if (n - i >= 3 && buf[i + 1] == '[' && buf[i + 2] == '?') {
		for (j = i + 3; j < n && !(buf[j] >= 0x40 && buf[j] <= 0x7E);
		    j++)
			;
		return j < n ? j + 1 - i : n - i;
	}
	if (n - i < 5 || memcmp(buf + i + 1, "]11;", 4) != 0)
		return 0;
	for (j = i + 5; j < n; j++) {
		if (buf[j] == '\007')
			return j + 1 - i;
		if (buf[j] == '\033' && j + 1 < n && buf[j + 1] == '\\')
			return j + 2 - i;
	}
	return n - i;
}

size_t
termbg_keys_between(const char *buf, size_t n, char *out)
{
	size_t kept = 0;

	for (size_t i = 0; i < n;) {
		size_t len = buf[i] == '\033' ? answer_length(buf, n, i) : 0;

		if (len > 0) {
			i += len;
			continue;
		}
		out[kept++] = buf[i++];
	}
	return kept;
}

enum termbg
termbg_of_colour(struct rgb c)
{
	struct rgb black = { 0, 0, 0 }, white = { 1, 1, 1 };

	return colour_contrast(c, black) > colour_contrast(c, white) ?
	    TERMBG_LIGHT : TERMBG_DARK;
}

enum termbg
termbg_of_colorfgbg(const char *s)
{
	const char *last;
	char *end;
	long bg;

	if (s == NULL || (last = strrchr(s, ';')) == NULL)
		return TERMBG_UNKNOWN;
	last++;
	bg = strtol(last, &end, 10);
	if (end == last || *end != '\0' || bg < 0 || bg > 15)
		return TERMBG_UNKNOWN;
	return bg <= 6 || bg == 8 ? TERMBG_DARK : TERMBG_LIGHT;
}

bool
termbg_listed(const char *text, size_t len, const char *term)
{
	size_t tlen = strlen(term), pos = 0;

	while (pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t n = (nl ? (size_t)(nl - text) : len) - pos;

		if (n == tlen && memcmp(text + pos, term, n) == 0)
			return true;
		pos += n + 1;
	}
	return false;
}

char *
termbg_state_path(void)
{
	return config_xdg_path("XDG_STATE_HOME", ".local/state",
	    "slow-terminals");
}

bool
termbg_is_slow(const char *path, const char *term)
{
	char *text;
	size_t len;
	bool listed;

	if (path == NULL ||
	    fio_read(path, FIO_NOFOLLOW, 64 * 1024, &text, &len) < 0)
		return false;
	listed = termbg_listed(text, len, term);
	free(text);
	return listed;
}

int
termbg_remember_slow(const char *path, const char *term, char **cause)
{
	if (strpbrk(term, "\r\n") != NULL || *term == '\0') {
		*cause = xstrdup("not a terminal name");
		return -1;
	}
	if (path == NULL) {
		*cause = xstrdup("no HOME to keep it in");
		return -1;
	}
	if (fio_make_parents_for(path, cause) < 0)
		return -1;
	return fio_quiet(fio_append_line(path, term, 64 * 1024, cause),
	    cause);
}
