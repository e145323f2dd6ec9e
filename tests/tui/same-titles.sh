#!/bin/sh
# Sources that share a title (the versions of one wire story) are named
# by their file in the source list, as in the :grep list: rows that all
# said the same told them apart by nothing.  A title of its own stays.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

. "$top_srcdir/tests/tui/harbour-lib.sh"

mkdir -p "$tmp/docs"
page "$tmp/docs/morning.html" "Port strike ends" "Coast Daily" \
    "Dock workers returned to work on Monday after nine days of talks with the harbour authority about pay."
page "$tmp/docs/evening.html" "Port strike ends" "Sahel Morning" \
    "The union signed a new wage agreement late on Sunday night, its general secretary told reporters."
page "$tmp/docs/plan.html" "Harbour plan" "Coast Daily" \
    "The council said the harbour road would close for a week while the old sea wall is repaired."

start 120 24 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "3 sources"
# The list's columns only, all at once (a source not loaded yet is
# named by its file too).
check "the versions by their files beside a title of its own" wait_until \
    sh -c "sed -n 2,5p '$tmp/screen' | cut -c1-36 >'$tmp/list' &&
    grep -q 'morning.html' '$tmp/list' && grep -q 'evening.html' '$tmp/list' &&
    grep -q 'Harbour plan' '$tmp/list'"
check "the shared title is on no row" sh -c "! grep -q 'Port strike' '$tmp/list'"
keys q
check "quits" wait_for "[exited 0]"
finish
