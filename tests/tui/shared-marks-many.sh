#!/bin/sh
# Gutter marks beyond the band table's chains (64 paragraphs a band): a
# paragraph 70 sources carry is marked as carried by 69 others on the
# last source read as on the first.  80x24, UTF-8.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"
. "$top_srcdir/tests/tui/harbour-lib.sh"

mkdir -p "$tmp/docs"
i=100
while [ "$i" -lt 170 ]; do
	printf 'Pier %s\n\n%s\n\n%s\n' "$i" "$p1" "$p3" >"$tmp/docs/s$i.txt"
	i=$((i + 1))
done

TEST_LANG=C.UTF-8 start 80 24 "$GALLEY" "$tmp/docs"
check "up" wait_for "s100.txt"
keys '#'
check "the first source: 69 others carry its paragraph" \
    wait_for "69 The harbour council"
keys G Enter
check "the last source opened" wait_for "docs/s169.txt"
check "69 others carry the same paragraph there too" \
    wait_for "69 The harbour council"
keys q
check "quits" wait_for "[exited 0]"
finish
