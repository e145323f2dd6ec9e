#!/bin/sh
# SIGTERM (or SIGHUP) then Ctrl-C's SIGINT before the reader looks: the
# SIGINT overwrote the SIGTERM, went to the open note editor as a key,
# and galley kept running.  An ending signal always wins now.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

doc="$tmp/story.txt"
printf 'Harbour headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER

# open_editor: galley up with the note editor open.
open_editor() {
	start 100 30 "$GALLEY" "$doc"
	check "reader up" wait_for "CLEAN 1/1"
	keys m w c
	check "note editor" wait_for "note on"
}

open_editor
pid=$(pane_child)
kill -TERM "$pid"; kill -INT "$pid"
check "SIGTERM then SIGINT: SIGTERM ends it" wait_for "[exited 143]"

open_editor
pid=$(pane_child)
kill -HUP "$pid"; kill -INT "$pid"
check "SIGHUP then SIGINT: SIGHUP ends it" wait_for "[exited 129]"
finish
