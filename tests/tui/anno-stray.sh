#!/bin/sh
# The reader on an article renamed after it was annotated: its
# annotations view says where the annotations are (the old sidecar).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Calls\n\nSome consumers reported telephone wait times that exceeded two hours.\n' >"$tmp/docs/page.txt"
"$GALLEY" annotate "$tmp/docs/page.txt" --quote "telephone wait" --tag claim >/dev/null ||
	fail "annotate"
mv "$tmp/docs/page.txt" "$tmp/docs/renamed.txt"
start 120 20 "$GALLEY" "$tmp/docs/renamed.txt"
check "reader up" wait_for "CLEAN 1/1"
keys A
check "the view names the old sidecar" wait_for "docs/page.txt.anno.json"
check "and says what to do" wait_for "rename it to"
keys q
check "back to the article" wait_for "F1 help"
keys q
check "quits" wait_for "[exited 0]"
finish
