#!/bin/sh
# The list's order as shown (after s, with a filter) is the order of
# everything that steps through sources, as mutt's and newsboat's next
# and previous follow the index's sort: the status line numbers the open
# source by its row ("-" when the list does not show it), Enter on an
# entity opens the first row's source, and n and N go on to the next or
# previous row that mentions it, passing over the rows a filter hides.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

# By path a b c d; by title b (Apple), d (Market), c (Rain), a (Zebra).
mkdir -p "$tmp/docs"
printf 'Zebra crossing plan agreed\n\nOfficials in Zorblax said on Monday that the crossing outside the school would be painted.\n' >"$tmp/docs/a.txt"
printf 'Apple harvest begins early\n\nOfficials in Zorblax said on Tuesday that the harvest in the valley was three weeks early.\n' >"$tmp/docs/b.txt"
printf 'Rain expected over the hills\n\nRain is expected over the hills tonight, and the wind will ease by the morning.\n' >"$tmp/docs/c.txt"
printf 'Market roof to be mended\n\nOfficials in Zorblax said on Wednesday that the roof of the covered market would be mended.\n' >"$tmp/docs/d.txt"

# rows FIRST LAST: the list's rows 2 to 5 hold FIRST first, LAST last.
rows() {
	sed -n 2p "$tmp/screen" | grep -qF "$1" &&
	sed -n 5p "$tmp/screen" | grep -qF "$2"
}

start 120 24 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "4 sources, by path"
check "every title read" wait_until rows "Zebra crossing" "Market roof"
keys s
check "by title" wait_for "4 sources, by title"
check "in title order" wait_until rows "Apple harvest" "Zebra crossing"
# The list has the focus: its first row is b's, the second d's.
keys g Enter
check "b is open" wait_for "on Tuesday that the harvest"
check "numbered by its row, not its path" wait_for "CLEAN 1/4"
keys "]" "]"
check "]] opens the next row's" wait_for "on Wednesday that the roof"
check "the second row" wait_for "CLEAN 2/4"

# A source the list does not show has no row.
keys F "Apple" Enter
check "F shows b's row alone" wait_for "1 of 4: F Apple"
check "d has no row" wait_for "CLEAN -/4"
keys c
check "c lists every source again" wait_for "4 sources, by title"
check "d's row again" wait_for "CLEAN 2/4"

keys e
check "the entities view" wait_for "entities in all sources"
view_select "Zorblax  (3 sources"
keys Enter
check "Enter filters the list" wait_for "3 of 4 sources mention Zorb"
check "the first row's source is opened" wait_for "on Tuesday that the harvest"
check "the first row" wait_for "CLEAN 1/4"
keys n
check "n goes on to the next row's source" wait_for "on Wednesday that the roof"
check "said as the next source" wait_for "match 1 of 1 (next source)"
check "numbered 2" wait_for "CLEAN 2/4"
keys n
check "then the third row's" wait_for "on Monday that the crossing"
check "numbered 3" wait_for "CLEAN 3/4"
keys n
check "none after the last row" wait_for "No more matches below"
keys N
check "N goes back a row" wait_for "on Wednesday that the roof"
check "said as the previous source" wait_for "match 1 of 1 (previous source)"
check "numbered 2 again" wait_for "CLEAN 2/4"

# A filter that hides the open source: N comes from the bottom row,
# passing over the rows without a mention and the source hidden.
keys F "!Market" Enter
check "F hides d" wait_for "3 of 4: F !Market"
check "d has no row" wait_for "CLEAN -/4"
keys N
check "N from the last row: a's" wait_for "on Monday that the crossing"
check "numbered 3 of the rows shown" wait_for "CLEAN 3/4"
keys N
check "then b's, past c's without one" wait_for "on Tuesday that the harvest"
check "numbered 1" wait_for "CLEAN 1/4"

keys q
check "quits" wait_for "[exited 0]"
finish
