#!/bin/sh
# Window sizes: side by side from 80 columns, one pane at a time below,
# "too small" that recovers, a single file at full width, and resizing
# that keeps the reading position.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

start 80 24 "$GALLEY" "$top_srcdir/samples"
check "80x24: list and pane side by side" wait_for "10 sources"
check "80x24: the pane shows the article" wait_for "│ECOWAS Leaders"

# Under 80 columns: one pane at a time, Tab switches.
resize 79 24
check "79 columns: the list alone" wait_for "10 sources"
check "79 columns: no pane beside it" wait_gone "│"
keys Tab
check "Tab shows the reading pane" wait_gone "10 sources"
check "the pane shows the open article" wait_for "ECOWAS Leaders"
keys Tab
check "Tab brings the list back" wait_for "10 sources"
keys l
check "79 columns: l hides the list" wait_gone "10 sources"
keys l
check "79 columns: l shows it again" wait_for "10 sources"

# Too small, then recovering.
resize 12 3
check "a tiny window says so" wait_for "too small"
resize 100 30
check "growing recovers the screen" wait_for "10 sources"
check "and the article" wait_for "ECOWAS Leaders"

# Resizing keeps the reading position: scroll, resize, same passage.
keys Tab G
# The line is taken at the end: a slow galley may not have moved yet
# when the screen settles.
check "G: at the end of the article" wait_for "CLEAN 1/10  100%"
settle
screen
last=$(sed -n 28p "$tmp/screen" | sed 's/.*│//' | awk '{ print $1, $2, $3 }')
resize 130 30
settle
check "resize: the end of the article is still shown" wait_for "$last"
resize 90 40
settle
check "resize again: still there" wait_for "$last"
keys q
check "quits cleanly" wait_for "[exited 0]"

# Resized while suspended (Ctrl-Z, as a job control shell runs it): the
# screen is drawn for the new size when it resumes, before any key.  Not
# under valgrind, which does not stop for SIGTSTP (see paste.sh).
if [ -z "${GALLEY_WRAPPER:-}" ]; then
	start 70 20 "$top_builddir/tests/tui/foreground" "$GALLEY" \
	    "$top_srcdir/samples"
	check "suspend: reader up, the list alone" wait_for "10 sources"
	pid=$(child_of "$(pane_child)")
	keys C-z
	check "suspend: Ctrl-Z stops it" wait_gone "10 sources"
	resize 100 30
	kill -CONT "$pid"
	check "resumed after a resize: list and pane side by side" \
	    wait_for "│ECOWAS Leaders"
	check "and the status line on the new last row" wait_row 30 "F1 help"
	keys q
	check "suspend: quits" wait_for "[exited 0]"
fi

# A single file opens at full width; l brings the list back.
start 100 30 "$GALLEY" "$top_srcdir/samples/wire-brief.txt"
check "single file: the article" wait_for "Djoliba Suspends Two Foreign Radio Stations"
check "single file: no list" sh -c "! grep -q '1 source,' '$tmp/screen'"
check "single file: full width" sh -c "! grep -q '│' '$tmp/screen'"
keys l
check "l brings the list back" wait_for "1 source,"
keys q
check "quits" wait_for "[exited 0]"

# The same under 80 columns, where the list takes the whole window.
start 60 20 "$GALLEY" "$top_srcdir/samples/wire-brief.txt"
check "narrow single file: the article" wait_for "Djoliba Suspends Two"
keys l
check "narrow: l shows the list" wait_for "1 source,"
keys Enter
check "narrow: Enter goes back to the article" wait_gone "1 source,"
keys q
check "quits" wait_for "[exited 0]"
finish
