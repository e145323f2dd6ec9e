#!/bin/sh
# Every list searches its rows (issue 18.2): / ? n N in the source list,
# the hit list, the problem list, the entities view and the annotations
# view; F narrows the source list (title, site, date, path, has:,
# mentions:) and the entities view (name, type), shows the filter in
# the list's header, and c (source list) or C clears it.  80x24 and
# 120x40, UTF-8 and the C locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"
. "$top_srcdir/tests/tui/lists-lib.sh"

make_sources "$tmp/docs"
GALLEY_USER="Test Annotator"
export GALLEY_USER
"$GALLEY" annotate "$tmp/docs/c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4.html" \
    --quote "schools" --nth 1 --tag education >/dev/null || fail "annotate"

run() {
	w=$1
	h=$2
	t="$w $TEST_LANG"
	start "$w" "$h" "$GALLEY" "$tmp/docs"
	check "$t: reader up" wait_for " 3 sources,"
	# 80 columns and up show both panes; the list has the focus.
	keys / Council Enter
	check "$t: / in the source list finds a title" wait_for "row 3 of 3"
	keys Enter
	check "$t: the row found is the one selected" \
	    wait_for "2024-05-09"
	keys ? Coast Enter
	check "$t: ? searches up" wait_for "row 1 of 3"
	keys n
	check "$t: n goes on up, wrapping" wait_for "row 3 of 3 (search wrapped)"
	keys N
	check "$t: N goes the other way" wait_for "row 1 of 3 (search wrapped)"
	keys / Herald Enter
	check "$t: the site, which a narrow list hides, is searched" \
	    wait_for "row 3 of 3"

	keys F "site:Coast" Enter
	check "$t: F by site, in the header" wait_row 1 " 2 of 3: F"
	check "$t: and whole on the status line" \
	    wait_for "2 of 3 sources: site:Coast (c clears)"
	check "$t: the other site's source is gone" wait_gone "Rains come"
	# F offers the filter with a space after it: a word typed adds to
	# it rather than gluing onto its last value (QA 22.1).
	keys F "date:2024" Enter
	check "$t: F again adds a word to the filter" \
	    wait_for "2 of 3 sources: site:Coast date:2024 (c clears)"
	keys c
	check "$t: c clears it" wait_row 1 " 3 sources,"
	keys F "has:problems" Enter
	check "$t: F has:problems" wait_for "1 of 3 sources: has:problems"
	keys F
	check "$t: F again offers the filter in force" wait_for "&has:problems"
	keys C-u "date:2024-04" Enter
	check "$t: F by date" wait_for "1 of 3 sources: date:2024-04"
	check "$t: the April source" wait_row 2 "Rains come"
	keys F C-u "mentions:Diallo" Enter
	check "$t: F mentions:" wait_row 2 "Harbour pier"
	keys F C-u "has:annotations" Enter
	check "$t: F has:annotations" wait_row 2 " Council votes"
	keys F C-u "budget" Enter
	check "$t: a bare word: the title" wait_for "1 of 3 sources: budget"
	keys F C-u "colour:red" Enter
	check "$t: a wrong word is named" wait_for "unknown filter word colour:red"
	keys F C-u Enter
	check "$t: an empty filter clears it" wait_row 1 " 3 sources,"

	keys e
	# The row, not the article's "Amadou Diallo".
	check "$t: the entities view" wait_for "Amadou Diallo  ("
	keys F "type:PERSON" Enter
	check "$t: F by type, in the header" wait_row 1 "F type:PERSON (C clears)"
	check "$t: only people" wait_row 2 "PERSON"
	keys C
	check "$t: C clears it" wait_gone "F type:PERSON"
	keys / Diallo Enter
	check "$t: / in the entities view" wait_for "row "
	settle
	keys Enter
	check "$t: Enter on the row found chooses Diallo" \
	    wait_row 1 " 1 of 3 sour"

	keys c : "grep the" Enter
	check "$t: the hit list" wait_row 1 "hits for the"
	keys / Council Enter
	check "$t: / in the hit list" wait_for "row "
	keys Enter
	check "$t: its row opens the council's source" wait_for " 3/3 "

	keys A
	check "$t: the annotations view" wait_row 1 " 1 annotation in all sources"
	keys / education Enter
	check "$t: / in the annotations view" wait_for "row 1 of 1"
	keys / nowhere Enter
	check "$t: not found, said" wait_for "Pattern not found: nowhere"
	keys q q
	check "$t: quits" wait_for "[exited 0]"
}

for lang in C.UTF-8 C; do
	TEST_LANG=$lang
	run 80 24
	run 120 40
done

# An entity decision applies to the filter in force at once: after
# :notentity the source that mentioned the name is no longer kept.
start 80 24 "$GALLEY" "$tmp/docs"
check "decision: reader up" wait_for " 3 sources,"
keys F "mentions:Diallo" Enter
check "decision: F mentions:" wait_row 2 "Harbour pier"
keys : "notentity Amadou Diallo" Enter
check "decision: recorded" wait_for "no entity"
check "decision: the filter keeps no source now" wait_row 1 " 0 of 3"
keys c
check "decision: c lists every source" wait_row 1 " 3 sources,"
keys q
check "decision: quits" wait_for "[exited 0]"
rm -f "$tmp/docs/.galley-entities"
# ]] with the open source filtered out: the filter put the selection on
# its first match, which is the next source (it was skipped).
start 100 24 "$GALLEY" "$tmp/docs"
check "]] after F: reader up" wait_for " 3 sources,"
keys j Enter
check "]] after F: the second source open" wait_for "2024-04-01"
keys F "site:Coast" Enter
check "]] after F: filtered" wait_row 1 " 2 of 3"
keys "]" "]"
check "]] after F: opens the first match" wait_for "2024-03-05"
keys q
check "]] after F: quits" wait_for "[exited 0]"
finish
