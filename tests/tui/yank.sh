#!/bin/sh
# y and Y: the paragraph at the top of the pane, the selection in
# cursor mode, and a quote with its citation reach the clipboard as
# OSC 52, which tmux (set-clipboard on) keeps as a paste buffer; the
# text is the decoded UTF-8 text without control characters, in the C
# locale too.  clipboard = file writes the yank file, off copies
# nothing.  At 80x24 and 120x40, UTF-8 and C.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
para='The council met again on the harbour and the caf\303\251 by the pier, and said so\007 at length.'
{
	printf 'A measured report\n\nby Ann Example\n\n'
	printf 'https://news.example.org/harbour?id=7\n\n'
	printf "$para\\n\\n"
	printf 'A second paragraph follows the first one for a while longer.\n'
} >"$tmp/docs/story.txt"
printf "$para" | tr -d '\007' >"$tmp/want-para"

# buffer: tmux's newest paste buffer, where OSC 52 put the text.
buffer() {
	$TMUX_CMD show-buffer >"$tmp/buffer" 2>/dev/null
}

# wait_buffer FILE: poll until the paste buffer is FILE's bytes.
wait_buffer() {
	i=0
	while [ "$i" -lt $((100 * scale)) ]; do
		buffer && cmp -s "$tmp/buffer" "$1" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	echo "  (the paste buffer was:)"
	od -c "$tmp/buffer" | sed 's/^/  | /' | head -20
	return 1
}

for size in "80 24" "120 40"; do
	for lang in C.UTF-8 C; do
		sz="$(echo $size | tr ' ' x) $lang"
		TEST_LANG=$lang start $size "$GALLEY" "$tmp/docs/story.txt"
		$TMUX_CMD set-option -g set-clipboard on >/dev/null
		check "$sz: up" wait_for "The council met"
		keys y
		check "$sz: y says what it copied" \
		    wait_for "yanked 1 line (OSC 52)"
		check "$sz: y copies the first paragraph, UTF-8, no BEL" \
		    wait_buffer "$tmp/want-para"
		keys Y
		{
			printf '> '
			cat "$tmp/want-para"
			printf '\n-- A measured report, '
			printf 'https://news.example.org/harbour?id=7\n'
		} >"$tmp/want-quote"
		check "$sz: Y copies a quote with its citation" \
		    wait_buffer "$tmp/want-quote"
		# Cursor mode at the first paragraph, two words selected.
		keys m
		keys v w w y
		printf 'The council' >"$tmp/want-sel"
		check "$sz: y in cursor mode copies the selection" \
		    wait_buffer "$tmp/want-sel"
		keys Escape Escape q
		check "$sz: quits" wait_for "[exited 0]"
	done
done

printf 'clipboard = file\n' >"$tmp/cfg"
start 80 24 "$GALLEY" --config="$tmp/cfg" "$tmp/docs/story.txt"
$TMUX_CMD set-option -g set-clipboard on >/dev/null
check "file: up" wait_for "The council met"
keys y
check "file: says where" wait_for "yanked 1 line to $tmp/.local/"
check "file: the yank file holds the paragraph" \
    cmp "$tmp/.local/state/galley/yank" "$tmp/want-para"
check "file: no OSC 52" sh -c "! $TMUX_CMD show-buffer >/dev/null 2>&1"
keys q
check "file: quits" wait_for "[exited 0]"

# A yank file that cannot be made says why, not only where.
: >"$tmp/plain"
start 160 24 env XDG_STATE_HOME="$tmp/plain/state" "$GALLEY" \
    --config="$tmp/cfg" "$tmp/docs/story.txt"
check "file: unwritable up" wait_for "The council met"
keys y
check "file: says why it could not yank" \
    wait_for "could not yank: $tmp/plain/state/galley/yank: Not a directory"
keys q
check "file: unwritable quits" wait_for "[exited 0]"

printf 'clipboard = off\n' >"$tmp/cfg"
rm -f "$tmp/.local/state/galley/yank"
start 80 24 "$GALLEY" --config="$tmp/cfg" "$tmp/docs/story.txt"
$TMUX_CMD set-option -g set-clipboard on >/dev/null
check "off: up" wait_for "The council met"
keys y
check "off: says nothing was yanked" wait_for "nothing yanked: clipboard = off"
check "off: no yank file" test ! -e "$tmp/.local/state/galley/yank"
check "off: no OSC 52" sh -c "! $TMUX_CMD show-buffer >/dev/null 2>&1"
keys q
check "off: quits" wait_for "[exited 0]"

# In cursor mode without a selection, y on a moved annotation still
# confirms its place (as before y yanked), and copies nothing.
moved="$tmp/docs/moved.txt"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring, after long delays caused by storms and by a shortage of steel at the yard.\n' >"$moved"
"$GALLEY" annotate "$moved" --quote "shortage of steel" --tag claim >/dev/null || fail "annotate moved"
printf 'Harbour headline for the test\n\nAn added first sentence pushes the rest along. The port authority said the new pier would open in spring, after long delays caused by storms and by a shortage of steel at the yard.\n' >"$moved"
start 100 30 "$GALLEY" "$moved"
$TMUX_CMD set-option -g set-clipboard on >/dev/null
check "moved: up" wait_for "An added first sentence"
keys m
keys / s h o r t a g e Enter
# n takes the caret to the match (the only one: "no more matches").
keys n
check "moved: the caret at the match" wait_for "No more matches below"
keys y
check "moved: y at the annotation confirms it" \
    wait_for "place confirmed: anchored"
check "moved: and copies nothing" sh -c "! $TMUX_CMD show-buffer >/dev/null 2>&1"
keys Escape q
check "moved: quits" wait_for "[exited 0]"

printf 'clipboard = tape\n' >"$tmp/cfg"
start 80 24 "$GALLEY" --config="$tmp/cfg" "$tmp/docs/story.txt"
check "a bad clipboard is reported" \
    wait_for "cfg:1: clipboard must be osc52"
keys q q
check "bad: quits" wait_for "[exited 0]"
finish
