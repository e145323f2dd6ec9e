#!/bin/sh
# On an HTML page, the reader's problem list, search hits and
# annotations view give the page's own source line, as galley check and
# galley annotations do, so that FILE:LINE opens the page at the word
# (the decoded text's line 5 is the source's line 12 here).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
page="$tmp/docs/h.html"
cat >"$page" <<'EOT'
<!DOCTYPE html>
<html>
<head>
<title>Harbour plans approved</title>
<meta charset="utf-8">
</head>
<body>
<article>
<h1>Harbour plans approved</h1>
<p>The harbour authority said on Tuesday that the new quay would open in the spring,
after two years of delays and a long dispute.</p>
<p>Dockworkers said they were satisfied wiht the agreement reached with the port
operators last week, and the mayor called it a first step.</p>
</article>
</body>
</html>
EOT
"$GALLEY" check "$page" >"$tmp/check" 2>&1
check "check gives the source line" grep -q "h.html:12:[0-9]*: spelling: wiht" "$tmp/check"
"$GALLEY" annotate "$page" --quote "satisfied" --tag claim >/dev/null ||
	fail "annotate"
"$GALLEY" annotations "$page" >"$tmp/annos" 2>&1
check "annotations give the source line" grep -q "h.html:12\.[0-9]" "$tmp/annos"

start 120 20 "$GALLEY" "$page"
check "reader up" wait_for "CLEAN 1/1"
keys p
check "proofread" wait_for "spelling: wiht"
keys v
check "the problem list gives line 12, and check's column" \
    wait_for "$(grep -o 'h.html:12:[0-9]*: spelling: wiht' "$tmp/check")"
keys q
check "back to the article" wait_for "F1 help"
keys A
check "the annotations view gives line 12" wait_for "h.html:12 [anchored"
keys q
check "back again" wait_for "F1 help"
keys q
check "quits" wait_for "[exited 0]"
finish
