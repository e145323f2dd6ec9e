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
# The W3C export through the link names the sidecar it read, beside the
# file, as it names that file as the source (it named one beside the
# link, which does not exist).
expect_status 0 "w3c through the link" "$GALLEY" export --format=w3c "$tmp/links/link.txt"
real=$(realpath "$art")
check "w3c: the collection is the real sidecar" grep -q "\"id\":\"file://$real.anno.json\"" "$tmp/out"
check "w3c: the source is the real file" grep -q "\"source\":\"file://$real\"" "$tmp/out"
finish
