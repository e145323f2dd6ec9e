/* theme_test.c - galley --theme-test. */
#include "config.h"

#include "ui/theme_test.h"

#include <string.h>

#include "ui/screen_end.h"
#include "ui/theme.h"
#include "ui/theme_detect.h"

static const char *const depth_names[] = {
	"256 colours", "8 colours", "no colour",
};

static void
draw_header(enum theme_shade shade, const char *why, int cols)
{
	attrset(theme_attr(THEME_STATUS));
	mvprintw(0, 0, "%-*.*s", cols, cols > 0 ? cols : 0, "");
	mvprintw(0, 0, " galley theme test: %s background (from %s), %s",
	    shade == THEME_LIGHT ? "light" : "dark", why,
	    depth_names[theme_depth_used()]);
	attrset(A_NORMAL);
}

/* The elements in columns of as many as fit between the header and the
 * last line: each name drawn in its own look. */
static void
draw_elements(int rows, int cols)
{
	int per_col = rows - 3 > 1 ? rows - 3 : 1;
	int width = 22;

	for (int e = 0; e < THEME_COUNT; e++) {
		const char *name = theme_element_name((enum theme_element)e);
		int y = 2 + e % per_col, x = 1 + (e / per_col) * width;

		if (x + (int)strlen(name) >= cols)
			continue;
		attrset(theme_attr((enum theme_element)e));
		mvaddstr(y, x, name);
		attrset(A_NORMAL);
	}
}

int
theme_test_run(const struct reader_options *o)
{
	struct config *cfg = o->cfg;	/* main frees it */
	const char *why = "the settings";
	enum theme_shade shade;
	int rows, cols;
	wint_t ch;

	shade = theme_detect(o->theme >= 0 ? (enum config_theme)o->theme :
	    cfg->theme, &why);
	initscr();
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	curs_set(0);
	theme_init(o->no_color, shade, cfg);
	getmaxyx(stdscr, rows, cols);
	draw_header(shade, why, cols);
	draw_elements(rows, cols);
	mvprintw(rows - 1, 0, "%.*s", cols, cfg->nmessages ?
	    cfg->messages[0] : "Any key quits.");
	refresh();
	for (;;) {
		int kind = get_wch(&ch);

		if (kind != ERR && !theme_swallow_reply(kind, ch))
			break;
	}
	screen_end();
	return 0;
}
