#!/bin/sh
# A reader open on the annotations view shows what another process saved
# meanwhile (galley annotate in batch here) within a few seconds, without
# a key, and its own edits after that keep both.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/f.txt"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER

"$GALLEY" annotate "$doc" --quote "port authority" --tag first >/dev/null ||
	fail "annotate before"
start 100 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys A
check "the view lists the first" wait_for "1 annotation"
"$GALLEY" annotate "$doc" --quote "new pier" --tag batchadded >/dev/null ||
	fail "annotate in batch"
check "the view shows the batch one, no key pressed" wait_for "batchadded"
check "and counts both" wait_for "2 annotations"
check "the first is still there" grep -q "first" "$tmp/screen"
# The reader's own edit after the reload is saved with both kept.
keys t C-u
keys -l "mine"
keys Enter
check "the reader's edit is saved" wait_for "tags saved"
"$GALLEY" annotations "$doc" >"$tmp/list" 2>&1
check "the sidecar keeps the batch one" grep -q "batchadded" "$tmp/list"
check "the sidecar has the reader's edit" grep -q "mine" "$tmp/list"
# Damaged by another process: the view says so, no key pressed (after
# the message on show, "tags saved", as a notice waiting its turn).
printf '{broken' >"$doc.anno.json"
check "a sidecar damaged meanwhile is noticed" wait_for "(+1 more)"
keys j
check "and said" wait_for "f.txt.anno.json:1"
keys q
check "back to the article" wait_for "F1 help"
keys q
check "quits" wait_for "[exited 0]"
finish
