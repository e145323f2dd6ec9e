#!/bin/sh
# Where was I: a source opened is read, M toggles the mark, unread
# sources show a * in the list; each source reopens where it was left
# and the sort chosen is kept, across sessions, in
# $XDG_STATE_HOME/galley/reading.  A damaged state file is reported and
# left as it is.  At 80x24 and 120x40, in UTF-8 and the C locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
# Three long articles: paragraph N says "Marker N of NAME", so the
# paragraph at the top of the pane says where the reader is.
for name in alpha bravo charlie; do
	{
		printf 'The %s report\n\nby Ann Example\n\n' "$name"
		i=1
		while [ "$i" -le 60 ]; do
			printf 'Marker %d of %s: the council met again on the matter of the harbour and the new pier.\n\n' "$i" "$name"
			i=$((i + 1))
		done
	} >"$tmp/docs/$name.txt"
done
state=$tmp/state/galley/reading

# top_marker: the number of the first "Marker N of bravo" on screen.
top_marker() {
	screen
	grep -o 'Marker [0-9]* of bravo' "$tmp/screen" | head -1 |
	    sed 's/Marker \([0-9]*\) .*/\1/'
}

# at_marker N: the first "Marker N of bravo" on screen is N's.
at_marker() {
	test "$(top_marker)" = "$1"
}

# moved_from N: it is another's than N (a screen half drawn may show
# none).
moved_from() {
	at=$(top_marker)
	test -n "$at" -a "$at" != "$1"
}

# page_on: Space in the pane, and a wait until the pane has moved: a
# slow galley may still show the page before when the screen settles.
page_on() {
	moved=$(top_marker)
	keys Space
	wait_until moved_from "$moved"
}

# session W H LANG: one round of the checks in a fresh state.
session() {
	w=$1
	h=$2
	lang=$3
	rm -rf "$tmp/state"
	TEST_LANG=$lang start "$w" "$h" XDG_STATE_HOME="$tmp/state" \
	    "$GALLEY" "$tmp/docs"
	check "$w x $h $lang: reader up" wait_for "3 sources"
	# The first source is shown, not read until acted on
	# (start-read.sh); the others are not read either.
	check "$w x $h $lang: alpha shown, unread" wait_row 2 "*The alpha rep"
	check "$w x $h $lang: bravo unread" wait_row 3 "*The bravo rep"
	check "$w x $h $lang: charlie unread" wait_row 4 "*The charlie r"
	keys j Enter
	check "$w x $h $lang: bravo opened is read" \
	    wait_row 3 " The bravo rep"
	# Read on in bravo, then quit: the position is kept.
	check "$w x $h $lang: bravo shown" wait_for "Marker 1 of bravo"
	keys Tab
	page_on
	page_on
	settle
	before=$(top_marker)
	check "$w x $h $lang: read on ($before)" test "${before:-1}" -gt 1
	# M toggles the mark of the open source.
	keys M
	check "$w x $h $lang: M marks unread" wait_row 3 "*The bravo rep"
	check "$w x $h $lang: M says so" wait_for "marked unread"
	keys M
	check "$w x $h $lang: M again marks read" \
	    wait_row 3 " The bravo rep"
	keys s
	# (At 80 columns the header is cut before the sort's name.)
	[ "$w" -lt 100 ] || check "$w x $h $lang: sorted by title" \
	    wait_for "by title"
	settle
	keys q
	check "$w x $h $lang: quits" wait_for "[exited 0]"
	check "$w x $h $lang: state written" test -s "$state"

	TEST_LANG=$lang start "$w" "$h" XDG_STATE_HOME="$tmp/state" \
	    "$GALLEY" "$tmp/docs"
	check "$w x $h $lang: reader up again" wait_for "3 sources"
	[ "$w" -lt 100 ] || check "$w x $h $lang: the sort is kept" \
	    wait_for "by title"
	check "$w x $h $lang: bravo still read" \
	    wait_row 3 " The bravo rep"
	check "$w x $h $lang: charlie still unread" \
	    wait_row 4 "*The charlie r"
	keys j Enter
	check "$w x $h $lang: bravo reopens where it was left" \
	    wait_for "Marker $before of bravo"
	check "$w x $h $lang: at the top of the pane" \
	    wait_until at_marker "$before"
	# M in the list (it keeps the focus after Enter): the selection.
	keys j M
	check "$w x $h $lang: M on the list's selection" \
	    wait_row 4 " The charlie r"
	keys q
	check "$w x $h $lang: quits again" wait_for "[exited 0]"
}

session 80 24 C.UTF-8
session 120 40 C.UTF-8
session 80 24 C
session 120 40 C

# A damaged state file is reported with its line, and not overwritten.
mkdir -p "$tmp/state/galley"
printf 'galley-reading 1\nread nonsense\n' >"$state"
cp "$state" "$tmp/damaged"
start 120 40 XDG_STATE_HOME="$tmp/state" "$GALLEY" "$tmp/docs"
check "damaged: reported with its line" \
    wait_for "galley/reading:2: expected a SHA-256"
keys j Enter q
check "damaged: says it is not saved" wait_for "not saved"
check "damaged: quits" wait_for "[exited 0]"
check "damaged: the file left as it was" cmp -s "$state" "$tmp/damaged"

# A state directory that cannot be made (its parent is a regular file)
# is reported at start, and at quit the reason is the same, not a
# damaged file that does not exist.
: >"$tmp/afile"
start 200 24 XDG_STATE_HOME="$tmp/afile/x" "$GALLEY" "$tmp/docs"
check "no directory: reported at start" wait_for "Not a directory"
keys M q
check "no directory: quits" wait_for "[exited 0]"
check "no directory: the reason at quit" \
    wait_for "reading: Not a directory (not saved)"
check "no directory: not called damaged" sh -c "! grep -q damaged '$tmp/screen'"
finish
