#!/bin/sh
# An article whose name leaves no room for its side files' names opens
# as one without side files; an annotation or a zk that cannot be saved
# says the name is too long and is kept for the session (q refuses to
# quit with the annotation unsaved).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

long=$(printf '%0246d' 0 | tr 0 a).txt	# 250 bytes
doc="$tmp/$long"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring.\n\nA second paragraph follows it.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER

start 400 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
screen
check "nothing said of its side files" sh -c "! grep -q 'too long' '$tmp/screen'"
keys m w v w t
check "tag prompt" wait_for "tags"
keys -l "claim"
keys Enter
check "the save says the name is too long" wait_for "$long.anno.json: name too long for a sidecar"
check "and that it is kept" wait_for "not saved (kept in memory"
keys Escape z k
check "zk says the name is too long, for the session only" \
	wait_for "name too long for a side file; the choice is not saved and holds for this session only"
keys q
check "q does not quit with the annotation unsaved" wait_for "not saved: :save retries"
keys : q ! Enter
check ":q! quits" wait_for "[exited 0]"
check "nothing written beside it" test "$(ls -A "$tmp" | grep -c "$long")" -eq 1
finish
