#!/bin/sh
# Annotations that could not be saved are never dropped by a signal.
# Ctrl-C, like q, refuses to quit and says how to save them; SIGTERM
# (as SIGHUP, which cannot ask) writes them under
# $XDG_STATE_HOME/galley/unsaved/, a directory per source (two sources
# of one name do not meet, and each is tried), and says so on stderr.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

for d in d1 d2; do
	mkdir -p "$tmp/$d"
	printf 'Port headline %s\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms and by a shortage of steel.\n' "$d" >"$tmp/$d/story.txt"
done

start 100 30 "$GALLEY" "$tmp/d1/story.txt" "$tmp/d2/story.txt"
check "reader up" wait_for "CLEAN 1/2"
# Sidecars damaged while the reader runs: the saves refuse.
for d in d1 d2; do
	printf 'not json at all\n' >"$tmp/$d/story.txt.anno.json"
done
keys Tab m w w v w t
check "tag prompt" wait_for "tags"
keys -l "claim"
keys Enter
check "the save fails" wait_for "not saved (kept in memory"
keys Escape Escape ] ]
check "the second source" wait_for "CLEAN 2/2"
keys m w w v w t
check "tag prompt again" wait_for "tags"
keys -l "source"
keys Enter
check "that save fails too" wait_for "not saved (kept in memory"
keys Escape Escape C-c
check "Ctrl-C says the annotations are not saved" wait_for "annotations of 2 sources not saved: :save retries"
settle
screen
check "and does not quit" sh -c "! grep -q 'exited' '$tmp/screen'"
pid=$(pane_child)
check "galley's process found" test -n "$pid"
kill -TERM "$pid"
check "SIGTERM ends it" wait_for "[exited 143]"
check "saying where the annotations went" wait_for "could not be saved beside them; they are under"
one=$(ls "$tmp"/.local/state/galley/unsaved/*/1/story.txt.anno.json 2>/dev/null)
two=$(ls "$tmp"/.local/state/galley/unsaved/*/2/story.txt.anno.json 2>/dev/null)
check "the first source's sidecar is written" test -n "$one"
check "with its tag" grep -q '"claim"' "$one"
check "the second's, of the same name, too" test -n "$two"
check "with its tag" grep -q '"source"' "$two"
for d in d1 d2; do
	check "$d: the damaged sidecar is untouched" grep -qx 'not json at all' "$tmp/$d/story.txt.anno.json"
done
finish
