#!/bin/sh
# Text typed at a prompt wider than the window: its end, where the next
# character goes, stays in view (the start scrolls away to the left) and
# the prompt character stays at the left, as in less and readline; what
# is typed is kept whole.  The terminal's cursor shows at the insertion
# point while a prompt is open.  With wide characters, and in the C
# locale.
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
# The name, wider than the 40-column row, starts a row of its own.
check "the command is run" wait_for "unknown command:"
check "the command's name is said" wait_for " frobnicate-abc"
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
check "tag prompt" status '^tags'
keys -l "$long"
check "the tag prompt: the end shown" status '^tags.*: .*UVWXYZ$'
keys Escape Escape q
check "quits" wait_for "[exited 0]"

# The terminal's cursor shows at the insertion point while a prompt is
# open, and hides again when it closes, as at the tag prompt.
# cursor WANT: polls until tmux reports the cursor as WANT, "FLAG X,Y"
# or FLAG alone (1 when it is shown; X and Y count from 0).
cursor() {
	i=0
	while [ "$i" -lt $((200 * scale)) ]; do
		got=$($TMUX_CMD display-message -p -t t \
		    '#{cursor_flag} #{cursor_x},#{cursor_y}')
		[ "$got" = "$1" ] || [ "${got%% *}" = "$1" ] && return 0
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (waited for the cursor '$1'; it was '$got')"
	return 1
}

start 40 12 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
check "no cursor while reading" cursor 0
keys /
check "/: the cursor after the prompt character" cursor "1 1,11"
keys -l "pier"
check "after what is typed" cursor "1 5,11"
keys BSpace
check "Backspace: back with it" cursor "1 4,11"
keys Enter
check "Enter: hidden again" cursor 0
keys '?'
keys -l "$long"
check "?: a long text, the cursor after its end" status '^?.*UVWXYZ$'
end=$(row 12 | wc -c)
check "(at column $((end - 1)))" cursor "1 $((end - 1)),11"
keys Escape
check "Esc: hidden again" cursor 0
keys :
keys -l "日本"
check ":: after wide characters, two columns each" cursor "1 5,11"
keys BSpace
check "Backspace takes a whole wide character back" cursor "1 3,11"
keys C-g
check "Ctrl-G: hidden again" cursor 0
keys : BSpace
check "Backspace on an empty prompt closes it: hidden" cursor 0
# A key typed after a resize is read after it (the terminal signals
# the resize at once): the cursor after it shows the resize handled.
keys /
resize 50 12
keys x
check "a resize keeps it shown, on the status line" cursor "1 2,11"
resize 40 12
keys Escape
check "hidden again" cursor 0
keys m w t
check "tag prompt: shown (it was), after its quick tags" cursor "1 16,11"
resize 50 12
keys x
check "and after a resize" cursor "1 17,11"
resize 40 12
keys Escape Escape
check "and hidden" cursor 0
keys /
check "a prompt once more" cursor "1 1,11"
# Ctrl-C at a prompt cancels it, as in vim and less: hidden again.
keys C-c
check "Ctrl-C cancels the prompt" cursor 0
# A SIGTERM at a prompt ends the reader; the cursor is back for the
# shell.
keys /
check "a prompt again" cursor "1 1,11"
kill -TERM "$(pane_child)"
check "SIGTERM ends the reader" wait_for "[exited 143]"
check "the cursor shows for the shell" cursor 1

# In the C locale non-ASCII characters are one '?' each.
TEST_LANG=C start 40 12 "$GALLEY" "$doc"
check "reader up in the C locale" wait_for "CLEAN 1/1"
keys /
keys -l "$long"
keys -l "é日本"
keys -l "end"
check "C locale: the end shown" status '^/.*XYZ???end$'
keys Escape /
keys -l "é"
check "C locale: the cursor after a '?'" cursor "1 2,11"
keys Escape q
check "quits" wait_for "[exited 0]"
finish
