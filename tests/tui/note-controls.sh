#!/bin/sh
# A note with control characters (another program wrote it: galley
# annotate refuses them) opened in the note editor: the editor, which
# keeps none, says that saving removes them; Esc leaves the note as it
# is.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

doc=$tmp/story.txt
printf 'Harbour headline\n\nThe port authority said the new pier would open in spring.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER
"$GALLEY" annotate "$doc" --quote "new pier" --tag claim --note "Old note" >/dev/null || fail "annotate"
sed -i 's/"Old note"/"Old\\u001bnote"/' "$doc.anno.json"
check "the note has an escape in it" grep -q 'Old\\u001bnote' "$doc.anno.json"
cp "$doc.anno.json" "$tmp/before"

start 160 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys A
check "the annotations view" wait_for "claim:"
check "select the row" view_select "claim:"
keys c
check "the editor says saving removes the control characters" \
	wait_for "this note has control characters the editor drops"
keys Escape
check "Esc leaves the note as it is" cmp -s "$doc.anno.json" "$tmp/before"
keys q q
check "quits" wait_for "[exited 0]"
finish
