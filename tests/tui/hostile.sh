#!/bin/sh
# The reader over the hostile-input corpus (tests/hostile/gen, 20 times
# smaller than for galley clean: the reader lays out every file it opens):
# it opens, every source can be opened in the clean and the raw view and
# scrolled to its end, and it quits normally.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

h="$tmp/h"
scale=$(( ${GALLEY_HOSTILE_SCALE:-1} * 20 ))
GALLEY_HOSTILE_SCALE=$scale python3 "$top_srcdir/tests/hostile/gen" "$h" ||
	{ fail "generator"; finish; }
mkfifo "$h/pipe.txt"
ln -s . "$h/loop"
n=$(ls "$h" | grep -c '\.\(txt\|html\|xhtml\)$')

start 100 30 "$GALLEY" "$h"
$TMUX_CMD set-option -g allow-rename on >/dev/null
$TMUX_CMD set-option -g set-titles on >/dev/null
check "the reader opens on the corpus" wait_for "sources" 120
# Keys wait until every file is loaded (slow under the sanitizers).
check "the whole corpus loads" wait_gone "loading" 300
i=0
while [ "$i" -lt "$n" ]; do
	keys Tab G r G r Tab ']' ']'
	i=$((i + 1))
done
keys Tab g
check "still drawing after opening every source" wait_for "sources" 60
title=$($TMUX_CMD display-message -p -t t '#{pane_title}')
check "the pane title did not change" sh -c "! echo '$title' | grep -q 'pwned\|title'"
keys q
check "quits normally" wait_for "[exited 0]" 120
finish
