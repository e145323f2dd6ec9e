# Annotations: the model, sidecars, re-anchoring, export, and the
# annotate / annotations / export commands.  Included from Makefile.am.

UNIT_TESTS += tests/unit/test_anno
tests_unit_test_anno_SOURCES = tests/unit/test_anno.c
tests_unit_test_anno_LDADD = $(UNIT_LDADD)
tests_unit_test_anno_CFLAGS = $(UNIT_CFLAGS)

# A save whose directory cannot be synced: fsync wrapped at link time.
UNIT_TESTS += tests/unit/test_anno_sync
tests_unit_test_anno_sync_SOURCES = tests/unit/test_anno_sync.c
tests_unit_test_anno_sync_LDADD = $(UNIT_LDADD)
tests_unit_test_anno_sync_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_anno_sync_LDFLAGS = -Wl,--wrap=fsync

# Sidecar text written without jansson trees: the bytes json_dumps makes.
UNIT_TESTS += tests/unit/test_anno_emit
tests_unit_test_anno_emit_SOURCES = tests/unit/test_anno_emit.c
tests_unit_test_anno_emit_LDADD = $(UNIT_LDADD)
tests_unit_test_anno_emit_CFLAGS = $(UNIT_CFLAGS)

CLI_TESTS += tests/cli/annotate.sh tests/cli/anno-damaged.sh \
	tests/cli/anno-kill.sh tests/cli/anno-concurrent.sh \
	tests/cli/anno-reanchor.sh tests/cli/export.sh tests/cli/export-safe.sh \
	tests/cli/export-roundtrip.sh \
	tests/cli/export-formats.sh tests/cli/export-webanno.sh tests/cli/anno-review.sh \
	tests/cli/anno-lost-head.sh tests/cli/anno-list-json.sh \
	tests/cli/anno-foreign.sh \
	tests/cli/anno-stray.sh tests/cli/anno-lock.sh

# The reader's caret and selection motions (core: no curses).
UNIT_TESTS += tests/unit/test_caret
tests_unit_test_caret_SOURCES = tests/unit/test_caret.c
tests_unit_test_caret_LDADD = $(UNIT_LDADD)
tests_unit_test_caret_CFLAGS = $(UNIT_CFLAGS)
TUI_TESTS += tests/tui/select.sh
TUI_TESTS += tests/tui/anno-save.sh tests/tui/anno-locked.sh tests/tui/long-name.sh \
	tests/tui/note-controls.sh
TUI_TESTS += tests/tui/anno-damaged.sh
TUI_TESTS += tests/tui/paste.sh tests/tui/suspend.sh tests/tui/unsaved-exit.sh
TUI_TESTS += tests/tui/anno-thread.sh tests/tui/anno-loop.sh \
	tests/tui/anno-quick.sh tests/tui/anno-review.sh tests/tui/anno-watch.sh \
	tests/tui/anno-stray.sh tests/tui/anno-deleted.sh \
	tests/tui/anno-watch-many.sh
# Runs galley as a job control shell would, for Ctrl-Z in tests/tui.
check_PROGRAMS += tests/tui/foreground
tests_tui_foreground_SOURCES = tests/tui/foreground.c
tests_tui_foreground_LDADD =
# Exports of an edited article: the current offsets in every format.
CLI_TESTS += tests/cli/export-current.sh
# Fuzzy annotations are left out of the span formats, with a warning.
CLI_TESTS += tests/cli/export-fuzzy.sh
# export --tag/--creator given again: any of the values.
CLI_TESTS += tests/cli/export-filters.sh
# Ctrl-C in the note editor and the tag prompt.
TUI_TESTS += tests/tui/anno-ctrl-c.sh
TUI_TESTS += tests/tui/signal-order.sh

# Big sidecars read in two threads: the same set and the same damage.
UNIT_TESTS += tests/unit/test_anno_split
tests_unit_test_anno_split_SOURCES = tests/unit/test_anno_split.c
tests_unit_test_anno_split_LDADD = $(UNIT_LDADD)
tests_unit_test_anno_split_CFLAGS = $(UNIT_CFLAGS)
# Which sidecars the reader's watch looks at on a tick.
UNIT_TESTS += tests/unit/test_watch
tests_unit_test_watch_SOURCES = tests/unit/test_watch.c
tests_unit_test_watch_LDADD = $(UNIT_LDADD)
tests_unit_test_watch_CFLAGS = $(UNIT_CFLAGS)
