#!/bin/sh
# p and P (]s, [s) visit every problem galley check reports, in its
# order, and the count on the status line is of those: a problem the
# clean view hides (markup debris, a paragraph of it or a span inside a
# line) is visited all the same and said to be hidden; the raw view (r)
# shows it.  Before, the count was of all while p skipped a paragraph
# of debris.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

cp "$top_srcdir/tests/tui/debris.html" "$tmp/d.html"
"$GALLEY" check "$tmp/d.html" >"$tmp/check"
check "galley check finds four problems" test "$(wc -l <"$tmp/check")" -eq 4

start 120 24 "$GALLEY" "$tmp/d.html"
check "the article" wait_for "Engineers said that the cranes"
# p visits every problem, in galley check's order; those the clean
# view hides are said to be hidden.
keys p
check "p: the debris at the end of a line, hidden" \
    wait_for "markup: < / li >   (1 of 4)  hidden by the clean view: r shows it" 20
keys p
check "p: the paragraph of debris, hidden" \
    wait_for "markup: < strong >>   (2 of 4)  hidden by the clean view"
keys ]s
check "]s: the debris inside a line, hidden" \
    wait_for "markup: tdstyle;textalign:left   (3 of 4)  hidden by"
keys p
check "p: the misspelling, shown" \
    wait_for "spelling: untill -> until   (4 of 4; a: add word, i: ignore)"
check "not said to be hidden" sh -c "! grep -q 'hidden by' '$tmp/screen'"
keys p
check "p: none below" wait_for "No more problems below"
keys [s
check "[s: back to the debris inside a line" wait_for "(3 of 4)"
keys P
check "P: the paragraph of debris" wait_for "markup: < strong >>   (2 of 4)"
keys P
check "P: the first" wait_for "markup: < / li >   (1 of 4)"
keys P
check "P: none above" wait_for "No more problems above"
# g, on a source that fits on the screen, cannot move the view but asks
# for the top: p starts from the screen again (it went on from the one
# just visited: "no more problems below" at the end).
keys p
check "p: the second" wait_for "(2 of 4)"
keys g p
check "g p: the first again, not the third" wait_for "markup: < / li >   (1 of 4)"

# The raw view shows the debris: the same four, none hidden.
keys r
check "r: the raw view" wait_for "RAW"
keys p
check "raw: the paragraph of debris, not hidden here" \
    wait_for "markup: < strong >>   (2 of 4)"
check "not said to be hidden" sh -c "! grep -q 'hidden by' '$tmp/screen'"
keys q
check "quits" wait_for "[exited 0]"

# A problem in the title: the pane's header shows it, so it is not
# hidden, and p from the top visits it first (it skipped it, and [s
# said "hidden by the clean view").
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour reprot</title></head><body><article><h1>Harbour reprot</h1><p>The port authority said that the new pier would be ready by spring, after delays.</p><p>Engineers said that the cranes would need work untill the summer.</p></article></body></html>\n' \
    >"$tmp/t.html"
start 100 20 "$GALLEY" "$tmp/t.html"
check "the titled article" wait_for "Engineers said that the cranes"
keys p
check "p: the title's misspelling first" \
    wait_for "spelling: reprot -> report"
check "not said to be hidden" sh -c "! grep -q 'hidden by' '$tmp/screen'"
keys p
check "p: then the body's" wait_for "spelling: untill -> until   (2 of 2;"
keys q
check "quits again" wait_for "[exited 0]"
finish
