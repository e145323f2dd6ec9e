/* settings.c - the user's settings file. */
#include "config.h"

#include "base/settings.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/file_io.h"
#include "base/levenshtein.h"
#include "base/util.h"

char *
config_xdg_path(const char *var, const char *fallback, const char *name)
{
	const char *xdg = getenv(var);
	const char *home = getenv("HOME");

	/* The XDG spec says a relative value is to be ignored. */
	if (xdg != NULL && *xdg == '/')
		return xasprintf("%s/galley/%s", xdg, name);
	if (home != NULL && *home == '/')
		return xasprintf("%s/%s/galley/%s", home, fallback, name);
	return NULL;
}

static bool
unset_or_empty(const char *value)
{
	return value == NULL || *value == '\0';
}

/* Neither HOME nor var gives a place: a choice (a service account), not
 * a mistake to report at every start. */
static bool
neither_set(const char *var)
{
	return unset_or_empty(getenv("HOME")) && unset_or_empty(getenv(var));
}

/* What is wrong with one variable: "X is not set", "X is empty" or "X
 * (value) is not an absolute path" (the XDG spec ignores a relative
 * XDG_* value). */
static char *
variable_problem(const char *name, const char *value)
{
	if (value == NULL)
		return xasprintf("%s is not set", name);
	if (*value == '\0')
		return xasprintf("%s is empty", name);
	return xasprintf("%s (%s) is not an absolute path%s", name, value,
	    strncmp(name, "XDG_", 4) == 0 ? ", so it is ignored" : "");
}

char *
config_xdg_missing(const char *var)
{
	const char *xdg = getenv(var), *home = getenv("HOME");
	char *h, *x, *msg;

	if (home == NULL && xdg == NULL)
		return xasprintf("HOME and %s are not set", var);
	h = variable_problem("HOME", home);
	x = variable_problem(var, xdg);
	msg = xasprintf("%s and %s", h, x);
	free(h);
	free(x);
	return msg;
}

char *
config_default_path(void)
{
	return config_xdg_path("XDG_CONFIG_HOME", ".config", "config");
}

/* Messages are kept in the order of their lines, whoever adds them:
 * the colours' are added after the file is read (theme_init), and a
 * line 10 about a colour must not follow line 11's.  The one saying
 * there were more stays last. */
static void
insert_message(struct config *c, size_t line, char *msg)
{
	size_t at = c->nmessages;

	c->messages = xreallocarray(c->messages, c->nmessages + 1,
	    sizeof *c->messages);
	c->message_lines = xreallocarray(c->message_lines, c->nmessages + 1,
	    sizeof *c->message_lines);
	while (at > 0 && c->message_lines[at - 1] > line)
		at--;
	memmove(c->messages + at + 1, c->messages + at,
	    (c->nmessages - at) * sizeof *c->messages);
	memmove(c->message_lines + at + 1, c->message_lines + at,
	    (c->nmessages - at) * sizeof *c->message_lines);
	c->messages[at] = msg;
	c->message_lines[at] = line;
	c->nmessages++;
}

void
config_message(struct config *c, size_t line, const char *problem)
{
	const char *path = c->path ? c->path : "config";

	if (c->nmessages > CONFIG_MAX_MESSAGES)
		return;
	if (c->nmessages == CONFIG_MAX_MESSAGES)
		insert_message(c, SIZE_MAX, xasprintf("%s: more problems; "
		    "only the first %d are shown", path, CONFIG_MAX_MESSAGES));
	else if (line > 0)
		insert_message(c, line, xasprintf("%s:%zu: %s", path, line,
		    problem));
	else
		insert_message(c, 0, xasprintf("%s: %s", path, problem));
}

int
config_parse_color(const char *s)
{
	static const char *const names[] = { "black", "red", "green",
	    "yellow", "blue", "magenta", "cyan", "white", NULL };
	char *end;
	long v;

	if (strcasecmp(s, "default") == 0 || strcasecmp(s, "none") == 0)
		return CONFIG_COLOR_DEFAULT;
	for (int i = 0; names[i]; i++) {
		if (strcasecmp(s, names[i]) == 0)
			return i;
		if (strncasecmp(s, "bright-", 7) == 0 &&
		    strcasecmp(s + 7, names[i]) == 0)
			return i + 8;
	}
	errno = 0;
	v = strtol(s, &end, 10);
	if (*s != '\0' && *end == '\0' && errno == 0 && v >= 0 && v <= 255)
		return (int)v;
	return -2;
}

int
config_parse_theme(const char *s, enum config_theme *t)
{
	if (strcmp(s, "auto") == 0)
		*t = CONFIG_THEME_AUTO;
	else if (strcmp(s, "light") == 0)
		*t = CONFIG_THEME_LIGHT;
	else if (strcmp(s, "dark") == 0)
		*t = CONFIG_THEME_DARK;
	else
		return -1;
	return 0;
}

