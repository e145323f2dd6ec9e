# mk/theme.mk - the themes' tests: contrast and colour-vision checks of
# the element table (src/ui/theme_table.c, curses-free, linked alone),
# background detection and the look without colour in tmux.
UNIT_TESTS += tests/unit/test_theme
tests_unit_test_theme_SOURCES = tests/unit/test_theme.c \
	src/ui/theme_table.c
tests_unit_test_theme_LDADD = $(UNIT_LDADD)
tests_unit_test_theme_CFLAGS = $(UNIT_CFLAGS)

TUI_TESTS += tests/tui/theme.sh tests/tui/mono-marks.sh
CLI_TESTS += tests/cli/colors.sh
EXTRA_DIST += tools/update-man-colors

# The late answer to the background question never reaches the keys.
UNIT_TESTS += tests/unit/test_theme_detect
tests_unit_test_theme_detect_SOURCES = tests/unit/test_theme_detect.c \
	src/ui/theme_detect.c
tests_unit_test_theme_detect_LDADD = $(UNIT_LDADD) $(NCURSES_LIBS)
tests_unit_test_theme_detect_CFLAGS = $(UNIT_CFLAGS)
