#!/bin/sh
# Bracketed paste: while a prompt or the note editor is open the reader
# asks for it, and what is pasted is text: an Esc in it no longer
# cancels, Enter no longer accepts, control characters do nothing.  Off
# again after exit and while suspended.  Pastes without the markers (a
# terminal without the mode) are typed keys, as before.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/story.txt"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms and by a shortage of steel.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER

# paste TEXT [-p]: TEXT (printf escapes) pasted into the pane; -p
# brackets it when the application asked for that.
paste() {
	$TMUX_CMD set-buffer -b t "$(printf "$1")"
	$TMUX_CMD paste-buffer -b t -t t ${2:-}
}
json() {
	"$GALLEY" annotations --format=json "$doc"
}

start 100 24 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w v w c
check "note editor" wait_for "Ctrl-X saves"
paste 'abc\001Z first\033second\nthird' -p
check "the editor is still open after a pasted Esc" wait_for "abcZ firstsecond"
check "a pasted line break is a new line" wait_for "third"
keys F2
check "saved" wait_for "note saved"
check "the note: Esc and Ctrl-A dropped, not acted on; CR a line break" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -qF 'abcZ firstsecond\\nthird'"

keys Escape m w w w v w t
check "tag prompt" wait_row 24 "tags ("
paste 'alpha\033beta\rgamma' -p
check "the prompt is still open after a pasted Esc and CR" wait_row 24 "): alphabeta gamma"
keys Enter
# A tag holds no space (tags are tokens): the prompt refuses it, quoting
# what it got.
check "Enter accepts; the text, with the line break a space" wait_for 'not a tag, c makes it a note: "alphabeta gamma"'

keys Escape Escape :
paste 'grep pier\r' -p
check "a pasted CR does not run the command" wait_row 24 ":grep pier"
keys Enter
check "Enter runs it" wait_for "1 hit for pier"
keys q

# Without the markers, a paste is keys: it still works.
keys Escape
keys m w v w t
check "tag prompt" wait_row 24 "tags ("
paste 'plain'
check "an unbracketed paste types" wait_row 24 "): plain"
keys Enter
check "tagged" wait_for "tagged"

keys Escape q
check "quits" wait_for "[exited 0]"
paste 'after' -p
check "after exit, a paste reaches the shell" wait_for "after"
screen
check "unbracketed" sh -c "! grep -q '200~' '$tmp/screen'"

# Suspended with the editor open (Ctrl-Z, run as a job control shell
# runs it): the mode is off for the shell, and on again after SIGCONT.
# Not under valgrind (tools/ci-valgrind): it does not stop for SIGTSTP,
# so Ctrl-Z cannot be tried there; the plain and sanitizer runs try it.
if [ -z "${GALLEY_WRAPPER:-}" ]; then
	start 100 24 "$top_builddir/tests/tui/foreground" "$GALLEY" "$doc"
	check "reader up" wait_for "CLEAN 1/1"
	keys m w v w c
	check "note editor" wait_for "Ctrl-X saves"
	pid=$(child_of "$(pane_child)")
	check "galley's process found" test -n "$pid"
	keys C-z
	check "Ctrl-Z stops it" wait_stopped "$pid"
	paste 'during' -p
	check "while suspended, a paste reaches the terminal" wait_for "during"
	screen
	check "unbracketed" sh -c "! grep -q '200~' '$tmp/screen'"
	kill -CONT "$pid"
	check "resumed, the editor is back" wait_for "Ctrl-X saves"
	paste 'x\033y' -p
	check "bracketed again: a pasted Esc does not cancel" wait_for "xy"
	# The note has changed: a typed Esc asks first, as Ctrl-C does (a
	# vim user's Esc threw the note away), and a second one cancels.
	# Esc and a key at once ("Esc :" in one packet): it asks too, and
	# the key is not typed into the note.
	keys Escape :
	check "a typed Esc asks before discarding" \
	    wait_for "Esc again discards the changes"
	check "the key after it is not typed in" sh -c "! grep -q 'xy:' '$tmp/screen'"
	keys Escape
	check "a second Esc cancels" wait_for "cancelled"
	keys Escape Escape q
	check "quits" wait_for "[exited 0]"
else
	echo "skipped under GALLEY_WRAPPER: Ctrl-Z (valgrind does not stop for SIGTSTP)"
fi

# SIGTERM with the tag prompt open: the normal exit turns the mode off.
start 100 24 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w v w t
check "tag prompt" wait_row 24 "tags ("
kill -TERM "$(pane_child)"
check "SIGTERM ends it" wait_for "[exited 143]"
paste 'gone' -p
check "a paste reaches the shell" wait_for "gone"
screen
check "unbracketed" sh -c "! grep -q '200~' '$tmp/screen'"
# An end marker that comes too slowly for curses to see it as a key (a
# slow link): as characters it still ends the paste; lost altogether,
# half a second without pasted bytes does.  The reader never stays in a
# paste where Enter and Esc are text.
TEST_ESCDELAY=100 start 100 24 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w v w t
check "tag prompt" wait_row 24 "tags ("
paste '\033[200~split'
paste '\033[20'
sleep 0.25
paste '1~'
# X typed after it and Enter at once: keys, not pasted text.
keys X
check "the split marker left no trace" wait_row 24 "): splitX"
keys Enter
check "the split marker ended the paste: Enter accepts at once" wait_for "tagged"
keys Escape m w w v w t
check "tag prompt" wait_row 24 "tags ("
paste '\033[200~lost'
check "pasted" wait_row 24 "): lost"
sleep 0.7
keys Enter
check "the end marker lost, Enter accepts after a pause" wait_for "tagged"
check "both tags saved" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -qF '\"splitX\"' && '$GALLEY' annotations --format=json '$doc' | grep -qF '\"lost\"'"
keys Escape Escape q
check "quits" wait_for "[exited 0]"

finish
