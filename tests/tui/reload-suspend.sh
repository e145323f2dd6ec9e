#!/bin/sh
# A source changed on disk while the reader was suspended (Ctrl-Z, an
# editor run from the shell, fg): coming back says so, naming it.  Not
# under valgrind, which does not stop for SIGTSTP (mk/fuzz.mk).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

doc="$tmp/s.txt"
printf 'Old harbour headline\n\nThe old pier was closed since the storm last winter.\n' >"$doc"
start 120 20 "$top_builddir/tests/tui/foreground" "$GALLEY" "$doc"
check "reader up" wait_for "The old pier was closed"
pid=$(child_of "$(pane_child)")
check "galley's process found" test -n "$pid"
keys C-z
check "stopped" wait_stopped "$pid"
printf 'New harbour headline\n\nThe new quay has opened after a long wait.\n' >"$doc"
kill -CONT "$pid"
check "back, it says the file changed" \
	wait_for "s.txt changed on disk; :e reloads it"
keys : e Enter
check ":e reads it again" wait_for "The new quay has opened"
keys q
check "quits" wait_for "[exited 0]"
finish
