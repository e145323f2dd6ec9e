#!/bin/sh
# The annotator's main loop in the reader: select, t tags, c adds the note
# to the annotation just made (one annotation, not two; the editor's title
# names the passage); the tag prompt refuses a sentence and c keeps it as
# a note; . repeats the last tags.  Checked in the sidecar through
# `galley annotations`.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/story.txt"
printf 'Harbour headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms. Dockworkers said they were satisfied with the agreement reached last week.\n\nA second paragraph follows here, long enough to be kept by the cleaner as prose of the story, with the usual words in it.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER
# A clean copy for the . section below.
doc3="$tmp/docs/repeat.txt"
cp "$doc" "$doc3"

# count: how many annotations the sidecar holds.
count() {
	"$GALLEY" annotations --format=json "$doc" | grep -o '"id"' | wc -l
}

start 100 30 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m
check "cursor mode" wait_for "CURSOR CLEAN"
# The caret is on "The": w to "port", v, w w w to the end of "said".
keys w v w w w
check "selecting" wait_for "SELECT CLEAN"
keys t
check "tag prompt" wait_for "tags"
keys -l "claim,source"
keys Enter
check "tagged" wait_for "tagged"
keys c
check "c after t: the editor names the passage just tagged" wait_for 'note on "port authority said"'
keys -l "Which authority?"
keys F2
check "note saved" wait_for "note saved"
check "one annotation, not two" test "$(count)" -eq 1
check "tags and note on the same passage" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"tags\": *\[\"claim\", *\"source\"\], *\"note\": *\"Which authority?\", *\"quote\": *\"port authority said\"'"

# A sentence typed as a tag is refused; c keeps it as a note on the
# same selection.
keys ')' v ')'
keys t
check "tag prompt again" wait_for "tags"
keys -l "his really a shift? Source says otherwise."
keys Enter
check "refused, with the way to keep it" wait_for 'not a tag, c makes it a note: "his really a shift?'
check "nothing saved" test "$(count)" -eq 1
keys c
check "c opens the note editor with that text" wait_for "his really a shift? Source says otherwise."
check "on the selected sentence" wait_for 'note on "Dockworkers said'
keys F2
check "saved as a note" wait_for "note saved"
check "a note, no tag" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"tags\": *\[\], *\"note\": *\"his really a shift? Source says otherwise.\", *\"quote\": *\"Dockworkers said'"
check "no such tag in the sidecar" sh -c "! grep -q '\"value\": *\"his really' '$doc.anno.json' || grep -q '\"purpose\": *\"commenting\"' '$doc.anno.json'"
keys Escape Escape q
check "quits" wait_for "[exited 0]"

# The batch command refuses it too, and says to give it as a note.
"$GALLEY" annotate "$doc" --quote "new pier" --tag "two words" 2>"$tmp/err" && fail "a tag with a space was accepted"
check "annotate refuses a sentence as a tag" grep -q 'not a tag: "two words"' "$tmp/err"
check "and offers --note" grep -q -- "--note" "$tmp/err"
check "annotate takes a list" sh -c "'$GALLEY' annotate '$doc' --quote 'new pier' --tag 'claim;place' >/dev/null && '$GALLEY' annotations --format=json '$doc' | grep -q '\"tags\": *\[\"claim\", *\"place\"\]'"

# The annotations view lists them in the order of the text, not the order
# they were made; the status line says [note] for a note without tags and
# shows both annotations where a tag and a note overlap.
doc2="$tmp/docs/order.txt"
printf 'Order headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms. Dockworkers said they were satisfied with the agreement reached last week.\n' >"$doc2"
"$GALLEY" annotate "$doc2" --quote "agreement" --tag claim >/dev/null || fail "annotate late passage"
"$GALLEY" annotate "$doc2" --quote "port authority said" --note "Who exactly?" >/dev/null || fail "annotate note"
"$GALLEY" annotate "$doc2" --quote "authority" --tag source >/dev/null || fail "annotate overlap"
start 100 30 "$GALLEY" "$doc2"
check "reader up" wait_for "CLEAN 1/1"
keys A
check "the view" wait_for "claim"
# rows_are LIST: the annotations the view shows, top to bottom, are
# LIST (polled: the view may still be being drawn).
rows_are() {
	grep -o 'Who exactly\|anchored\] source\|anchored\] claim' "$tmp/screen" |
	    tr '\n' '|' | grep -qxF -- "$1"
}
check "rows in the order of the text" wait_until rows_are "Who exactly|anchored] source|anchored] claim|"
keys q m w
check "caret on a note without tags: [note], not [highlight]" wait_for "[note] Who exactly?"
keys w
check "a tag and a note overlapping: both on the status line" wait_for "[source] — Test Annotator  +  [note] Who exactly?"
keys Escape q
check "quits" wait_for "[exited 0]"

# . repeats the tags given last on a new selection: one key instead of
# the prompt; c after it adds the note to that annotation.
start 100 30 "$GALLEY" "$doc3"
check "reader up" wait_for "CLEAN 1/1"
keys m
check "cursor mode" wait_for "CURSOR CLEAN"
keys .
check ". before any tag says how it works" wait_for "no tags to repeat yet"
keys w v w
keys t
check "tag prompt" wait_for "tags"
keys -l "claim, source"
keys Enter
check "tagged" wait_for "tagged"
# The next passage: "Dockworkers", tagged with one key.
keys ')' v w w
check "selecting" wait_for "SELECT CLEAN"
keys .
check ". tags the selection with the same tags" wait_for "tagged"
check "two annotations with the same tags" sh -c "test \$('$GALLEY' annotations --format=json '$doc3' | grep -o '\"tags\": *\[\"claim\", *\"source\"\]' | wc -l) -eq 2"
check "the second is on the new selection" sh -c "'$GALLEY' annotations --format=json '$doc3' | grep -q '\"tags\": *\[\"claim\", *\"source\"\], *\"note\": *null, *\"quote\": *\"Dockworkers said\"'"
keys c
check "c after . notes the annotation just made" wait_for 'note on "Dockworkers said"'
keys -l "Which ones?"
keys F2
check "saved" wait_for "note saved"
check "still two annotations" sh -c "test \$('$GALLEY' annotations --format=json '$doc3' | grep -o '\"id\"' | wc -l) -eq 2"
keys Escape q
check "quits" wait_for "[exited 0]"
finish
