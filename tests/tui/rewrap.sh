#!/bin/sh
# A word corrected with z= is laid out as corrected: at 80x24, a longer
# correction at the end of a line moves to the next line (no overflow),
# and a shorter one at the start of a line moves back up when it now
# fits (no gap).  The article itself is not changed.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

# Column by column (80 wide; a word ends before the last column when a
# space follows it): "goverment" ends at column 79 and fits, "government"
# would end at 80; "untill" would end at 80 and starts the next line,
# "until" ends at 79.
{
	printf 'Harbour report\n\n'
	printf 'The port authority said on Monday that the new pier, a crane, and the '
	printf 'goverment boats would all be ready by spring, after a long winter.\n\n'
	printf 'Engineers said that the cranes and the old pier would need work from now, '
	printf 'untill the end of the summer at the latest.\n'
} >"$tmp/a.txt"
cp "$tmp/a.txt" "$tmp/a.orig"

start 80 24 "$GALLEY" "$tmp/a.txt"
check "the article" wait_for "and the goverment"
check "untill starts a line" wait_row 8 "untill the end"
# The proofreader runs in the background: its marks show it is done.
check "the misspelling marked" wait_sgr "mgoverment" 20
keys ']' s z =
check "z= on goverment" wait_for "z= goverment:  1 government"
keys 1
check "corrected" wait_for "'goverment' corrected to 'government'"
check "the longer word moves to the next line" \
    wait_row 5 "government boats would"
check "the line before ends before it" \
    wait_until sh -c "sed -n 4p '$tmp/screen' | sed 's/ *\$//' | grep -qxF 'The port authority said on Monday that the new pier, a crane, and the'"
keys ']' s z =
check "z= on untill" wait_for "z= untill:  1 until"
keys 1
check "corrected too" wait_for "'untill' corrected to 'until'"
check "the shorter word moves back up" wait_row 7 "from now, until"
check "and the next line follows it" wait_row 8 "the end of the summer"
check "the article is not changed" cmp -s "$tmp/a.orig" "$tmp/a.txt"
keys q
check "quits" wait_for "[exited 0]"
finish
