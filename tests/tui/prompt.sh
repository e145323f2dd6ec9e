#!/bin/sh
# Text typed at a prompt wider than the window: its end, where the next
# character goes, stays in view (the start scrolls away to the left) and
# the prompt character stays at the left, as in less and readline; what
# is typed is kept whole.  With wide characters, and in the C locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

doc="$tmp/story.txt"
printf 'Harbour headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms and by a shortage of steel.\n' >"$doc"
long="abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# status: the status line (the last of 12) matches the regular
# expression; the screen is captured until it does.
status() {
	i=0
	while [ "$i" -lt $((200 * scale)) ]; do
		screen
		row 12 | grep -q -- "$1" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (waited for /$1/ on the status line; it was:)"
	row 12 | sed 's/^/  | /'
	return 1
}

start 40 12 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys /
keys -l "$long"
check "/: the end typed is shown, after the prompt" status '^/.*UVWXYZ$'
check "the text does not run past the window" \
    sh -c "test \$(sed -n 12p '$tmp/screen' | wc -m) -le 40"
keys BSpace BSpace BSpace
check "Backspace: the new end is shown" status '^/.*RSTUVW$'
keys C-u
check "Ctrl-U empties it" status '^/$'
# A pattern wider than the window is searched for whole.
keys -l "the new pier would open in spring, after delays"
check "a long pattern: its end shown" status '^/.*after delays$'
keys Enter
check "and found whole" status 'match 1 of 1'
keys ?
keys -l "$long"
check "?: the end shown" status '^?.*UVWXYZ$'
keys Escape
keys :
keys -l "frobnicate-$long"
check ":: the end shown" status '^:.*UVWXYZ$'
keys Enter
check "the command is run" wait_for "unknown command: frobn"
# Wide characters: 25 of them take 50 columns.
cjk="日本語日本語日本語日本語日本語日本語日本語日本語終"
keys /
keys -l "$cjk"
check "wide characters: the end shown" status '^/.*本語終$'
check "the wide characters do not run past the window" \
    sh -c "test \$(sed -n 12p '$tmp/screen' | sed 's/[^ -~]/xx/g' | wc -c) -le 41"
keys Escape
# The tag prompt (its own editor) shows its end too.
keys m w t
check "tag prompt" status '^tags:'
keys -l "$long"
check "the tag prompt: the end shown" status '^tags: .*UVWXYZ$'
keys Escape Escape q
check "quits" wait_for "[exited 0]"

# In the C locale non-ASCII characters are one '?' each.
TEST_LANG=C start 40 12 "$GALLEY" "$doc"
check "reader up in the C locale" wait_for "CLEAN 1/1"
keys /
keys -l "$long"
keys -l "é日本"
keys -l "end"
check "C locale: the end shown" status '^/.*XYZ???end$'
keys Escape q
check "quits" wait_for "[exited 0]"
finish
