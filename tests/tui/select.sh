#!/bin/sh
# Annotating from the reader: cursor mode, selections by word, sentence
# and mouse drag, the tag prompt with completion, the note editor,
# replies shown as a thread, editing tags from the annotations view and
# deleting at the caret.  Every change is checked in the sidecar through
# `galley annotations`, the batch view of the same data.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
doc="$tmp/docs/story.txt"
printf 'Harbour headline for the test\n\nby Ann Example\n\nThe port authority said the new pier would open in spring, after delays that were caused by storms. Dockworkers said they were satisfied with the agreement reached last week.\n\nA second paragraph follows here, long enough to be kept by the cleaner as prose of the story, with the usual words in it.\n' >"$doc"
printf 'claim red\nclaimant\nsource\nquote\n' >"$tmp/docs/.galley-tags"
GALLEY_USER="Test Annotator"
export GALLEY_USER

# json: the annotations of the story, one object per line.
json() {
	"$GALLEY" annotations --format=json "$doc" | tr '{' '\n'
}

start 100 30 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys m
check "m starts cursor mode" wait_for "CURSOR CLEAN"
esc=$(printf '\033')
# The caret is on "The": w goes to "port", v starts a selection, w w
# extend it to the end of "authority".
keys w v w w
check "selecting" wait_for "SELECT CLEAN"
check "the selection covers exactly the words selected" \
    wait_sgr "${esc}[48;5;180mport authority${esc}["
keys t
check "t opens the tag prompt" wait_for "tags"
keys c l a
keys Tab
check "Tab completes the common prefix of claim and claimant" wait_for "claim"
keys Enter
check "the tag is saved" wait_for "tagged"
# The caret stays on the new annotation's last letter (tag-caret.sh).
check "the passage is highlighted in its tag's colour (.galley-tags)" \
    wait_sgr "${esc}[41mport authorit${esc}["
check "the sidecar holds the selected words with the tag" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"tags\": *\[\"claim\"\].*\"quote\": *\"port authority\"'"

# A whole sentence: ) goes to the next one, v ) selects it.
keys ')' v ')'
keys t
check "tag prompt again" wait_for "tags"
keys s o u Tab Enter
check "saved" wait_for "tagged"
check "the selection is the whole sentence" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"quote\": *\"Dockworkers said they were satisfied with the agreement reached last week.\"'"

# The status line tells what the caret is on.
keys '{' w
check "status: tags and author of the annotation at the caret" wait_for "[claim] — Test Annotator"

# A note in the editor, saved with F2.
keys c
check "c opens the note editor" wait_for "note"
keys -l "Ask the authority for the date"
keys F2
check "note saved" wait_for "note saved"
check "the note is in the sidecar" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"note\": *\"Ask the authority for the date\"'"

# A reply, saved with Ctrl-X; the annotations view shows the thread.
keys R
check "R opens the reply editor" wait_for "reply"
keys -l "Agreed, asked them"
keys C-x
check "reply saved" wait_for "reply saved"
keys A
check "the view lists the annotation" wait_for "[anchored] claim: Ask the authority for the date"
check "its reply follows it, indented, with its author" wait_for "↳ Test Annotator: Agreed, asked them"
screen "$tmp/view"
parent=$(grep -n 'claim: Ask the authority' "$tmp/view" | cut -d: -f1)
reply=$(grep -n 'Agreed, asked them' "$tmp/view" | cut -d: -f1)
check "the reply is the next row" test "$reply" -eq $((parent + 1))

# Editing tags from the view: the prompt starts with the current tags.
keys g
check "view top" wait_for "2 annotations, 1 reply in all sources"
check "select the row" view_select "claim: Ask"
keys t
check "prompt prefilled with the tags" wait_for "claim,"
keys -l "error"
keys Enter
check "tags saved" wait_for "tags saved"
check "both tags in the sidecar" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"tags\": *\[\"claim\", *\"error\"\]'"
keys q

# Delete at the caret (it has a reply: a second D deletes the thread),
# undo.
keys '{' w D
check "D on an annotation with a reply asks first" wait_for "delete 1 annotation and its 1 reply?"
keys D
check "D deletes the annotation at the caret" wait_for "deleted; u brings it back"
check "gone from the sidecar" sh -c "! '$GALLEY' annotations --format=json '$doc' | grep -q 'port authority'"
keys u
check "undone" wait_for "deletion undone"
check "back in the sidecar" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q 'port authority'"

# Esc drops a selection, then leaves cursor mode.
keys v w
check "selecting again" wait_for "SELECT"
keys Escape
check "Esc drops the selection" wait_for "CURSOR CLEAN"
keys Escape
check "Esc leaves cursor mode" wait_gone "CURSOR"

# A mouse drag selects: press on "second" (row 8), release on "paragraph".
screen "$tmp/s"
r=$(grep -n '^ *A second paragraph' "$tmp/s" | cut -d: -f1)
check "the second paragraph is on screen" test -n "$r"
# The article is centred (text-width): columns count from its margin.
m=$(grep '^ *A second paragraph' "$tmp/s" | sed 's/A second.*//' | wc -c)
m=$((m - 1))
# One event at a time, as a hand makes them: events that reach curses in
# one read are queued, and it may report only the last.
keys -l "$(printf '\033[<0;%d;%dM' $((3 + m)) "$r")"
check "the press starts a selection" wait_for "SELECT"
keys -l "$(printf '\033[<32;%d;%dM' $((10 + m)) "$r")"
settle
keys -l "$(printf '\033[<0;%d;%dm' $((19 + m)) "$r")"
settle
check "the drag made a selection" wait_for "SELECT"
keys t
check "tag prompt" wait_for "tags"
keys q u o t e Enter
check "saved" wait_for "tagged"
check "the dragged words are the quote" sh -c "'$GALLEY' annotations --format=json '$doc' | grep -q '\"quote\": *\"second paragraph\"'"

