#!/bin/sh
# HOME set to a relative path: galley takes no place from it (the current
# directory is never the user's), and says which variable is wrong and
# what it does instead, not that HOME is unset.  A relative XDG_* value
# is ignored, as the XDG spec says, and is named too.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/work"
printf 'Harbour plan\n\nThe minister said the plan to rebuild the quay was ready.\n' \
	>"$tmp/work/doc.txt"

start 120 24 env -u XDG_CONFIG_HOME -u XDG_STATE_HOME -u XDG_DATA_HOME \
    sh -c "'cd $tmp/work && HOME=work exec $GALLEY doc.txt'"
check "reader up" wait_for "The minister said"
check "names HOME and what is wrong with it" \
    wait_for "HOME (work) is not an absolute path and XDG_STATE_HOME is not set; read marks and positions will not be saved"
keys q
check "quits" wait_for "[exited"

start 120 24 env -u XDG_CONFIG_HOME -u XDG_DATA_HOME \
    sh -c "'cd $tmp/work && HOME=work XDG_STATE_HOME=state exec $GALLEY doc.txt'"
check "a relative XDG_STATE_HOME is named as ignored" \
    wait_for "XDG_STATE_HOME (state) is not an absolute path, so it is ignored"
keys q
check "quits" wait_for "[exited"
check "nothing written in the current directory" \
    sh -c "test -z \"\$(ls -A '$tmp/work' | grep -v '^doc.txt$')\""
finish
