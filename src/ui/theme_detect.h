/* theme_detect.h - is the terminal's background light or dark?
 *
 * The setting (theme = light|dark, or --theme) wins; with auto, galley
 * asks the terminal (OSC 11, answered by xterm, VTE, kitty, iTerm2,
 * and tmux when it knows), then reads COLORFGBG, then assumes dark.
 * The question waits at most THEME_QUERY_MS for an answer: a terminal
 * that takes longer is remembered (by TERM, in the state directory)
 * and not asked again; its late answer is swallowed, never read as
 * keys. */
#ifndef GALLEY_UI_THEME_DETECT_H
#define GALLEY_UI_THEME_DETECT_H

#include <curses.h>
#include <stdbool.h>

#include "base/settings.h"
#include "ui/theme_table.h"

#define THEME_QUERY_MS 50

/* The shade for this terminal; *why says what decided it ("the
 * settings", "the terminal", "COLORFGBG" or "no answer").  Call before
 * initscr: it talks to /dev/tty directly. */
enum theme_shade theme_detect(enum config_theme setting, const char **why);

/* Gives curses the keys typed while theme_detect waited for the answer
 * (they came in with it).  Call after initscr. */
void theme_replay_keys(void);

/* The question went unanswered in time: its answer may still come, and
 * for a few seconds theme_swallow_reply drops it. */
void theme_expect_late_reply(void);

/* Whether a key read from curses (get_wch's kind and character) is part
 * of a late answer to the question, to be dropped. */
bool theme_swallow_reply(int kind, wint_t ch);

#endif
