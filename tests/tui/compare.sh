#!/bin/sh
# The compare view: = on a source compares it with another version of
# its story, paragraphs aligned, words marked [-deleted-] {+inserted+}
# (markers, not colour alone), one version above the other at 80
# columns and side by side at 160; ]c [c n N step through the
# differences; a spelling mistake only one version has is called out;
# :compare mark pairs any two sources.  UTF-8 and C locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
para1='The harbour council voted on Tuesday to approve the new pier after a long debate about its cost and the effect on the fishing fleet at the caf\303\251 quay.'
para2='Members said the pier would bring visitors to the town and allow larger boats to land their catch without waiting for the tide to turn.'
para3='The mayor said the work would begin in the spring and take two years to finish, with the cost shared with the regional government.'
para4='Opponents said the money would be better spent on the roads and the school, which they said had been neglected for a decade.'
para5='A public meeting will be held next month to explain the plans to residents and answer their questions about the work.'
printf "Harbour council approves the new pier\n\n$para1\n\n$para2\n\n$para3\n\n$para4\n\n$para5\n" >"$tmp/docs/a.txt"
# b: a word changed, two paragraphs swapped, one changed with a typo
# introduced, the last cut.
printf "Harbour council approves the new pier\n\n%s\n\n%s\n\n%s\n\n%s\n" \
    "$(printf "$para1" | sed 's/a long debate/a lengthy debate/')" \
    "$(printf "$para3" | sed 's/two years/three years/; s/government/goverment/')" \
    "$para2" "$para4" >"$tmp/docs/b.txt"
printf 'Bakery wins regional prize\n\nA small bakery in the old town has won the regional prize for its rye bread, beating more than forty entries from across the province.\n\nThe owners said they would use the prize money to buy a second oven and take on an apprentice in the autumn.\n' >"$tmp/docs/c.txt"

for lang in C.UTF-8 C; do
	TEST_LANG=$lang start 80 24 "$GALLEY" "$tmp/docs"
	check "80x24 $lang: up" wait_for "a.txt"
	keys =
	check "80x24 $lang: = opens the compare view" \
	    wait_for "compare  A: a.txt  B: b.txt"
	check "80x24 $lang: a deleted word marked" wait_for "[-long-]"
	check "80x24 $lang: A's version above, in the gutter" \
	    wait_until grep -q '^A .*\[-long-\]' "$tmp/screen"
	check "80x24 $lang: B's version below it" \
	    wait_until grep -q '^B .*{+lengthy+}' "$tmp/screen"
	check "80x24 $lang: inserted after deleted" wait_until sh -c \
	    "test \$(grep -n lengthy '$tmp/screen' | cut -d: -f1) -gt \
	    \$(grep -n '\[-long-\]' '$tmp/screen' | cut -d: -f1)"
	check "80x24 $lang: a moved paragraph is matched" wait_for "> moved"
	check "80x24 $lang: its words compared" wait_for "{+three+}"
	check "80x24 $lang: the typo introduced in B called out" \
	    wait_for "! introduced in this version (B): goverment"
	keys ] c
	check "80x24 $lang: ]c to the first difference" \
	    wait_for "difference 1 of 3"
	check "80x24 $lang: at the top" wait_row 2 "~ changed"
	keys n
	check "80x24 $lang: n to the next" wait_for "difference 2 of 3"
	check "80x24 $lang: the moved paragraph at the top" \
	    wait_row 2 "> moved"
	keys ] c
	check "80x24 $lang: the cut paragraph" wait_for "difference 3 of 3"
	check "80x24 $lang: shown as cut" wait_row 2 "- cut from B"
	check "80x24 $lang: its words marked deleted" \
	    wait_for "[-A public meeting"
	keys ] c
	check "80x24 $lang: no more differences below" \
	    wait_for "No more differences below"
	keys [ c
	check "80x24 $lang: [c back" wait_for "difference 2 of 3"
	keys N
	check "80x24 $lang: N back" wait_for "difference 1 of 3"
	keys q
	check "80x24 $lang: q closes the view" wait_gone "compare  A:"
	# Any two sources: mark c, then = on a compares c with a.
	keys j j : "compare mark" Enter
	check "80x24 $lang: :compare mark" wait_for "marked for comparison"
	keys g =
	check "80x24 $lang: = compares the marked source" \
	    wait_for "compare  A: c.txt  B: a.txt"
	check "80x24 $lang: unrelated paragraphs cut and added" \
	    wait_for "+ added in B"
	keys q q
	check "80x24 $lang: quits" wait_for "[exited 0]"

	TEST_LANG=$lang start 160 50 "$GALLEY" "$tmp/docs"
	check "160x50 $lang: up" wait_for "a.txt"
	keys =
	check "160x50 $lang: = opens the compare view, the paths in full" \
	    wait_for "compare  A: $tmp/docs/a.txt  B: $tmp/docs/b.txt"
	check "160x50 $lang: side by side" \
	    wait_until grep -q '\[-long-\].*|.*The harbour council' "$tmp/screen"
	check "160x50 $lang: B on the right" wait_until grep -q '| {+lengthy+}' \
	    "$tmp/screen"
	check "160x50 $lang: the moved paragraph's change beside" \
	    wait_until grep -q '\[-two-\].*| .*{+three+}' "$tmp/screen"
	keys ] c ] c
	check "160x50 $lang: ]c steps" wait_for "difference 2 of 3"
	keys q q
	check "160x50 $lang: quits" wait_for "[exited 0]"
done

# Without colour the marks carry the differences alone.
start 80 24 env NO_COLOR=1 "$GALLEY" "$tmp/docs"
check "NO_COLOR: up" wait_for "a.txt"
keys =
check "NO_COLOR: deleted words marked" wait_for "[-long-]"
check "NO_COLOR: inserted words marked" wait_for "{+lengthy+}"
keys q q
check "NO_COLOR: quits" wait_for "[exited 0]"
finish
