#!/bin/sh
# The compare view's columns keep the article's measure (text-width,
# 80 by default) as the reading pane does: side by side at 300 columns,
# each version's lines are at most 80 columns, not 148.  At 80 and 60
# columns the versions stand one above the other, each line led by A or
# B, its words whole.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

p1='The harbour council voted on Tuesday to approve the new pier after a long debate about its cost, which members said had doubled since the plan was first put to the town three years ago, and which the regional government has now agreed to share.'
p2='Fishermen at the quay said they had waited twenty years for the council to make up its mind, and that the larger boats now working the coast could land their catch here for the first time since the old harbour silted up.'
two_versions "$tmp/docs" "$p1" "$p2" 's/twenty years/two decades/'

# longest_line [FILE]: the widest line of FILE (the last screen),
# trailing blanks cut; the ellipsis of a cut header is one column (awk
# counts its three bytes).
dots=$(printf '\342\200\246')
longest_line() {
	sed "s/ *\$//; s/$dots/./g" "${1:-$tmp/screen}" |
	    awk '{ if (length($0) > m) m = length($0) } END { print m }'
}

# within N [SED]: no line of the last screen (less those the sed script
# SED deletes) is wider than N.  Polled with wait_until: the reading
# view's longer lines may still show under the compare view half drawn.
within() {
	sed "${2:-}" "$tmp/screen" >"$tmp/lines"
	test "$(longest_line "$tmp/lines")" -le "$1"
}

start 300 30 "$GALLEY" "$tmp/docs"
check "300: up" wait_for "a.txt"
keys =
check "300: the compare view" wait_for "compare  A:"
check "300: the changed paragraph" wait_for "two decades"
check "300: B's column starts after A's 80" \
    wait_until sh -c "grep 'two decades' '$tmp/screen' | awk '{ i = index(\$0, \"two decades\"); exit !(i > 80 && i < 170) }'"
check "300: no line wider than two columns of 80" \
    wait_until within 164 '1d;$d'
keys q q
check "300: quits" wait_for "[exited 0]"

for w in 80 60; do
	start $w 30 "$GALLEY" "$tmp/docs"
	check "$w: up" wait_for "a.txt"
	keys =
	check "$w: the compare view" wait_for "compare  A:"
	check "$w: A's version above" wait_until grep -q '^A .*twenty' "$tmp/screen"
	check "$w: B's below it" wait_until grep -q '^B .*two decades' "$tmp/screen"
	check "$w: lines within the window" wait_until within $w
	check "$w: words whole (the paragraph's last ones show)" \
	    wait_until grep -q 'silted up' "$tmp/screen"
	keys q q
	check "$w: quits" wait_for "[exited 0]"
done
finish
