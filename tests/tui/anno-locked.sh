#!/bin/sh
# Another program holding the lock of a sidecar does not freeze the
# reader: a save waits a moment, then says the file is locked and keeps
# the change unsaved (q refuses to quit); once the lock is free, :w
# saves it.  The lock is held with flock(1), as any program may.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

doc="$tmp/story.txt"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER

check "another program holds the lock" hold_lock "$tmp/.story.txt.anno.json.lock"

start 150 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w v w t
check "tag prompt" wait_for "tags"
keys -l "claim"
keys Enter
# Far less than a batch command's minute: the reader does not freeze.
check "the save gives up, saying the file is locked" \
	wait_for "story.txt.anno.json is locked by another program; not saved (your changes are kept" 6
check "nothing was written" test ! -e "$doc.anno.json"
keys Escape q
check "q does not quit with the change unsaved" wait_for "not saved: :save retries"
screen
check "still running" sh -c "! grep -q 'exited' '$tmp/screen'"

release_lock
keys : w Enter
check ":w saves once the lock is free" wait_for "annotations of 1 source saved"
check "the sidecar holds the change" grep -q '"claim"' "$doc.anno.json"
keys q
check "quits" wait_for "[exited 0]"
finish
