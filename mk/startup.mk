# Start-up: the reader's options and paths, what it says of those it
# could not use, and what it marks read before a key; and what p and P
# visit and count.
CLI_TESTS += tests/cli/start-options.sh
TUI_TESTS += tests/tui/start-paths.sh
EXTRA_DIST += mk/startup.mk
TUI_TESTS += tests/tui/start-read.sh
# The list in the order its header names from the start (by path).
TUI_TESTS += tests/tui/sort-start.sh
# p and P visit what they count, hidden problems too.
TUI_TESTS += tests/tui/problem-count.sh
EXTRA_DIST += tests/tui/debris.html
# --config is read once (a bad line said once, the file opened once).
TUI_TESTS += tests/tui/config-once.sh
check_PROGRAMS += tests/tui/count-opens
tests_tui_count_opens_SOURCES = tests/tui/count-opens.c
tests_tui_count_opens_LDADD =
# Every bad line of the settings is said on standard error too.
TUI_TESTS += tests/tui/config-errors.sh
