#!/bin/sh
# A count before a key, as in less and vim (QA 31 F10: 5j moved one
# line, 5G went to the end): 5j moves five lines, 10G goes to the tenth
# line from the top (in cursor mode too), g then 3j three; the count
# shows on the status line while it is typed (showcmd), and a key that
# takes none ignores it.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

doc="$tmp/doc.txt"
{
	printf 'A long report for the counts\n\n'
	for i in $(seq -w 1 60); do
		printf 'Paragraph %s of the report tells of the harbour.\n\n' "$i"
	done
} >"$doc"

# Paragraph k on layout line 2(k - 1), the pane's first line on screen
# line 4.
start 80 24 "$GALLEY" "$doc"
check "reader up" wait_row 4 "Paragraph 01"
keys 5
check "the count shows as it is typed" wait_for "5   CLEAN 1/1"
keys j
check "5j: five lines down" wait_row 5 "Paragraph 04"
# The status line is drawn after the pane: wait for it, not one capture.
check "the count is gone once used" wait_gone "5   CLEAN"
keys 1 0 G
check "10G: the tenth line at the top" wait_row 5 "Paragraph 06"
keys g 3 j
check "g then 3j" wait_row 5 "Paragraph 03"
keys 2 j j
check "a count applies to its key only" wait_row 4 "Paragraph 04"
# In cursor mode the caret follows the count's line, not G's end.
keys m
check "cursor mode" wait_for "CURSOR"
keys 3 0 G
check "30G in cursor mode: the thirtieth line" wait_row 5 "Paragraph 16"
keys Escape
keys q
check "quits" wait_for "[exited 0]"
finish
