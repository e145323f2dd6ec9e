#!/bin/sh
# The zero-width joiner and non-joiner (U+200D, U+200C), inside emoji
# sequences and Persian words, take no column and are not drawn: no
# <U+200D> placeholder cuts the text (QA 22.7), while a bidi override
# and a zero-width space stay placeholders.  The list's columns stay
# in line.  80x24, UTF-8 and the C locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
zwj=$(printf '\342\200\215')
zwnj=$(printf '\342\200\214')
woman=$(printf '\360\237\221\251')
girl=$(printf '\360\237\221\247')
family="$woman$zwj$woman$zwj$girl"
persian=$(printf '\331\205\333\214')"$zwnj"$(printf '\330\256\331\210\330\247\331\207\331\205')
printf 'Family %s news\n\nby Ann Example\n\nThe family %s end of the line, the word %s here, and a bidi override \342\200\256 and a zero width space \342\200\213 stay visible in this long paragraph.\n' \
    "$family" "$family" "$persian" >"$tmp/docs/a-$family.txt"
printf 'Plain headline\n\nby Ann Example\n\nA plain paragraph of the second article, long enough to be kept by the cleaner.\n' >"$tmp/docs/b.txt"

# same_border N: the list's border is in the same column on rows 2 and
# 3 (the file named with the emoji sequence and the plain one).
same_border() {
	settle
	screen
	a=$(sed -n 2p "$tmp/screen" | sed 's/[│|].*//' | wc -m)
	b=$(sed -n 3p "$tmp/screen" | sed 's/[│|].*//' | wc -m)
	# wc -m counts characters: a wide emoji is one character in two
	# columns, and the row with three of them has three fewer.
	[ "$a" -eq $((b - $1)) ]
}

for lang in C.UTF-8 C; do
	t="80x24 $lang"
	TEST_LANG=$lang start 80 24 "$GALLEY" "$tmp/docs"
	check "$t: up" wait_for " 2 sources,"
	check "$t: the article" wait_for "bidi override"
	check "$t: no ZWJ placeholder" sh -c "! grep -qF '<U+200D>' '$tmp/screen'"
	check "$t: no ZWNJ placeholder" sh -c "! grep -qF '<U+200C>' '$tmp/screen'"
	check "$t: the bidi override stays a placeholder" \
	    wait_for '<U+202E>'
	check "$t: the zero width space too" wait_for '<U+200B>'
	if [ "$lang" = C ]; then
		check "$t: the emoji, one ? each" wait_for "family ??? end"
		check "$t: the Persian word, one ? a letter" wait_for "word ???????"
		check "$t: the list's border in line" same_border 0
	else
		check "$t: the emoji drawn" wait_for "family $woman$woman$girl end"
		check "$t: the Persian word" \
		    wait_for "$(printf '\331\205\333\214\330\256\331\210\330\247\331\207\331\205') here"
		check "$t: the list's border in line" same_border 3
	fi
	keys q
	check "$t: quits" wait_for "[exited 0]"
done
finish
