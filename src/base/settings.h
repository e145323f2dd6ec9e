/* settings.h - the user's settings: $XDG_CONFIG_HOME/galley/config (default
 * ~/.config/galley/config), lines of "key = value", '#' comments.
 *
 *   sort = path | title | date
 *   list-width = 40          columns of the source list, or 35% (default)
 *   user = Jane Doe          who annotates
 *   theme = auto | light | dark   the terminal's background (auto asks)
 *   entity-confidence = 0.3  mentions the model scored below it are dimmed
 *                            (0: none)
 *   text-width = 80          the article's measure (0: the pane's width),
 *                            the compare view's columns' too
 *   clipboard = osc52 | file | off   where y and Y put text
 *   color.ELEMENT = FG[,BG][,bold][,italic][,underline][,reverse][,dim]
 *
 * A bad line gives a message "FILE:LINE: problem" and the rest applies. */
#ifndef GALLEY_SETTINGS_H
#define GALLEY_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

enum config_sort { SORT_PATH, SORT_TITLE, SORT_DATE };

#define CONFIG_COLOR_DEFAULT (-1)

struct config_color {
	char *element;
	int fg, bg;		/* 0..255 or CONFIG_COLOR_DEFAULT */
	unsigned attrs;		/* CONFIG_ATTR_* */
	size_t line;		/* where it was set, for messages */
};

enum { CONFIG_ATTR_BOLD = 1, CONFIG_ATTR_UNDERLINE = 2,
    CONFIG_ATTR_REVERSE = 4, CONFIG_ATTR_ITALIC = 8, CONFIG_ATTR_DIM = 16 };

/* Where y and Y put text: the terminal's clipboard (OSC 52), the file
 * $XDG_STATE_HOME/galley/yank, or nowhere. */
enum config_clipboard { CLIPBOARD_OSC52, CLIPBOARD_FILE, CLIPBOARD_OFF };

/* The terminal's background: asked of the terminal, or as set. */
enum config_theme { CONFIG_THEME_AUTO, CONFIG_THEME_LIGHT, CONFIG_THEME_DARK };

struct config {
	char *path;		/* the file read, or NULL */
	enum config_sort sort;
	int list_width;		/* columns, or percent when list_percent */
	bool list_percent;
	int text_width;		/* columns of the article, 0: the pane's */
	enum config_clipboard clipboard;
	char *user;
	enum config_theme theme;
	size_t theme_line;	/* where it was set, or 0 */
	double entity_confidence;	/* 0 to 1; CONFIG_ENTITY_CONFIDENCE */
	struct config_color *colors;
	size_t ncolors;
	char **messages;	/* "FILE:LINE: problem", by line */
	size_t *message_lines;	/* each one's line; 0: the whole file */
	size_t nmessages;
};

/* Under about 0.3 the model's mentions are right about half the time
 * (doc/PERFORMANCE.md). */
#define CONFIG_ENTITY_CONFIDENCE 0.3

/* At most this many messages, and one saying there were more. */
#define CONFIG_MAX_MESSAGES 20

/* Defaults, then the file at path (NULL: the XDG location).  A missing
 * default file is not an error; an unreadable one (not a regular file,
 * more than FILE_SIDE_MAX bytes, a read error) is a message.  A path
 * named (not NULL) that cannot be read, missing too, is a message and
 * returns -1; otherwise 0. */
int config_load(struct config *c, const char *path);

/* Applies the text of a settings file (modified in place) to c, which
 * config_load has set up; its messages name c->path. */
void config_parse(struct config *c, char *text, size_t len);
void config_free(struct config *c);

/* Adds a message in the "FILE:LINE: problem" form. */
void config_message(struct config *c, size_t line, const char *problem);

/* $var/galley/name, or ~/fallback/galley/name when var is unset or not
 * an absolute path (the XDG base directories), as a new string; NULL
 * when HOME is not an absolute path either: the user has no place of
 * their own, and the current directory is never taken for one. */
char *config_xdg_path(const char *var, const char *fallback,
    const char *name);

/* Why config_xdg_path(var, ...) found no place, naming the variables
 * ("HOME and XDG_STATE_HOME are not set", "HOME (work) is not an
 * absolute path and XDG_STATE_HOME is not set"), as a new string. */
char *config_xdg_missing(const char *var);

/* The default location, as a new string. */
char *config_default_path(void);

/* Parses a colour name (default, black, red, green, yellow, blue,
 * magenta, cyan, white, bright-NAME) or a number 0..255; -2 if bad. */
int config_parse_color(const char *s);

/* Parses auto, light or dark into *t; -1 if it is none of them. */
int config_parse_theme(const char *s, enum config_theme *t);

#endif
