/* json_pos.c - locate a value in JSON text by its path. */
#include "config.h"

#include "base/json_pos.h"

#include <stdbool.h>
#include <string.h>

void
jpath_push_key(struct jpath *p, const char *key)
{
	if (p->n < JPATH_MAX) {
		p->key[p->n] = key;
		p->index[p->n] = 0;
	}
	p->n++;
}

void
jpath_push_index(struct jpath *p, size_t index)
{
	if (p->n < JPATH_MAX) {
		p->key[p->n] = NULL;
		p->index[p->n] = index;
	}
	p->n++;
}

void
jpath_pop(struct jpath *p)
{
	if (p->n > 0)
		p->n--;
}

struct scan {
	const char *s;
	size_t len, i;
};

static void
skip_ws(struct scan *sc)
{
	while (sc->i < sc->len && strchr(" \t\r\n", sc->s[sc->i]) != NULL)
		sc->i++;
}

/* Skips a string starting at its quote; the text is valid JSON. */
static void
skip_string(struct scan *sc)
{
	for (sc->i++; sc->i < sc->len && sc->s[sc->i] != '"'; sc->i++)
		if (sc->s[sc->i] == '\\')
			sc->i++;
	sc->i++;
}

static void
skip_value(struct scan *sc)
{
	int depth = 0;

	skip_ws(sc);
	do {
		if (sc->i >= sc->len)
			return;
		switch (sc->s[sc->i]) {
		case '"':
			skip_string(sc);
			continue;
		case '{': case '[':
			depth++;
			break;
		case '}': case ']':
			depth--;
			break;
		default:
			if (depth == 0 && strchr(",:", sc->s[sc->i]) != NULL)
				return;
		}
		sc->i++;
	} while (depth > 0 || (sc->i < sc->len &&
	    strchr(",]}: \t\r\n", sc->s[sc->i]) == NULL));
}

/* Whether the string at sc->i equals key (escapes compared raw, which
 * is enough for galley's own ASCII keys). */
static bool
string_is(struct scan *sc, const char *key)
{
	size_t start = sc->i + 1, n = strlen(key);

	skip_string(sc);
	return sc->i - start - 1 == n && memcmp(sc->s + start, key, n) == 0;
}

/* Moves into the member or element named by step; false if absent. */
static bool
enter(struct scan *sc, const char *key, size_t index)
{
	size_t k = 0;

	skip_ws(sc);
	if (sc->i >= sc->len || (sc->s[sc->i] != '{' && sc->s[sc->i] != '['))
		return false;
	if ((sc->s[sc->i] == '{') != (key != NULL))
		return false;
	sc->i++;
	for (;;) {
		skip_ws(sc);
		if (sc->i >= sc->len || sc->s[sc->i] == '}' || sc->s[sc->i] == ']')
			return false;
		if (key != NULL) {
			bool match = string_is(sc, key);

			skip_ws(sc);
			sc->i++;	/* ':' */
			skip_ws(sc);
			if (match)
				return true;
		} else if (k++ == index) {
			return true;
		}
		skip_value(sc);
		skip_ws(sc);
		if (sc->i < sc->len && sc->s[sc->i] == ',')
			sc->i++;
	}
}

void
json_pos_locate(const char *text, size_t len, const struct jpath *p,
    size_t *line, size_t *col)
{
	struct scan sc = { text, len, 0 };
	size_t at;

	skip_ws(&sc);
	at = sc.i;
	for (int d = 0; d < p->n && d < JPATH_MAX; d++) {
		if (!enter(&sc, p->key[d], p->index[d]))
			break;
		skip_ws(&sc);
		at = sc.i;
	}
	json_pos_of(text, at < len ? at : len, line, col);
}

void
json_pos_of(const char *text, size_t at, size_t *line, size_t *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < at; i++) {
		if (text[i] == '\n') {
			(*line)++;
			*col = 1;
		} else if (((unsigned char)text[i] & 0xC0) != 0x80) {
			(*col)++;
		}
	}
}
