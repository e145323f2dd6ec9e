/* theme.c - colours and attributes of every element of the screen. */
#include "config.h"

#include "ui/theme.h"

#include <stdlib.h>
#include <string.h>
#include <term.h>

#include "doc/doc.h"
#include "base/util.h"

static attr_t attrs[THEME_COUNT];
static bool have_colour, rich_colour;
static enum theme_shade shade_used;

/* The table's attributes (TA_*) and curses'. */
static const struct {
	unsigned ta;
	attr_t curses;
} attr_map[] = {
	{ TA_BOLD, A_BOLD }, { TA_UNDERLINE, A_UNDERLINE },
	{ TA_REVERSE, A_REVERSE }, { TA_ITALIC, A_ITALIC }, { TA_DIM, A_DIM },
	{ TA_BLINK, A_BLINK },
};

/* bits along attr_map: TA_* to curses' (to_curses), or back. */
static attr_t
map_attrs(attr_t bits, bool to_curses)
{
	attr_t r = 0;

	for (size_t i = 0; i < sizeof attr_map / sizeof attr_map[0]; i++)
		if (bits & (to_curses ? attr_map[i].ta : attr_map[i].curses))
			r |= to_curses ? attr_map[i].curses : attr_map[i].ta;
	return r;
}

static attr_t
curses_attrs(unsigned a)
{
	return map_attrs(a, true);
}

static attr_t
config_attrs(unsigned a)
{
	return ((a & CONFIG_ATTR_BOLD) ? A_BOLD : 0) |
	    ((a & CONFIG_ATTR_UNDERLINE) ? A_UNDERLINE : 0) |
	    ((a & CONFIG_ATTR_REVERSE) ? A_REVERSE : 0) |
	    ((a & CONFIG_ATTR_ITALIC) ? A_ITALIC : 0) |
	    ((a & CONFIG_ATTR_DIM) ? A_DIM : 0);
}

/* The attributes this terminal shows (terminfo), as TA_*. */
static unsigned
shown_attrs(void)
{
	return (unsigned)map_attrs(term_attrs(), false);
}

/* Those of the attributes TA_* that terminfo's ncv says do not show
 * with a colour (its bits: 2 underline, 4 reverse, 8 blink, 16 dim,
 * 32 bold). */
static unsigned
not_with_colour(void)
{
	int ncv = tigetnum("ncv");

	if (ncv < 0)
		return 0;
	return ((ncv & 2) ? TA_UNDERLINE : 0) | ((ncv & 4) ? TA_REVERSE : 0) |
	    ((ncv & 8) ? TA_BLINK : 0) | ((ncv & 16) ? TA_DIM : 0) |
	    ((ncv & 32) ? TA_BOLD : 0);
}

static void
set_defaults(enum theme_depth depth, enum theme_shade shade)
{
	unsigned shown = shown_attrs();
	unsigned with_colour = shown & ~not_with_colour();

	for (int i = 0; i < THEME_COUNT; i++) {
		struct theme_style s = theme_style_shown(
		    (enum theme_element)i, shade, depth, shown, with_colour);

		attrs[i] = curses_attrs(s.attrs);
		/* Default colours need no pair: a pair costs an extra
		 * attribute reset on every update. */
		if (depth == THEME_MONO || (s.fg < 0 && s.bg < 0))
			continue;
		init_pair((short)(i + 1), s.fg, s.bg);
		attrs[i] |= COLOR_PAIR(i + 1);
	}
}

static void
apply_config(struct config *cfg)
{
	for (size_t k = 0; k < cfg->ncolors; k++) {
		const struct config_color *c = &cfg->colors[k];
		int i = theme_find_element(c->element);

		if (i < 0) {
			char *msg = xasprintf("unknown colour element '%s'",
			    c->element);
			config_message(cfg, c->line, msg);
			free(msg);
			continue;
		}
		if (!have_colour) {
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

void
theme_init(bool no_color, enum theme_shade shade, struct config *cfg)
{
	have_colour = !no_color && has_colors();
	rich_colour = false;
	if (have_colour) {
		start_color();
		use_default_colors();
		rich_colour = COLORS >= 256;
	}
	shade_used = shade;
	set_defaults(!have_colour ? THEME_MONO : rich_colour ? THEME_256 :
	    THEME_8, shade);
	apply_config(cfg);
}

enum theme_depth
theme_depth_used(void)
{
	return !have_colour ? THEME_MONO : rich_colour ? THEME_256 : THEME_8;
}

enum theme_shade
theme_shade_used(void)
{
	return shade_used;
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

attr_t
theme_low_confidence(attr_t a)
{
	/* Without colour the type's attributes are all that tell it, bold
	 * included. */
	if (theme_depth_used() == THEME_MONO)
		return a | A_DIM;
	return (a & ~(attr_t)A_BOLD) | A_DIM;
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
