#!/bin/sh
# State and data directories that cannot be made (their parent is
# read-only): the reader says so at start, naming the real cause, zg
# says why the word list was not written, and quitting says the read
# marks and positions were not saved.  Run as user nobody when the
# suite runs as root (root would make the directories anyway).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

unprivileged_setup
as=
[ "$(id -u)" -eq 0 ] && as="setpriv --reuid=65534 --regid=65534 --clear-groups"
mkdir -p "$tmp/docs" "$tmp/ro"
printf 'Harbour plan\n\nThe minister said teh plan to rebuild the quay was ready and that work would start in the spring.\n' \
	>"$tmp/docs/doc.txt"
chmod -R a+rX "$tmp/docs"
chmod 555 "$tmp/ro"
must_bite "read-only directory" mkdir "$tmp/ro/probe"

start 200 24 XDG_STATE_HOME="$tmp/ro/state" XDG_DATA_HOME="$tmp/ro/data" \
	$as "$GALLEY_U" "$tmp/docs/doc.txt"
check "reader up" wait_for "The minister said"
check "the state directory reported at start, with the real cause" \
	wait_for "ro/state/galley/reading: cannot make its directory: Permission denied; read marks and positions will not be saved"
keys p
keys z g
check "zg: the data directory's real cause" \
	wait_for "cannot make its directory: Permission denied"
keys M q
check "quits" wait_for "[exited"
check "the reason at quit" \
	wait_for "reading: cannot make its directory: Permission denied (not saved)"
check "nothing made in the read-only directory" test -z "$(ls -A "$tmp/ro")"
finish
