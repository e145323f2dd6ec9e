#!/bin/sh
# Travelled annotations in the annotations view: with T on, A lists on a
# version, after its own, the annotations another version made on the
# paragraphs they share, marked (a dagger, + in the C locale) and saying
# where they come from, each with its replies and its review as the
# version's own; the edit keys (t, D, +, y) say they are read-only here
# rather than change the other version's sidecar or this one's; Enter
# goes to the place in this version.  In cursor mode, y on a travelled
# annotation whose place moved in its own version is about the
# annotation, as on the version's own (there it confirms the place):
# it says it is read-only, and yanks nothing.  At 80x24, UTF-8 and C
# (NO_COLOR in C).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
. "$top_srcdir/tests/tui/harbour-lib.sh"
text_versions "$tmp/docs"
GALLEY_USER="Ann Editor"
export GALLEY_USER
id=$("$GALLEY" annotate "$tmp/docs/a.txt" --quote "take two years to finish" \
    --tag wire --note "check the length") || fail "annotate"
GALLEY_USER="Rob Reviewer" "$GALLEY" annotate "$tmp/docs/a.txt" \
    --reply-to "$id" --note "the council says two" >/dev/null ||
    fail "reply"
GALLEY_USER="Rob Reviewer" "$GALLEY" annotate "$tmp/docs/a.txt" \
    --reply-to "$id" --verdict accepted >/dev/null || fail "review"
"$GALLEY" annotate "$tmp/docs/b.txt" --quote "long debate" --tag own \
    >/dev/null || fail "annotate b"
cp "$tmp/docs/a.txt.anno.json" "$tmp/a-before"
cp "$tmp/docs/b.txt.anno.json" "$tmp/b-before"
unset GALLEY_USER
# Short paths in the rows and messages: the reader runs in $tmp.
cd "$tmp" || fail "cd"

for lang in C.UTF-8 C; do
	mark='+'
	[ "$lang" = C.UTF-8 ] && mark=$(printf '\342\200\240')
	what="80x24 $lang"
	if [ "$lang" = C ]; then
		TEST_LANG=$lang start 80 24 env NO_COLOR=1 "$GALLEY" docs
	else
		TEST_LANG=$lang start 80 24 "$GALLEY" docs
	fi
	check "$what: up" wait_for "The harbour council"
	keys ']' ']'
	check "$what: b.txt open" wait_for "b.txt"
	keys A
	check "$what: A lists b.txt's own" wait_for "] own:"
	check "$what: and not a.txt's before T" \
	    sh -c '! grep -qF "travelled from" "$1"' sh "$tmp/screen"
	keys q
	check "$what: A closed" wait_gone "Enter: go"
	keys T
	check "$what: T on" wait_for "versions' annotations shown"
	keys A
	check "$what: the travelled one is listed" wait_for "[travelled from"
	check "$what: marked" wait_until sh -c \
	    'grep -F "travelled from" "$1" | grep -qF -- "$2"' sh \
	    "$tmp/screen" "$mark"
	check "$what: from a.txt, at its line in b.txt" \
	    wait_for "b.txt:7 [travelled from docs/a.txt"
	check "$what: its review" wait_for "accepted by Rob Reviewer"
	check "$what: its reply" wait_for "Rob Reviewer: the council says two"
	check "$what: the header counts it apart" \
	    wait_for "from other versions"
	keys G
	keys k
	check "$what: on the travelled row" wait_until sh -c \
	    'grep -F "travelled from" "$1" | grep -qF -- "$2"' sh \
	    "$tmp/screen" "$mark"
	# Each refusal on another row: a key clears the message first.
	keys t
	check "$what: t refuses" \
	    wait_for "this annotation belongs to another version"
	keys j
	check "$what: the message goes" wait_gone "belongs to another"
	keys y
	check "$what: y refuses too" \
	    wait_for "belongs to another version (docs/a.txt)"
	keys k
	check "$what: the message goes again" wait_gone "belongs to another"
	keys D
	check "$what: D refuses" wait_for "read-only here"
	keys k
	check "$what: on the travelled annotation" wait_gone "read-only here"
	keys +
	check "$what: + refuses" wait_for "read-only here"
	check "$what: a.txt's sidecar unchanged" \
	    cmp -s "$tmp/docs/a.txt.anno.json" "$tmp/a-before"
	check "$what: b.txt's sidecar unchanged" \
	    cmp -s "$tmp/docs/b.txt.anno.json" "$tmp/b-before"
	keys Enter
	check "$what: Enter goes to b.txt's text" wait_gone "Enter: go"
	check "$what: and says which" wait_for "[travelled from"
	check "$what: the passage in view" wait_for "three years"
	keys q
	check "$what: quits" wait_for "[exited 0]"
done

# a.txt edited above the passage: its annotation has moved there.
printf 'Harbour council approves pier\n\nUpdated.\n\n%s\n\n%s\n\n%s\n' \
    "$p1" "$p2" "$p3" >"docs/a.txt"
for lang in C.UTF-8 C; do
	what="80x24 $lang, moved"
	mark='+'
	[ "$lang" = C.UTF-8 ] && mark=$(printf '\342\200\240')
	TEST_LANG=$lang start 80 24 env NO_COLOR=1 "$GALLEY" docs
	check "$what: up" wait_for "The harbour council"
	keys ']' ']'
	check "$what: b.txt open" wait_for "b.txt"
	keys Tab T
	check "$what: T shows it" wait_until sh -c \
	    'grep -F "three years" "$1" | grep -qF -- "$2"' sh \
	    "$tmp/screen" "$mark"
	keys / three Enter
	keys m l
	check "$what: on the travelled one" wait_for "check the length"
	check "$what: which moved in a.txt" wait_for "(moved)"
	keys y
	check "$what: y is about the annotation: read-only" \
	    wait_for "belongs to another version (docs/a.txt)"
	check "$what: nothing yanked" sh -c '! grep -qF yanked "$1"' sh \
	    "$tmp/screen"
	keys Escape Escape q
	check "$what: quits" wait_for "[exited 0]"
done
check "no sidecar changed" cmp -s docs/b.txt.anno.json "$tmp/b-before"

# a.txt's annotation edited in two places at once: its travelled row
# shows the other version, but not the keys that settle it (K and O
# refuse there); its own row in the list has them.
python3 - docs/a.txt.anno.json "$id" <<'PY' || fail "a conflict"
import copy, json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
for a in c["first"]["items"]:
    if a["id"] == sys.argv[2]:
        other = copy.deepcopy(a)
        for b in other["body"]:
            if b.get("purpose") == "commenting":
                b["value"] = "check the width"
        a["galley:conflicts"] = [other]
json.dump(c, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
# Wide: the conflict is at the end of long rows.
start 220 30 "$GALLEY" docs
check "conflict: up" wait_for "The harbour council"
keys ']' ']'
check "conflict: b.txt open" wait_for "b.txt"
keys T A
check "conflict: the travelled row shows the other version" \
    wait_until sh -c 'grep -F "travelled from" "$1" | grep -qF "check the width"' sh "$tmp/screen"
check "conflict: a.txt's own row has K and O" wait_until \
    sh -c 'grep -F "docs/a.txt:9" "$1" | grep -qF "K keeps this"' sh "$tmp/screen"
check "conflict: the travelled row has not" \
    sh -c '! grep -F "travelled from" "$1" | grep -qF "K keeps this"' sh "$tmp/screen"
keys q q
check "conflict: quits" wait_for "[exited 0]"
finish
