/* termbg.h - what a terminal says of its background: the answer to
 * OSC 11 ("\e]11;rgb:RRRR/GGGG/BBBB\e\\"), the COLORFGBG variable
 * (rxvt, Konsole), and the terminals known not to answer in time, kept
 * one TERM a line in $XDG_STATE_HOME/galley/slow-terminals.  Parsers
 * only: ui/theme_detect.c talks to the terminal. */
#ifndef GALLEY_TERMBG_H
#define GALLEY_TERMBG_H

#include <stdbool.h>
#include <stddef.h>

#include "base/colour.h"

enum termbg { TERMBG_UNKNOWN = -1, TERMBG_DARK, TERMBG_LIGHT };

/* The background colour in an OSC 11 answer somewhere in buf[0..n):
 * 1 with *c set, 0 when there is none. */
int termbg_parse_osc11(const char *buf, size_t n, struct rgb *c);

/* Whether buf[0..n) holds a whole answer to Primary Device Attributes
 * ("\e[?...c"), which every terminal sends and sends last. */
bool termbg_has_da1(const char *buf, size_t n);

/* Copies to out what in buf[0..n) is not an answer to the question
 * (an OSC string up to BEL or ESC \, a CSI sequence up to its final
 * byte): keys the user typed while galley waited.  Returns their length
 * (at most n). */
size_t termbg_keys_between(const char *buf, size_t n, char *out);

/* Light when black text has more contrast on it than white. */
enum termbg termbg_of_colour(struct rgb c);

/* COLORFGBG ("15;0", "0;default;15"): the background is its last field,
 * a colour 0 to 15; 0-6 and 8 are dark, as vim reads it. */
enum termbg termbg_of_colorfgbg(const char *s);

/* Whether term is a line of text[0..len) (a slow-terminals file). */
bool termbg_listed(const char *text, size_t len, const char *term);

/* The slow-terminals file, as a new string; NULL without HOME. */
char *termbg_state_path(void);

/* Whether the file at path lists term (a missing or unreadable file, or
 * a NULL path, lists none). */
bool termbg_is_slow(const char *path, const char *term);

/* Adds term to the file at path (created with its directories).
 * Returns 0, or -1 with *cause set (a NULL path among them). */
int termbg_remember_slow(const char *path, const char *term, char **cause);

#endif
