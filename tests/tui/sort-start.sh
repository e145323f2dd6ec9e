#!/bin/sh
# The list is in the order its header names from the start: by path,
# not the order of the arguments, the same order s comes back to after
# title and date; a sort kept from the last session too.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir "$tmp/d"
for n in a b c d; do
	printf 'Story %s\n\nThe council met on Monday to talk about %s.\n' \
	    "$n" "$n" >"$tmp/d/$n.txt"
done
cp "$top_srcdir/samples/wire-brief.txt" "$tmp/zz.txt"

# rows FIRST LAST: the list's rows 2 to 6 hold FIRST first, LAST last
# (extended regular expressions: a row shows the file's name until it
# is read, then its title when it has one).
rows() {
	sed -n 2p "$tmp/screen" | grep -qE "$1" &&
	sed -n 6p "$tmp/screen" | grep -qE "$2"
}
zz="zz\.txt|Djoliba Suspends"

start 120 24 "$GALLEY" "$tmp/zz.txt" "$tmp/d"
check "reader up" wait_for "5 sources, by path"
check "by path at start: the directory's files first" \
    wait_until rows "[ *]a\.txt " "$zz"
check "the first row is shown" wait_for "Story a"
keys s
check "by title" wait_for "5 sources, by title"
keys s
check "by date" wait_for "5 sources, by date"
keys s
check "by path again" wait_for "5 sources, by path"
check "in the same order as at start" wait_until rows "[ *]a\.txt " "$zz"
keys q
check "quits" wait_for "[exited 0]"

# The sort kept from the last session (title): the same at start as
# after s, once the files are read.
start 120 24 "$GALLEY" "$tmp/zz.txt" "$tmp/d"
check "reader up again" wait_for "5 sources, by path"
keys s
check "by title, kept" wait_for "5 sources, by title"
keys q
check "quits again" wait_for "[exited 0]"
start 120 24 "$GALLEY" "$tmp/d" "$tmp/zz.txt"
check "by title at start" wait_for "5 sources, by title"
check "in title order" wait_until rows "$zz" "[ *]d\.txt "
finish
