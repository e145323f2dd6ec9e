#!/bin/sh
# Ctrl-C in the note editor ended galley (exit 130) and the note was
# lost.  Now, as in vim, it is the editor's: on an unchanged note it
# cancels as Esc does; on a changed one the first Ctrl-C asks (in the
# box's title) and a second cancels; in the tag prompt, and in the / and
# : prompts, it cancels.
# Outside them Ctrl-C still ends the reader (128 + SIGINT).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/story.txt"
printf 'Harbour headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms. Dockworkers said they were satisfied with the agreement reached last week.\n' >"$doc"
GALLEY_USER="Test Annotator"
export GALLEY_USER

notes() {
	"$GALLEY" annotations --format=json "$doc" | grep -o '"note": *"[^"]*"'
}

start 100 30 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w c
check "note editor" wait_for 'note on "port"'
keys -l "Which authority"
check "typed" wait_for "Which authority"
keys C-c
check "the first Ctrl-C asks" wait_for "Ctrl-C again discards the changes, F2 saves"
screen
check "galley still runs" sh -c "! grep -q 'exited' '$tmp/screen'"
check "the note is still there" wait_until grep -q "Which authority" "$tmp/screen"
# Another key withdraws the question; the note is saved whole.
keys -l "?"
check "back to the usual title" wait_for "F2 or Ctrl-X saves, Esc cancels"
keys F2
check "note saved" wait_for "note saved"
check "the sidecar has it" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"note\": *\"Which authority?\"'"

# Two Ctrl-C in a row discard the changes, as Esc would: still running.
keys w c
check "note editor on the next word" wait_for 'note on "authority"'
keys -l "draft"
check "typed again" wait_for "draft"
keys C-c
check "asks again" wait_for "Ctrl-C again discards"
keys C-c
check "the second cancels" wait_for "cancelled"
screen
check "still running" sh -c "! grep -q 'exited' '$tmp/screen'"
check "nothing saved for it" test "$(notes | wc -l)" -eq 1

# Unchanged: nothing to lose, Ctrl-C cancels at once.
keys c
check "editor again" wait_for 'note on "authority"'
keys C-c
check "cancelled at once" wait_for "cancelled"

# The tag prompt: Ctrl-C cancels it.
keys t
check "tag prompt" wait_for "tags"
keys -l "claim"
# Ctrl-C is a signal: it must not overtake the keys typed before it.
check "typed into the prompt" wait_for "claim"
keys C-c
check "the prompt is cancelled" wait_for "cancelled"
screen
check "and galley runs" sh -c "! grep -q 'exited' '$tmp/screen'"

# The / and : prompts: Ctrl-C cancels them, as in vim and less; nothing
# runs (the : q typed would have quit with status 0).
keys Escape
for p in / : ; do
	keys "$p"
	keys -l "q"
	check "the $p prompt open" wait_until sh -c "tail -n 1 '$tmp/screen' | grep -q '^ *$p''q'"
	keys C-c
	check "Ctrl-C cancels the $p prompt" wait_until sh -c "! tail -n 1 '$tmp/screen' | grep -q '^ *$p''q'"
	settle
	screen
	check "and galley runs on" sh -c "grep -q 'CLEAN 1/1' '$tmp/screen' && ! grep -q 'exited' '$tmp/screen'"
done

# Outside the editor, Ctrl-C ends the reader as before.
keys C-c
check "Ctrl-C in the reader still quits" wait_for "[exited 130]"
check "one note in all" test "$(notes | wc -l)" -eq 1
finish
