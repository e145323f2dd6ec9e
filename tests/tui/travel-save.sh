#!/bin/sh
# Travelled annotations point into the other version's set; a save of
# that set merges it with its sidecar, which replaces the annotations
# already on disk.  :save (after a failed save) kept the travelled list,
# and the status line then read a freed annotation (ASan: use after
# free).  Every save must drop the list.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
. "$top_srcdir/tests/tui/harbour-lib.sh"
text_versions "$tmp/docs"
"$GALLEY" annotate "$tmp/docs/a.txt" --quote "take two years to finish" \
    --tag wire --note "check the length" >/dev/null || fail "annotate"
GALLEY_USER="Test Annotator"
export GALLEY_USER
# a.txt's saves fail while its lock cannot be made (a save leaves the
# lock file: a directory takes its place).
rm -f "$tmp/docs/.a.txt.anno.json.lock"
mkdir "$tmp/docs/.a.txt.anno.json.lock"

start 120 40 "$GALLEY" "$tmp/docs"
check "up" wait_for "The harbour council"
keys Enter
check "a.txt in the pane" wait_for "CLEAN 1/2"
keys m w v w t
check "tag prompt" wait_for "tags"
keys -l "claim"
keys Enter
check "the save fails" wait_for "not saved (kept in memory"
keys Escape Tab j Enter
check "b.txt open" wait_for "CLEAN 2/2"
keys Tab
keys T
check "a.txt's annotation travels" wait_for "versions' annotations"
rmdir "$tmp/docs/.a.txt.anno.json.lock"
keys : s a v e Enter
check ":save saves a.txt" wait_for "annotations of 1 source saved"
keys / three Enter
keys m l
check "the status line still says whose, after the save" \
    wait_for "[wire] check the length"
keys Escape q
check "quits" wait_for "[exited 0]"
finish
