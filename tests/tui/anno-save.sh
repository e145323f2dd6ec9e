#!/bin/sh
# A save that fails keeps the annotations in memory: the status line
# says so, q does not quit while they are unsaved, :save retries and
# :save-to DIR saves them elsewhere.  The failure is made with a
# directory where the lock file goes, which stops root as well as anyone.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs" "$tmp/elsewhere"
doc="$tmp/docs/story.txt"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms and by a shortage of steel.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER
mkdir "$tmp/docs/.story.txt.anno.json.lock"

start 100 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w v w w t
check "tag prompt" wait_for "tags"
keys -l "claim"
keys Enter
check "the failure is on the status line, naming the lock" wait_for "not saved (kept in memory"
check "nothing was written" test ! -e "$doc.anno.json"
keys A
check "the annotation is still there, in memory" wait_for "claim"
# q closes the view, Esc leaves cursor mode, q tries to quit.
keys q Escape q
check "q does not quit with unsaved annotations" wait_for "not saved: :save retries"
screen
check "still running" sh -c "! grep -q 'exited' '$tmp/screen'"
keys : s a v e Enter
check ":save fails again while the lock cannot be made" wait_for "0 saved, 1 not"
keys : s a v e - t o Space
keys -l "$tmp/elsewhere"
keys Enter
check ":save-to DIR saves there" wait_for "annotations of 1 source saved"
check "the sidecar is in the other directory" sh -c "'$GALLEY' annotations --format=json '$doc' >/dev/null; grep -q '\"claim\"' '$tmp/elsewhere/story.txt.anno.json'"
check "and it is a valid collection" sh -c "grep -q 'AnnotationCollection' '$tmp/elsewhere/story.txt.anno.json'"
keys q
check "with nothing unsaved, q quits" wait_for "[exited 0]"

# Once the cause is gone, :save saves in place.
start 100 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w v w t
check "tag prompt" wait_for "tags"
keys -l "quote"
keys Enter
check "not saved" wait_for "not saved (kept in memory"
rmdir "$tmp/docs/.story.txt.anno.json.lock"
keys : s a v e Enter
check ":save saves" wait_for "annotations of 1 source saved"
check "the sidecar next to the article holds it" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"quote\"'"
keys Escape q
check "quits" wait_for "[exited 0]"

# :q! quits without them.  (A successful save leaves the lock file.)
rm -f "$tmp/docs/.story.txt.anno.json.lock"
mkdir "$tmp/docs/.story.txt.anno.json.lock"
start 100 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w w w t
check "tag prompt for the word at the caret" wait_for "tags"
keys -l "error"
keys Enter
check "not saved" wait_for "not saved (kept in memory"
keys : q ! Enter
check ":q! quits" wait_for "[exited 0]"
finish
