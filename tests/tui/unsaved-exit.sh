#!/bin/sh
# Annotations that could not be saved are never dropped by a signal.
# Ctrl-C, like q, refuses to quit and says how to save them; SIGTERM
# (as SIGHUP, which cannot ask) writes them under
# $XDG_STATE_HOME/galley/unsaved/ and says so on stderr.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Port headline\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms and by a shortage of steel.\n' >"$tmp/docs/story.txt"
side="$tmp/docs/story.txt.anno.json"

start 100 30 "$GALLEY" "$tmp/docs/story.txt"
check "reader up" wait_for "CLEAN 1/1"
# A sidecar damaged while the reader runs: the save refuses.
printf 'not json at all\n' >"$side"
keys m w w v w t
check "tag prompt" wait_for "tags"
keys -l "claim"
keys Enter
check "the save fails" wait_for "not saved (kept in memory"
keys Escape Escape C-c
check "Ctrl-C says the annotations are not saved" wait_for "annotations of 1 source not saved: :save retries"
settle
screen
check "and does not quit" sh -c "! grep -q 'exited' '$tmp/screen'"
pid=$(pane_child)
check "galley's process found" test -n "$pid"
kill -TERM "$pid"
check "SIGTERM ends it" wait_for "[exited 143]"
check "saying where the annotations went" wait_for "could not be saved beside it; they are in"
rescued=$(ls "$tmp"/.local/state/galley/unsaved/*/story.txt.anno.json 2>/dev/null)
check "the rescued sidecar is written" test -n "$rescued"
check "with the tag" grep -q '"claim"' "$rescued"
check "the damaged sidecar is untouched" grep -qx 'not json at all' "$side"
finish
