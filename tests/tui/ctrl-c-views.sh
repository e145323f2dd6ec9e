#!/bin/sh
# Ctrl-C in the compare view ended galley (exit 130), though q there
# only closes the view and the man page says "Ctrl-C, as q".  Now
# Ctrl-C closes the help, each list and view as q does, and galley goes
# on; help opened from a view goes back to it.  A sequence begun in a
# view (]) is dropped.  Only in the source list and the reading pane
# does Ctrl-C end galley.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

p1='The harbour council voted on Tuesday to approve the new pier after a long debate.'
p2='The mayor said the cost would be shared with the regional government over two years.'
two_versions "$tmp/docs" "$p1" "$p2" 's/two years/three years/; s/government/goverment/'
GALLEY_USER="Test Annotator"
export GALLEY_USER

# status TEXT: the status line (the last) shows TEXT.
status() {
	tail -n 1 "$tmp/screen" | grep -qF -- "$1"
}

# closes WHAT LABEL BACK: the view showing LABEL on the status line
# closes at Ctrl-C, back to BACK, and galley runs on.
closes() {
	check "$1 open" wait_until status "$2"
	keys C-c
	check "Ctrl-C closes $1" wait_until status "$3"
	check "and galley runs on after $1" sh -c "! grep -q 'exited' '$tmp/screen'"
}

start 80 24 "$GALLEY" "$tmp/docs"
check "reader up" wait_until status "CLEAN"
keys =
closes "the compare view" COMPARE CLEAN
keys F1
closes "the help" HELP CLEAN
keys e
closes "the entities view" ENTITIES CLEAN
keys A
closes "the annotations view" ANNOTATIONS CLEAN
keys v
closes "the problem list" PROBLEMS CLEAN
keys : grep Space pier Enter
closes "the :grep hits" HITS CLEAN
# The QA steps: a search and n in the compare view first.
keys =
check "compare again" wait_until status COMPARE
keys / council Enter
check "the search found" wait_for "council"
keys n
closes "the compare view after a search" COMPARE CLEAN
# Help from a view goes back to that view, then to the reader.
keys e
check "entities for the help" wait_until status ENTITIES
keys F1
closes "the help over the entities" HELP ENTITIES
keys C-c
check "then the entities view closes" wait_until status CLEAN
# A sequence begun in a view: Ctrl-C drops it and closes the view, not
# ending the sequence ("no key ]^C") with the view left open.
keys =
check "compare for a sequence" wait_until status COMPARE
keys ]
closes "the compare view with ] typed" COMPARE CLEAN
# In the reading pane, Ctrl-C still ends galley, 128 + SIGINT.
keys C-c
check "Ctrl-C in the reader quits" wait_for "[exited 130]"
finish
