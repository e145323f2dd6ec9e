#!/bin/sh
# A long status message at a narrow window.  Whole rows, then the rest
# beside the position, or on a row of its own above it (the position
# stays: open-url.sh); but when that takes more rows than the status
# line may (half the window), the position is dropped until the next
# key before the message is cut, and a message longer still ends in an
# ellipsis, never cut mid-word without a sign.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Harbour headline\n\nThe port authority said the new pier would open in spring.\n' >"$tmp/docs/a.txt"
mkdir -p "$tmp/xdg/galley"
printf 'the-colour-of-the-error-messages-on-the-status-line = red\n' >"$tmp/xdg/galley/config"

start 40 12 "$GALLEY" "$tmp/docs/a.txt"
check "40: the notice" wait_for "unknown setting"
check "40: whole, to its last words" wait_for "status-line'"
check "40: the position stays" wait_for "CLEAN 1/1"
keys j
check "40: a key clears the message" wait_gone "unknown setting"
keys q
check "40: quits" wait_for "[exited 0]"

start 20 12 "$GALLEY" "$tmp/docs/a.txt"
check "20: the notice" wait_for "unknown"
check "20: cut with an ellipsis" \
    wait_until sh -c "sed -n 12p '$tmp/screen' | grep -q '…\$'"
check "20: the position dropped before the message is cut" \
    sh -c "! grep -q 'CLEAN' '$tmp/screen'"
check "20: more of the message than beside the position" \
    grep -q 'error-messages' "$tmp/screen"
keys j
check "20: the position back after a key" wait_for "CLEAN 1/1"
keys q
check "20: quits" wait_for "[exited 0]"
finish
