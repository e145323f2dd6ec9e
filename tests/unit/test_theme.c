/* test_theme.c - the themes are legible by measure: every text element
 * at least 4.5:1 against its background (WCAG 2, on xterm's palette),
 * lines 3:1; no bold on colours 0-7 with 8 colours; entity types in one
 * attribute set stay apart with protanopia and deuteranopia; without
 * colour nothing rests on dim.  And the parsers of what a terminal says
 * of its background (base/termbg.c). */
#include "config.h"

#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "base/colour.h"
#include "base/settings.h"
#include "base/termbg.h"
#include "base/util.h"
#include "ui/theme_table.h"

static const enum theme_shade shades[] = { THEME_DARK, THEME_LIGHT };
static const enum theme_depth depths[] = { THEME_256, THEME_8 };
static const char *const shade_names[] = { "dark", "light" };
static const char *const depth_names[] = { "256", "8" };

/* The colours an element's text and background really are. */
static void
effective(struct theme_style s, enum theme_shade sh, struct rgb *fg,
    struct rgb *bg)
{
	int f = s.fg < 0 ? theme_default_fg(sh) : s.fg;
	int b = s.bg < 0 ? theme_default_bg(sh) : s.bg;

	if (s.attrs & TA_REVERSE) {
		int t = f;
		f = b;
		b = t;
	}
	*fg = colour_xterm(f);
	*bg = colour_xterm(b);
}

/* The lowest contrast of the text elements of one theme, and whose. */
static int
check_theme(enum theme_shade sh, enum theme_depth d, const char *label)
{
	double lowest = 100;
	int failures = 0, who = 0;

	for (int e = 0; e < THEME_COUNT; e++) {
		struct theme_style s = theme_style(e, sh, d);
		bool line = theme_element_role(e) == ROLE_LINE;
		struct rgb fg, bg;
		double c;

		effective(s, sh, &fg, &bg);
		c = colour_contrast(fg, bg);
		if (!line && c < lowest) {
			lowest = c;
			who = e;
		}
		if (c >= (line ? 3.0 : 4.5))
			continue;
		print_message("%s: %s %.2f:1 < %.1f:1\n", label,
		    theme_element_name(e), c, line ? 3.0 : 4.5);
		failures++;
	}
	print_message("%s: lowest text contrast %.2f:1 (%s)\n", label, lowest,
	    theme_element_name(who));
	return failures;
}

static void
test_contrast(void **state)
{
	int failures = 0;

	(void)state;
	for (int si = 0; si < 2; si++)
		for (int di = 0; di < 2; di++) {
			char label[32];

			snprintf(label, sizeof label, "%s %s colours",
			    shade_names[si], depth_names[di]);
			failures += check_theme(shades[si], depths[di], label);
		}
	assert_int_equal(failures, 0);
}

static void
test_no_bright_bold(void **state)
{
	(void)state;
	for (int si = 0; si < 2; si++)
		for (int e = 0; e < THEME_COUNT; e++) {
			struct theme_style s = theme_style(e, shades[si],
			    THEME_8);

			if ((s.attrs & TA_BOLD) && s.fg >= 0 && s.fg < 8)
				fail_msg("%s 8: %s is bold on colour %d",
				    shade_names[si], theme_element_name(e),
				    s.fg);
		}
}

/* Attributes that tell elements apart whatever the colours: dim is no
 * such attribute (black on white, rxvt-unicode). */
static unsigned
shape(struct theme_style s)
{
	return s.attrs & ~(unsigned)TA_DIM;
}

/* Two looks with the same attributes must differ in colour for every
 * eye: CIE76 distance of the text colours at least this. */
#define MIN_DELTA_E 20.0

static double
worst_delta(struct theme_style a, struct theme_style b, enum theme_shade sh)
{
	struct rgb fa, fb, bg;
	double worst = 1e9;

	effective(a, sh, &fa, &bg);
	effective(b, sh, &fb, &bg);
	for (int v = VISION_NORMAL; v <= VISION_DEUTERANOPIA; v++) {
		double d = colour_delta_e(colour_simulate(fa, v),
		    colour_simulate(fb, v));
		if (d < worst)
			worst = d;
	}
	return worst;
}