static void
set_color(struct config *c, size_t line, const char *element, char *value)
{
	struct config_color col = { NULL, CONFIG_COLOR_DEFAULT,
	    CONFIG_COLOR_DEFAULT, 0, line };
	int n = 0;
	char *save = NULL;

	for (char *part = strtok_r(value, ",", &save); part != NULL;
	    part = strtok_r(NULL, ",", &save)) {
		int v;

		part = str_trim(part);
		if (strcasecmp(part, "bold") == 0)
			col.attrs |= CONFIG_ATTR_BOLD;
		else if (strcasecmp(part, "underline") == 0)
			col.attrs |= CONFIG_ATTR_UNDERLINE;
		else if (strcasecmp(part, "reverse") == 0)
			col.attrs |= CONFIG_ATTR_REVERSE;
		else if (strcasecmp(part, "italic") == 0)
			col.attrs |= CONFIG_ATTR_ITALIC;
		else if (strcasecmp(part, "dim") == 0)
			col.attrs |= CONFIG_ATTR_DIM;
		else if ((v = config_parse_color(part)) != -2 && n < 2) {
			if (n++ == 0)
				col.fg = v;
			else
				col.bg = v;
		} else {
			char *msg = xasprintf("bad colour '%s' (use a name "
			    "such as red or bright-blue, a number 0-255, "
			    "default, bold, italic, underline, reverse or dim)", part);
			config_message(c, line, msg);
			free(msg);
			return;
		}
	}
	col.element = xstrdup(element);
	c->colors = xreallocarray(c->colors, c->ncolors + 1,
	    sizeof *c->colors);
	c->colors[c->ncolors++] = col;
}

static void
set_list_width(struct config *c, size_t line, const char *value)
{
	char *end;
	long v = strtol(value, &end, 10);
	bool pct = *end == '%';

	if (end == value || (*end != '\0' && !(pct && end[1] == '\0')) ||
	    v < 10 || v > (pct ? 90 : 500)) {
		config_message(c, line, "list-width must be 10-500 columns "
		    "or 10%-90%");
		return;
	}
	c->list_width = (int)v;
	c->list_percent = pct;
}

/* entity-confidence: a number from 0 to 1, with a dot whatever the
 * locale (strtod would want a comma in some). */
static void
set_entity_confidence(struct config *c, size_t line, const char *value)
{
	const char *p = value;
	double v = 0, unit = 1;
	bool digits = false;

	for (; *p >= '0' && *p <= '9'; p++, digits = true)
		v = v * 10 + (*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++, digits = true)
			v += (*p - '0') * (unit /= 10);
	if (!digits || *p != '\0' || v > 1)
		config_message(c, line, "entity-confidence must be a number "
		    "from 0 to 1");
	else
		c->entity_confidence = v;
}

static void
set_text_width(struct config *c, size_t line, const char *value)
{
	char *end;
	long v = strtol(value, &end, 10);

	if (end == value || *end != '\0' || v < 0 || (v > 0 && v < 20) ||
	    v > 1000) {
		config_message(c, line, "text-width must be 20-1000 columns, "
		    "or 0 for the pane's width");
		return;
	}
	c->text_width = (int)v;
}

static void
set_clipboard(struct config *c, size_t line, const char *value)
{
	if (strcmp(value, "osc52") == 0)
		c->clipboard = CLIPBOARD_OSC52;
	else if (strcmp(value, "file") == 0)
		c->clipboard = CLIPBOARD_FILE;
	else if (strcmp(value, "off") == 0)
		c->clipboard = CLIPBOARD_OFF;
	else
		config_message(c, line, "clipboard must be osc52, file or off");
}

/* Cut a trailing comment: a '#' after a blank. A '#' inside a word
 * stays, so a user name like "Ann#2" survives. */
static void
cut_comment(char *s)
{
	for (char *p = s; *p != '\0'; p++)
		if (*p == '#' && p > s && (p[-1] == ' ' || p[-1] == '\t')) {
			*p = '\0';
			return;
		}
}

static void
set_sort(struct config *c, size_t line, const char *value)
{
	if (strcmp(value, "path") == 0)
		c->sort = SORT_PATH;
	else if (strcmp(value, "title") == 0)
		c->sort = SORT_TITLE;
	else if (strcmp(value, "date") == 0)
		c->sort = SORT_DATE;
	else
		config_message(c, line, "sort must be path, title or date");
}

static void
set_user(struct config *c, size_t line, const char *value)
{
	(void)line;
	free(c->user);
	c->user = *value ? xstrdup(value) : NULL;
}

static void
set_theme(struct config *c, size_t line, const char *value)
{
	if (config_parse_theme(value, &c->theme) < 0)
		config_message(c, line, "theme must be auto, light or dark");
	else
		c->theme_line = line;
}

