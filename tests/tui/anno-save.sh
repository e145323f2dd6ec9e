#!/bin/sh
# A save that fails keeps the annotations in memory: the status line
# says so, q does not quit while they are unsaved, :save retries and
# :save-to DIR saves them elsewhere.  The failure is made with a
# directory where the lock file goes, which stops root as well as anyone.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs" "$tmp/elsewhere"
doc="$tmp/docs/story.txt"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms and by a shortage of steel.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER
mkdir "$tmp/docs/.story.txt.anno.json.lock"

start 100 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w v w w t
check "tag prompt" wait_for "tags"
keys -l "claim"
keys Enter
check "the failure is on the status line, naming the lock" wait_for "not saved (kept in memory"
check "nothing was written" test ! -e "$doc.anno.json"
keys A
check "the annotation is still there, in memory" wait_for "claim"
# q closes the view, Esc leaves cursor mode, q tries to quit.
keys q Escape q
check "q does not quit with unsaved annotations" wait_for "not saved: :save retries"
screen
check "still running" sh -c "! grep -q 'exited' '$tmp/screen'"
keys : s a v e Enter
check ":save fails again while the lock cannot be made" wait_for "0 saved, 1 not saved (kept in memory"
keys : s a v e - t o Space
keys -l "$tmp/elsewhere"
keys Enter
check ":save-to DIR saves there" wait_for "annotations of 1 source saved"
check "the sidecar is in the other directory" sh -c "'$GALLEY' annotations --format=json '$doc' >/dev/null; grep -q '\"claim\"' '$tmp/elsewhere/story.txt.anno.json'"
check "and it is a valid collection" sh -c "grep -q 'AnnotationCollection' '$tmp/elsewhere/story.txt.anno.json'"
keys q
check "with nothing unsaved, q quits" wait_for "[exited 0]"

# Once the cause is gone, :save saves in place.
start 100 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w v w t
check "tag prompt" wait_for "tags"
keys -l "quote"
keys Enter
check "not saved" wait_for "not saved (kept in memory"
rmdir "$tmp/docs/.story.txt.anno.json.lock"
keys : s a v e Enter
check ":save saves" wait_for "annotations of 1 source saved"
check "the sidecar next to the article holds it" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"quote\"'"
keys Escape q
check "quits" wait_for "[exited 0]"

# :q! quits without them.  (A successful save leaves the lock file.)
rm -f "$tmp/docs/.story.txt.anno.json.lock"
mkdir "$tmp/docs/.story.txt.anno.json.lock"
start 100 20 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w w w t
check "tag prompt for the word at the caret" wait_for "tags"
keys -l "error"
keys Enter
check "not saved" wait_for "not saved (kept in memory"
keys : q ! Enter
check ":q! quits" wait_for "[exited 0]"

# Two unsaved sources with one file name: :save-to DIR would give them
# one sidecar, and the save's merge mixed their annotations (b showed
# a's, in memory and in the file).  The second is refused instead.
mkdir -p "$tmp/two/a" "$tmp/two/b" "$tmp/two/out"
printf 'Harbour headline one\n\nThe port authority said the new pier would open in spring, after delays caused by storms.\n' >"$tmp/two/a/story.txt"
printf 'Mining headline two\n\nThe gold mine reopened on Monday after a strike that lasted for three weeks in the north.\n' >"$tmp/two/b/story.txt"
mkdir "$tmp/two/a/.story.txt.anno.json.lock" "$tmp/two/b/.story.txt.anno.json.lock"
start 300 20 "$GALLEY" "$tmp/two"
check "reader up" wait_for "2 sources"
keys Enter
check "first source open" wait_for "CLEAN 1/2"
keys m w v w t
check "tag prompt" wait_for "tags"
keys -l "alpha"
keys Enter
check "not saved" wait_for "not saved (kept in memory"
keys Escape Escape ] ]
check "second source open" wait_for "CLEAN 2/2"
keys m w w v w t
check "tag prompt" wait_for "tags"
keys -l "beta"
keys Enter
check "not saved" wait_for "not saved (kept in memory"
keys Escape Escape : s a v e - t o Space
keys -l "$tmp/two/out"
keys Enter
check ":save-to refuses the second source of one name" wait_for "1 saved, 1 not"
check "naming the sidecar already there" wait_for "$tmp/two/out/story.txt.anno.json: already holds the annotations of another article"
keys A
check "the annotations view lists both" wait_for "beta"
screen
check "and neither source has the other's annotation" sh -c "! grep -q 'b/story.txt.*alpha' '$tmp/screen' && ! grep -q 'a/story.txt.*beta' '$tmp/screen'"
check "the sidecar saved holds one article's annotation" sh -c "grep -c '\"exact\"' '$tmp/two/out/story.txt.anno.json' | grep -qx 1"
keys q
check "the view closes" wait_for "F1 help"
keys : q ! Enter
check ":q! quits" wait_for "[exited 0]"

# A later session: DIR already holds a sidecar of that name.  Another
# article's is refused, naming it, and left as it was; the same
# article's is merged with it.
cp "$tmp/two/out/story.txt.anno.json" "$tmp/out-before"
# save_to ARTICLE TAG: one annotation, unsaved (its lock is a
# directory), then :save-to the out directory; the message waited for
# comes next.
save_to() {
	start 300 20 "$GALLEY" "$1"
	check "reader up" wait_for "CLEAN 1/1"
	keys m w v w t
	check "tag prompt" wait_for "tags"
	keys -l "$2"
	keys Enter
	check "not saved" wait_for "not saved (kept in memory"
	keys Escape Escape : s a v e - t o Space
	keys -l "$tmp/two/out"
	keys Enter
}
save_to "$tmp/two/b/story.txt" gamma
check "another article's sidecar: refused, naming it" wait_for "0 saved, 1 not saved (kept in memory; :save retries, :save-to DIR saves elsewhere): $tmp/two/out/story.txt.anno.json: already holds the annotations of another article"
check "and left as it was" cmp -s "$tmp/two/out/story.txt.anno.json" "$tmp/out-before"
keys : q ! Enter
check ":q! quits" wait_for "[exited 0]"
save_to "$tmp/two/a/story.txt" delta
check "the same article's sidecar: merged" wait_for "annotations of 1 source saved"
check "it holds both sessions' annotations" sh -c "grep -q '\"alpha\"' '$tmp/two/out/story.txt.anno.json' && grep -q '\"delta\"' '$tmp/two/out/story.txt.anno.json'"
keys q
check "quits" wait_for "[exited 0]"
finish
