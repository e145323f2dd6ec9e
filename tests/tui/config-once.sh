#!/bin/sh
# The settings are read once at start-up: main checked an explicit
# --config and the reader read it again (twice the cost, and a bad line
# could be said twice).  The file is opened once (counted with inotify
# by tests/tui/count-opens), and its one bad line is said once.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Harbour headline\n\nThe port authority said the new pier would open in spring.\n' >"$tmp/docs/a.txt"
printf 'sort = title\nbogus = 1\n' >"$tmp/settings"
counter="$top_builddir/tests/tui/count-opens"

start 120 24 "$counter" "$tmp/settings" "$tmp/opens" \
	"$GALLEY" --config="$tmp/settings" "$tmp/docs"
check "the bad line is said" wait_for "settings:2: unknown setting 'bogus'"
check "once: no other message waits" sh -c "! grep -q '+1 more' '$tmp/screen'"
keys j
check "a key clears it, nothing follows" wait_for "F1 help"
check "not said again" wait_gone "bogus"
keys q
check "quits" wait_for "[exited 0]"
check "the settings were opened once" sh -c "test \"\$(cat '$tmp/opens')\" = 1"

# --theme-test reads them once too.
start 120 24 "$counter" "$tmp/settings" "$tmp/opens" \
	"$GALLEY" --config="$tmp/settings" --theme-test
check "the theme test shows the bad line" wait_for "unknown setting 'bogus'"
keys q
check "the theme test quits" wait_for "[exited 0]"
check "the theme test opened them once" sh -c "test \"\$(cat '$tmp/opens')\" = 1"
finish
