#!/bin/sh
# A long article's first screen is drawn before the rest is laid out
# (issue 18): the first screen, G, the status percentage and / come out
# as they do when the whole article is laid out at once, at 80x24 and
# 120x40, in UTF-8 and in the C locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

# 3,000 one-line paragraphs (under 80 columns each, so each is one line
# of the layout, and a blank line between); "zebra" in the last one only.
npara=3000
doc="$tmp/long.html"
{
	printf '<html><head><title>A long report</title></head><body>\n'
	printf '<article><h1>A long report</h1>\n'
	i=1
	while [ "$i" -le $npara ]; do
		w="ship"
		[ "$i" -eq $npara ] && w="zebra"
		printf '<p>Paragraph %04d of the long report tells of the harbour and a %s.</p>\n' "$i" "$w"
		i=$((i + 1))
	done
	printf '</article></body></html>\n'
} >"$doc"

# absent TEXT: the screen captured last does not show TEXT.
absent() {
	! grep -qF -- "$1" "$tmp/screen"
}

# run WIDTH HEIGHT LANG: the checks at one size and locale.
run() {
	w=$1 h=$2
	# Each run from the top: no reading position kept from the last.
	rm -rf "$tmp/.local/state"
	TEST_LANG=$3 start "$w" "$h" "$GALLEY" "$doc"
	check "$w x $h $3: reader up" wait_for "CLEAN 1/1"
	check "the first screen starts with the article" \
	    wait_row 4 "Paragraph 0001"
	# Paragraph k on row 4 + 2(k - 1): the last on the screen's last row
	# but one (the status line is the last).
	last=$(( (h - 5) / 2 + 1 ))
	check "the first screen is the article's first lines" \
	    wait_until grep -qF "Paragraph $(printf %04d $last)" "$tmp/screen"
	settle
	screen
	check "and no more" absent "Paragraph $(printf %04d $((last + 1)))"
	# At the top: (body rows) / (2n - 1 lines), which is 0%.
	check "the percentage comes once the article is laid out" \
	    wait_for "CLEAN 1/1  0%"
	keys G
	check "G: the last paragraph" wait_for "Paragraph $npara of the long"
	check "G: at 100%" wait_for "CLEAN 1/1  100%"
	keys g
	check "g: back at the top" wait_row 4 "Paragraph 0001"
	keys / zebra Enter
	check "/ finds the word in the last paragraph" wait_for "match 1 of 1"
	check "and shows it" wait_for "Paragraph $npara of the long"
	# Paragraph 1000 at the top: line 1998 of 5,999, the screen's body
	# below it.
	keys g / 'Paragraph 1000' Enter
	check "/ to the middle" wait_row 4 "Paragraph 1000"
	check "the percentage in the middle" \
	    wait_for "CLEAN 1/1  $(( (1998 + h - 4) * 100 / 5999 ))%"
	keys q
	check "quits" wait_for "[exited 0]"
}

run 80 24 C.UTF-8
run 120 40 C
finish
