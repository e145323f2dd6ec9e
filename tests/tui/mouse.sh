#!/bin/sh
# The mouse: a click in the list opens a source, the wheel scrolls the
# pane under the pointer.  Events are typed as the xterm SGR mouse
# sequences a terminal sends (tmux passes them through).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

start 120 30 "$GALLEY" "$top_srcdir/samples"
check "reader up" wait_for "CLEAN 1/10"
# Press and release button 1 on the fourth screen row (third source).
keys -l "$(printf '\033[<0;10;4M')"
keys -l "$(printf '\033[<0;10;4m')"
check "a click opens the source under the pointer" wait_for "CLEAN 3/10"
check "its article is shown" wait_for "Djoliba Revokes Northgate’s Licence at Sirakoro Gold Mine"
settle
screen "$tmp/before"
# Wheel down (button 65) over the pane.
keys -l "$(printf '\033[<65;80;10M')"
settle
screen "$tmp/after"
b4=$(sed -n 7p "$tmp/before" | sed 's/.*│//')
af=$(sed -n 4p "$tmp/after" | sed 's/.*│//')
check "the wheel scrolls the pane by three lines" test "$b4" = "$af"
check "the list did not move" sh -c "sed -n 2p '$tmp/after' | grep -q 'ECOWAS Leaders'"
# Wheel down over the list moves the selection, not the pane.
keys -l "$(printf '\033[<65;5;10M')"
settle
screen "$tmp/after2"
af2=$(sed -n 4p "$tmp/after2" | sed 's/.*│//')
check "pane text unchanged by the wheel over the list" test "$af" = "$af2"
keys q
check "quits" wait_for "[exited 0]"
finish
