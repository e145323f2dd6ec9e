#!/bin/sh
# :e reads a source again: :grep's hits are found again in its new text
# (the list shows the new context, :cn counts the new hits), not left
# pointing into the text it no longer has.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/s.txt"
printf 'Alpha story headline\n\nThe council said the budget would cover the cranes this year.\n' \
	>"$tmp/docs/a.txt"
printf 'Old harbour headline\n\nThe old pier near the harbour was closed after the storm.\n' \
	>"$doc"

start 120 20 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "CLEAN 1/2"
keys : "grep harbour" Enter
check "the hits of the old text" wait_for "old pier near the harbour was closed"
keys Enter
check "s.txt open at the hit" wait_for "The old pier near the harbour"
printf 'New harbour headline\n\nA first line, longer than the old one was, moves the rest down.\n\nThe new quay beside the harbour has opened. The harbour is busy.\n' \
	>"$doc"
keys : e Enter
check ":e reads it again" wait_for "s.txt read again from disk"
keys : cl Enter
check "the list shows the new text's hits" \
	wait_for "new quay beside the harbour has opened"
check "not the old text's" wait_gone "old pier near the harbour"
keys Escape : cn Enter
check ":cn counts the new hits" wait_for "hit 2 of 3"
keys q
check "quits" wait_for "[exited 0]"
finish
