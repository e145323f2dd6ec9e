#!/bin/sh
# In cursor mode g and G take the caret to the first and the last line
# (as in vim), not only the view, even where the view cannot move: t
# then tags the word there.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

{
	printf 'Long report\n\nOpening words of the report.\n\n'
	i=1
	while [ "$i" -le 60 ]; do
		printf 'Middle paragraph number %s says little.\n\n' "$i"
		i=$((i + 1))
	done
	printf 'Closing words of the report.\n'
} >"$tmp/long.txt"

start 100 30 "$GALLEY" "$tmp/long.txt"
check "reader up" wait_for "CLEAN 1/1"
keys m G t
check "tag prompt at the end" wait_for "tags"
keys -l "claim"
keys Enter
check "tagged" wait_for "tagged"
check "G put the caret on the last line" grep -q '"exact": "Closing"' "$tmp/long.txt.anno.json"
keys g t
check "tag prompt at the top" wait_for "tags"
keys -l "source"
keys Enter
check "tagged again" wait_for "tagged"
check "g put it on the first (the title)" grep -q '"exact": "Long"' "$tmp/long.txt.anno.json"

# A source that fits the screen: G does not scroll, the caret still goes.
printf 'Short note\n\nOpening words.\n\nClosing words.\n' >"$tmp/short.txt"
start 100 30 "$GALLEY" "$tmp/short.txt"
check "reader up on the short one" wait_for "CLEAN 1/1"
keys m G t
check "tag prompt" wait_for "tags"
keys -l "claim"
keys Enter
check "tagged there" wait_for "tagged"
check "G put the caret on the last line" grep -q '"exact": "Closing"' "$tmp/short.txt.anno.json"
finish
