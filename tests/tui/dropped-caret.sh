#!/bin/sh
# In cursor mode za opens the run of dropped blocks at or nearest above
# the caret, not the first marker on the screen.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

cat "$top_srcdir/tests/tui/two-runs.html" >"$tmp/m.html"

start 100 30 "$GALLEY" "$tmp/m.html"
check "the article" wait_for "The mayor said the town"
check "two markers" wait_until sh -c "test \$(grep -c 'blocks dropped\]' '$tmp/screen') -eq 2"
# m puts the caret on the first line; } twice takes it to the last
# paragraph, below the second marker.
keys Tab m
check "cursor mode" wait_for "CURSOR"
keys '}' '}' z a
check "za opens the marker above the caret" wait_for "Read more: tides"
check "not the first marker on the screen" \
    sh -c "! grep -q 'Sign up for' '$tmp/screen'"
keys z a
check "za again closes it" wait_gone "Read more: tides"
keys '{' z a
check "from the middle paragraph, the first marker" \
    wait_for "Sign up for our newsletter"
check "and only that one" sh -c "! grep -q 'Read more: tides' '$tmp/screen'"
keys Escape q
check "quits" wait_for "[exited 0]"
finish
