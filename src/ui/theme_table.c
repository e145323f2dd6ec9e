/* theme_table.c - the default look of every element, measured: every
 * text colour is at least 4.5:1 against its background (WCAG AA) on
 * xterm's palette, entity types in one attribute set stay apart with
 * protanopia and deuteranopia, the 8-colour themes use no bold (xterm
 * brightens bold colours 0-7, and bright yellow or green on white is
 * illegible), and without colour nothing rests on dim alone.  On
 * terminals without italic (screen, linux, a vt100) the entries that
 * need it have looks of their own, and the types that must stay apart
 * there do (the manual says which).  tests/unit/test_theme.c checks all
 * of that. */
#include "config.h"

#include "ui/theme_table.h"

#include <string.h>

#include "base/util.h"

/* The 8 basic colours, and the terminal's own. */
enum { K, R, G, Y, B, M, C, W, D = THEME_DEFAULT_COLOUR };

#define BO TA_BOLD
#define UL TA_UNDERLINE
#define RV TA_REVERSE
#define IT TA_ITALIC
#define DI TA_DIM

struct entry {
	const char *what;
	enum theme_role role;
	/* dark 256, dark 8, light 256, light 8 */
	struct theme_style look[4];
	unsigned mono;
	/* On a terminal without italic, when the entry has them (has_plain):
	 * with 8 colours, dark and light; without colour, from bold,
	 * underline, reverse and blink alone (a vt100). */
	bool has_plain;
	struct theme_style plain8[2];
	unsigned plain_mono;
};

#define S(fg, bg, a) { fg, bg, a }
/* The looks without italic: 8 colours dark, light; no colour. */
#define NO_ITALIC(dark, light, mono) true, { dark, light }, mono

