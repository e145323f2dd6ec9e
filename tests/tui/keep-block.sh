#!/bin/sh
# zk keeps a dropped block shown with za (or in the raw view), or drops
# a kept one, at the caret; the choice is saved beside the article
# (ARTICLE.blocks), holds when the article is opened again and galley
# clean honours it.  A damaged file is told on opening, never rewritten.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

cat "$top_srcdir/tests/tui/two-runs.html" >"$tmp/m.html"

start 100 30 "$GALLEY" "$tmp/m.html"
check "the article" wait_for "The mayor said the town"
# za shows the first run; the caret goes down to its first block.
keys Tab z a
check "za shows the box" wait_for "Subscribe now"
keys m
check "cursor mode" wait_for "CURSOR"
keys '}'
keys z k
check "zk keeps the block" wait_for "block kept (zk drops it"
check "saved beside the article" test -f "$tmp/m.html.blocks"
check "as a keep of that block" grep -q '^keep	[0-9a-f]\{16\}/1	sign up for our newsletter$' "$tmp/m.html.blocks"
check "the rest of the run is one block" wait_for "[1 block dropped, shown: za hides them]"
check "and stays shown" wait_for "Subscribe now"
# The middle paragraph, dropped: it joins the open run before it and
# the run after it, shown dim where it was.
keys '}' '}' z k
# The whole message: "[1 block dropped, ...]" on the screen says
# "block dropped" before the key is handled.
check "zk drops a kept block" wait_for "block dropped (za shows it"
check "a drop in the file" grep -q '^drop	[0-9a-f]\{16\}/1	engineers said' "$tmp/m.html.blocks"
check "into one open run" wait_for "[5 blocks dropped, shown: za hides them]"
# The raw view shows the footer no marker stands for: zk keeps it.
keys Escape r
check "the raw view" wait_for "RAW"
keys / Copyright Enter m z k
check "zk keeps a block in the raw view" wait_for "block kept (zk drops it"
check "the footer kept in the file" grep -q '^keep	[0-9a-f]\{16\}/1	copyright 2024' "$tmp/m.html.blocks"
keys Escape q
check "quits" wait_for "[exited 0]"

"$GALLEY" clean "$tmp/m.html" >"$tmp/clean"
check "galley clean prints the kept block" grep -qx 'Sign up for our newsletter' "$tmp/clean"
check "not its neighbour" sh -c "! grep -q 'Subscribe now' '$tmp/clean'"
check "and not the dropped one" sh -c "! grep -q 'Engineers said' '$tmp/clean'"
check "and the footer kept in the raw view" grep -qx 'Copyright 2024 Harbour Times' "$tmp/clean"

start 100 30 "$GALLEY" "$tmp/m.html"
check "opened again, the choices hold" wait_for "Sign up for our newsletter"
check "the kept block among the article, then one run" wait_for "[5 blocks dropped]"
check "the kept footer too" wait_for "Copyright 2024 Harbour Times"
check "the dropped one still out" sh -c "! grep -q 'Engineers said' '$tmp/screen'"
keys q
check "quits again" wait_for "[exited 0]"

# A file that cannot be read whole is never written over.
printf '# galley blocks 1\nkeep\t12\n' >"$tmp/m.html.blocks"
cp "$tmp/m.html.blocks" "$tmp/damaged"
start 100 30 "$GALLEY" "$tmp/m.html"
check "opened with a damaged file" wait_for "The mayor said the town"
# Told when the article opens, as galley clean tells it.
check "the damage told on opening" wait_for "m.html.blocks:2:6: not a hash of 16 hexadecimal digits"
check "opening left it as it is" cmp -s "$tmp/m.html.blocks" "$tmp/damaged"
keys Tab m z k
check "zk says the file is left as it is" wait_for "is left as it is"
check "and it is" cmp -s "$tmp/m.html.blocks" "$tmp/damaged"
keys Escape q
check "quits a third time" wait_for "[exited 0]"

# A choice that cannot be saved (here its lock cannot be made, as in a
# read-only directory) is said to hold for this session only.
cat "$top_srcdir/tests/tui/two-runs.html" >"$tmp/ro.html"
mkdir "$tmp/.ro.html.blocks.lock"
start 200 30 "$GALLEY" "$tmp/ro.html"
check "another article" wait_for "The mayor said the town"
keys Tab z a
check "za shows the box there" wait_for "Subscribe now"
keys m '}' z k
check "zk says the lock could not be made" wait_for "cannot create the lock"
check "and that the choice is not saved" wait_for "the choice is not saved and holds for this session only"
check "no file written" test ! -e "$tmp/ro.html.blocks"
keys Escape q
check "quits a fourth time" wait_for "[exited 0]"
finish
