#!/bin/sh
# m in the entities view: the marked row shows its mark, the mark goes
# when the view closes, and m on another entity fills in ":merge A | B"
# for a last look (as x, t and D fill theirs): nothing is merged before
# Enter.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"
. "$top_srcdir/tests/tui/entities-lib.sh"

mkdir -p "$tmp/docs"
printf 'Border talks in Bamako\n\nOfficials from Mali met envoys from Russia on Friday, and the Sahel was the first matter on the table.\n' >"$tmp/docs/a.txt"

start 130 30 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "first matter on the table"
keys e
wait_for "entities in all sources" >/dev/null
view_select "Russia  ("
keys m
check "the mark said" wait_for "Russia marked: m on another entity merges them"
check "the marked row shows its mark" wait_until grep -Eq '^\*GPE +[0-9]+  Russia  \(1 source\)  marked' "$tmp/screen"
keys q
wait_gone "entities in all sources" >/dev/null
keys e
wait_for "entities in all sources" >/dev/null
settle
screen
check "the mark went with the view" sh -c "! grep -q 'marked' '$tmp/screen' && ! grep -q '^\*' '$tmp/screen'"
view_select "Sahel  ("
keys m
check "no merge: a new mark" wait_for "Sahel marked: m on another entity merges them"
view_select "Russia  ("
keys m
check "the merge filled in for a last look" wait_for ":merge Sahel | Russia"
check "nothing merged before Enter" test ! -e "$tmp/docs/.galley-entities"
keys Enter
check "merged on Enter" wait_for "merged Sahel and Russia"
check "the merge kept" grep -qx "merge	Sahel	Russia" "$tmp/docs/.galley-entities"
keys q q
check "quits" wait_for "[exited 0]"
finish
