#!/bin/sh
# Searching in the article as less does: / searches forward from the top
# of the screen, ? backward from its bottom; n repeats the search in its
# own direction and N in the other; after paging away from the current
# match, n goes on from the screen, not from the match left behind.
# ] and [ at the ends of the source list, and Enter on the source
# already open, keep the reading position.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

# 40 one-line paragraphs; "zebra" in paragraphs 5, 15, 25 and 35.
doc="$tmp/zebras.txt"
{
	printf 'A headline about striped animals\n\nby Ann Author\n\n'
	i=1
	while [ "$i" -le 40 ]; do
		case $i in
		5|15|25|35) w="a zebra" ;;
		*) w="an antelope" ;;
		esac
		printf 'Paragraph %02d of the report describes %s seen near the river at dawn.\n\n' "$i" "$w"
		i=$((i + 1))
	done
} >"$doc"

# top: the first line of the article under the header (line 4).
top() {
	wait_row 4 "$1"
}

start 80 24 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys / zebra Enter
check "/ finds the first match" wait_for "match 1 of 4"
check "and shows it at the top" top "Paragraph 05"
keys n
check "n: the next match" wait_for "match 2 of 4"
keys N
check "N: back to the previous one" wait_for "match 1 of 4"

# ? at the end of the article: the search starts at the bottom of the
# screen, so the last match, shown on it, is found first.
keys G
keys '?' zebra Enter
check "? from the end finds the last match on the screen" wait_for "match 4 of 4"
keys n
check "n after ? goes on backward" wait_for "match 3 of 4"
check "to the match above" top "Paragraph 25"
keys n
check "n again: further back" wait_for "match 2 of 4"
keys N
check "N after ? goes forward" wait_for "match 3 of 4"

# Paging on past the current match: n continues from the screen.
keys g / zebra Enter
check "/ again from the top" wait_for "match 1 of 4"
keys Space Space
check "two pages down" top "Paragraph 24"
keys n
check "n after paging: the first match below the screen's top" \
    wait_for "match 3 of 4"
check "shown at the top" top "Paragraph 25"

# ]] on the last source, [[ on the first (here the only one): they say
# so and keep the reading position.
keys ']' ']'
check "]] on the last source says so" wait_for "no next source"
check "and keeps the reading position" top "Paragraph 25"
keys '[' '['
check "[[ on the first source says so" wait_for "no previous source"
check "and keeps it too" top "Paragraph 25"
# Enter on the source already open goes to it, where the reader was.
keys l
check "l shows the list" wait_for "1 source"
keys Enter
settle
check "Enter on the open source keeps the reading position" \
    top "Paragraph 25"
keys G
check "and goes to the pane: G goes to the article's end" \
    wait_for "Paragraph 40"
keys q
check "quits" wait_for "[exited 0]"
finish
