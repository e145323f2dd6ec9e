#!/bin/sh
# Annotations in the reader: counts in the list, the annotations view
# (tags, note, state, orphans listed), going to one, deleting it (saved at
# once, in the sidecar) and undoing the deletion.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
for n in 1 2; do
	printf 'Port headline number %s\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms and by a shortage of steel.\nDockworkers said they were satisfied with the agreement reached with the port operators last week, and would return to work.\n' "$n" >"$tmp/docs/story$n.txt"
done
GALLEY_USER="Test Annotator"
export GALLEY_USER
"$GALLEY" annotate "$tmp/docs/story1.txt" --quote "shortage of steel" --tag claim --note "Check the supplier's figures" >/dev/null || fail "annotate 1"
"$GALLEY" annotate "$tmp/docs/story1.txt" --quote "Dockworkers" --tag source >/dev/null || fail "annotate 2"
"$GALLEY" annotate "$tmp/docs/story2.txt" --quote "new pier" --tag quote >/dev/null || fail "annotate 3"
printf 'list-width = 60\n' >"$tmp/cfg"
start 130 30 "$GALLEY" --config="$tmp/cfg" "$tmp/docs"
check "the list counts annotations" wait_row 2 "  2 "
keys A
check "A lists the annotations of every source" wait_for "3 annotations in all sources"
check "a row shows file, line, state, tags and note" wait_for "story1.txt:5 [anchored] claim: Check the supplier's figures"
keys d
check "d: this source only" wait_for "2 annotations in this source"
keys Enter
check "Enter goes to the annotation and shows it" wait_for "claim: Check the supplier's figures"
check "back in the reading pane" wait_for "CLEAN 1/2"
keys A
check "view again" wait_for "3 annotations in all sources"
keys D
check "D deletes and says u undoes" wait_for "deleted; u brings it back"
check "two left" wait_for "2 annotations in all sources"
check "the deletion is saved in the sidecar" sh -c "! grep -q \"Check the supplier\" '$tmp/docs/story1.txt.anno.json' || grep -q '\"galley:deleted\"' '$tmp/docs/story1.txt.anno.json'"
check "galley annotations agrees: one left in story1" sh -c "test \$('$GALLEY' annotations --format=json '$tmp/docs/story1.txt' | grep -o '\"id\"' | wc -l) -eq 1"
keys u
check "u undoes the deletion" wait_for "deletion undone"
check "three again" wait_for "3 annotations in all sources"
# F1 from the view, then q: back in the view, not in the source list.
keys F1
check "F1 opens the help over the view" wait_for "galley keys"
keys q
check "q closes the help, back to the view" wait_for "3 annotations in all sources"
check "galley annotations agrees: two in story1" sh -c "test \$('$GALLEY' annotations --format=json '$tmp/docs/story1.txt' | grep -o '\"id\"' | wc -l) -eq 2"
keys q q
check "quits" wait_for "[exited 0]"

# The same annotation edited here and, meanwhile, elsewhere: the later
# edit wins, the other is kept and shown; O takes it.
"$GALLEY" annotate "$tmp/docs/story2.txt" --quote "satisfied" --tag claim --note "Old note" >/dev/null || fail "annotate 4"
start 130 30 "$GALLEY" --config="$tmp/cfg" "$tmp/docs/story2.txt"
check "reader up" wait_for "CLEAN 1/1"
keys A
check "the view" wait_for "claim: Old note"
side="$tmp/docs/story2.txt.anno.json"
sed -i 's/"Old note"/"Their note"/; s/"modified": "[^"]*"/"modified": "2030-01-01T00:00:00.000Z"/' "$side"
check "the sidecar was edited elsewhere" grep -q "Their note" "$side"
check "select the row" view_select "Old note"
keys t
check "tag prompt" wait_for "claim,"
keys -l "error"
keys Enter
check "saved" wait_for "tags saved"
check "the later edit wins, the other is shown" wait_for "claim: Their note  (conflict: [claim, error] Old note, of 20"
check "both versions are in the sidecar" sh -c "grep -q 'galley:conflicts' '$side' && grep -q 'Old note' '$side'"
# A second round: edited elsewhere again while the tag prompt is open
# (the watch waits for it to close), so this edit loses too.  The row
# shows the newest of the two versions kept aside, and O takes it: it
# took the oldest, and the newest edit was lost.
keys t
check "tag prompt again" wait_for "claim,"
python3 -c "
import json, sys
c = json.load(open(sys.argv[1]))
for it in c['first']['items']:
    if any(b.get('value') == 'Their note' for b in it['body']):
        it['body'] = [dict(b, value='Fourth note') if b.get('value') == 'Their note' else b for b in it['body']]
        it['modified'] = '2040-01-01T00:00:00.000Z'
json.dump(c, open(sys.argv[1], 'w'))" "$side" || fail "edit the sidecar again"
keys -l "second"
keys Enter
check "saved again" wait_for "tags saved"
check "the newest version kept aside is shown" \
	wait_for "claim: Fourth note  (conflict: [claim, second] Their note, of 20"
keys O
check "O takes the other version" wait_for "conflict resolved: the other version taken"
check "the row shows it, no conflict left" wait_for "[anchored] claim, second: Their note"
check "the sidecar has no conflict left" sh -c "! grep -q 'galley:conflicts' '$side' && ! grep -q 'Fourth note' '$side' && ! grep -q 'Old note' '$side'"
keys q q
check "quits" wait_for "[exited 0]"

# An orphan (its passage gone from the article) has no line: its row
# names the file alone.
printf 'Weather\n\nRain is expected over the hills tomorrow.\n' >"$tmp/docs/story2.txt"
start 130 30 "$GALLEY" --config="$tmp/cfg" "$tmp/docs"
check "up again" wait_row 2 "  2 "
keys A
check "the orphan's row has no line number" wait_for "story2.txt [orphan] quote"
keys q q
check "quits again" wait_for "[exited 0]"
finish
