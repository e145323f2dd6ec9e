#!/bin/sh
# Ctrl-Z is never lost.  ncurses ignores SIGTSTP while it updates the
# screen, so a Ctrl-Z typed while the reader drew (it draws after every
# step while it loads) was dropped, one in ten here.  galley catches
# SIGTSTP itself and suspends between keys: each of forty Ctrl-Z typed
# while a big load is read stops it, and it draws again on SIGCONT.  Run
# as a job control shell runs it (tests/tui/foreground); never under
# valgrind, which does not stop for SIGTSTP (mk/fuzz.mk leaves it out).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir "$tmp/load"
i=0
while [ "$i" -lt 150 ]; do
	for f in "$top_srcdir"/samples/*; do
		cp "$f" "$tmp/load/$i-${f##*/}"
	done
	i=$((i + 1))
done

start 120 40 "$top_builddir/tests/tui/foreground" "$GALLEY" "$tmp/load"
check "reader up" wait_for "sources"
pid=$(child_of "$(pane_child)")
check "galley's process found" test -n "$pid"
lost=0
round=0
while [ "$round" -lt 40 ]; do
	keys C-z
	wait_stopped "$pid" 3 || lost=$((lost + 1))
	kill -CONT "$pid"
	round=$((round + 1))
done
check "every Ctrl-Z stopped the reader ($lost of 40 lost)" test "$lost" -eq 0
check "drawn again after the last SIGCONT" wait_for "F1 help"
keys q
check "quits" wait_for "[exited 0]"
finish
