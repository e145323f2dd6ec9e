# The reader's lists: / ? n N and F in every list, the readable :grep
# hit list and its quickfix steps, the source list's columns, its order
# as shown followed by the status line and n N, its title order.
UNIT_TESTS += tests/unit/test_list_filter
tests_unit_test_list_filter_SOURCES = tests/unit/test_list_filter.c
tests_unit_test_list_filter_LDADD = $(UNIT_LDADD)
tests_unit_test_list_filter_CFLAGS = $(UNIT_CFLAGS)
TUI_TESTS += tests/tui/list-search.sh tests/tui/grep-list.sh \
	tests/tui/list-counts.sh tests/tui/list-order.sh \
	tests/tui/sort-title.sh
EXTRA_DIST += tests/tui/lists-lib.sh mk/lists.mk
