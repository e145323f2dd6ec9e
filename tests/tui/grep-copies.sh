#!/bin/sh
# The :grep hit list names a source by its title, but by its file when
# another source has the same title: the versions of one wire story all
# have it, and their rows told them apart by nothing (a QA pass).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
# page FILE TITLE TEXT
page() {
	printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body><article><h1>%s</h1><p>%s</p><p>%s</p></article></body></html>\n' \
	    "$2" "$2" "$3" "The officials gave no date for the second stage of the works on the harbour front." >"$1"
}
story='The port authority said that the new pier at Koulanta would open in the spring, after a year of delays.'
page "$tmp/docs/wire.html" "Koulanta pier to open" "$story"
page "$tmp/docs/outlet.html" "Koulanta pier to open" "$story It was delayed by storms."
page "$tmp/docs/council.html" "Council budget" \
    "The council of Koulanta voted on its budget for the coming year, late on Tuesday."

start 100 24 "$GALLEY" "$tmp/docs"
check "reader up" wait_for " 3 sources,"
keys : "grep Koulanta" Enter
check "the hit list" wait_for "hits for Koulanta"
check "a copy is named by its file" wait_for " wire.html"
check "the other copy too" wait_for " outlet.html"
check "a title no other source has is kept" \
    wait_until grep -q '^ Council budget  *:' "$tmp/screen"
check "no row is named by the shared title" \
    sh -c "! grep -q '^ Koulanta pier to open  *:' '$tmp/screen'"
keys q q
check "quits" wait_for "[exited 0]"
finish
