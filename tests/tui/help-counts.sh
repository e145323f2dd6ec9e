#!/bin/sh
# The help screen (F1) says that a count before a motion key repeats it
# (5j, 3]s, 10G), as the manual's KEYS section does: both come from the
# key table (QA: F1 did not mention counts).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

doc="$tmp/doc.txt"
printf 'A short report\n\nThe harbour opened on Monday.\n' >"$doc"

start 80 24 "$GALLEY" "$doc"
check "reader up" wait_for "The harbour opened"
keys F1
check "F1 opens the help" wait_for "galley keys"
check "the help names the count keys" wait_for "5j, 3]s, 10G"
check "the help says what a count does" wait_for "a count typed before a motion key"
keys q
check "q closes the help" wait_gone "galley keys"
keys q
check "quits" wait_for "[exited 0]"
finish