static const struct entry table[THEME_COUNT] = {
	[THEME_NORMAL] = { "The article's text", ROLE_TEXT, {
	    S(D, D, 0), S(D, D, 0), S(D, D, 0), S(D, D, 0) }, 0 },
	[THEME_DIM] = { "Blocks the cleaner dropped (raw view)",
	    ROLE_TEXT, {
	    S(244, D, IT), S(D, D, IT), S(242, D, IT), S(D, D, IT) },
	    IT | DI, NO_ITALIC(S(D, D, UL | DI), S(D, D, UL | DI), UL | DI) },
	[THEME_HEADING] = { "Headings in the article", ROLE_TEXT, {
	    S(75, D, BO), S(C, D, UL), S(25, D, BO), S(B, D, UL) }, BO },
	[THEME_TITLE] = { "The article's title, help titles",
	    ROLE_TEXT, {
	    S(230, D, BO), S(Y, D, 0), S(88, D, BO), S(B, D, 0) }, BO },
	[THEME_META] = { "Date, site and author under the title",
	    ROLE_TEXT, {
	    S(246, D, 0), S(C, D, 0), S(242, D, 0), S(M, D, 0) }, IT | DI },
	[THEME_LIST] = { "Rows of the source list", ROLE_TEXT, {
	    S(D, D, 0), S(D, D, 0), S(D, D, 0), S(D, D, 0) }, 0 },
	[THEME_LIST_SELECTED] = { "The selected row",
	    ROLE_TEXT, {
	    S(16, 153, 0), S(K, C, 0), S(16, 153, 0), S(K, C, 0) }, RV },
	[THEME_LIST_CURRENT] = { "The open source's row",
	    ROLE_TEXT, {
	    S(230, D, BO), S(Y, D, 0), S(88, D, BO), S(B, D, 0) }, BO },
	[THEME_LIST_HEADER] = { "Headers of lists",
	    ROLE_TEXT, {
	    S(252, 238, BO), S(W, B, 0), S(252, 238, BO), S(W, B, 0) },
	    BO | UL },
	[THEME_BORDER] = { "Lines between panes", ROLE_LINE, {
	    S(242, D, 0), S(D, D, 0), S(245, D, 0), S(B, D, 0) }, 0 },
	[THEME_STATUS] = { "The status line", ROLE_TEXT, {
	    S(252, 236, 0), S(W, B, 0), S(252, 236, 0), S(W, B, 0) }, RV },
	[THEME_STATUS_ERROR] = { "Errors on the status line",
	    ROLE_TEXT, {
	    S(231, 124, BO), S(W, R, 0), S(231, 124, BO), S(W, R, 0) },
	    RV | BO },
	/* Without colour reverse, as less shows them, and in place of the
	 * attributes below (pane.c): italic, or bold for the current one,
	 * apart from an annotation, which is always underlined. */
	[THEME_MATCH] = { "Search matches", ROLE_TEXT, {
	    S(16, 220, 0), S(K, Y, 0), S(16, 220, 0), S(K, Y, 0) },
	    RV | IT },
	[THEME_CURRENT_MATCH] = { "The current match",
	    ROLE_TEXT, {
	    S(16, 208, BO), S(K, C, 0), S(16, 208, BO), S(K, C, 0) },
	    RV | BO },
	[THEME_PLACEHOLDER] = {
	    "Stand-ins for characters the terminal cannot show", ROLE_TEXT, {
	    S(231, 90, 0), S(W, B, 0), S(231, 90, 0), S(W, B, 0) }, RV },
	[THEME_HELP_KEY] = { "Keys on the help screen",
	    ROLE_TEXT, {
	    S(75, D, BO), S(C, D, 0), S(25, D, BO), S(B, D, 0) }, BO },
	[THEME_PROBLEM_SPELLING] = { "Unknown words",
	    ROLE_TEXT, {
	    S(203, D, UL), S(Y, D, UL), S(160, D, UL), S(R, D, UL) }, UL },
	[THEME_PROBLEM_CASING] = { "Odd capitals",
	    ROLE_TEXT, {
	    S(213, D, UL), S(G, D, UL), S(127, D, UL), S(M, D, UL) }, UL },
	[THEME_PROBLEM_SPLIT] = { "Words split or glued",
	    ROLE_TEXT, {
	    S(214, D, UL), S(Y, D, UL), S(130, D, UL), S(B, D, UL) }, UL },
	[THEME_PROBLEM_MARKUP] = { "Markup left in the text",
	    ROLE_TEXT, {
	    S(81, D, UL), S(Y, D, UL), S(24, D, UL), S(B, D, UL) }, UL },
	[THEME_PROBLEM_MOJIBAKE] = {
	    "Wrongly decoded characters", ROLE_TEXT, {
	    S(141, D, UL | BO), S(W, R, UL), S(91, D, UL | BO), S(W, R, UL) },
	    UL },
	[THEME_PROBLEM_SPACING] = { "Spaces out of place",
	    ROLE_TEXT, {
	    S(229, 52, UL), S(W, R, UL), S(16, 223, UL), S(W, R, UL) }, UL },
	[THEME_PROBLEM_REPEAT] = { "A word twice",
	    ROLE_TEXT, {
	    S(209, D, UL), S(Y, D, UL), S(124, D, UL), S(R, D, UL) }, UL },
	[THEME_ENTITY_PERSON] = { "People", ROLE_TEXT, {
	    S(114, D, BO), S(G, D, 0), S(22, D, BO), S(B, D, 0) }, BO },
	[THEME_ENTITY_ORG] = { "Organisations", ROLE_TEXT, {
	    S(180, D, 0), S(Y, D, IT), S(94, D, 0), S(R, D, IT) }, IT,
	    NO_ITALIC(S(D, D, BO), S(R, D, 0), BO | UL) },
	[THEME_ENTITY_GPE] = { "Countries, cities, states",
	    ROLE_TEXT, {
	    S(117, D, 0), S(C, D, UL), S(25, D, 0), S(M, D, 0) }, BO | IT,
	    NO_ITALIC(S(D, D, BO | UL), S(M, D, 0), 0) },
	[THEME_ENTITY_LOC] = { "Other places", ROLE_TEXT, {
	    S(152, D, IT), S(C, D, IT | UL), S(23, D, IT), S(M, D, IT | UL) },
	    IT | UL, NO_ITALIC(S(D, D, UL), S(D, D, BO | UL), 0) },
	[THEME_ENTITY_NORP] = {
	    "Nationalities, religious and political groups", ROLE_TEXT, {
	    S(171, D, IT), S(G, D, IT | UL), S(127, D, IT), S(B, D, IT | UL) },
	    BO | IT | UL, NO_ITALIC(S(D, D, BO), S(D, D, BO), 0) },
	/* Without colour bold underlined: underline alone is a problem. */
	[THEME_ENTITY_DATE] = { "Dates", ROLE_TEXT, {
	    S(245, D, 0), S(D, D, IT), S(242, D, 0), S(D, D, IT) }, BO | UL,
	    NO_ITALIC(S(C, D, 0), S(D, D, UL), 0) },
	/* Without colour reverse underlined: a match (reverse, italic or
	 * bold, no underline) on an annotated entity stays apart. */
	[THEME_ANNOTATION] = { "Annotated passages", ROLE_TEXT, {
	    S(D, 24, 0), S(K, G, 0), S(D, 189, 0), S(K, G, 0) }, RV | UL },
	/* Without colour in place of the attributes below, as a match. */
	[THEME_SELECTION] = { "The selection", ROLE_TEXT, {
	    S(16, 180, 0), S(W, B, 0), S(16, 180, 0), S(W, B, 0) },
	    RV | BO | IT, NO_ITALIC(S(W, B, 0), S(W, B, 0), RV | TA_BLINK) },
	[THEME_CARET] = { "The caret", ROLE_TEXT, {
	    S(16, 231, BO), S(K, W, 0), S(231, 16, BO), S(W, K, 0) },
	    RV | BO | TA_BLINK },
};

