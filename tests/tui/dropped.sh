#!/bin/sh
# Where the cleaner cut blocks from inside the article, the clean view
# shows one dim row "[2 blocks dropped]" (none for the footer after the
# last kept block); za shows the blocks in place, dim, and hides them
# again.  The raw view is not changed.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

cat >"$tmp/m.html" <<'EOT'
<html><head><title>Harbour report</title></head><body><article>
<h1>Harbour report</h1>
<p>The port authority said on Monday that the new pier would be ready by spring, after a long and cold winter of work on the quay and the cranes.</p>
<div class="newsletter-signup"><p>Sign up for our newsletter</p><p>Subscribe now</p></div>
<p>Engineers said that the cranes and the old pier would need work until the end of the summer at the latest, and that the budget would hold.</p>
</article>
<footer><p>Copyright 2024 Harbour Times</p></footer>
</body></html>
EOT

start 100 24 "$GALLEY" "$tmp/m.html"
check "the article" wait_for "Engineers said that the cranes"
check "a marker where the box was cut" wait_for "[2 blocks dropped]"
check "the blocks themselves are not shown" sh -c "! grep -q 'Sign up for' '$tmp/screen'"
check "no marker for the footer" sh -c "test \$(grep -c 'dropped\]' '$tmp/screen') -eq 1"
check "the marker between the paragraphs" sh -c "
	a=\$(grep -n 'quay and the cranes' '$tmp/screen' | cut -d: -f1)
	m=\$(grep -n '2 blocks dropped' '$tmp/screen' | cut -d: -f1)
	b=\$(grep -n 'Engineers said' '$tmp/screen' | cut -d: -f1)
	test \$a -lt \$m && test \$m -lt \$b"
check "the marker has its own attributes" wait_sgr "m[2 blocks dropped]" 5
keys Tab z a
check "za shows the dropped blocks" wait_for "Sign up for our newsletter"
check "both of them" wait_for "Subscribe now"
check "the marker says so" wait_for "[2 blocks dropped, shown: za hides them]"
# Polled: the paragraph moves down, and is drawn after the blocks.
check "in place, before the second paragraph" wait_until sh -c "
	s=\$(grep -n 'Subscribe now' '$tmp/screen' | cut -d: -f1)
	b=\$(grep -n 'Engineers said' '$tmp/screen' | cut -d: -f1)
	test \$s -lt \$b"
check "the footer stays out" sh -c "! grep -q 'Copyright 2024' '$tmp/screen'"
keys z a
check "za again hides them" wait_gone "Sign up for our newsletter"
check "the marker is back" wait_for "[2 blocks dropped]"
keys q
check "quits" wait_for "[exited 0]"

# Nothing kept at all (two identical short lines in two files read as a
# site's furniture): a marker says so, where the pane was blank.
printf 'The fans cheered as Cafe Zurich won the cup.\nSecond line of the story with more words here.\n' \
    >"$tmp/t1.txt"
cp "$tmp/t1.txt" "$tmp/t2.txt"
start 80 16 "$GALLEY" "$tmp/t1.txt" "$tmp/t2.txt"
check "nothing kept: the marker" wait_for "[2 blocks dropped]"
keys Tab z a
check "za shows them" wait_for "The fans cheered as Cafe Zurich"
keys q
check "quits again" wait_for "[exited 0]"
finish
