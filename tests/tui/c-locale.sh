#!/bin/sh
# The C locale: curly quotes, dashes, the middle dot and the ellipsis
# are drawn as ASCII (' " - ...) in the article and its header, not as
# '?', which would look like a real question mark; other non-ASCII stays
# a '?' placeholder.  In UTF-8 they are drawn as themselves.  At 80x24
# and 120x40.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Harbour \342\200\234news\342\200\235\n\nby Ann Example\n\nThe mayor said \342\200\234we\342\200\231ll wait\342\200\246\342\200\235 \342\200\224 and the caf\303\251 closed \302\267 on time.\n' >"$tmp/docs/story.txt"

for size in "80 24" "120 40"; do
	set -- $size
	TEST_LANG=C start "$1" "$2" "$GALLEY" "$tmp/docs/story.txt"
	check "$1x$2 C: quotes, apostrophe, ellipsis, dash, dot in ASCII" \
	    wait_for "The mayor said \"we'll wait...\" - and the caf? closed - on"
	check "$1x$2 C: a heading's quotes" wait_for "Harbour \"news\""
	keys q
	check "$1x$2 C: quits" wait_for "[exited 0]"
	start "$1" "$2" "$GALLEY" "$tmp/docs/story.txt"
	check "$1x$2 UTF-8: drawn as themselves" \
	    wait_for "The mayor said “we’ll wait…” — and the café closed · on"
	keys q
	check "$1x$2 UTF-8: quits" wait_for "[exited 0]"
done
finish
