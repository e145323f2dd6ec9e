#!/bin/sh
# A note being typed when the connection drops (SIGHUP) is not lost: it
# is written under $XDG_STATE_HOME/galley/unsaved/ with the article and
# the annotation it belongs to, and stderr says where.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

. "$top_srcdir/tests/tui/tag-lib.sh"
keys c
check "the note editor" wait_for "note on"
keys -l "drivers waited six hours"
check "the note typed" wait_for "drivers waited six hours"
pid=$(pane_child)
check "galley's process found" test -n "$pid"
kill -HUP "$pid"
check "SIGHUP ends it" wait_for "[exited 129]"
check "saying where the note went" wait_for "the text being typed is in"
note=$(ls "$tmp"/.local/state/galley/unsaved/*/note.txt 2>/dev/null)
check "the note is written" test -n "$note"
check "with its text" grep -q 'drivers waited six hours' "$note"
check "naming the article" grep -q "article: $tmp/art.txt" "$note"
# The collection's id first, then the annotation's.
id=$(sed -n 's/.*"id": *"\([^"#]*\)".*/\1/p' "$tmp/art.txt.anno.json" | sed -n 2p)
check "the annotation's id is known" test -n "$id"
check "naming the annotation" grep -q "annotation: $id" "$note"
finish