static const char *const names[THEME_COUNT] = {
#define X(id, name) name,
	THEME_ELEMENTS
#undef X
};

const char *
theme_element_name(enum theme_element e)
{
	return names[e];
}

const char *
theme_element_what(enum theme_element e)
{
	return table[e].what;
}

int
theme_find_element(const char *name)
{
	for (int i = 0; i < THEME_COUNT; i++)
		if (strcmp(names[i], name) == 0)
			return i;
	return -1;
}

enum theme_role
theme_element_role(enum theme_element e)
{
	return table[e].role;
}

struct theme_style
theme_style(enum theme_element e, enum theme_shade s, enum theme_depth d)
{
	struct theme_style mono = { D, D, table[e].mono };

	if (d == THEME_MONO)
		return mono;
	return table[e].look[(s == THEME_LIGHT ? 2 : 0) +
	    (d == THEME_8 ? 1 : 0)];
}

struct theme_style
theme_style_shown(enum theme_element e, enum theme_shade s,
    enum theme_depth d, unsigned shown, unsigned with_colour)
{
	struct theme_style st = theme_style(e, s, d);

	/* With 256 colours, bold in place of italic (xterm brightens no
	 * colour past 15). */
	if (!(shown & TA_ITALIC) && d == THEME_256 && (st.attrs & TA_ITALIC))
		st.attrs = (st.attrs & ~(unsigned)TA_ITALIC) | TA_BOLD;
	/* With 8 colours or none, the entry's own looks without italic. */
	if (!(shown & TA_ITALIC) && table[e].has_plain && d != THEME_256) {
		if (d == THEME_MONO)
			st.attrs = table[e].plain_mono;
		else
			st = table[e].plain8[s == THEME_LIGHT ? 1 : 0];
	}
	st.attrs &= shown;
	/* An underline the terminal cannot draw on a colour is kept, in
	 * the terminal's own colours: problems stay underlined. */
	if ((st.fg >= 0 || st.bg >= 0) && (st.attrs & TA_UNDERLINE) &&
	    !(with_colour & TA_UNDERLINE))
		st.fg = st.bg = D;
	if (st.fg >= 0 || st.bg >= 0)
		st.attrs &= with_colour;
	return st;
}

bool
theme_has_plain(enum theme_element e)
{
	return table[e].has_plain;
}

int
theme_default_fg(enum theme_shade s)
{
	return s == THEME_LIGHT ? 0 : 7;
}

int
theme_default_bg(enum theme_shade s)
{
	return s == THEME_LIGHT ? 15 : 0;
}
