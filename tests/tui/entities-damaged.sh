#!/bin/sh
# A .galley-entities with a bad line applies but for it: the reader says
# so at the start, and again when the entities view opens (a key typed
# as the first notice came would have taken it away unseen).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Harbour talks\n\nOfficials in Zorblax said on Monday that the harbour wall would be rebuilt.\n' >"$tmp/docs/a.txt"
printf 'notentity\tMonday\nbogus line\nnotentity\tZorblax\n' >"$tmp/docs/.galley-entities"

start 120 24 sh -c "'cd $tmp/docs && exec $GALLEY a.txt'"
check "the notice at the start" wait_for ".galley-entities: line 2: not"
keys j
check "a key takes it away" wait_until sh -c "! grep -q 'line 2: not' '$tmp/screen'"
keys e
check "the entities view" wait_for "ENTITIES"
check "says it again" wait_for ".galley-entities: line 2: not"
check "and what it means" wait_for "bad lines are skipped, the other decisions apply"
check "the decision after the bad line applies" sh -c "! grep -q 'Zorblax  (' '$tmp/screen'"
keys q q
check "quits" wait_for "[exited 0]"
finish
