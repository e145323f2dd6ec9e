# Syndicated copy (src/copies/): galley copies and galley compare, their
# unit and shell tests.  Included from Makefile.am.
UNIT_TESTS += tests/unit/test_copies
tests_unit_test_copies_SOURCES = tests/unit/test_copies.c
tests_unit_test_copies_LDADD = $(UNIT_LDADD)
tests_unit_test_copies_CFLAGS = $(UNIT_CFLAGS)

CLI_TESTS += tests/cli/copies.sh tests/cli/compare.sh tests/cli/compare-cjk.sh \
	tests/cli/compare-spaces.sh \
	tests/cli/anno-travel.sh
EXTRA_DIST += tests/cli/parts-lib.sh

EXTRA_DIST += tools/make-syndication
TUI_TESTS += tests/tui/compare.sh
UNIT_TESTS += tests/unit/test_comparison
tests_unit_test_comparison_SOURCES = tests/unit/test_comparison.c
tests_unit_test_comparison_LDADD = $(UNIT_LDADD)
tests_unit_test_comparison_CFLAGS = $(UNIT_CFLAGS)
TUI_TESTS += tests/tui/shared-marks.sh
TUI_TESTS += tests/tui/story-list.sh
EXTRA_DIST += tests/tui/harbour-lib.sh
TUI_TESTS += tests/tui/compare-view.sh tests/tui/compare-cjk.sh
TUI_TESTS += tests/tui/shared-marks-many.sh tests/tui/shared-marks-lines.sh
CLI_TESTS += tests/cli/copies-many.sh tests/cli/copies-lines.sh \
	tests/cli/copies-table.sh tests/cli/copies-many-lines.sh
TUI_TESTS += tests/tui/compare-search-top.sh
# A dash beside a wdiff mark is kept apart from it (the C locale).
TUI_TESTS += tests/tui/compare-marks.sh
# Markup debris left out of the comparison, as the clean view has it.
TUI_TESTS += tests/tui/compare-debris.sh
TUI_TESTS += tests/tui/story-search.sh
TUI_TESTS += tests/tui/travel.sh tests/tui/travel-save.sh
TUI_TESTS += tests/tui/travel-list.sh
