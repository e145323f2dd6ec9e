#!/bin/sh
# Two readers on one article: what one saved meanwhile is merged into
# the other's save (anno_merge.h), and the status line says what became
# of the edit: a deletion in the other galley wins over a tag edit (not
# "tags saved"), and an edit of the same annotation in both keeps a
# conflict (said, not a plain "tags saved"); a reply to an annotation
# deleted there is kept as a reply on its own (said, not a plain "reply
# saved"), its text in the sidecar.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/f.txt"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER

# Reader A runs in a tmux server of its own, kept while B starts (start
# ends the server it last made).
start_a() {
	start 100 20 "$GALLEY" "$doc"
	a_cmd=$TMUX_CMD
	TMUX_CMD="tmux -L galley-test-$$-none -f /dev/null"
}
in_a() {
	b_cmd=$TMUX_CMD
	TMUX_CMD=$a_cmd
	"$@"
	rc=$?
	TMUX_CMD=$b_cmd
	return $rc
}
end_a() {
	$a_cmd kill-server 2>/dev/null
}

for round in deleted edited replied; do
	rm -f "$doc.anno.json"
	"$GALLEY" annotate "$doc" --quote "port authority" --tag X >/dev/null
	start_a
	check "$round: reader A up" in_a wait_for "CLEAN 1/1"
	start 100 20 "$GALLEY" "$doc"
	check "$round: reader B up" wait_for "CLEAN 1/1"
	# B opens its editor before A acts: an open editor or prompt holds
	# the idle sidecar check (anno_edit_watch), so B's save, not its
	# watch, is what meets A's change however slow the run (valgrind).
	keys A
	check "$round: B lists the annotation" wait_for "1 annotation"
	if [ $round = replied ]; then
		keys R
		check "replied: B's reply editor opens" wait_for "reply to"
	else
		keys t
		check "$round: B's tag prompt opens" wait_for "tags (1 claim"
	fi
	in_a keys A
	check "$round: A lists the annotation" in_a wait_for "1 annotation"
	if [ $round != edited ]; then
		in_a keys D
		check "$round: A deleted it" in_a wait_for "deleted"
	else
		in_a keys t C-u
		in_a keys -l "Xfirst"
		in_a keys Enter
		check "edited: A saved its tags" in_a wait_for "tags saved"
	fi
	if [ $round = replied ]; then
		keys -l "Bs reply text"
		keys F2
		check "replied: B says the reply is kept on its own" \
		    wait_for "reply kept on its own: the annotation was deleted"
		check "replied: not a plain 'reply saved'" sh -c "! grep -q 'reply saved *[A-Z]' '$tmp/screen'"
		check "replied: the reply's text is in the sidecar" \
		    grep -q "Bs reply text" "$doc.anno.json"
		"$GALLEY" annotations "$doc" >"$tmp/listed" 2>&1
		check "replied: listed as a reply to a deleted annotation" \
		    grep -q "reply to a deleted annotation" "$tmp/listed"
		keys q
		check "$round: B back to the article" wait_for "F1 help"
		keys q
		check "$round: B quits" wait_for "[exited 0]"
		end_a
		continue
	fi
	keys C-u
	keys -l "Xedited"
	keys Enter
	if [ $round = deleted ]; then
		check "deleted: B says the deletion won" \
		    wait_for "not saved: the annotation was deleted in another galley"
	else
		check "edited: B says a conflict was kept" \
		    wait_for "edited the annotation too"
	fi
	check "$round: not a plain 'tags saved'" sh -c "! grep -q 'tags saved *[A-Z]' '$tmp/screen'"
	keys q
	check "$round: B back to the article" wait_for "F1 help"
	keys q
	check "$round: B quits" wait_for "[exited 0]"
	end_a
done
finish
