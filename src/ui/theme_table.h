/* theme_table.h - what every element of the screen looks like, as data:
 * elements x {dark, light background} x {256 colours, 8 colours}, and
 * one set of attributes for no colour at all.  No curses here: the unit
 * tests measure the table (contrast, colour-vision deficiencies) and
 * galley --colors prints it for the manual. */
#ifndef GALLEY_UI_THEME_TABLE_H
#define GALLEY_UI_THEME_TABLE_H

#include <stdbool.h>
#include <stdio.h>

/* X(ID, name) */
#define THEME_ELEMENTS \
	X(NORMAL, "normal") \
	X(DIM, "dim") \
	X(HEADING, "heading") \
	X(TITLE, "title") \
	X(META, "meta") \
	X(LIST, "list") \
	X(LIST_SELECTED, "list-selected") \
	X(LIST_CURRENT, "list-current") \
	X(LIST_HEADER, "list-header") \
	X(BORDER, "border") \
	X(STATUS, "status") \
	X(STATUS_ERROR, "status-error") \
	X(MATCH, "match") \
	X(CURRENT_MATCH, "current-match") \
	X(PLACEHOLDER, "placeholder") \
	X(HELP_KEY, "help-key") \
	X(PROBLEM_SPELLING, "problem-spelling") \
	X(PROBLEM_CASING, "problem-casing") \
	X(PROBLEM_SPLIT, "problem-split") \
	X(PROBLEM_MARKUP, "problem-markup") \
	X(PROBLEM_MOJIBAKE, "problem-mojibake") \
	X(PROBLEM_SPACING, "problem-spacing") \
	X(PROBLEM_REPEAT, "problem-repeat") \
	X(ENTITY_PERSON, "entity-person") \
	X(ENTITY_ORG, "entity-org") \
	X(ENTITY_GPE, "entity-gpe") \
	X(ENTITY_LOC, "entity-loc") \
	X(ENTITY_NORP, "entity-norp") \
	X(ENTITY_DATE, "entity-date") \
	X(ANNOTATION, "annotation") \
	X(SELECTION, "selection") \
	X(CARET, "caret")

enum theme_element {
#define X(id, name) THEME_##id,
	THEME_ELEMENTS
#undef X
	THEME_COUNT
};

/* The terminal's background, and how many colours it has. */
enum theme_shade { THEME_DARK, THEME_LIGHT };
enum theme_depth { THEME_256, THEME_8, THEME_MONO };

/* Attributes, curses-free (theme.c maps them). */
enum {
	TA_BOLD = 1, TA_UNDERLINE = 2, TA_REVERSE = 4, TA_ITALIC = 8,
	TA_DIM = 16, TA_BLINK = 32
};

/* What an element draws: text that must be read (4.5:1, WCAG AA), or
 * lines that must be seen (3:1, WCAG non-text). */
enum theme_role { ROLE_TEXT, ROLE_LINE };

#define THEME_DEFAULT_COLOUR (-1)	/* the terminal's own fg or bg */

struct theme_style {
	short fg, bg;		/* 0..255, or THEME_DEFAULT_COLOUR */
	unsigned attrs;		/* TA_* */
};

/* The element's name in the settings (color.NAME). */
const char *theme_element_name(enum theme_element e);

/* What the element is, in a few words (for the manual). */
const char *theme_element_what(enum theme_element e);

/* The element named name, or -1. */
int theme_find_element(const char *name);

enum theme_role theme_element_role(enum theme_element e);

/* The element's default look; with THEME_MONO the shade is ignored
 * (there are no colours to adapt) and fg and bg are the default. */
struct theme_style theme_style(enum theme_element e, enum theme_shade s,
    enum theme_depth d);

/* The element's look on a terminal that shows only the attributes in
 * shown (TA_*), and of them only with_colour on a colour (terminfo's
 * ncv: the Linux console underlines nothing in colour): without italic,
 * with 8 colours or none, the element's own look for that
 * (theme_has_plain), with 256 colours bold in place of italic; then the
 * attributes that show. */
struct theme_style theme_style_shown(enum theme_element e,
    enum theme_shade s, enum theme_depth d, unsigned shown,
    unsigned with_colour);

/* Whether the element has a look of its own without italic. */
bool theme_has_plain(enum theme_element e);

/* The xterm colour numbers the table assumes for the terminal's own
 * foreground and background with each shade. */
int theme_default_fg(enum theme_shade s);
int theme_default_bg(enum theme_shade s);

/* The table as the manual's roff (roff) or as plain text. */
void theme_print_table(FILE *f, bool roff);

#endif
