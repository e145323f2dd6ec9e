/* theme.h - colours and attributes of every element of the screen.
 *
 * Three themes: 256 colours, 8 colours, and monochrome (attributes only:
 * bold, underline, reverse, dim), used with NO_COLOR, --no-color or a
 * terminal without colours.  Highlights stay visible in all three. */
#ifndef GALLEY_UI_THEME_H
#define GALLEY_UI_THEME_H

#include <curses.h>
#include <stdbool.h>

#include "base/settings.h"

/* X(ID, name, fg256, bg256, fg8, bg8, colour attrs, monochrome attrs) */
#define THEME_ELEMENTS \
	X(NORMAL, "normal", -1, -1, 0, -1, -1, 0, 0) \
	X(DIM, "dim", 244, -1, A_DIM, -1, -1, A_DIM, A_DIM) \
	X(HEADING, "heading", 75, -1, A_BOLD, COLOR_CYAN, -1, A_BOLD, A_BOLD) \
	X(TITLE, "title", 230, -1, A_BOLD, COLOR_YELLOW, -1, A_BOLD, A_BOLD) \
	X(META, "meta", 246, -1, 0, COLOR_CYAN, -1, 0, A_DIM) \
	X(LIST, "list", -1, -1, 0, -1, -1, 0, 0) \
	X(LIST_SELECTED, "list-selected", 16, 153, 0, COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE) \
	X(LIST_CURRENT, "list-current", 230, -1, A_BOLD, COLOR_YELLOW, -1, A_BOLD, A_BOLD) \
	X(LIST_HEADER, "list-header", 252, 238, A_BOLD, COLOR_WHITE, COLOR_BLUE, A_BOLD, A_BOLD | A_UNDERLINE) \
	X(BORDER, "border", 240, -1, 0, COLOR_BLUE, -1, 0, 0) \
	X(STATUS, "status", 252, 236, 0, COLOR_WHITE, COLOR_BLUE, 0, A_REVERSE) \
	X(STATUS_ERROR, "status-error", 231, 124, A_BOLD, COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD) \
	X(MATCH, "match", 16, 220, 0, COLOR_BLACK, COLOR_YELLOW, 0, A_UNDERLINE | A_BOLD) \
	X(CURRENT_MATCH, "current-match", 16, 208, A_BOLD, COLOR_BLACK, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD) \
	X(PLACEHOLDER, "placeholder", 231, 90, 0, COLOR_WHITE, COLOR_MAGENTA, 0, A_REVERSE) \
	X(HELP_KEY, "help-key", 75, -1, A_BOLD, COLOR_CYAN, -1, A_BOLD, A_BOLD) \
	X(PROBLEM_SPELLING, "problem-spelling", 203, -1, A_UNDERLINE, COLOR_RED, -1, A_UNDERLINE, A_UNDERLINE) \
	X(PROBLEM_CASING, "problem-casing", 213, -1, A_UNDERLINE, COLOR_MAGENTA, -1, A_UNDERLINE, A_UNDERLINE) \
	X(PROBLEM_SPLIT, "problem-split", 214, -1, A_UNDERLINE, COLOR_YELLOW, -1, A_UNDERLINE, A_UNDERLINE) \
	X(PROBLEM_MARKUP, "problem-markup", 81, -1, A_UNDERLINE, COLOR_CYAN, -1, A_UNDERLINE, A_UNDERLINE | A_DIM) \
	X(PROBLEM_MOJIBAKE, "problem-mojibake", 141, -1, A_UNDERLINE | A_BOLD, COLOR_MAGENTA, -1, A_UNDERLINE | A_BOLD, A_UNDERLINE | A_BOLD) \
	X(PROBLEM_SPACING, "problem-spacing", 229, 52, A_UNDERLINE, COLOR_YELLOW, COLOR_RED, A_UNDERLINE, A_UNDERLINE) \
	X(PROBLEM_REPEAT, "problem-repeat", 209, -1, A_UNDERLINE, COLOR_RED, -1, A_UNDERLINE, A_UNDERLINE) \
	X(ENTITY_PERSON, "entity-person", 114, -1, A_BOLD, COLOR_GREEN, -1, A_BOLD, A_BOLD) \
	X(ENTITY_ORG, "entity-org", 180, -1, 0, COLOR_YELLOW, -1, 0, A_ITALIC) \
	X(ENTITY_GPE, "entity-gpe", 117, -1, 0, COLOR_CYAN, -1, 0, A_BOLD | A_ITALIC) \
	X(ENTITY_LOC, "entity-loc", 152, -1, 0, COLOR_BLUE, -1, 0, A_ITALIC | A_DIM) \
	X(ENTITY_NORP, "entity-norp", 182, -1, 0, COLOR_MAGENTA, -1, 0, A_BOLD | A_DIM) \
	X(ENTITY_DATE, "entity-date", 245, -1, 0, COLOR_WHITE, -1, A_DIM, A_DIM) \
	X(ANNOTATION, "annotation", -1, 24, 0, COLOR_BLACK, COLOR_GREEN, 0, A_REVERSE) \
	X(SELECTION, "selection", 16, 180, 0, COLOR_BLACK, COLOR_WHITE, 0, A_REVERSE | A_UNDERLINE) \
	X(CARET, "caret", 16, 231, A_BOLD | A_REVERSE, COLOR_BLACK, COLOR_WHITE, A_BOLD | A_REVERSE, A_REVERSE | A_BOLD | A_BLINK)

enum theme_element {
#define X(id, name, f256, b256, a256, f8, b8, a8, ma) THEME_##id,
	THEME_ELEMENTS
#undef X
	THEME_COUNT
};

/* Picks the theme for the terminal (call after initscr) and applies the
 * user's colours; unknown element names become config messages. */
void theme_init(bool no_color, struct config *cfg);

/* The curses attributes (colour pair included) of an element. */
attr_t theme_attr(enum theme_element e);

/* The element for a span of the document model (problem kinds and
 * entity types in the order of their enums), or THEME_NORMAL. */
enum theme_element theme_for_span(unsigned kind, unsigned sub);

/* The highlight of passages tagged with a tag of this colour (as
 * .galley-tags writes it); the annotation element's when the colour is
 * NULL, unknown here or the terminal has none. */
attr_t theme_tag_attr(const char *colour);

#endif
