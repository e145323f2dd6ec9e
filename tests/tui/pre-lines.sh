#!/bin/sh
# A <pre> block of three lines shows as three lines in the clean view
# (no ^J, each line's indentation kept), the paragraph after it where it
# belongs; a search inside it lands on its word and an annotation on its
# second line is listed; the raw view shows the lines (undimmed:
# tests/unit/test_layout).
# (The page is tests/cli/pre-page.html, as galley clean's test.)
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

page="$tmp/pre.html"
cp "$top_srcdir/tests/cli/pre-page.html" "$page"
GALLEY_USER="Test Annotator"
export GALLEY_USER
"$GALLEY" annotate "$page" --quote "north   12 m" --tag table >/dev/null ||
	fail "annotate the second line"

start 100 24 "$GALLEY" "$page"
check "reader up" wait_for "CLEAN 1/1"
check "the first line" wait_for "berth   depth"
check "no ^J anywhere" sh -c "! grep -qF '^J' '$tmp/screen'"
first=$(grep -n "berth   depth" "$tmp/screen" | cut -d: -f1)
check "the second line under it" \
	sh -c "sed -n '$((first + 1))p' '$tmp/screen' | grep -q '^ *north   12 m *$'"
check "the third under that, indented" \
	sh -c "sed -n '$((first + 2))p' '$tmp/screen' | grep -q '^ *    south   9 m *$'"
check "then a blank line and the next paragraph" \
	sh -c "sed -n '$((first + 4))p' '$tmp/screen' | grep -q '^ *Dockworkers said'"
keys / s o u t h Enter
check "a search finds the word on the third line" wait_for "match 1 of 1"
keys A
check "the annotation on the second line is listed" wait_for "[anchored] table"
keys q
check "back" wait_for "F1 help"
keys r
check "the raw view" wait_for "RAW"
check "shows the lines" wait_for "    south   9 m"
keys q
check "quits" wait_for "[exited 0]"
finish