/* The settings by key; color.ELEMENT is apart (parse_line). */
static const struct {
	const char *key;
	void (*set)(struct config *c, size_t line, const char *value);
} settings[] = {
	{ "sort", set_sort },
	{ "list-width", set_list_width },
	{ "text-width", set_text_width },
	{ "user", set_user },
	{ "theme", set_theme },
	{ "clipboard", set_clipboard },
	{ "entity-confidence", set_entity_confidence },
};

/* The edit distance of two keys, byte by byte (keys are ASCII). */
static size_t
key_distance(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), d;
	uint32_t *ua = xcalloc(na + 1, sizeof *ua);
	uint32_t *ub = xcalloc(nb + 1, sizeof *ub);

	for (size_t i = 0; i < na; i++)
		ua[i] = (unsigned char)a[i];
	for (size_t i = 0; i < nb; i++)
		ub[i] = (unsigned char)b[i];
	d = levenshtein_u32(ua, na, ub, nb);
	free(ua);
	free(ub);
	return d;
}

/* An unknown key, with the nearest known one when a slip of at most two
 * letters away ("list-widht": list-width). */
static void
unknown_key(struct config *c, size_t line, const char *key)
{
	const char *best = NULL;
	size_t best_d = 3;
	char *msg;

	/* Longer keys cannot be near: do not spend time on a long line. */
	for (size_t i = 0; strlen(key) < 64 &&
	    i < sizeof settings / sizeof settings[0]; i++) {
		size_t d = key_distance(key, settings[i].key);

		if (d < best_d) {
			best_d = d;
			best = settings[i].key;
		}
	}
	if (best != NULL)
		msg = xasprintf("unknown setting '%s'; did you mean %s?", key,
		    best);
	else
		msg = xasprintf("unknown setting '%s'", key);
	config_message(c, line, msg);
	free(msg);
}

static void
parse_line(struct config *c, size_t line, char *s)
{
	char *eq, *key, *value;

	s = str_trim(s);
	if (*s == '\0' || *s == '#')
		return;
	if ((eq = strchr(s, '=')) == NULL) {
		config_message(c, line, "expected 'key = value'");
		return;
	}
	*eq = '\0';
	key = str_trim(s);
	cut_comment(eq + 1);
	value = str_trim(eq + 1);
	for (size_t i = 0; i < sizeof settings / sizeof settings[0]; i++)
		if (strcmp(key, settings[i].key) == 0) {
			settings[i].set(c, line, value);
			return;
		}
	if (strncmp(key, "color.", 6) == 0 && key[6] != '\0')
		set_color(c, line, key + 6, value);
	else
		unknown_key(c, line, key);
}

void
config_parse(struct config *c, char *text, size_t len)
{
	size_t pos = 0, n, lineno = 0;
	char *line;

	while ((line = fio_next_line(text, len, &pos, &n)) != NULL) {
		lineno++;
		if (n > 4096)
			config_message(c, lineno, "line too long");
		else if (strlen(line) != n)
			config_message(c, lineno, "a NUL byte");
		else
			parse_line(c, lineno, line);
	}
}

/* With no place for the settings file: a HOME or XDG_CONFIG_HOME that is
 * set but not absolute is the user's mistake, said; neither set is a
 * choice (a service account), not. */
static void
say_unusable_home(struct config *c)
{
	char *why, *msg;

	if (neither_set("XDG_CONFIG_HOME"))
		return;
	why = config_xdg_missing("XDG_CONFIG_HOME");
	msg = xasprintf("%s; settings file not read", why);
	config_message(c, 0, msg);
	free(msg);
	free(why);
}

int
config_load(struct config *c, const char *path)
{
	char *text;
	size_t len;

	memset(c, 0, sizeof *c);
	c->sort = SORT_PATH;
	c->list_width = 35;
	c->list_percent = true;
	c->entity_confidence = CONFIG_ENTITY_CONFIDENCE;
	c->text_width = 80;
	c->path = path ? xstrdup(path) : config_default_path();
	if (c->path == NULL) {
		say_unusable_home(c);
		return 0;	/* no usable HOME: the defaults */
	}
	/* The user's own file: a link to it is followed (dotfiles), but it
	 * must be a regular file of sane size (--config /dev/zero, a FIFO). */
	if (fio_read(c->path, 0, FILE_SIDE_MAX, &text, &len) < 0) {
		/* Only the default file may be missing: one the user
		 * named is meant to be read. */
		if (errno != ENOENT || path != NULL)
			config_message(c, 0, fio_read_error(errno, 0));
		return path != NULL ? -1 : 0;
	}
	config_parse(c, text, len);
	free(text);
	return 0;
}

void
config_free(struct config *c)
{
	free(c->path);
	free(c->user);
	for (size_t i = 0; i < c->ncolors; i++)
		free(c->colors[i].element);
	free(c->colors);
	for (size_t i = 0; i < c->nmessages; i++)
		free(c->messages[i]);
	free(c->messages);
	free(c->message_lines);
	memset(c, 0, sizeof *c);
}
