/* theme_doc.c - the element table as text: galley --colors, and the
 * manual's list of elements (galley --colors=roff, which
 * tools/update-man-colors puts into man/galley.1). */
#include "config.h"

#include "ui/theme_table.h"

#include <stdio.h>
#include <string.h>

static const char *const basic_names[8] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

static const struct {
	unsigned bit;
	const char *name;
} attr_names[] = {
	{ TA_BOLD, "bold" }, { TA_ITALIC, "italic" },
	{ TA_UNDERLINE, "underline" }, { TA_REVERSE, "reverse" },
	{ TA_DIM, "dim" }, { TA_BLINK, "blink" },
};

/* Every attribute but italic. */
#define NO_ITALIC (TA_BOLD | TA_UNDERLINE | TA_REVERSE | TA_DIM | TA_BLINK)

static void
colour_text(char *out, size_t n, int c)
{
	if (c < 0)
		snprintf(out, n, "default");
	else if (c < 8)
		snprintf(out, n, "%s", basic_names[c]);
	else
		snprintf(out, n, "%d", c);
}

/* A style in the settings' own syntax: FG[,BG][,attribute]... */
static void
style_text(char *out, size_t n, struct theme_style s, bool mono)
{
	char fg[16], bg[16];
	size_t len;

	colour_text(fg, sizeof fg, s.fg);
	colour_text(bg, sizeof bg, s.bg);
	if (mono)
		out[0] = '\0';
	else if (s.bg < 0)
		snprintf(out, n, "%s", fg);
	else
		snprintf(out, n, "%s,%s", fg, bg);
	for (size_t i = 0; i < sizeof attr_names / sizeof attr_names[0]; i++) {
		if (!(s.attrs & attr_names[i].bit))
			continue;
		len = strlen(out);
		snprintf(out + len, n - len, "%s%s", len ? "," : "",
		    attr_names[i].name);
	}
	if (out[0] == '\0')
		snprintf(out, n, mono ? "plain" : "default");
}

/* Hyphens as roff's \-, for names a reader may copy. */
static void
roff_escaped(FILE *f, const char *s)
{
	for (; *s; s++)
		fputs(*s == '-' ? "\\-" : (char[2]){ *s, '\0' }, f);
}

/* One style, as roff, after a label. */
static void
roff_style(FILE *f, const char *label, struct theme_style s, bool mono,
    const char *after)
{
	char buf[96];

	style_text(buf, sizeof buf, s, mono);
	fputs(label, f);
	roff_escaped(f, buf);
	fputs(after, f);
}

static void
print_roff(FILE *f, enum theme_element e)
{
	fputs(".TP\n.B ", f);
	roff_escaped(f, theme_element_name(e));
	fputs("\n", f);
	roff_escaped(f, theme_element_what(e));
	fputs(".\n", f);
	roff_style(f, "Dark: ", theme_style(e, THEME_DARK, THEME_256), false,
	    "; ");
	roff_style(f, "light: ", theme_style(e, THEME_LIGHT, THEME_256), false,
	    ".\n");
	roff_style(f, "With 8 colours: dark ", theme_style(e, THEME_DARK,
	    THEME_8), false, "; ");
	roff_style(f, "light ", theme_style(e, THEME_LIGHT, THEME_8), false,
	    ".\n");
	roff_style(f, "Without colour: ", theme_style(e, THEME_DARK,
	    THEME_MONO), true, ".\n");
	if (!theme_has_plain(e))
		return;
	roff_style(f, "Without italic, with 8 colours: dark ",
	    theme_style_shown(e, THEME_DARK, THEME_8, NO_ITALIC, NO_ITALIC),
	    false, "; ");
	roff_style(f, "light ", theme_style_shown(e, THEME_LIGHT, THEME_8,
	    NO_ITALIC, NO_ITALIC), false, "; ");
	roff_style(f, "without colour: ", theme_style_shown(e, THEME_DARK,
	    THEME_MONO, NO_ITALIC, NO_ITALIC), true, ".\n");
}

void
theme_print_table(FILE *f, bool roff)
{
	char cols[5][96];

	if (!roff)
		fprintf(f, "%-17s %-19s %-19s %-23s %-25s %s\n", "element",
		    "dark", "light", "dark 8 colours", "light 8 colours",
		    "no colour");
	for (int e = 0; e < THEME_COUNT; e++) {
		if (roff) {
			print_roff(f, (enum theme_element)e);
			continue;
		}
		style_text(cols[0], sizeof cols[0], theme_style(e, THEME_DARK,
		    THEME_256), false);
		style_text(cols[1], sizeof cols[1], theme_style(e, THEME_LIGHT,
		    THEME_256), false);
		style_text(cols[2], sizeof cols[2], theme_style(e, THEME_DARK,
		    THEME_8), false);
		style_text(cols[3], sizeof cols[3], theme_style(e, THEME_LIGHT,
		    THEME_8), false);
		style_text(cols[4], sizeof cols[4], theme_style(e, THEME_DARK,
		    THEME_MONO), true);
		fprintf(f, "%-17s %-19s %-19s %-23s %-25s %s\n",
		    theme_element_name(e), cols[0], cols[1], cols[2], cols[3],
		    cols[4]);
	}
}
