#!/bin/sh
# An article read through a symbolic link shares its side files with the
# article read directly: its annotations, its block choices and its
# corrections are those beside the file the link leads to, and a save
# through the link writes there, never a second sidecar beside the link.
. "$top_srcdir/tests/cli/lib.sh"

mkdir -p "$tmp/real" "$tmp/links"
art=$tmp/real/story.txt
printf 'Harbour plan\n\nThe harbour authority said the new quay would open in the spring.\n\nShare on Facebook\n' >"$art"
ln -s "$art" "$tmp/links/link.txt"

"$GALLEY" annotate "$art" --quote "new quay" --tag claim >/dev/null || fail "annotate"
expect_status 0 "annotations through the link" "$GALLEY" annotations "$tmp/links/link.txt"
check "through the link: the annotation made directly" grep -q "claim" "$tmp/out"
expect_status 0 "annotate through the link" "$GALLEY" annotate "$tmp/links/link.txt" --quote "harbour authority" --tag source
check "no sidecar beside the link" test ! -e "$tmp/links/link.txt.anno.json"
expect_status 0 "annotations directly" "$GALLEY" annotations "$art"
check "directly: the annotation made through the link" grep -q "source" "$tmp/out"
check "directly: and the first" grep -q "claim" "$tmp/out"
finish
