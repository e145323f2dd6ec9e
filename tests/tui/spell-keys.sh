#!/bin/sh
# The editor's spelling keys, vim-style: ]s and [s from the screen
# position, ]] and [[ between sources, the prefix shown while it waits,
# Esc and unknown sequences; z= picks a correction kept beside the
# article (shown corrected, the article untouched); zg and zug add and
# take back a word; zw marks a word wrong, zuw takes it back.  At 80x24 and 120x40, in a
# UTF-8 and in the C locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
# Ninety paragraphs of varied prose, problems near the top, the middle
# and the end.
story() {
	awk 'BEGIN {
		ns = split("The committee|The port authority|A spokesman for the union|The mayor|Shipping firms|The council|Local traders|The pier manager|Engineers|Residents|Two inspectors", s, "|")
		nv = split("said|argued|warned|noted|agreed|explained|told reporters|insisted|wrote", v, "|")
		no = split("the budget would cover the new cranes|the dredging work must finish before winter|cargo volumes rose in the first quarter|the rail link needed more money|wages were the main point of the talks|the old warehouse would become offices|ferries would run on the usual timetable|the storm damaged two of the berths|nobody found fault with the pier|the plan had wide support in the town|fuel prices weighed on the ferry company", o, "|")
		print "Port committee report\n\nby Ann Example\n"
		print "The port authority said that teh new pier would open in spring, according to the notes of meeting 0.\n"
		for (i = 1; i <= 90; i++) {
			if (i == 46)
				print "Dockworkers said that the zorbleflax plan was ready for the vote, according to the notes of that meeting.\n"
			printf "%s %s that %s, according to the notes of meeting %d.\n\n", s[i % ns + 1], v[i % nv + 1], o[i % no + 1], i
		}
		print "The dockworkers were satisfied wiht the agreement reached last week, according to the notes of meeting 91."
	}'
}
story >"$tmp/docs/a.txt"
story >"$tmp/docs/b.txt"
cp "$tmp/docs/a.txt" "$tmp/a.orig"
words="$tmp/.local/share/galley/words"
bad="$tmp/.local/share/galley/bad-words"

for size in "80 24" "120 40"; do
for loc in C.UTF-8 C; do
	TEST_LANG=$loc
	rm -f "$tmp/docs/a.txt.corrections" "$words" "$bad"
	start $size "$GALLEY" "$tmp/docs/a.txt"
	at="$size $loc:"
	check "$at the article" wait_for "Port committee report"
	# ]s before the proofreading is done says so and moves nowhere
	# (a slow galley, under valgrind): wait for the first problem.
	check "$at proofread" wait_sgr "mteh" 20
	keys ']'
	check "$at ] waits, shown on the status line" wait_for "]   CLEAN"
	keys s
	check "$at ]s: the first problem" wait_for "spelling: teh -> the"
	check "$at ]s: the prefix is gone" wait_gone "]   CLEAN"
	keys v
	check "$at the problem list shows each problem in its sentence" \
	    wait_for "spelling: teh   The port authority"
	check "$at the one at the end too" wait_for "spelling: wiht   The dockworkers"
	keys q
	keys ']' s
	check "$at ]s again: the next one" wait_for "spelling: zorbleflax"
	# From the screen: back at the top, ]s finds the first problem
	# again, not the one after the last visited.
	keys g ']' s
	check "$at g then ]s: from the top of the screen" wait_for "(1 of 3"
	keys G '[' s
	check "$at G then [s: the last problem above the screen" \
	    wait_for "spelling: zorbleflax"
	keys g Space Space ']' s
	check "$at paged on, ]s: the first problem below" \
	    wait_for "spelling: zorbleflax"
	keys ']' x
	check "$at an unknown sequence says so" wait_for "no key ]x"
	# A key of the source list typed in the reading pane says where
	# it works, not that it does not exist.
	keys z M
	check "$at zM in the pane points to the list" \
	    wait_for "zM works in the source list"
	keys z Escape
	check "$at Esc cancels the prefix" wait_gone "z   CLEAN"
	keys s
	check "$at and the key after it is a key again (s: sort)" \
	    wait_gone "no key"
	# z= then 0 where nothing is corrected: said, and no file made
	# (it said "no longer corrected" and wrote a file of its header).
	keys g ']' s z = 0
	check "$at 0 with no correction says so" \
	    wait_for "'teh' has no correction to take away"
	check "$at and writes nothing" test ! -e "$tmp/docs/a.txt.corrections"
	# z=: the picker, a digit chooses.
	keys g ']' s z =
	check "$at z= numbers the suggestions" wait_for "z= teh:  1 the"
	keys 1
	check "$at 1 chooses the first" wait_for "'teh' corrected to 'the'"
	check "$at the pane shows the corrected word" \
	    wait_for "said that the new pier"
	check "$at the correction is kept beside the article" \
	    grep -q "teh	the" "$tmp/docs/a.txt.corrections"
	check "$at the article is not changed" cmp -s "$tmp/a.orig" "$tmp/docs/a.txt"
	keys ']' s z =
	check "$at z= again" wait_for "z= zorbleflax:"
	keys Escape
	check "$at Esc cancels the picker" wait_for "no correction made"
	# zg adds the word, zug takes it back.
	keys z g
	check "$at zg adds the word" wait_for "'zorbleflax' added to your word list"
	check "$at the list has it" grep -qx zorbleflax "$words"
	keys z u
	check "$at zu waits for a third key" wait_for "zu   CLEAN"
	keys g
	check "$at zug takes it back" wait_for "'zorbleflax' taken off your word list"
	check "$at the list no longer has it" test "$(grep -c zorbleflax "$words")" -eq 0
	keys g ']' s ']' s
	check "$at flagged again" wait_for "spelling: zorbleflax"
	# zw: the word at the caret marked wrong (cursor mode).
	keys g m w
	keys z w
	check "$at zw marks the word at the caret wrong" wait_for "'port' marked wrong"
	check "$at the bad-words list has it" grep -qx port "$bad"
	# In any case, as vim's: the title's "Port" is the first.
	keys Escape g ']' s
	check "$at and the proofreader flags it" wait_for "spelling: Port"
	# zuw takes it back, as in vim, from a form it matched.
	keys z u w
	check "$at zuw takes it off the list" \
	    wait_for "'Port' taken off your bad-words list"
	check "$at the bad-words list no longer has it" \
	    test "$(grep -cx port "$bad")" -eq 0
	keys q
	check "$at quits" wait_for "[exited 0]"
done
done

# Corrections persist: a new session shows them.
TEST_LANG=C.UTF-8
rm -f "$bad"
start 80 24 "$GALLEY" "$tmp/docs"
check "two sources" wait_for "a.txt"
keys Tab
check "the correction shown in the next session" wait_for "said that the new pier"
keys ']' ']'
check "]] opens the next source" wait_for "b.txt"
check "which has no correction" wait_for "said that teh new pier"
keys '[' '['
check "[[ the previous one" wait_for "said that the new pier"
keys q
check "quits" wait_for "[exited 0]"
finish