static void
test_entities_apart(void **state)
{
	int failures = 0;

	(void)state;
	for (int si = 0; si < 2; si++)
		for (int di = 0; di < 2; di++)
			for (int a = THEME_ENTITY_PERSON; a <= THEME_ENTITY_DATE;
			    a++)
				for (int b = THEME_NORMAL; b < a; b++) {
					struct theme_style sa, sb;
					double d;

					if (b > THEME_NORMAL &&
					    b < THEME_ENTITY_PERSON)
						continue;
					sa = theme_style(a, shades[si],
					    depths[di]);
					sb = theme_style(b, shades[si],
					    depths[di]);
					if (shape(sa) != shape(sb))
						continue;
					d = worst_delta(sa, sb, shades[si]);
					if (d >= MIN_DELTA_E)
						continue;
					print_message("%s %s: %s and %s: "
					    "dE %.1f\n", shade_names[si],
					    depth_names[di],
					    theme_element_name(a),
					    theme_element_name(b), d);
					failures++;
				}
	assert_int_equal(failures, 0);
}

static void
test_mono_not_dim_alone(void **state)
{
	static const enum theme_element apart[] = {
		THEME_NORMAL, THEME_ENTITY_PERSON, THEME_ENTITY_ORG,
		THEME_ENTITY_GPE, THEME_ENTITY_LOC, THEME_ENTITY_NORP,
		THEME_ENTITY_DATE, THEME_PROBLEM_SPELLING, THEME_MATCH,
		THEME_ANNOTATION,
	};
	const size_t n = sizeof apart / sizeof apart[0];

	(void)state;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < i; j++) {
			struct theme_style a = theme_style(apart[i],
			    THEME_DARK, THEME_MONO);
			struct theme_style b = theme_style(apart[j],
			    THEME_DARK, THEME_MONO);

			if (shape(a) == shape(b))
				fail_msg("no colour: %s and %s look alike",
				    theme_element_name(apart[i]),
				    theme_element_name(apart[j]));
		}
	/* Dropped blocks are whole paragraphs: apart from the text. */
	assert_int_not_equal(shape(theme_style(THEME_DIM, THEME_DARK,
	    THEME_MONO)), shape(theme_style(THEME_NORMAL, THEME_DARK,
	    THEME_MONO)));
}

/* Without colour a match and the current match take the place of the
 * attributes below them (pane.c) while an annotation adds to an
 * entity's or a problem's: neither match may look like an annotation
 * on any entity or problem, nor like each other. */
static void
test_mono_matches_apart(void **state)
{
	unsigned match = shape(theme_style(THEME_MATCH, THEME_DARK,
	    THEME_MONO));
	unsigned cur = shape(theme_style(THEME_CURRENT_MATCH, THEME_DARK,
	    THEME_MONO));
	unsigned anno = shape(theme_style(THEME_ANNOTATION, THEME_DARK,
	    THEME_MONO));

	/* Problems are all underlined: the first stands for them. */
	static const enum theme_element extra[] = {
		THEME_NORMAL, THEME_PROBLEM_SPELLING,
	};

	(void)state;
	assert_int_not_equal(match, cur);
	for (int e = THEME_NORMAL; e <= THEME_ENTITY_DATE; e++) {
		if (e != THEME_NORMAL && e < THEME_PROBLEM_SPELLING)
			continue;	/* not a span of the text */
		for (size_t k = 0; k < 2; k++) {
			unsigned both = anno | shape(theme_style(e, THEME_DARK,
			    THEME_MONO)) | shape(theme_style(extra[k],
			    THEME_DARK, THEME_MONO));

			if (both == match || both == cur)
				fail_msg("no colour: a match looks like an "
				    "annotation on %s", theme_element_name(e));
		}
	}
}

/* worst_delta of the backgrounds. */
static double
worst_bg_delta(struct theme_style a, struct theme_style b,
    enum theme_shade sh)
{
	struct theme_style ra = a, rb = b;

	ra.attrs ^= TA_REVERSE;
	rb.attrs ^= TA_REVERSE;
	return worst_delta(ra, rb, sh);
}

/* The terminals by what they show: every attribute, all but italic
 * (screen; linux, which also has no underline on a colour), or only
 * bold, underline, reverse and blink (vt100).  Where looks run short,
 * the entity types that must stay apart (as the manual says): with 8
 * colours, no italic and a dark background people, organisations,
 * countries and other places (not other places on linux); on a light
 * one all (not dates on linux); without colour or italic people and
 * organisations. */
#define TA_ALL (TA_BOLD | TA_UNDERLINE | TA_REVERSE | TA_ITALIC | TA_DIM | \
	TA_BLINK)
#define TYPE(e) (1u << (THEME_ENTITY_##e - THEME_ENTITY_PERSON))
#define ALL_TYPES (TYPE(PERSON) | TYPE(ORG) | TYPE(GPE) | TYPE(LOC) | \
	TYPE(NORP) | TYPE(DATE))
