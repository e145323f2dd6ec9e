#!/bin/sh
# A press and a release that arrive together (a slow link, or galley
# busy when they came) are merged by curses into one BUTTON1_CLICKED
# event.  The pane took only presses and releases, so such a click was
# lost: no caret.  It now puts the caret where it was, as a press and a
# release do.  (Found under valgrind: caret-corrected.sh lost its click.)
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring.\n' >"$tmp/a.txt"
start 100 10 "$GALLEY" "$tmp/a.txt"
check "the article" wait_for "new pier would open"
screen
row=$(grep -n 'new pier' "$tmp/screen" | cut -d: -f1)
col=$(grep 'new pier' "$tmp/screen" | awk '{ print index($0, "pier") }')
# Press and release button 1 on the "i" of "pier", in one write.
keys -l "$(printf '\033[<0;%d;%dM\033[<0;%d;%dm' $((col + 1)) "$row" $((col + 1)) "$row")"
check "the merged click puts the caret on the i of pier" wait_sgr "48;5;231mi"
check "in cursor mode" wait_for "CURSOR"
keys Escape q
check "quits" wait_for "[exited 0]"
finish
