#!/bin/sh
# The source list's header text is cut, with an ellipsis, before the
# column heads "err ent ann" (they were drawn over it), or at the list's
# edge when the list is too narrow for the heads; in UTF-8 and in the C
# locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Harbour headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring. Aminata Ouédraogo-Sawadogo said the dockworkers were satisfied with the agreement reached with the port operators last week.\n' >"$tmp/docs/story.txt"
printf 'Weather headline for the test\n\nby Ann Example\n\nThe rains came early this year, and the farmers along the river said that the sorghum harvest would be better than it was last season.\n' >"$tmp/docs/weather.txt"
# The list is 60 columns wide while the window has 100 or more, and 40
# fewer than the window below that.
printf 'list-width = 60\n' >"$tmp/cfg"

# filter: lists the sources that mention the person.
filter() {
	keys e
	# The row, not the article's "Aminata" that may still show.
	view_select "Sawadogo  (" || return 1
	keys Enter
}

start 130 24 "$GALLEY" --config="$tmp/cfg" "$tmp/docs"
check "reader up" wait_for " 2 sources, by path"
check "the list filtered by a person" filter
# " 1 of 2 sources mentions Aminata Ouédraogo-Sawadogo" is 51 columns;
# the heads start at column 38 of 60.
check "60 columns: the header is cut before the heads" \
    wait_row 1 " 1 of 2 sources mentions Aminata Ou… err ent ann "
resize 90 24
check "50 columns: cut shorter, no space before the ellipsis" \
    wait_row 1 " 1 of 2 sources mentions Aminata Oué… err ent ann "
# Under 80 columns the list takes the window when it has the focus.
resize 45 24
keys Tab
check "45 columns: the heads stay (narrow lists keep the counts)" \
    wait_row 1 " 1 of 2 sources mentions Aminat… err ent ann"
resize 130 24
keys c
check "a header that fits is not cut" wait_row 1 " 2 sources, by path   "
keys q
check "quits" wait_for "[exited 0]"

# At 80 columns the header is cut before it names the order: s and
# :sort say the new order on the status line (QA 22.3).
start 80 24 "$GALLEY" "$tmp/docs"
check "80 columns: reader up" wait_for " 2 sources, by"
keys s
check "s says the order it sorts by" wait_for "sorted by title"
keys s
check "s again: the next order" wait_for "sorted by date"
keys : "sort path" Enter
check ":sort says the order too" wait_for "sorted by path"
keys q
check "quits" wait_for "[exited 0]"

# In the C locale: '?' for each non-ASCII character and "..." for the
# ellipsis.
printf 'list-width = 64\n' >"$tmp/cfg"
TEST_LANG=C start 130 24 "$GALLEY" --config="$tmp/cfg" "$tmp/docs"
check "reader up in the C locale" wait_for " 2 sources, by path"
check "the list filtered" filter
check "C locale: the header is cut before the heads" \
    wait_row 1 " 1 of 2 sources mentions Aminata Ou?d... err ent ann "
keys c q
check "quits" wait_for "[exited 0]"
finish
