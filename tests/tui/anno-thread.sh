#!/bin/sh
# Threads in the reader: D on an annotation with replies asks first and
# deletes the thread (no reply is ever drawn under another annotation or
# left pointing at a deleted id); u brings every one back under the same
# ids, without tombstones; a reply whose annotation was deleted elsewhere
# is a row of its own.  Checked in the sidecar through the batch view.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/story.txt"
side="$doc.anno.json"
printf 'Port headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms and by a shortage of steel.\nDockworkers said they were satisfied with the agreement reached with the port operators last week, and would return to work.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER
"$GALLEY" annotate "$doc" --quote "port authority" --tag source >/dev/null || fail "annotate 1"
"$GALLEY" annotate "$doc" --quote "shortage of steel" --tag claim --note "Check the figures" >/dev/null || fail "annotate 2"

# ids: the ids in the sidecar, as the batch view lists them, sorted.
ids() {
	"$GALLEY" annotations --format=json "$doc" | grep -o '"id": *"[^"]*"' | sort
}

start 130 30 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys A
check "the view" wait_for "claim: Check the figures"
check "select the annotation with the note" view_select "Check the figures"
keys R
check "R opens the reply editor" wait_for "reply"
keys -l "Figures confirmed"
keys F2
check "reply saved" wait_for "reply saved"
check "select it again" view_select "Check the figures"
keys R
keys -l "By whom?"
keys F2
check "second reply saved" wait_for "reply saved"
ids >"$tmp/before"
check "four in the sidecar" test "$(wc -l <"$tmp/before")" -eq 4
check "select the head" view_select "Check the figures"
keys D
check "D on a thread's head asks first" wait_for "delete 1 annotation and its 2 replies?"
check "nothing deleted yet" sh -c "test \$('$GALLEY' annotations --format=json '$doc' | grep -o '\"id\"' | wc -l) -eq 4"
keys j k
keys D
check "another key disarmed it: D asks again" wait_for "delete 1 annotation and its 2 replies?"
keys D
check "D again deletes" wait_for "deleted; u brings it back"
check "the thread is gone from the sidecar" sh -c "test \$('$GALLEY' annotations --format=json '$doc' | grep -o '\"id\"' | wc -l) -eq 1"
check "no reply is drawn under the other annotation" wait_gone "Figures confirmed"
check "no reply left pointing at a deleted id" sh -c "! '$GALLEY' annotations --format=json '$doc' | grep -q reply_to"
keys u
check "u undoes" wait_for "deletion undone"
check "the thread is back" wait_for "Figures confirmed"
ids >"$tmp/after"
check "under the same ids" cmp "$tmp/before" "$tmp/after"
check "without tombstones" grep -q '"galley:deleted": \[\]' "$side"
keys q q
check "quits" wait_for "[exited 0]"
check "reopened: still the same ids" sh -c "ids() { '$GALLEY' annotations --format=json '$doc' | grep -o '\"id\": *\"[^\"]*\"' | sort; }; ids | cmp - '$tmp/before'"

# A reply whose annotation was deleted by someone else (or left behind by
# an older galley): a row of its own, not under the annotation above.
sed -i 's/"target": *"urn:uuid:[^"]*"/"target": "urn:uuid:00000000-0000-4000-8000-000000000000"/' "$side"
start 130 30 "$GALLEY" "$doc"
check "reader up again" wait_for "CLEAN 1/1"
keys A
check "a reply to a deleted annotation is a row of its own" wait_for "story.txt [reply to a deleted annotation]"
check "with its author and note" wait_for "Test Annotator: Figures confirmed"
# :by keeps the threads a person took part in: this one too, although
# its annotation is gone (a filter that hid it would hide their work).
keys :
keys -l "by test annotator"
keys Enter
check ":by narrows the view" wait_for "(test annotator)"
check ":by keeps the reply to a deleted annotation" wait_for "Test Annotator: Figures confirmed"
keys :
keys -l "by nobody"
keys Enter
check ":by someone else" wait_for "(nobody)"
check "leaves it out" wait_gone "Figures confirmed"
keys q q
check "quits" wait_for "[exited 0]"
finish
