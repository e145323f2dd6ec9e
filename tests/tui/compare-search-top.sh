#!/bin/sh
# The compare view: a / match on the line at the top is a search hit
# like any other, so n repeats the search instead of stepping to the
# next difference.  80x24 and 160x50, UTF-8 and C.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
p1='The harbour council voted on Tuesday to approve the new pier after a long debate about its cost.'
p2='Members said the pier would bring visitors to the town and allow larger boats to land their catch.'
p3='The mayor said the cost would be shared with the regional government over two years.'
printf 'Pier approved\n\n%s\n\n%s\n\n%s\n' "$p1" "$p2" "$p3" >"$tmp/docs/a.txt"
printf 'Pier approved\n\n%s\n\n%s\n\n%s\n' "$p1" "$p2" \
    "$(printf '%s' "$p3" | sed 's/two years/three years/')" >"$tmp/docs/b.txt"

for lang in C.UTF-8 C; do
	for size in "80 24" "160 50"; do
		set -- $size
		what="$1x$2 $lang"
		TEST_LANG=$lang start "$1" "$2" "$GALLEY" "$tmp/docs"
		check "$what: up" wait_for "a.txt"
		keys =
		check "$what: the compare view" wait_for "1 difference"
		check "$what: harbour on the top line" wait_row 2 "harbour council"
		keys / 'harbour council' Enter
		check "$what: / finds the top line (the only one)" \
		    wait_for "search wrapped"
		check "$what: it stays at the top" wait_row 2 "harbour council"
		keys n
		settle
		screen
		check "$what: n repeats the search, not ]c" \
		    sh -c "! grep -q 'difference 1 of' '$tmp/screen'"
		check "$what: still at the top" wait_row 2 "harbour council"
		keys q q
		check "$what: quits" wait_for "[exited 0]"
	done
done
finish
