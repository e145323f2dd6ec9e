#!/bin/sh
# A terminal without an alternate screen (TERM=linux, vt100) keeps the
# reader's last screen after it quits or stops: its last line is
# cleared and the cursor left at its start, so that the shell's prompt
# is not written over the status line.  One with an alternate screen
# gets the shell's screen back, as before.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

# alone TEXT: the line showing TEXT shows nothing else.
alone() {
	grep -qxF -- "$1" "$tmp/screen"
}

# last_line_blank: the screen's last line is empty.
last_line_blank() {
	[ -z "$(tail -n 1 "$tmp/screen" | tr -d ' ')" ]
}

for term in linux vt100 xterm-256color; do
	TEST_TERM=$term start 80 10 "$GALLEY" "$top_srcdir/samples"
	check "TERM=$term: the reader draws" wait_for "F1 help"
	keys q
	check "TERM=$term: quits" wait_for "[exited 0]"
	check "TERM=$term: the shell's line holds only its own text" \
	    wait_until alone "[exited 0]"
done

# Ctrl-Z: the last line is cleared for the shell, the screen drawn
# again when continued.
for term in linux xterm-256color; do
	TEST_TERM=$term start 80 10 "$top_builddir/tests/tui/foreground" \
	    "$GALLEY" "$top_srcdir/samples"
	check "TERM=$term, Ctrl-Z: the reader draws" wait_for "F1 help"
	pid=$(child_of "$(pane_child)")
	check "TERM=$term, Ctrl-Z: galley's process found" test -n "$pid"
	keys C-z
	check "TERM=$term, Ctrl-Z: stopped" wait_stopped "$pid"
	check "TERM=$term, Ctrl-Z: the last line is clear" \
	    wait_until last_line_blank
	kill -CONT "$pid"
	check "TERM=$term, Ctrl-Z: drawn again" wait_for "F1 help"
	keys q
	check "TERM=$term, Ctrl-Z: quits" wait_for "[exited 0]"
done
finish
