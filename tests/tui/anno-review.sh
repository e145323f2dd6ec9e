#!/bin/sh
# Review in the annotations view: + accepts and - rejects an annotation
# (an assessing reply by a second person, saved at once, shown on its
# row); your own annotation is not yours to review; :only and :by narrow
# the view to a verdict or to the threads a creator took part in.  At 80x24 in UTF-8 and at 120x40
# in the C locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/story.txt"
printf 'Harbour headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms. Dockworkers said they were satisfied with the agreement.\n' >"$doc"

# (The view's count includes replies and reviews.)
# verdict QUOTE: the verdict `galley annotations` reports for the
# annotation on QUOTE, and who gave it ("accepted Bob").
verdict() {
	"$GALLEY" annotations --format=json "$doc" | python3 -c '
import json, sys
for a in json.load(sys.stdin)["annotations"]:
    if a["quote"] == sys.argv[1]:
        print(a["verdict"], a.get("verdict_by"))' "$1"
}

run() {
	size=$1
	shift
	rm -f "$doc.anno.json"
	GALLEY_USER=Ann "$GALLEY" annotate "$doc" --quote "new pier" --tag claim >/dev/null || fail "annotate 1"
	GALLEY_USER=Ann "$GALLEY" annotate "$doc" --quote "Dockworkers" --tag source >/dev/null || fail "annotate 2"
	GALLEY_USER=Bob "$GALLEY" annotate "$doc" --quote "storms" --tag claim >/dev/null || fail "annotate 3"
	GALLEY_USER=Bob
	export GALLEY_USER
	start $size "$GALLEY" "$doc"
	check "$*: reader up" wait_for "CLEAN 1/1"
	keys A
	check "$*: the view" wait_for "3 annotations in all sources"
	# The article under the view shows "new pier" too: its row first.
	check "$*: the first row" wait_for "[anchored] claim"
	view_select "new pier" || fail "$*: no row for new pier"
	keys +
	check "$*: + accepts" wait_for "accepted; R on the review adds why"
	check "$*: the row shows the verdict" wait_for "[anchored, accepted by Bob] claim"
	check "$*: the review counted as a reply, not an annotation" wait_for "3 annotations, 1 reply in all sources"
	check "$*: saved, by Bob" test "$(verdict "new pier")" = "accepted Bob"
	view_select "Dockworkers" || fail "$*: no row for Dockworkers"
	keys -- -
	check "$*: - rejects" wait_for "[anchored, rejected by Bob] source"
	check "$*: saved" test "$(verdict "Dockworkers")" = "rejected Bob"
	view_select "storms" || fail "$*: no row for storms"
	keys +
	check "$*: not your own" wait_for "a review is by a second person"
	check "$*: nothing saved" test "$(verdict "storms")" = "None None"
	# A reply has no tags: t on a review (or any reply) says so, and
	# opens no prompt that would tag it.
	view_select "Bob: accepted" || fail "$*: no row for the review"
	keys t
	check "$*: t on a review is refused" wait_for "a reply has no tags"
	check "$*: no reply has tags" sh -c "! '$GALLEY' annotations --format=json '$doc' | grep -q '\"tags\": *\[\"[^]]*\], *\"note\": *[^,]*, *\"quote\": *\"\"'"
	keys :
	keys -l "only accepted"
	keys Enter
	check "$*: :only accepted" wait_for "1 annotation, 1 reply (accepted) in"
	check "$*: the accepted one and its review" wait_for "accepted by Bob] claim"
	keys :
	keys -l "only unreviewed"
	keys Enter
	check "$*: :only unreviewed" wait_for "1 annotation (unreviewed) in"
	check "$*: Bob's own" wait_for "storms"
	keys :
	keys -l "only all"
	keys Enter
	keys :
	keys -l "by Ann"
	keys Enter
	check "$*: :by Ann" wait_for "2 annotations, 2 replies (Ann) in"
	# Any case; a thread counts when the name made a reply in it, so
	# Bob's reviews bring Ann's two annotations with his own.
	keys :
	keys -l "by bob"
	keys Enter
	check "$*: :by bob, his reviews too" wait_for "3 annotations, 2 replies (bob) in"
	keys :
	keys -l "by all"
	keys Enter
	check "$*: :by all" wait_for "3 annotations, 2 replies in"
	[ "$size" = "80 24" ] || check "$*: the header says how to review" wait_for "+/-: accept/reject"
	keys q q
	check "$*: quits" wait_for "[exited 0]"
}

run "80 24" "80x24 UTF-8"
TEST_LANG=C run "120 40" "120x40 C locale"
finish
