#!/bin/sh
# The clean view leaves out the markup debris galley check reports and a
# paragraph of nothing else, without a double space where it was; the
# raw view (r) shows all of it, and the proofreader's marks still land on
# the words they name.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

cp "$top_srcdir/tests/tui/debris.html" "$tmp/d.html"

start 120 24 "$GALLEY" "$tmp/d.html"
check "the article" wait_for "Engineers said that the cranes"
check "the tag typed as text is not shown" sh -c "! grep -q '< / li >' '$tmp/screen'"
check "nor the block of debris" sh -c "! grep -q '< strong' '$tmp/screen'"
check "nor the CSS" sh -c "! grep -q 'tdstyle' '$tmp/screen'"
check "the misspelling after the debris is marked" wait_sgr "muntill" 20
# Two paragraphs, one blank row between them.
first=$(grep -n 'ready by spring\.' "$tmp/screen" | cut -d: -f1)
second=$(grep -n 'Engineers said that' "$tmp/screen" | cut -d: -f1)
check "one blank row between the paragraphs" test "$((second - first))" -eq 2
keys Tab r
check "r shows the raw page" wait_for "RAW"
check "with the tag" wait_for "by spring. < / li >"
check "the block of debris" wait_for "< strong >>"
check "and the CSS" wait_for "said tdstyle;textalign:left that"
keys r
check "r again: the clean view" wait_gone "tdstyle"
keys q
check "quits" wait_for "[exited 0]"
finish
