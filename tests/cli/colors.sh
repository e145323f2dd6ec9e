#!/bin/sh
# The manual lists every colour element the reader accepts, with the
# defaults of both themes and the look without colour: its list is
# galley --colors=roff, and no element is missing from or extra in it.
# (tests/unit/test_theme.c checks that the settings accept each name.)
. "$top_srcdir/tests/cli/lib.sh"

man=$top_srcdir/man/galley.1
"$GALLEY" --colors=roff >"$tmp/colors.roff"
sed -n '/^\.\\" COLORS BEGIN/,/^\.\\" COLORS END/p' "$man" | sed '1d;$d' >"$tmp/man.colors"
check "man page colour list is galley --colors=roff (tools/update-man-colors)" cmp -s "$tmp/colors.roff" "$tmp/man.colors"

# The names the man page lists are exactly the code's.
sed -n 's/^\.B \(.*\)$/\1/p' "$tmp/man.colors" | sed 's/\\-/-/g' >"$tmp/names"
"$GALLEY" --colors | awk 'NR > 1 { print $1 }' >"$tmp/code-names"
check "the code has elements" test -s "$tmp/code-names"
check "the manual lists the same names as the code" cmp -s "$tmp/names" "$tmp/code-names"
check "each element: its look without colour" test "$(grep -c '^Without colour: ' "$tmp/man.colors")" -eq "$(wc -l <"$tmp/code-names")"
check "each element: dark and light defaults" test "$(grep -c '^Dark: .*; light: ' "$tmp/man.colors")" -eq "$(wc -l <"$tmp/code-names")"
finish