keys Escape Escape q
check "quits" wait_for "[exited 0]"

# Highlights land on their own words on every line, not only the first;
# the caret starts on the current match.
start 100 30 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"
keys / s t o r m s Enter
check "search" wait_for "match 1 of 1"
check "the match on the second line is highlighted, and only it" \
    wait_sgr "${esc}[48;5;208mstorms${esc}[0m"
keys m
check "the caret is a cell of its own, on the current match" \
    wait_sgr "${esc}[48;5;231ms${esc}["
keys Escape q
check "quits" wait_for "[exited 0]"

# A long note: 60 lines of text scroll inside the box and all of it is
# saved.
long_doc="$tmp/docs/many-lines.txt"
cp "$doc" "$long_doc"
start 100 30 "$GALLEY" "$long_doc"
check "reader up" wait_for "CLEAN 1/1"
keys m w c
check "note editor" wait_for "F2 or Ctrl-X saves"
i=1
while [ "$i" -le 60 ]; do
	keys -l "Line $i of a long note about the harbour, with ünïcödé and 日本語."
	keys Enter
	i=$((i + 1))
done
keys -l "The end."
check "the box scrolled to the caret" wait_for "The end."
check "the first lines scrolled out of the box" wait_gone "Line 1 of a long note"
keys F2
check "saved" wait_for "note saved"
check "all 61 lines are in the note" sh -c "'$GALLEY' annotations --format=json '$long_doc' | grep -o 'Line [0-9]* of a long note' | wc -l | grep -qx 60 && '$GALLEY' annotations --format=json '$long_doc' | grep -q 'Line 60 of a long note about the harbour, with ünïcödé and 日本語.\\\\nThe end.'"
keys Escape q
check "quits" wait_for "[exited 0]"

# In the C locale what is typed is kept as typed (the terminal sends
# UTF-8), shown as '?', and the keys after it are not lost.
c_doc="$tmp/docs/c.txt"
cp "$doc" "$c_doc"
TEST_LANG=C start 100 30 "$GALLEY" "$c_doc"
check "reader up in the C locale" wait_for "CLEAN 1/1"
keys m w c
check "note editor" wait_for "F2 or Ctrl-X saves"
keys -l "caf"
keys -l "é 日本"
keys -l " end"
check "non-ASCII shown as ?, the rest typed" wait_for "caf? ?? end"
keys F2
check "saved" wait_for "note saved"
check "the note is as typed" sh -c "'$GALLEY' annotations --format=json '$c_doc' | grep -q '\"note\": *\"café 日本 end\"'"
keys Escape q
check "quits" wait_for "[exited 0]"

# The source changes: a passage that moved is confirmed with y.
moved="$tmp/docs/moved.txt"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring, after long delays caused by storms and by a shortage of steel at the yard.\n' >"$moved"
"$GALLEY" annotate "$moved" --quote "shortage of steel" --tag claim >/dev/null || fail "annotate moved"
printf 'Harbour headline for the test\n\nAn added first sentence pushes the rest along. The port authority said the new pier would open in spring, after long delays caused by storms and by a shortage of steel at the yard.\n' >"$moved"
check "batch view: moved" sh -c "'$GALLEY' annotations --format=json '$moved' | grep -q '\"state\": *\"moved\"'"
start 100 30 "$GALLEY" "$moved"
check "reader up" wait_for "CLEAN 1/1"
keys A
check "the view shows it moved" wait_for "[moved] claim"
keys y
check "y confirms the new place" wait_for "place confirmed"
check "anchored in the sidecar now" sh -c "'$GALLEY' annotations --format=json '$moved' | grep -q '\"state\": *\"anchored\"'"
keys q q
check "quits" wait_for "[exited 0]"

# A fuzzy one: y says the words it was made on (a review of it was of
# them; nothing showed them).
sed -i 's/shortage of steel/shortage of iron/' "$moved"
start 100 30 "$GALLEY" "$moved"
check "reader up again" wait_for "CLEAN 1/1"
keys A
check "the view shows it fuzzy" wait_for "[fuzzy] claim"
keys y
check "y confirms it and says what it was on" \
    wait_for 'place confirmed: anchored (it was on "shortage of steel")'
keys q q
check "quits again" wait_for "[exited 0]"

# A long note pasted into the editor: each key used to redraw the box,
# laid out again from the note's start, so 80 KB took most of a minute.
long="$tmp/docs/long.txt"
printf 'Harbour headline for the test\n\nThe port authority said the new pier would open in spring, after long delays caused by storms.\n' >"$long"
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "lorem ipsum dolor sit amet "; }' >"$tmp/paste"
start 100 30 "$GALLEY" "$long"
check "reader up" wait_for "CLEAN 1/1"
keys m w c
check "the note editor opens" wait_for "F2"
$TMUX_CMD load-buffer "$tmp/paste"
$TMUX_CMD paste-buffer -t t
keys F2
check "an 80 KB paste is taken in seconds" wait_for "note saved" 20
check "all of it" sh -c "test \$('$GALLEY' annotations --format=json '$long' | grep -o '\"note\":\"lorem[^\"]*\"' | wc -c) -gt 80900"
keys Escape q
check "quits" wait_for "[exited 0]"
finish
