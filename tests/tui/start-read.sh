#!/bin/sh
# The source shown at start-up is not marked read until the user acts
# on it (a scroll, Enter or Tab to it, the caret, ]] from the pane):
# starting and quitting at once, or choosing another source in the
# list, leaves it unread, as mutt and newsboat do.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
for name in alpha bravo; do
	{
		printf 'The %s report\n\nby Ann Example\n\n' "$name"
		i=1
		while [ "$i" -le 60 ]; do
			printf 'Marker %d of %s: the council met again on the harbour.\n\n' "$i" "$name"
			i=$((i + 1))
		done
	} >"$tmp/docs/$name.txt"
done
state=$tmp/state/galley/reading

# run KEYS...: a session on the two sources, KEYS typed, then q.
run() {
	start 120 30 XDG_STATE_HOME="$tmp/state" "$GALLEY" "$tmp/docs"
	wait_for "2 sources" >/dev/null
	wait_for "Marker 1 of alpha" >/dev/null
	for k in "$@"; do
		keys "$k"
		settle
	done
	keys q
	wait_for "[exited 0]" >/dev/null
}

# marked NAME: whether the state file has NAME read.
marked() {
	grep -q "^read .*/$1\.txt\$" "$state"
}

run
check "start, quit at once: the state is written" test -s "$state"
check "the source shown is not marked read" sh -c "! grep -q '^read ' '$state'"
check "its position is kept all the same" grep -q "^unread .*/alpha\.txt\$" "$state"

run j Enter
check "another source opened from the list is read" marked bravo
check "the one shown at start-up stays unread" sh -c "! grep -q '^read .*/alpha' '$state'"

rm -rf "$tmp/state"
run Tab NPage
check "start, page down, quit: it is read" marked alpha

rm -rf "$tmp/state"
run Enter
check "Enter on it in the list: it is read" marked alpha

rm -rf "$tmp/state"
run Tab ]]
check "]] from the pane: the one left is read" marked alpha
check "and the one opened" marked bravo

# The list shows it unread while it is only shown; a scroll marks it.
rm -rf "$tmp/state"
start 120 30 XDG_STATE_HOME="$tmp/state" "$GALLEY" "$tmp/docs"
check "shown at start-up: unread in the list" wait_row 2 "*The alpha rep"
keys Tab j
check "a scroll in the pane marks it read" wait_row 2 " The alpha rep"
keys q
check "quits" wait_for "[exited 0]"
# The user's own mark stands: marked read and back to unread with M,
# the source stays unread whatever is done in it after.
rm -rf "$tmp/state"
run M M Tab NPage
check "M twice, then a scroll: still unread" sh -c "! grep -q '^read .*/alpha' '$state'"

finish
