#!/bin/sh
# With HOME unset (and no XDG_* variables) the user has no place of their
# own: the reader says read marks will not be saved, zg says the word
# list was not written, and nothing is read from or written to the
# current directory.  Before, galley took "." for HOME: it read
# ./.config/galley/config (any directory could give it settings), wrote
# ./.local/state/galley/reading, and zg claimed the word was added.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/work/.config/galley"
printf 'bogus-key = 1\n' >"$tmp/work/.config/galley/config"
printf 'Harbour plan\n\nThe minister said teh plan to rebuild the quay was ready and that work would start in the spring.\n' \
	>"$tmp/work/doc.txt"

start 100 24 env -u HOME -u XDG_CONFIG_HOME -u XDG_STATE_HOME \
    -u XDG_DATA_HOME sh -c "'cd $tmp/work && exec $GALLEY doc.txt'"
check "reader up" wait_for "The minister said"
check "says read marks will not be saved" \
    wait_for "HOME and XDG_STATE_HOME are not set"
# A settings problem would be a second notice: "(+1 more)" after the
# first, or its own text.
check "no settings from the current directory" \
    sh -c "! grep -q 'bogus-key\\|(+[0-9]* more)' '$tmp/screen'"
keys p
keys z g
check "zg: the word list was not written" wait_for "list was not written"
keys M q
check "quits" wait_for "[exited"
check "nothing written in the current directory" test ! -e "$tmp/work/.local"
finish
