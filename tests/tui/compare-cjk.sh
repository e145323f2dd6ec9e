#!/bin/sh
# The compare view joins words as the text has them: Chinese, written
# without spaces, a character at a time to the word diff, shows without
# a space between its characters, the inserted one marked in place
# (尼日尔已{+经+}正式); English words keep their spaces.  Before, every
# character stood apart (QA 30, finding 4).  Above one another at 80
# columns and side by side at 140; / finds the text as it shows.  And
# versions that differ only in the kind of their spaces are the same:
# no difference counted (QA 30, finding 3).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/cjk" "$tmp/nbsp"
p1='尼日尔已正式结束与法国的军事合作，最后一批士兵于周五离开首都尼亚美。'
p2='The council voted on Tuesday to approve the new pier after a long debate about its cost.'
printf '%s\n\n%s\n\n%s\n' '尼日尔局势' "$p1" "$p2" >"$tmp/cjk/a.txt"
printf '%s\n\n%s\n\n%s\n' '尼日尔局势' "$(printf '%s' "$p1" | sed 's/已/已经/')" \
    "$(printf '%s' "$p2" | sed 's/long/short/')" >"$tmp/cjk/b.txt"

for size in "80 30" "140 30"; do
	set -- $size
	start "$1" "$2" "$GALLEY" "$tmp/cjk"
	check "$1: up" wait_for "a.txt"
	keys =
	check "$1: the compare view" wait_for "compare  A:"
	check "$1: B's characters together, the insertion in place" \
	    wait_for "尼日尔已{+经+}正式结束"
	check "$1: A's characters together" wait_for "尼日尔已正式结束"
	check "$1: English words apart" \
	    wait_for "{+short+} debate"
	keys / '已正式' Enter
	check "$1: / finds the characters as they show" \
	    wait_row 2 "尼日尔已正式"
	keys q q
	check "$1: quits" wait_for "[exited 0]"
done

printf 'Pier approved\n\n%s\n' "$p2" >"$tmp/nbsp/a.txt"
printf 'Pier approved\n\n%s\n' "$(printf '%s' "$p2" |
    sed 's/on Tuesday/on\xc2\xa0Tuesday/; s/new pier/new\xe2\x80\x89pier/')" \
    >"$tmp/nbsp/b.txt"
start 80 24 "$GALLEY" "$tmp/nbsp"
check "spaces: up" wait_for "a.txt"
keys =
check "spaces: no difference counted" wait_for "(0 differences"
keys ] c
check "spaces: ]c finds none" wait_for "No more differences below"
keys q q
check "spaces: quits" wait_for "[exited 0]"
finish
