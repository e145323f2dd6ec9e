#!/bin/sh
# text-width: the article's lines are at most 80 columns by default and
# centred in a wider pane; text-width = 0 fills the pane; a narrower
# window is filled as before.  At 80x24 and 120x40, UTF-8 and C.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
{
	printf 'A measured report\n\nby Ann Example\n\n'
	i=1
	while [ "$i" -le 6 ]; do
		printf 'Sentence %d: the council met again on the matter of the harbour and the new pier, and said so. ' "$i"
		i=$((i + 1))
	done
	printf '\n'
} >"$tmp/docs/story.txt"

# widest: the widest line of the screen that holds "council" and the
# first column of those lines (0-based), as "WIDTH START".
measure() {
	screen
	grep -E 'council|harbour|Sentence' "$tmp/screen" | sed 's/ *$//' |
	    awk '{ n = length($0); match($0, /[^ ]/); s = RSTART - 1;
		if (n - s > w) w = n - s; if (min == "" || s < min) min = s }
		END { print w, min }'
}

for lang in C.UTF-8 C; do
	TEST_LANG=$lang start 120 40 "$GALLEY" "$tmp/docs/story.txt"
	check "120x40 $lang: up" wait_for "Sentence 1"
	set -- $(measure)
	check "120x40 $lang: lines of at most 80 columns ($1)" \
	    test "$1" -le 80 -a "$1" -gt 70
	check "120x40 $lang: centred (starts at column $2)" test "$2" -eq 20
	keys q
	check "120x40 $lang: quits" wait_for "[exited 0]"

	printf 'text-width = 0\n' >"$tmp/cfg"
	TEST_LANG=$lang start 120 40 "$GALLEY" --config="$tmp/cfg" \
	    "$tmp/docs/story.txt"
	check "120x40 $lang text-width 0: up" wait_for "Sentence 1"
	set -- $(measure)
	check "120x40 $lang text-width 0: the pane's width ($1)" \
	    test "$1" -gt 100
	check "120x40 $lang text-width 0: from column 0" test "$2" -eq 0
	keys q
	check "120x40 $lang text-width 0: quits" wait_for "[exited 0]"

	TEST_LANG=$lang start 80 24 "$GALLEY" "$tmp/docs/story.txt"
	check "80x24 $lang: up" wait_for "Sentence 1"
	set -- $(measure)
	check "80x24 $lang: fills the window ($1)" test "$1" -gt 70
	check "80x24 $lang: from column 0" test "$2" -eq 0
	keys q
	check "80x24 $lang: quits" wait_for "[exited 0]"
done

printf 'text-width = 5\n' >"$tmp/cfg"
start 120 40 "$GALLEY" --config="$tmp/cfg" "$tmp/docs/story.txt"
check "a bad text-width is reported" wait_for "cfg:1: text-width must be"
keys q q
check "quits" wait_for "[exited 0]"
finish
