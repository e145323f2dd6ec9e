#!/bin/sh
# In cursor mode za opens the run of dropped blocks at or nearest above
# the caret, not the first marker on the screen.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

cat >"$tmp/m.html" <<'EOT'
<html><head><title>Harbour report</title></head><body><article>
<h1>Harbour report</h1>
<p>The port authority said on Monday that the new pier would be ready by spring, after a long and cold winter of work on the quay and the cranes.</p>
<div class="newsletter-signup"><p>Sign up for our newsletter</p><p>Subscribe now</p></div>
<p>Engineers said that the cranes and the old pier would need work until the end of the summer at the latest, and that the budget would hold.</p>
<div class="related-links"><p>Read more: the ferry timetable</p><p>Read more: weather</p><p>Read more: tides</p></div>
<p>The mayor said the town would hold a party on the new pier when it opens, with music and a market for the people of the harbour.</p>
</article>
<footer><p>Copyright 2024 Harbour Times</p></footer>
</body></html>
EOT

start 100 30 "$GALLEY" "$tmp/m.html"
check "the article" wait_for "The mayor said the town"
check "two markers" sh -c "test \$(grep -c 'blocks dropped\]' '$tmp/screen') -eq 2"
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
