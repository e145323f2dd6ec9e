/* theme.h - colours and attributes of every element of the screen.
 *
 * A dark and a light theme, each for 256 and for 8 colours, and one
 * without colour (attributes only), used with NO_COLOR, --no-color or a
 * terminal without colours; theme_table.c holds them all, with their
 * looks on terminals without italic.  Only the attributes the terminal
 * shows (terminfo) are used. */
#ifndef GALLEY_UI_THEME_H
#define GALLEY_UI_THEME_H

#include <curses.h>
#include <stdbool.h>

#include "base/settings.h"

#include "ui/theme_table.h"

/* Picks the theme for the terminal (call after initscr) and the
 * background shade, and applies the user's colours; unknown element
 * names become config messages. */
void theme_init(bool no_color, enum theme_shade shade, struct config *cfg);

/* What theme_init chose. */
enum theme_depth theme_depth_used(void);
enum theme_shade theme_shade_used(void);

/* The curses attributes (colour pair included) of an element. */
attr_t theme_attr(enum theme_element e);

/* The element for a span of the document model (problem kinds and
 * entity types in the order of their enums), or THEME_NORMAL. */
enum theme_element theme_for_span(unsigned kind, unsigned sub);

/* The look of a mention the model is unsure of: its type's look,
 * dimmed; with colour without bold (which cancels dim on many
 * terminals), without colour with every attribute of the type, which
 * are all that tell it apart (never dim alone). */
attr_t theme_low_confidence(attr_t a);

/* The highlight of passages tagged with a tag of this colour (as
 * .galley-tags writes it); the annotation element's when the colour is
 * NULL, unknown here or the terminal has none. */
attr_t theme_tag_attr(const char *colour);

#endif
