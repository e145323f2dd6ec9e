#!/bin/sh
# A long status message at a narrow window: the position shares the
# last row only when the message's rest fits beside it, and is dropped
# otherwise; no row holds the position alone.  A message longer than the
# rows it may take (half the window) ends in an ellipsis.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Harbour headline\n\nThe port authority said the new pier would open in spring.\n' >"$tmp/docs/a.txt"
mkdir -p "$tmp/xdg/galley"
printf 'the-colour-of-the-error-messages-on-the-status-line = red\n' >"$tmp/xdg/galley/config"


start 40 12 "$GALLEY" "$tmp/docs/a.txt"
check "40: the notice" wait_for "unknown setting"
check "40: whole, to its last words" wait_for "status-line'"
check "40: no row for the position alone" sh -c "! grep -q '^ *CLEAN 1/1 *100% *\$' '$tmp/screen'"
keys j
check "40: the position comes back with the next key" wait_for "CLEAN 1/1"
keys q
check "40: quits" wait_for "[exited 0]"

start 20 12 "$GALLEY" "$tmp/docs/a.txt"
check "20: the notice" wait_for "unknown"
check "20: cut with an ellipsis" \
    wait_until sh -c "sed -n 12p '$tmp/screen' | grep -q '…\$'"
check "20: no row for the position alone" sh -c "! grep -q 'CLEAN' '$tmp/screen'"
keys q
check "20: quits" wait_for "[exited 0]"
finish
