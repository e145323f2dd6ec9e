#!/bin/sh
# A source whose file name holds a line break keeps its read mark across
# sessions, and the reading file that holds it reads back: QA 37 F1 (the
# next start called the file damaged, and every source of every
# directory lost its read mark and position from then on).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
printf 'Odd name report\n\nThe council met on Monday to agree the budget for the new pier and the harbour wall.\n' \
    >"$tmp/docs/$(printf 'new\nline.txt')"
printf 'Plain report\n\nThe ferry company said on Tuesday that the summer timetable would start in May.\n' \
    >"$tmp/docs/plain.txt"
state=$tmp/state/galley/reading

start 100 24 XDG_STATE_HOME="$tmp/state" "$GALLEY" "$tmp/docs"
check "reader up" wait_for "2 sources"
check "the odd name listed first, unread" wait_row 2 "*Odd name rep"
# Acting on the source marks it read (start-read.sh).
keys Tab j
check "the odd name read" wait_row 2 " Odd name rep"
keys q
check "quits" wait_for "[exited 0]"
check "the reading file is written" test -s "$state"

start 100 24 XDG_STATE_HOME="$tmp/state" "$GALLEY" "$tmp/docs"
check "reader up again" wait_for "2 sources"
check "the odd name still read" wait_row 2 " Odd name rep"
check "the plain one still unread" wait_until sh -c "sed -n 3p '$tmp/screen' | grep -q '^\\*[Pp]lain'"
keys q
check "quits again" wait_for "[exited 0]"
check "nothing said on quitting" sh -c "! grep -q 'not saved' '$tmp/screen'"
finish
