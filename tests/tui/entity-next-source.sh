#!/bin/sh
# n and N step through a chosen entity's mentions across sources (the
# first n past the mention Enter showed, the status saying which way a
# source was left), and zk (keep or drop a block) leaves them right: a
# dropped block's mention is no longer a match, and the source's other
# mentions, numbered anew by its analysis, are still found when it is
# opened again.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Officials in Zorblax said on Monday that the plan to rebuild the old harbour wall would go ahead.\n\nThe council will meet again next week to agree the budget for the work and its timetable.\n' >"$tmp/docs/a.txt"
printf 'Rain is expected over the hills tonight, and the wind will ease by morning.\n' >"$tmp/docs/b.txt"
printf 'The stall holders met the mayor on Friday to talk about the roof of the covered market hall.\n\nOfficials in Zorblax said on Tuesday that the market would reopen at the start of next month.\n\nOfficials in Zorblax said on Wednesday that the traders would pay no rent until the summer.\n' >"$tmp/docs/c.txt"

start 120 24 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "3 sources"
settle
keys e
check "the entities view" wait_for "entities in all sources"
# The row itself, not the header: until the list is drawn the reading
# pane's "Officials in Zorblax" may still be on screen, lines lower.
check "Zorblax is listed" wait_for "Zorblax  (2 sources"
row=$(grep -n "Zorblax  (2 sources" "$tmp/screen" | head -1 | cut -d: -f1)
i=2
while [ "$i" -lt "$row" ]; do keys j; i=$((i + 1)); done
keys Enter
check "Enter filters the list to its two sources" wait_for "2 of 3 sources mention Zorb"
# Enter showed a's only mention: n goes past it, to c's first.
keys n
check "the first n goes on to the next source" wait_for "match 1 of 2 (next source)"
check "c is open" wait_for "on Tuesday that the market"
keys N
check "N back into a says so" wait_for "match 1 of 1 (previous source)"
check "a is open" wait_for "rebuild the old harbour"
keys "]" "]"
check "]] opens c" wait_for "The stall holders met"
# The top block (Friday's) dropped: c's mentions are numbered anew.
keys z k
check "zk drops the top block" wait_for "block dropped"
keys "[" "["
check "[[ opens a" wait_for "rebuild the old harbour"
keys "]" "]"
check "]] opens c again" wait_for "on Tuesday that the market"
keys g n
check "n finds c's first mention still" wait_for "match 1 of 2"
# Drop the block of the first mention; the match goes with it.
keys z k
check "zk drops it" wait_for "block dropped"
keys g n
check "n finds only the one left" wait_for "match 1 of 1"
keys n
check "none further" wait_for "No more matches below"
keys N
check "N goes back past no hidden match to a" wait_for "rebuild the old harbour"
keys q
check "quits" wait_for "[exited 0]"
finish
