#!/bin/sh
# Travelled annotations: T shows on a version the annotations another
# version made on the paragraphs they share (a word edited inside one),
# dim and underlined with a mark left of the line; cursor mode's status
# line says whose one is; the edit keys refuse it; nothing is written to
# the version's sidecar; T again hides them.  At 80x24 and 120x40,
# UTF-8 and C (NO_COLOR in C).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
. "$top_srcdir/tests/tui/harbour-lib.sh"
text_versions "$tmp/docs"
"$GALLEY" annotate "$tmp/docs/a.txt" --quote "take two years to finish" \
    --tag wire --note "check the length" >/dev/null || fail "annotate"
"$GALLEY" annotate "$tmp/docs/a.txt" --quote "long debate" --tag cost \
    >/dev/null || fail "annotate again"
esc=$(printf '\033')

# marked TEXT MARK: the line showing TEXT has MARK right before the
# article's first column (the pane's border, then the mark).
marked() {
	grep -F -- "$1" "$tmp/screen" | grep -qF -- "$2"
}
# underlined TEXT: TEXT is drawn with an SGR that underlines it.
underlined() {
	screen_sgr
	grep -aqE "${esc}\\[([0-9]+;)*4m(${esc}\\[[0-9;]*m)*$1" "$tmp/sgr"
}

for lang in C.UTF-8 C; do
	mark='+'
	[ "$lang" = C.UTF-8 ] && mark=$(printf '\342\200\240')
	for size in "80 24" "120 40"; do
		set -- $size
		what="$1x$2 $lang"
		if [ "$lang" = C ]; then
			TEST_LANG=$lang start "$1" "$2" env NO_COLOR=1 "$GALLEY" "$tmp/docs"
		else
			TEST_LANG=$lang start "$1" "$2" "$GALLEY" "$tmp/docs"
		fi
		check "$what: up" wait_for "The harbour council"
		keys ']' ']'
		check "$what: b.txt open" wait_for "b.txt"
		keys Tab
		check "$what: not shown at first" sh -c '! grep -qF -- "$1" "$2"' \
		    sh "$mark" "$tmp/screen"
		keys T
		check "$what: T says so" wait_for "versions' annotations"
		check "$what: the edited quote is marked" \
		    wait_until marked "three years" "$mark"
		check "$what: and the other one" \
		    wait_until marked "debate" "$mark"
		check "$what: drawn underlined" wait_until underlined "(long )?debate"
		keys / three Enter
		keys m l
		check "$what: the status line says whose" \
		    wait_for "[wire] check the length"
		check "$what: from a.txt's title" wait_for 'from "Harbour council'
		keys t
		check "$what: t refuses" \
		    wait_for "this annotation belongs to another version"
		keys c
		check "$what: c refuses" \
		    wait_for "this annotation belongs to another version"
		check "$what: nothing written to b.txt's sidecar" \
		    test ! -e "$tmp/docs/b.txt.anno.json"
		keys Escape
		check "$what: cursor mode left" wait_gone "CURSOR"
		keys T
		check "$what: T again hides them" wait_for "annotations hidden"
		check "$what: no mark left" wait_until sh -c \
		    '! grep -F "three years" "$1" | grep -qF -- "$2"' sh \
		    "$tmp/screen" "$mark"
		keys q
		check "$what: quits" wait_for "[exited 0]"
	done
done
finish