#define DARK_8_TYPES (TYPE(PERSON) | TYPE(ORG) | TYPE(GPE) | TYPE(LOC))
#define MONO_TYPES (TYPE(PERSON) | TYPE(ORG))
#define VT100 (TA_BOLD | TA_UNDERLINE | TA_REVERSE | TA_BLINK)
static const struct terminal_class {
	const char *name;
	enum theme_depth depth;
	unsigned shown, with_colour;
	unsigned types[2];	/* TYPE()s apart, dark and light */
} terminals[] = {
	{ "xterm-256color", THEME_256, TA_ALL, TA_ALL,
	    { ALL_TYPES, ALL_TYPES } },
	{ "screen-256color", THEME_256, TA_ALL & ~TA_ITALIC,
	    TA_ALL & ~TA_ITALIC, { ALL_TYPES, ALL_TYPES } },
	{ "xterm", THEME_8, TA_ALL, TA_ALL, { ALL_TYPES, ALL_TYPES } },
	{ "screen", THEME_8, TA_ALL & ~TA_ITALIC, TA_ALL & ~TA_ITALIC,
	    { DARK_8_TYPES, ALL_TYPES } },
	/* No underline or dim on a colour (ncv). */
	{ "linux", THEME_8, TA_ALL & ~TA_ITALIC, TA_BOLD | TA_REVERSE |
	    TA_BLINK, { DARK_8_TYPES & ~TYPE(LOC), ALL_TYPES & ~TYPE(DATE) } },
	{ "no colour", THEME_MONO, TA_ALL, TA_ALL, { ALL_TYPES, ALL_TYPES } },
	{ "no colour, no italic", THEME_MONO, TA_ALL & ~TA_ITALIC,
	    TA_ALL & ~TA_ITALIC, { MONO_TYPES, MONO_TYPES } },
	{ "vt100", THEME_MONO, VT100, VT100, { MONO_TYPES, MONO_TYPES } },
};

static bool
type_apart(const struct terminal_class *t, enum theme_shade sh, int e)
{
	return t->types[sh == THEME_LIGHT] & (1u << (e - THEME_ENTITY_PERSON));
}

static struct theme_style
shown_look(enum theme_element e, enum theme_shade sh,
    const struct terminal_class *t)
{
	return theme_style_shown(e, sh, t->depth, t->shown, t->with_colour);
}

/* Whether a and b look different on terminal t: by attributes, or by a
 * colour every eye tells apart. */
static bool
look_apart(enum theme_element a, enum theme_element b, enum theme_shade sh,
    const struct terminal_class *t)
{
	struct theme_style sa = shown_look(a, sh, t), sb = shown_look(b, sh, t);

	if (shape(sa) != shape(sb))
		return true;
	return t->depth != THEME_MONO && (worst_delta(sa, sb, sh) >=
	    MIN_DELTA_E || worst_bg_delta(sa, sb, sh) >= MIN_DELTA_E);
}

static int
check_apart(enum theme_element a, enum theme_element b, enum theme_shade sh,
    const struct terminal_class *t)
{
	if (look_apart(a, b, sh, t))
		return 0;
	print_message("%s, %s: %s and %s look alike\n", t->name,
	    shade_names[sh == THEME_LIGHT], theme_element_name(a),
	    theme_element_name(b));
	return 1;
}

/* The entity types kept apart on t, from each other, from the text and
 * from every problem; problems from the text; dropped blocks from the
 * text; and the match, the current match and the selection from each
 * other. */
static int
check_terminal(const struct terminal_class *t, enum theme_shade sh)
{
	int failures = 0;

	for (int a = THEME_ENTITY_PERSON; a <= THEME_ENTITY_DATE; a++) {
		if (!type_apart(t, sh, a))
			continue;
		for (int b = THEME_ENTITY_PERSON; b < a; b++)
			if (type_apart(t, sh, b))
				failures += check_apart(a, b, sh, t);
		failures += check_apart(a, THEME_NORMAL, sh, t);
		for (int p = THEME_PROBLEM_SPELLING;
		    p <= THEME_PROBLEM_REPEAT; p++)
			failures += check_apart(a, p, sh, t);
	}
	for (int p = THEME_PROBLEM_SPELLING; p <= THEME_PROBLEM_REPEAT; p++)
		failures += check_apart(p, THEME_NORMAL, sh, t);
	failures += check_apart(THEME_DIM, THEME_NORMAL, sh, t);
	failures += check_apart(THEME_MATCH, THEME_CURRENT_MATCH, sh, t);
	failures += check_apart(THEME_SELECTION, THEME_MATCH, sh, t);
	failures += check_apart(THEME_SELECTION, THEME_CURRENT_MATCH, sh, t);
	return failures;
}

