#!/bin/sh
# A search that finds nothing says so in one wording wherever it is
# typed (vim's "Pattern not found: X"): / in the reading pane, / and n
# in the source list, the list's filter F, and :grep.  A motion that
# finds nothing further says "No more THINGS below" or "above": n in the
# pane, ]s, ]q.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Harbour headline\n\nThe port authority said the new pier would open in spring.\n' >"$tmp/docs/a.txt"
printf 'Council headline\n\nThe council said the harbour road would close in winter.\n' >"$tmp/docs/b.txt"

start 120 24 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "2 sources"
keys / zzqx Enter
check "/ in the list" wait_for "Pattern not found: zzqx"
keys j
check "a key clears the message" wait_gone "zzqx"
keys n
check "n in the list" wait_for "Pattern not found: zzqx"
keys F qqzz Enter
check "the list's filter" wait_for "Pattern not found: qqzz (c lists every source again)"
keys c
keys : "grep xqzq" Enter
check ":grep" wait_for "Pattern not found: xqzq"
keys q
keys Enter
check "the pane" wait_for "CLEAN 1/2"
keys / zqxz Enter
check "/ in the pane" wait_for "Pattern not found: zqxz"
keys / said Enter
check "a match" wait_for "match 1 of 1"
keys n
check "n past the last match" wait_for "No more matches below"
keys : "grep said" Enter
check ":grep finds" wait_for "hits for said"
keys Enter
keys : cn Enter : cn Enter
check "]q past the last hit" wait_for "No more hits below"
keys q q
check "quits" wait_for "[exited 0]"
finish
