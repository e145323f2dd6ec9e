#!/bin/sh
# A sidecar deleted by another program (rm, git rm) while the reader is
# open: the deletion is meant.  With nothing unsaved the annotations go
# (the next change saves only itself; they used to be written back);
# with a change not saved yet, that one is kept and written by :w only.
# Moved with its article (the directory renamed), nothing is cleared.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/f.txt"
side="$doc.anno.json"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER

"$GALLEY" annotate "$doc" --quote "port authority" --tag before >/dev/null ||
	fail "annotate before"
start 100 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys A
check "the view lists it" wait_for "1 annotation"
rm "$side" "$side.bak"
check "the deletion is said, no key pressed" \
	wait_for "f.txt.anno.json: deleted outside galley; annotations cleared"
check "the view lists none" wait_for "0 annotations"
check "nothing wrote it back" test ! -e "$side"
keys q
check "back to the article" wait_for "F1 help"
# A new annotation saves only itself.
keys m w v w w t
check "tag prompt" wait_for "tags"
keys -l "after"
keys Enter
check "saved" wait_for "tagged"
"$GALLEY" annotations "$doc" >"$tmp/list" 2>&1
check "the sidecar has the new one" grep -q "after" "$tmp/list"
check "and not the deleted one" sh -c "! grep -q before '$tmp/list'"
keys Escape q
check "quits" wait_for "[exited 0]"

# With a change not saved yet (a lock that cannot be taken), it is kept.
rm -f "$side" "$side.bak" "$tmp/docs/.f.txt.anno.json.lock"
"$GALLEY" annotate "$doc" --quote "port authority" --tag before >/dev/null ||
	fail "annotate before, again"
rm -f "$tmp/docs/.f.txt.anno.json.lock"
mkdir "$tmp/docs/.f.txt.anno.json.lock"
start 200 20 "$GALLEY" "$doc"
check "reader up again" wait_for "CLEAN 1/1"
keys m w v w w t
check "tag prompt again" wait_for "tags"
keys -l "unsaved"
keys Enter
check "the save fails" wait_for "not saved (kept in memory"
rm "$side"
# The failure on show stays; the deletion waits its turn.
check "the deletion is noticed, no key pressed" wait_for "(+1"
keys A
check "the deletion is said with what is kept" \
	wait_for "deleted outside galley; your 1 unsaved annotation is kept, :w writes it"
check "nothing was written" test ! -e "$side"
check "the unsaved one is listed" wait_for "unsaved"
check "alone" wait_for "1 annotation"
rmdir "$tmp/docs/.f.txt.anno.json.lock"
keys : w Enter
check ":w saves it" wait_for "annotations of 1 source saved"
"$GALLEY" annotations "$doc" >"$tmp/list" 2>&1
check "the sidecar has the unsaved one" grep -q "unsaved" "$tmp/list"
check "and not the deleted one" sh -c "! grep -q before '$tmp/list'"
# q closes the view, Esc leaves cursor mode, q quits.
keys q
check "back to the article again" wait_for "CURSOR"
keys Escape q
check "quits" wait_for "[exited 0]"

# The article's directory moved: the sidecar is gone with the article,
# which is no decision about the annotations; they stay.
start 200 20 "$GALLEY" "$doc"
check "reader up a third time" wait_for "CLEAN 1/1"
keys A
check "the view lists the saved one" wait_for "1 annotation"
mv "$tmp/docs" "$tmp/moved"
check "the move is said, no key pressed" \
	wait_for "f.txt: moved or deleted outside galley; its annotations are kept"
check "the annotation stays" wait_for "1 annotation"
mv "$tmp/moved" "$tmp/docs"
keys q q
check "quits" wait_for "[exited 0]"
finish