/* Without colour the match, the current match and the selection take
 * the place of what is under them while an annotation adds to it: none
 * of the three may look like an annotation on a text span. */
static int
check_mono_over_annotations(const struct terminal_class *t)
{
	static const enum theme_element over[] = {
		THEME_MATCH, THEME_CURRENT_MATCH, THEME_SELECTION,
	};
	unsigned anno = shape(shown_look(THEME_ANNOTATION, THEME_DARK, t));
	int failures = 0;

	for (size_t k = 0; k < sizeof over / sizeof over[0]; k++)
		for (int e = THEME_NORMAL; e <= THEME_ENTITY_DATE; e++) {
			if (e != THEME_NORMAL && e < THEME_PROBLEM_SPELLING)
				continue;	/* not a span of the text */
			if ((anno | shape(shown_look(e, THEME_DARK, t))) !=
			    shape(shown_look(over[k], THEME_DARK, t)))
				continue;
			print_message("%s: %s looks like an annotation on "
			    "%s\n", t->name, theme_element_name(over[k]),
			    theme_element_name(e));
			failures++;
		}
	return failures;
}

static void
test_apart_on_every_terminal(void **state)
{
	int failures = 0;

	(void)state;
	for (size_t i = 0; i < sizeof terminals / sizeof terminals[0]; i++) {
		const struct terminal_class *t = &terminals[i];

		for (int si = 0; si < 2; si++)
			failures += check_terminal(t, shades[si]);
		if (t->depth == THEME_MONO)
			failures += check_mono_over_annotations(t);
	}
	assert_int_equal(failures, 0);
}

static void
test_names(void **state)
{
	(void)state;
	for (int e = 0; e < THEME_COUNT; e++) {
		assert_int_equal(theme_find_element(theme_element_name(e)), e);
		assert_non_null(theme_element_what(e));
	}
	assert_int_equal(theme_find_element("nosuch"), -1);
}

static void
test_palette(void **state)
{
	struct rgb c;

	(void)state;
	/* Figures from the issue, on xterm's palette. */
	assert_true(colour_contrast(colour_xterm(230), colour_xterm(15)) <
	    1.1);
	c = colour_xterm(4);
	assert_true(colour_contrast(c, colour_xterm(0)) > 2.2 &&
	    colour_contrast(c, colour_xterm(0)) < 2.3);
	assert_true(colour_contrast(colour_xterm(0), colour_xterm(15)) >
	    20.99);
	c = colour_xterm(196);	/* #ff0000 */
	assert_true(c.r == 1.0 && c.g == 0.0 && c.b == 0.0);
	c = colour_xterm(244);	/* #808080 */
	assert_true(c.r == 128 / 255.0);
	/* Red and green: far apart for most, close with deuteranopia. */
	assert_true(colour_delta_e(colour_xterm(160), colour_xterm(28)) > 60);
	assert_true(colour_delta_e(colour_simulate(colour_xterm(160),
	    VISION_DEUTERANOPIA), colour_simulate(colour_xterm(28),
	    VISION_DEUTERANOPIA)) < 25);
}

static void
test_osc11(void **state)
{
	struct rgb c;
	const char *a = "\033]11;rgb:ffff/ffff/ffff\033\\\033[?1;2c";
	const char *b = "x\033]11;rgb:1e/1e/1e\007";
	const char *bad[] = {
		"\033]11;rgb:ffff/ffff\033\\", "\033]11;rgb:fffff/0/0\007",
		"\033]11;rgb:zz/00/00\007", "\033]11;rgb:ff/ff/ff",
		"\033]10;rgb:ff/ff/ff\007", "",
	};

	(void)state;
	assert_int_equal(termbg_parse_osc11(a, strlen(a), &c), 1);
	assert_true(c.r == 1.0 && c.b == 1.0);
	assert_int_equal(termbg_of_colour(c), TERMBG_LIGHT);
	assert_int_equal(termbg_parse_osc11(b, strlen(b), &c), 1);
	assert_int_equal(termbg_of_colour(c), TERMBG_DARK);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_int_equal(termbg_parse_osc11(bad[i], strlen(bad[i]),
		    &c), 0);
	assert_true(termbg_has_da1(a, strlen(a)));
	assert_false(termbg_has_da1(b, strlen(b)));
	assert_false(termbg_has_da1("\033[?1;2", 6));
}

