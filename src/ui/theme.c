/* theme.c - colours and attributes of every element of the screen. */
#include "config.h"

#include "ui/theme.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "util.h"

struct element {
	const char *name;
	short fg256, bg256, fg8, bg8;
	attr_t colour_attrs, mono_attrs;
};

static const struct element elements[THEME_COUNT] = {
#define X(id, name, f256, b256, f8, b8, ca, ma) \
	{ name, f256, b256, f8, b8, ca, ma },
	THEME_ELEMENTS
#undef X
};

static attr_t attrs[THEME_COUNT];

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
			attrs[i] = e->colour_attrs;
			continue;
		}
		init_pair((short)(i + 1), rich ? e->fg256 : e->fg8,
		    rich ? e->bg256 : e->bg8);
		attrs[i] = COLOR_PAIR(i + 1) | e->colour_attrs;
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
