# Text out of the reader: y and Y (the clipboard, the yank file), o
# (the source's URL in a browser).
UNIT_TESTS += tests/unit/test_quote
tests_unit_test_quote_SOURCES = tests/unit/test_quote.c
tests_unit_test_quote_LDADD = $(UNIT_LDADD)
tests_unit_test_quote_CFLAGS = $(UNIT_CFLAGS)
TUI_TESTS += tests/tui/yank.sh tests/tui/open-url.sh
EXTRA_DIST += mk/textout.mk
