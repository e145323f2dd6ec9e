# Start-up speed (issue 18, item 11): the tables read at start and the
# fast paths of the cleaner and the layout, checked against the slow ones.
UNIT_TESTS += tests/unit/test_fastpath
tests_unit_test_fastpath_SOURCES = tests/unit/test_fastpath.c
tests_unit_test_fastpath_LDADD = $(UNIT_LDADD)
tests_unit_test_fastpath_CFLAGS = $(UNIT_CFLAGS)
EXTRA_DIST += mk/start.mk
# A long article's first screen before the rest is laid out.
TUI_TESTS += tests/tui/long-doc.sh
