# What the clean view and galley clean's article leave out: markup debris
# (src/view/debris.c).
CLI_TESTS += tests/cli/clean-debris.sh
CLI_TESTS += tests/cli/clean-blocks.sh
TUI_TESTS += tests/tui/debris.sh tests/tui/dropped.sh
TUI_TESTS += tests/tui/dropped-caret.sh
TUI_TESTS += tests/tui/keep-block.sh
EXTRA_DIST += tests/tui/two-runs.html
EXTRA_DIST += mk/view.mk
UNIT_TESTS += tests/unit/test_block_choices
tests_unit_test_block_choices_SOURCES = tests/unit/test_block_choices.c
tests_unit_test_block_choices_LDADD = $(UNIT_LDADD)
tests_unit_test_block_choices_CFLAGS = $(UNIT_CFLAGS)
# <pre> blocks keep their line breaks: galley clean and the reader.
CLI_TESTS += tests/cli/clean-pre.sh
TUI_TESTS += tests/tui/pre-lines.sh
EXTRA_DIST += tests/cli/pre-page.html