/* Keys typed while the answer was awaited come in with it and are kept,
 * arrow keys and a lone Esc too; the two answers are not. */
static void
test_keys_between_answers(void **state)
{
	static const char in[] = "j\033[A\033]11;rgb:0000/0000/0000\033\\"
	    "=\033\033[?62;22cq\033]11;rgb:ff/ff/ff\007k";
	static const char want[] = "j\033[A=\033qk";
	char out[sizeof in];
	size_t n = termbg_keys_between(in, sizeof in - 1, out);

	(void)state;
	assert_int_equal(n, sizeof want - 1);
	assert_memory_equal(out, want, n);
	/* An answer cut short is dropped to the end, not taken for keys. */
	assert_int_equal(termbg_keys_between("x\033]11;rgb:00", 12, out), 1);
	assert_int_equal(termbg_keys_between("\033[?6", 4, out), 0);
}

static void
test_colorfgbg(void **state)
{
	(void)state;
	assert_int_equal(termbg_of_colorfgbg("0;15"), TERMBG_LIGHT);
	assert_int_equal(termbg_of_colorfgbg("15;0"), TERMBG_DARK);
	assert_int_equal(termbg_of_colorfgbg("0;default;7"), TERMBG_LIGHT);
	assert_int_equal(termbg_of_colorfgbg("7;8"), TERMBG_DARK);
	assert_int_equal(termbg_of_colorfgbg("15;default"), TERMBG_UNKNOWN);
	assert_int_equal(termbg_of_colorfgbg("15"), TERMBG_UNKNOWN);
	assert_int_equal(termbg_of_colorfgbg("0;16"), TERMBG_UNKNOWN);
	assert_int_equal(termbg_of_colorfgbg(NULL), TERMBG_UNKNOWN);
}

static void
test_slow_terminals(void **state)
{
	char dir[] = "/tmp/galley-theme-XXXXXX";
	char *path, *under, *cause = NULL;

	(void)state;
	assert_non_null(mkdtemp(dir));
	path = xasprintf("%s/state/galley/slow-terminals", dir);
	assert_false(termbg_is_slow(path, "xterm"));
	assert_int_equal(termbg_remember_slow(path, "xterm-256color", &cause),
	    0);
	assert_null(cause);
	assert_int_equal(termbg_remember_slow(path, "rxvt", &cause), 0);
	assert_true(termbg_is_slow(path, "xterm-256color"));
	assert_true(termbg_is_slow(path, "rxvt"));
	assert_false(termbg_is_slow(path, "xterm"));
	assert_int_equal(termbg_remember_slow(path, "a\nb", &cause), -1);
	free(cause);
	assert_true(termbg_listed("a\nbb\n", 5, "bb"));
	assert_false(termbg_listed("a\nbbb\n", 6, "bb"));
	/* A directory that cannot be made (a file where it goes): said so,
	 * with the real cause. */
	under = xasprintf("%s/x/list", path);
	assert_int_equal(termbg_remember_slow(under, "rxvt", &cause), -1);
	assert_non_null(strstr(cause, "list: cannot make its directory: "
	    "Not a directory"));
	free(cause);
	free(under);
	unlink(path);
	free(path);
	path = xasprintf("%s/state/galley", dir);
	rmdir(path);
	free(path);
	path = xasprintf("%s/state", dir);
	rmdir(path);
	free(path);
	rmdir(dir);
}

static void
test_setting(void **state)
{
	struct config c;
	char text[] = "theme = light\ntheme = sepia\n";

	(void)state;
	setenv("XDG_CONFIG_HOME", "/nonexistent", 1);	/* the defaults */
	config_load(&c, NULL);
	assert_int_equal(c.theme, CONFIG_THEME_AUTO);
	config_parse(&c, text, strlen(text));
	assert_int_equal(c.theme, CONFIG_THEME_LIGHT);
	assert_int_equal(c.nmessages, 1);
	assert_non_null(strstr(c.messages[0], ":2: theme must be"));
	config_free(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_contrast),
		cmocka_unit_test(test_no_bright_bold),
		cmocka_unit_test(test_entities_apart),
		cmocka_unit_test(test_mono_not_dim_alone),
		cmocka_unit_test(test_mono_matches_apart),
		cmocka_unit_test(test_apart_on_every_terminal),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_palette),
		cmocka_unit_test(test_osc11),
		cmocka_unit_test(test_keys_between_answers),
		cmocka_unit_test(test_colorfgbg),
		cmocka_unit_test(test_slow_terminals),
		cmocka_unit_test(test_setting),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
