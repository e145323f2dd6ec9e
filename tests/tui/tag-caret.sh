#!/bin/sh
# After t tags a selection the caret stays inside the new annotation
# (on its last character, as vim leaves it at a visual selection's
# end): D, R and c then act on it, and c does not make a second one.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

. "$top_srcdir/tests/tui/tag-lib.sh"
keys R
check "R replies to the new annotation" wait_for "reply to \"queues formed"
keys Escape
check "cancelled" wait_for "cancelled"
keys c
check "c edits its note" wait_for "note on"
keys -l "a note"
keys F2
check "note saved" wait_for "note saved"
count=$(grep -c '"type": "Annotation"' "$tmp/art.txt.anno.json")
check "one annotation, not two" test "$count" = 1
check "the note is on it" grep -q '"a note"' "$tmp/art.txt.anno.json"
keys D
check "D deletes it" wait_for "deleted; u brings it back"
finish
