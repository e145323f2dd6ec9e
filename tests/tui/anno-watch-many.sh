#!/bin/sh
# The sidecar watch with many sources in the annotations view of every
# source: it looks at the rows on screen and at a few others in turn
# (tests/unit/test_watch counts them), so a change to a source off
# screen still shows once scrolled to, and one to a source with no
# annotations (no row at all) shows in a while, with no key pressed.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
GALLEY_USER="Test Annotator"
export GALLEY_USER
i=10
while [ "$i" -le 49 ]; do
	printf 'Harbour headline number %s\n\nThe port authority said pier %s would open in spring, after delays caused by storms.\n' "$i" "$i" >"$tmp/docs/s$i.txt"
	"$GALLEY" annotate "$tmp/docs/s$i.txt" --quote "port authority" \
		--tag "t$i" >/dev/null || fail "annotate s$i"
	i=$((i + 1))
done
# One source without annotations.
printf 'Mining headline\n\nThe gold mine reopened on Monday after a strike of three weeks.\n' >"$tmp/docs/s50.txt"

start 100 20 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "41 sources"
keys A
check "the view lists every source's" wait_for "40 annotations in all sources"
check "the last rows are off screen" sh -c "! grep -q 's49.txt' '$tmp/screen'"
"$GALLEY" annotate "$tmp/docs/s48.txt" --quote "pier 48" --tag offscreen \
	>/dev/null || fail "annotate s48 in batch"
keys G
check "scrolled to, the change off screen shows" wait_for "offscreen" 20
"$GALLEY" annotate "$tmp/docs/s50.txt" --quote "gold mine" --tag nowhere \
	>/dev/null || fail "annotate s50 in batch"
check "a source with no row is looked at in turn" \
	wait_for "42 annotations in all sources" 30
keys G
check "and listed" wait_for "nowhere"
keys q
check "back" wait_for "F1 help"
keys q
check "quits" wait_for "[exited 0]"
finish
