/* json_scan.c - one JSON value at a time, decoded by jansson. */
#include "config.h"

#include "base/json_scan.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/json_pos.h"
#include "base/util.h"

void
json_scan_init(struct json_scan *sc, const char *text, size_t len)
{
	sc->text = text;
	sc->len = len;
	sc->pos = 0;
	sc->cause = NULL;
}

char
json_scan_peek(struct json_scan *sc)
{
	while (sc->pos < sc->len && strchr(" \t\r\n", sc->text[sc->pos]) &&
	    sc->text[sc->pos] != '\0')
		sc->pos++;
	return sc->pos < sc->len ? sc->text[sc->pos] : '\0';
}

bool
json_scan_accept(struct json_scan *sc, char c)
{
	if (sc->pos >= sc->len || json_scan_peek(sc) != c)
		return false;
	sc->pos++;
	return true;
}

int
json_scan_fail(struct json_scan *sc, size_t at, const char *fmt, ...)
{
	size_t line, col;
	va_list ap;
	char *msg;

	if (sc->cause != NULL)
		return -1;
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	json_pos_of(sc->text, at, &line, &col);
	sc->cause = xasprintf("%zu:%zu: %s", line, col, msg ? msg : "bad");
	free(msg);
	return -1;
}

int
json_scan_expect(struct json_scan *sc, char c, const char *what)
{
	if (json_scan_accept(sc, c))
		return 0;
	if (sc->pos >= sc->len)
		return json_scan_fail(sc, sc->pos, "%s expected at the end",
		    what);
	return json_scan_fail(sc, sc->pos, "%s expected", what);
}

/* jansson's message without the text it quotes: "near 'TOKEN'" and an
 * invalid escape's characters would echo bytes of a file (a sidecar
 * that is a link to something else). */
static char *
reason_of(const json_error_t *err)
{
	const char *near = strstr(err->text, " near ");
	size_t n = near ? (size_t)(near - err->text) : strlen(err->text);

	if (strncmp(err->text, "invalid Unicode escape", 22) == 0)
		n = 22;
	return xstrndup(err->text, n);
}

/* Where jansson stopped, having read n bytes from sc->pos: the character
 * it read last, as its line and column count (after a newline, the
 * start of the next line). */
static size_t
last_read(const struct json_scan *sc, size_t n)
{
	size_t at = sc->pos + n;

	if (n == 0)
		return sc->pos;
	if (sc->text[at - 1] == '\n')
		return at;
	at--;
	while (at > sc->pos && ((unsigned char)sc->text[at] & 0xC0) == 0x80)
		at--;
	return at;
}

json_t *
json_scan_value(struct json_scan *sc, size_t *start)
{
	json_error_t err;
	json_t *v;

	json_scan_peek(sc);
	*start = sc->pos;
	v = json_loadb(sc->text + sc->pos, sc->len - sc->pos,
	    JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK | JSON_REJECT_DUPLICATES,
	    &err);
	if (v == NULL) {
		char *why = reason_of(&err);

		json_scan_fail(sc, last_read(sc, (size_t)err.position), "%s",
		    why);
		free(why);
		return NULL;
	}
	sc->pos += (size_t)err.position;
	return v;
}

char *
json_scan_key(struct json_scan *sc)
{
	size_t at;
	json_t *k;
	char *key;

	if (json_scan_peek(sc) != '"') {
		json_scan_fail(sc, sc->pos, "string expected");
		return NULL;
	}
	if ((k = json_scan_value(sc, &at)) == NULL)
		return NULL;
	key = xstrdup(json_string_value(k));
	json_decref(k);
	if (json_scan_expect(sc, ':', "':'") < 0) {
		free(key);
		return NULL;
	}
	return key;
}

int
json_scan_end(struct json_scan *sc)
{
	if (json_scan_peek(sc) == '\0' && sc->pos >= sc->len)
		return 0;
	return json_scan_fail(sc, sc->pos, "end of file expected");
}
