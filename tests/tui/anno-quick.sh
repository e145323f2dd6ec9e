#!/bin/sh
# The tag prompt offers the project's first tags (.galley-tags, in its
# order) under the digits 1-9: a digit typed first tags the selection at
# once; a tag that starts with a digit is typed after a space; a line of
# the file that is no tag is never offered.  At 80x24
# in UTF-8 and at 120x40 in the C locale; refitted on a resize.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/story.txt"
printf 'Harbour headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms. Dockworkers said they were satisfied with the agreement reached last week.\n' >"$doc"
# Lines that are no tags ("fact check", "really?") are not offered: the
# prompt would refuse them.
printf 'claim red\nfact check\nsource\nreally?\n2024-vote\n' >"$tmp/docs/.galley-tags"
GALLEY_USER="Test Annotator"
export GALLEY_USER

# tagged QUOTE TAG: the sidecar has an annotation on QUOTE with only TAG.
tagged() {
	"$GALLEY" annotations --format=json "$doc" | grep -q "\"tags\": *\[\"$2\"\], *\"note\": *null, *\"quote\": *\"$1\""
}

run() {
	size=$1
	shift
	rm -f "$doc.anno.json"
	start $size "$GALLEY" "$doc"
	check "$*: reader up" wait_for "CLEAN 1/1"
	keys m w v w w
	check "$*: selecting" wait_for "SELECT CLEAN"
	keys t
	check "$*: the prompt shows the quick tags" wait_for "tags (1 claim, 2 source, 3 2024-vote):"
	keys 2
	check "$*: one digit tags the selection" wait_for "tagged"
	check "$*: with the second tag" tagged "port authority" source
	# A digit after other text is a character of the tag.
	keys ')' v w
	keys t
	check "$*: prompt again" wait_for "tags (1 claim"
	keys -l " 2024-vote"
	keys Enter
	check "$*: a tag starting with a digit, typed after a space" wait_for "tagged"
	check "$*: saved as typed" tagged "Dockworkers" 2024-vote
	keys Escape q
	check "$*: quits" wait_for "[exited 0]"
}

run "80 24" "80x24 UTF-8"
TEST_LANG=C run "120 40" "120x40 C locale"

# A resize while the prompt is open fits its quick tags to the new
# width, as at open: what is typed is never run into a label cut short.
rm -f "$doc.anno.json"
start 100 30 "$GALLEY" "$doc"
check "resize: reader up" wait_for "CLEAN 1/1"
keys m w v w t
check "resize: the prompt with every quick tag" \
    wait_for "tags (1 claim, 2 source, 3 2024-vote):"
resize 40 10
keys abc
check "resize: narrower, the tags that fit, then the text" \
    wait_for "tags (1 claim): abc"
resize 100 30
check "resize: wider again, every quick tag" \
    wait_for "tags (1 claim, 2 source, 3 2024-vote): abc"
keys Escape
check "resize: the prompt closed" wait_gone "tags (1 claim"
keys q
check "resize: q clears the selection first" wait_for "selection cleared"
keys q
check "resize: then leaves the caret" wait_gone "CURSOR"
keys q
check "resize: quits" wait_for "[exited 0]"
finish
