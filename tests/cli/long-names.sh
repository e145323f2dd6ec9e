#!/bin/sh
# An article whose name leaves no room for its side files' names (more
# than NAME_MAX with .anno.json.lock, .blocks, ...): they count as
# absent when reading, and a save says the name is too long, writing
# nothing.
. "$top_srcdir/tests/cli/lib.sh"

long=$(printf '%0246d' 0 | tr 0 a).txt	# 250 bytes
art=$tmp/$long
printf 'A headline\n\nThe body of an article whose file has a very long name.\n' >"$art"

expect_status 0 "clean reads it, with no side files" "$GALLEY" clean "$art"
check "and prints it" grep -q 'very long name' "$tmp/out"
check "saying nothing" test ! -s "$tmp/err"
expect_status 0 "check reads it" "$GALLEY" check "$art"
expect_status 0 "annotations lists none" "$GALLEY" annotations "$art"
check "saying nothing either" test ! -s "$tmp/err"

expect_status 2 "annotate cannot save" "$GALLEY" annotate "$art" --range 0:10 --tag x
check "and says why, naming the sidecar" \
	grep -qF "$long.anno.json: name too long for a sidecar; the annotation was not saved" "$tmp/err"
check "nothing written beside it" test "$(ls -A "$tmp" | grep -c "$long")" -eq 1

# A name short enough for the sidecar and all its save makes.
short=$(printf '%0232d' 0 | tr 0 b).txt	# 236 bytes
printf 'A headline\n\nAnother body.\n' >"$tmp/$short"
expect_status 0 "one a little shorter is annotated" "$GALLEY" annotate "$tmp/$short" --range 0:10 --tag x
check "its sidecar written" test -f "$tmp/$short.anno.json"
finish
