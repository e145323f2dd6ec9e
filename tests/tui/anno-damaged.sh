#!/bin/sh
# A sidecar that cannot be parsed: the annotations view says which file
# could not be read, why, and that it is never overwritten; the list's
# count is "?", not 0; annotating that source is refused and the file
# stays byte-identical.  A sidecar damaged while the reader runs is not
# overwritten by the next save either; repaired, the next save saves.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
for n in 1 2; do
	printf 'Port headline number %s\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms and by a shortage of steel.\n' "$n" >"$tmp/docs/story$n.txt"
done
GALLEY_USER="Test Annotator"
export GALLEY_USER
"$GALLEY" annotate "$tmp/docs/story2.txt" --quote "new pier" --tag quote >/dev/null || fail "annotate story2"
side1="$tmp/docs/story1.txt.anno.json"
side2="$tmp/docs/story2.txt.anno.json"
printf '{\n  "type": "AnnotationCollection",\n  "first": {"items": [}\n' >"$side1"
cp "$side1" "$tmp/copy1"

# Unchanged: the file, no backup of it, no temporary file beside it.
untouched() {
	cmp -s "$1" "$2" && test ! -e "$1.bak" &&
	    test ! -e "$(dirname "$1")/.$(basename "$1").tmp"
}

printf 'list-width = 60\n' >"$tmp/cfg"
start 220 30 "$GALLEY" --config="$tmp/cfg" "$tmp/docs"
check "the list: story2 has one annotation" wait_for "  1 "
check "the list: story1's count is unknown, not 0" wait_row 2 "  ? "
keys A
check "the view counts the readable annotations and the unreadable sidecar" wait_for "1 annotation in all sources, 1 sidecar unreadable"
check "a row names the source and the sidecar, with the loader's reason" wait_for "story1.txt [unreadable sidecar] could not read the sidecar $side1:3:"
check "and says it is never overwritten" wait_for "galley leaves it as it is and never overwrites it"
check "the status line says so too" wait_row 30 "could not read the sidecar $side1:3:"
check "story2's annotation is listed" wait_for "story2.txt:3 [anchored] quote"
keys D
settle
check "D on that row deletes nothing" untouched "$side1" "$tmp/copy1"
keys Enter
check "Enter opens the source and says why" wait_for "could not read the sidecar $side1"
check "the source is open" wait_for "CLEAN 1/2"
keys m w v w t
check "annotating it is refused, naming the file" wait_for "cannot annotate $tmp/docs/story1.txt: could not read its sidecar $side1:3:"
screen
check "no tag prompt opened" sh -c "! grep -q '^tags' '$tmp/screen'"
check "the damaged sidecar is untouched" untouched "$side1" "$tmp/copy1"

# Damaged while the reader runs: the save refuses and keeps the work.
cp "$side2" "$tmp/good2"
printf 'not json at all\n' >"$side2"
cp "$side2" "$tmp/copy2"
keys Escape Escape ] ]
check "story2 open" wait_for "CLEAN 2/2"
keys m w w v w t
check "tag prompt" wait_row 30 "tags (1 claim"
keys -l "claim"
keys Enter
check "the save refuses, naming the sidecar" wait_for "not saved (kept in memory; :save retries, :save-to DIR saves elsewhere): $side2:1:"
check "the sidecar damaged meanwhile is untouched" untouched "$side2" "$tmp/copy2"
keys Escape Escape : s a v e Enter
check ":save refuses too" wait_for "0 saved, 1 not saved"
check "still untouched" untouched "$side2" "$tmp/copy2"
# Repaired (the good copy put back): the save reads it again and saves.
cp "$tmp/good2" "$side2.new" && mv "$side2.new" "$side2"
keys : s a v e Enter
check ":save saves once it is repaired" wait_for "annotations of 1 source saved"
"$GALLEY" annotations "$tmp/docs/story2.txt" >"$tmp/list2" 2>&1
check "the work kept, the old annotation too" sh -c "grep -q claim '$tmp/list2' && grep -q quote '$tmp/list2'"
keys : q Enter
check ":q quits, nothing unsaved" wait_for "[exited 0]"
check "story1's sidecar is untouched at the end" untouched "$side1" "$tmp/copy1"
finish
