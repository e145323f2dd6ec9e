#!/bin/sh
# The reading pane's header (the title, then author, date, site and
# path) cut at a narrow window ends in an ellipsis, as every other cut
# row does ("..." outside UTF-8); one that fits is drawn whole.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
cat >"$tmp/docs/harbour-story-with-a-long-name.html" <<'EOT'
<html><head><title>The harbour authority approves the long-awaited rebuilding of the eastern quay</title>
<meta name="author" content="Ann Author-Longname"></head>
<body><article><h1>The harbour authority approves the long-awaited rebuilding of the eastern quay</h1>
<p>The port authority said on Monday that the new pier would open in the spring, after two years of delays and a public inquiry.</p>
</article></body></html>
EOT

for lang in C.UTF-8 C; do
	dots="…"
	[ "$lang" = C ] && dots="[.][.][.]"
	TEST_LANG=$lang
	start 40 24 "$GALLEY" "$tmp/docs"
	check "$lang: reader up" wait_for "The port authority"
	check "$lang: the title ends in an ellipsis" \
	    wait_until sh -c "sed -n 1p '$tmp/screen' | grep -q '$dots *\$'"
	check "$lang: the meta line too" \
	    wait_until sh -c "sed -n 2p '$tmp/screen' | grep -q 'Ann Author.*$dots *\$'"
	keys q
	check "$lang: quits" wait_for "[exited 0]"
done

TEST_LANG=C.UTF-8
start 120 24 "$GALLEY" "$tmp/docs"
check "wide: the title whole" \
    wait_row 1 "rebuilding of the eastern quay"
check "wide: the title has no ellipsis" sh -c "! sed -n 1p '$tmp/screen' | grep -q '…'"
keys q
check "quits" wait_for "[exited 0]"
finish
