#!/bin/sh
# Gutter marks: # marks each paragraph of the open source that other
# sources carry too, with how many carry it on its first line and a bar
# on the rest; a paragraph of its own is not marked; # again hides them.
# At 80x24 and 160x50, UTF-8 and C.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
. "$top_srcdir/tests/tui/harbour-lib.sh"
own='Only this outlet asked the harbour master, who said he would wait and see what the divers found under the quay before saying more.'
printf 'Harbour council approves pier\n\n%s\n\n%s\n\n%s\n\n%s\n' "$p1" "$p2" "$p3" "$own" >"$tmp/docs/a.txt"
printf 'Council backs pier\n\n%s\n\n%s\n\n%s\n' "$p1" "$p2" \
    "$(printf '%s' "$p3" | sed 's/two years/three years/')" >"$tmp/docs/b.txt"
printf 'Pier approved\n\n%s\n\n%s\n' "$p1" "$p3" >"$tmp/docs/c.txt"
printf 'Bakery wins regional prize\n\nA small bakery in the old town has won the regional prize for its rye bread, beating more than forty entries from across the province.\n' >"$tmp/docs/d.txt"

# lacks TEXT: the screen captured last does not show TEXT.
lacks() {
	! grep -qF -- "$1" "$tmp/screen"
}

for lang in C.UTF-8 C; do
	bar='|'
	[ "$lang" = C.UTF-8 ] && bar=$(printf '\342\224\202')
	for size in "80 24" "160 50"; do
		set -- $size
		what="$1x$2 $lang"
		TEST_LANG=$lang start "$1" "$2" "$GALLEY" "$tmp/docs"
		check "$what: up" wait_for "The harbour council"
		check "$what: no marks at first" \
		    lacks ' 2 The harbour council'
		keys '#'
		check "$what: # marks the paragraph two others carry" \
		    wait_for " 2 The harbour council"
		# Each mark is waited for: a slow run (valgrind) can capture
		# the pane while it is still being drawn.
		check "$what: one other carries the second" \
		    wait_for ' 1 Members said'
		check "$what: and two the third (changed in one)" \
		    wait_for ' 2 The mayor said'
		check "$what: a bar on its next lines" \
		    wait_until grep -q " $bar the new pier\| $bar [a-z]" "$tmp/screen"
		check "$what: a paragraph of its own is not marked" \
		    wait_until grep -q '   Only this outlet' "$tmp/screen"
		keys '#'
		check "$what: # again hides them" wait_gone " 2 The harbour"
		keys q
		check "$what: quits" wait_for "[exited 0]"
	done
done
finish
