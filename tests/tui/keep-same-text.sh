#!/bin/sh
# zk on one of two blocks of the same text ("Advertisement" twice) keeps
# that one only; zk again takes its line out of ARTICLE.blocks, the
# status saying the block is back to the cleaner's choice.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

{
	printf 'Harbour News\n\nPort Strike Ends After Nine Days of Talks\n\n'
	printf 'Dock workers at the port of Sekondi returned to work on Monday after union leaders and the harbour authority signed a new wage agreement late on Sunday night.\n\n'
	printf 'Advertisement\n\n'
	printf 'The agreement raises basic pay by twelve percent and adds a hazard allowance for crane operators, the union general secretary said at a press conference.\n\n'
	printf 'Advertisement\n\n'
	printf 'Shipping lines said it would take at least a week to clear the backlog of container vessels waiting at anchor outside the breakwater.\n'
} >"$tmp/d.txt"

start 100 30 "$GALLEY" "$tmp/d.txt"
check "the article" wait_for "Dock workers at the port"
keys Tab z a
check "za shows the first advertisement" wait_for "Advertisement"
keys m
check "cursor mode" wait_for "CURSOR"
keys '}'
keys z k
check "zk keeps it" wait_for "block kept (zk drops it"
check "its line says which of the two" grep -q '^keep	[0-9a-f]\{16\}/1	advertisement$' "$tmp/d.txt.blocks"
check "the other still behind its marker" wait_for "[1 block dropped]"
# Polled: the marker showed before zk too.
check "only the kept one shows" \
    wait_until sh -c "test \$(grep -c 'Advertisement *\$' '$tmp/screen') = 1"
keys z k
check "zk again: back to the cleaner's choice" wait_for "back to the cleaner's choice"
check "its line is gone" sh -c "! grep -q '^keep' '$tmp/d.txt.blocks'"
keys Escape q
check "quits" wait_for "[exited 0]"
finish
