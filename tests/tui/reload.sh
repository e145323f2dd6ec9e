#!/bin/sh
# A source whose file changes on disk while the reader runs (vim's W11,
# less's way): opening it from the list, Ctrl-L and every write of a
# side file of it say so, naming the file; nothing is anchored in the
# text it no longer has; :e reads it again, the annotations anchored in
# the new text.  A deleted one gets no side file.  One that could not
# be read (no permission) is read when opened again once it can be.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

GALLEY_USER="Test Annotator"
export GALLEY_USER
mkdir -p "$tmp/docs"
doc="$tmp/docs/s.txt"
printf 'Alpha story headline\n\nThe council said the budget would cover the cranes this year.\n' \
	>"$tmp/docs/a.txt"
printf 'Old harbour headline\n\nThe old pier have been closed since the storm last winter.\n' \
	>"$doc"

start 120 20 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "CLEAN 1/2"
keys j Enter
check "s.txt open" wait_for "The old pier have been closed"
printf 'New harbour headline\n\nThe new quay has opened after a long wait for the crews.\n' \
	>"$doc"
keys C-l
check "Ctrl-L says it changed, naming it" \
	wait_for "s.txt changed on disk; :e reloads it"
check "the old text still shown" wait_for "The old pier have been closed"
keys k Enter
check "the other source" wait_for "The council said"
keys j Enter
check "opening it again says it changed" \
	wait_for "s.txt changed on disk; :e reloads it"
keys Tab m w v w t
check "annotating refused, naming it" \
	wait_for "s.txt changed on disk; :e reloads it"
check "no sidecar written" test ! -e "$doc.anno.json"
keys Escape Escape : e Enter
check ":e reads it again" wait_for "s.txt read again from disk"
check "the new text shown" wait_for "The new quay has opened"
check "the list shows its new title" wait_for " New harbour headline"
keys m w v w t
check "tag prompt" wait_for "tags"
keys -l claim
keys Enter
check "tagged" wait_for "tagged"
"$GALLEY" annotations "$doc" >"$tmp/list" 2>&1
check "anchored in the new text" grep -q 'anchored: claim: "new"' "$tmp/list"
# The text moves under the annotation: :e anchors it where it went.
keys Escape
printf 'New harbour headline\n\nToday the new quay has opened after a long wiat for the crews.\n' \
	>"$doc"
keys : e Enter
check "read again" wait_for "Today the new quay"
keys A
check "the annotation anchored anew" wait_for '[moved] claim: "new"'
keys q

# Deleted: nothing is written beside it.
rm "$doc" "$doc.anno.json"
keys C-l
check "Ctrl-L says it is gone" wait_for "s.txt deleted on disk"
keys m w v w t
check "annotating refused" wait_for "s.txt deleted on disk; nothing is written beside it"
keys Escape Escape
keys z k
check "keeping a block refused" wait_for "s.txt deleted on disk"
keys Escape ] s
check "a misspelling" wait_for "wiat"
keys z =
check "correcting refused" wait_for "s.txt deleted on disk"
for side in anno.json corrections blocks; do
	check "no $side written" test ! -e "$doc.$side"
done
keys q
check "quits" wait_for "[exited 0]"

# Read again under the compare view, whose comparison held the old text:
# the view goes, the pane shows the new text.
p1='The harbour council voted on Tuesday to approve the new pier after a long debate about its cost and its effect on the fleet.'
p2='Fishermen at the quay said they had waited twenty years for the council to make up its mind about the harbour and its boats.'
two_versions "$tmp/cmp" "$p1" "$p2" 's/twenty years/two decades/'
start 120 30 "$GALLEY" "$tmp/cmp"
check "compare: up" wait_for "a.txt"
keys =
check "the compare view" wait_for "compare  A:"
printf 'Pier approved\n\n%s\n\nA new last paragraph came in.\n' "$p1" \
	>"$tmp/cmp/a.txt"
keys : e Enter
check ":e in the compare view reads it again" \
	wait_for "A new last paragraph came in."
keys =
check "a comparison of the new text" wait_for "A new last paragraph"
keys q q
check "quits" wait_for "[exited 0]"

# No permission, then permission: opening it again reads it.
unprivileged_setup
as=
[ "$(id -u)" -eq 0 ] && as="setpriv --reuid=65534 --regid=65534 --clear-groups"
printf 'Locked harbour headline\n\nThe locked text was read at last by the reader.\n' \
	>"$doc"
chmod 755 "$tmp/docs"
chmod a+r "$tmp/docs/a.txt"
chmod 000 "$doc"
must_bite "unreadable file" cat "$doc"
start 120 20 $as "$GALLEY_U" "$tmp/docs"
check "reader up as the user" wait_for "CLEAN 1/2"
keys j Enter
check "permission denied" wait_for "s.txt: Permission denied"
chmod 644 "$doc"
keys Enter
check "opened again, it is read" wait_for "The locked text was read"
chmod 000 "$doc"
keys : e Enter
check ":e says why it cannot" wait_for "s.txt: Permission denied"
chmod 644 "$doc"
keys : e Enter
check ":e reads it when it can" wait_for "The locked text was read"
keys q
check "quits" wait_for "[exited 0]"
finish
