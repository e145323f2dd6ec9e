#!/bin/sh
# Counted things in the reader say one of them in the singular: the
# list header, the hits, problems, entities and annotations views, and
# the list filtered by an entity ("1 sources", "1 hits" were shown).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/story.txt"
printf 'Port headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms and by a shortage of steel. Amadou Diallo said the dockworkers were satisfied with the the agreement reached with the port operators last week.\n' >"$doc"
printf 'Weather headline for the test\n\nby Ann Example\n\nThe rains came early this year, and the farmers along the river said that the sorghum harvest would be better than it was last season.\n' >"$tmp/docs/weather.txt"
GALLEY_USER="Test Annotator"
export GALLEY_USER
"$GALLEY" annotate "$doc" --quote "new pier" --tag claim >/dev/null ||
    fail "annotate"

start 100 24 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys l
check "the list header: 1 source" wait_row 1 " 1 source, by path"
keys Tab p
check "the one problem" wait_for "repeat: the the"
keys v
check "the problems view: 1 problem" wait_row 1 " 1 problem in "
keys q : "grep pier" Enter
check "the hits view: 1 hit" wait_row 1 " 1 hit for pier"
keys q e
check "the entities view: 1 entity" wait_row 1 " 1 entity in all sources"
keys q A
check "the annotations view: 1 annotation" \
    wait_row 1 " 1 annotation in all sources"
keys q q
check "quits" wait_for "[exited 0]"

printf 'list-width = 70\n' >"$tmp/cfg"
start 130 24 "$GALLEY" --config="$tmp/cfg" "$tmp/docs"
check "reader up" wait_for " 2 sources, by path"
keys e
# The row, not the article's "Amadou Diallo" that may still show.
check "the entities view" wait_for "Amadou Diallo  ("
view_select "Amadou Diallo  ("
keys Enter
check "the list filtered: 1 of 2 sources mentions it" \
    wait_row 1 " 1 of 2 sources mentions Amadou Diallo"
keys c q
check "quits" wait_for "[exited 0]"
finish
