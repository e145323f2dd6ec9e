/* theme.c - colours and attributes of every element of the screen. */
#include "config.h"

#include "ui/theme.h"

#include <stdlib.h>
#include <string.h>

#include "doc/doc.h"
#include "base/util.h"

struct element {
	const char *name;
	short fg256, bg256;
	attr_t attrs256;
	short fg8, bg8;
	attr_t attrs8, mono_attrs;
};

static const struct element elements[THEME_COUNT] = {
#define X(id, name, f256, b256, a256, f8, b8, a8, ma) \
	{ name, f256, b256, a256, f8, b8, a8, ma },
	THEME_ELEMENTS
#undef X
};

static attr_t attrs[THEME_COUNT];
static bool have_colour, rich_colour;

static attr_t
config_attrs(unsigned a)
{
	return ((a & CONFIG_ATTR_BOLD) ? A_BOLD : 0) |
	    ((a & CONFIG_ATTR_UNDERLINE) ? A_UNDERLINE : 0) |
	    ((a & CONFIG_ATTR_REVERSE) ? A_REVERSE : 0);
}

static int
find_element(const char *name)
{
	for (int i = 0; i < THEME_COUNT; i++)
		if (strcmp(elements[i].name, name) == 0)
			return i;
	return -1;
}

void
theme_init(bool no_color, struct config *cfg)
{
	bool colour = !no_color && has_colors();
	bool rich = false;

	if (colour) {
		start_color();
		use_default_colors();
		rich = COLORS >= 256;
	}
	have_colour = colour;
	rich_colour = rich;
	for (int i = 0; i < THEME_COUNT; i++) {
		const struct element *e = &elements[i];

		if (!colour) {
			attrs[i] = e->mono_attrs;
			continue;
		}
		/* Default colours need no pair: a pair costs an extra
		 * attribute reset on every update. */
		if ((rich ? e->fg256 : e->fg8) == -1 &&
		    (rich ? e->bg256 : e->bg8) == -1) {
			attrs[i] = rich ? e->attrs256 : e->attrs8;
			continue;
		}
		init_pair((short)(i + 1), rich ? e->fg256 : e->fg8,
		    rich ? e->bg256 : e->bg8);
		attrs[i] = COLOR_PAIR(i + 1) |
		    (rich ? e->attrs256 : e->attrs8);
	}
	for (size_t k = 0; k < cfg->ncolors; k++) {
		const struct config_color *c = &cfg->colors[k];
		int i = find_element(c->element);

		if (i < 0) {
			char *msg = xasprintf("unknown colour element '%s'",
			    c->element);
			config_message(cfg, c->line, msg);
			free(msg);
			continue;
		}
		if (!colour) {
			if (c->attrs)
				attrs[i] = config_attrs(c->attrs);
			continue;
		}
		if ((c->fg >= COLORS && c->fg >= 0) ||
		    (c->bg >= COLORS && c->bg >= 0)) {
			config_message(cfg, c->line, "colour number beyond "
			    "what this terminal has; ignored");
			continue;
		}
		init_pair((short)(i + 1), (short)c->fg, (short)c->bg);
		attrs[i] = COLOR_PAIR(i + 1) | config_attrs(c->attrs);
	}
}

attr_t
theme_attr(enum theme_element e)
{
	return attrs[e];
}

enum theme_element
theme_for_span(unsigned kind, unsigned sub)
{
	switch (kind) {
	case SPAN_PROBLEM:
		return sub <= THEME_PROBLEM_REPEAT - THEME_PROBLEM_SPELLING ?
		    (enum theme_element)(THEME_PROBLEM_SPELLING + sub) :
		    THEME_PROBLEM_SPELLING;
	case SPAN_ENTITY:
		return sub <= THEME_ENTITY_DATE - THEME_ENTITY_PERSON ?
		    (enum theme_element)(THEME_ENTITY_PERSON + sub) :
		    THEME_NORMAL;
	case SPAN_ANNOTATION:
		return THEME_ANNOTATION;
	default:
		return THEME_NORMAL;
	}
}

/* Tag colours ------------------------------------------------------------ */

static const char *const basic_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

/* The nearest of the 8 basic colours: one bit per bright channel. */
static int
basic_from_rgb(int r, int g, int b)
{
	return (r > 127 ? 1 : 0) | (g > 127 ? 2 : 0) | (b > 127 ? 4 : 0);
}

/* xterm's 6x6x6 cube: levels 0, 95, 135, 175, 215, 255. */
static int
cube_level(int v)
{
	return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;
}

/* A .galley-tags colour ("red", "bright-blue", "208", "#336699") as a
 * colour number this terminal has, or -1. */
static int
colour_number(const char *spec)
{
	bool bright = strncmp(spec, "bright-", 7) == 0;
	const char *name = bright ? spec + 7 : spec;
	char *end;
	long n;

	for (int i = 0; i < 8; i++)
		if (strcmp(name, basic_names[i]) == 0)
			return bright && COLORS >= 16 ? i + 8 : i;
	if (spec[0] == '#' && strlen(spec) == 7) {
		long rgb = strtol(spec + 1, &end, 16);
		int r = (int)(rgb >> 16) & 255, g = (int)(rgb >> 8) & 255;
		int b = (int)rgb & 255;

		if (*end != '\0')
			return -1;
		if (!rich_colour)
			return basic_from_rgb(r, g, b);
		return 16 + 36 * cube_level(r) + 6 * cube_level(g) +
		    cube_level(b);
	}
	n = strtol(spec, &end, 10);
	if (end == spec || *end != '\0' || n < 0 || n >= COLORS)
		return -1;
	return (int)n;
}

#define MAX_TAG_COLOURS 64

attr_t
theme_tag_attr(const char *colour)
{
	static char *specs[MAX_TAG_COLOURS];
	static attr_t cached[MAX_TAG_COLOURS];
	static int n;
	int c, pair;

	if (colour == NULL || !have_colour)
		return attrs[THEME_ANNOTATION];
	for (int i = 0; i < n; i++)
		if (strcmp(specs[i], colour) == 0)
			return cached[i];
	pair = THEME_COUNT + 1 + n;
	c = colour_number(colour);
	if (n == MAX_TAG_COLOURS || pair >= COLOR_PAIRS)
		return attrs[THEME_ANNOTATION];
	/* The passage on the tag's colour, in black for contrast. */
	if (c < 0 || init_pair((short)pair, rich_colour ? 16 : COLOR_BLACK,
	    (short)c) == ERR)
		cached[n] = attrs[THEME_ANNOTATION];
	else
		cached[n] = COLOR_PAIR(pair);
	specs[n] = xstrdup(colour);
	return cached[n++];
}
