#!/bin/sh
# p typed before the open source is proofread: galley answered "still
# proofreading this source" and went nowhere, so the key was lost.  A
# problem key now finishes the source's proofreading first, as keys
# finish its layout.  A long article keeps the proofreading behind the
# first screen.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

doc=$tmp/long.txt
{
	printf 'Port headline for the test\n\n'
	printf 'The first paragraph of the report says that teh harbour council met again on Monday to discuss the budget for the next year and the dredging work.\n\n'
	i=0
	while [ "$i" -lt 3000 ]; do
		printf 'Paragraph %d of the report says that the harbour council met again on Tuesday to discuss the budget for the next year and the dredging work.\n\n' "$i"
		i=$((i + 1))
	done
} >"$doc"
start 100 24 "$GALLEY" "$doc"
check "the first screen" wait_for "that teh harbour"
keys p
check "p finds the first problem at once" wait_for "spelling: teh -> the"
keys q
check "quits" wait_for "[exited 0]"
finish
