#!/bin/sh
# The problem list (v) says what galley check says of each problem:
# LINE:COL, the kind, the text and, after "->", the correction chosen
# with z= (QA 37 F7: the list left out the column and the correction).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
cp "$top_srcdir/samples/ecowas-summit.html" "$tmp/docs/"
f=$tmp/docs/ecowas-summit.html
G() { env HOME="$tmp" XDG_CONFIG_HOME="$tmp/xdg" "$GALLEY" check "$f"; }

start 200 30 "$GALLEY" "$f"
check "the article" wait_for "ECOWAS Leaders Offer Djoliba"
# p, not ]s: p finishes the proofreading first (proof-early.sh).
keys p
check "p: teh" wait_for "spelling: teh"
keys v
check "the list: line and column as check gives them" \
    wait_for "$(G)   Analysts said teh"
keys q
check "back in the pane" wait_gone "1 problem in"
keys z =
check "z= offers the" wait_for "z= teh:  1 the"
keys 1
check "1 chooses it" wait_for "'teh' corrected to 'the'"
G >"$tmp/check.out"
check "check names the choice" grep -q ': spelling: teh -> the$' "$tmp/check.out"
keys v
check "the list: the chosen correction, as check prints it" \
    wait_for "$(cat "$tmp/check.out")   Analysts said teh"
keys q q
check "quits" wait_for "[exited 0]"
finish
