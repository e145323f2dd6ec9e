#!/bin/sh
# An article renamed after it was annotated: galley annotations on the
# new name says where its annotations are (the old sidecar, saved on
# the same text, whose article is gone), and renaming the sidecar as
# it says brings them back.  A sidecar of other text, or of an article
# still there, is never named.
. "$top_srcdir/tests/cli/lib.sh"

d="$tmp/docs"
mkdir -p "$d"
printf 'Calls\n\nSome consumers reported telephone wait times that exceeded two hours.\n' >"$d/page.txt"
printf 'Other\n\nA different story about the harbour and its new quay.\n' >"$d/other.txt"
"$GALLEY" annotate "$d/page.txt" --quote "telephone wait" --tag claim >/dev/null ||
	fail "annotate"
"$GALLEY" annotate "$d/other.txt" --quote "new quay" --tag place >/dev/null ||
	fail "annotate other"
mv "$d/page.txt" "$d/renamed.txt"

expect_status 0 "annotations of the renamed article" "$GALLEY" annotations "$d/renamed.txt"
check "says where its annotations are" grep -q \
	"renamed.txt: no annotations of its own; .*/page.txt.anno.json was saved on the same text and its article is gone: rename it to .*/renamed.txt.anno.json" "$tmp/err"
check "lists none of them as its own" test ! -s "$tmp/out"

# Another article's sidecar whose article is there is never named, nor
# one saved on other text.
cp "$d/renamed.txt" "$d/copy.txt"
printf ' edited\n' >>"$d/copy.txt"
expect_status 0 "an edited copy" "$GALLEY" annotations "$d/copy.txt"
check "names no sidecar for other text" test ! -s "$tmp/err"
mv "$d/other.txt" "$d/other2.txt"
expect_status 0 "the other article renamed" "$GALLEY" annotations "$d/other2.txt"
check "names its own old sidecar, not page's" sh -c \
	"grep -q 'other.txt.anno.json' '$tmp/err' && ! grep -q 'page.txt.anno' '$tmp/err'"

# Annotating the renamed article first would start a sidecar apart from
# the old one (and renaming the old one then overwrite it): refused,
# with the way out.
expect_status 2 "annotate the renamed article" "$GALLEY" annotate "$d/renamed.txt" --quote "port" --tag later
check "says why and how" grep -q "page.txt.anno.json was saved on the same text.*rename it to .*renamed.txt.anno.json to keep them; not annotating until then" "$tmp/err"
check "no new sidecar" test ! -e "$d/renamed.txt.anno.json"

mv "$d/page.txt.anno.json" "$d/renamed.txt.anno.json"
expect_status 0 "after renaming the sidecar" "$GALLEY" annotations "$d/renamed.txt"
check "its annotation is back" grep -q "claim" "$tmp/out"
expect_status 0 "annotate it now" "$GALLEY" annotate "$d/renamed.txt" --quote "port" --tag later
finish
