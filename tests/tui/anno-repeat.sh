#!/bin/sh
# . repeats the tags given last on a new selection: one key instead of
# the prompt; c after it adds the note to that annotation.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/story.txt"
printf 'Harbour headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms. Dockworkers said they were satisfied with the agreement reached last week.\n\nA second paragraph follows here, long enough to be kept by the cleaner as prose of the story, with the usual words in it.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER

start 100 30 "$GALLEY" "$doc"
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
check "two annotations with the same tags" sh -c "test \$('$GALLEY' annotations --format=json '$doc' | grep -o '\"tags\": *\[\"claim\", *\"source\"\]' | wc -l) -eq 2"
check "the second is on the new selection" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"tags\": *\[\"claim\", *\"source\"\], *\"note\": *null, *\"quote\": *\"Dockworkers said\"'"
keys c
check "c after . notes the annotation just made" wait_for 'note on "Dockworkers said"'
keys -l "Which ones?"
keys F2
check "saved" wait_for "note saved"
check "still two annotations" sh -c "test \$('$GALLEY' annotations --format=json '$doc' | grep -o '\"id\"' | wc -l) -eq 2"
keys Escape q
check "quits" wait_for "[exited 0]"
finish
