#!/bin/sh
# The headers of the views were cut at the right edge with no mark: the
# help's title lost its closing parenthesis, the compare view's header
# B's file name.  Cut, each view's header ends in an ellipsis ("..."
# outside UTF-8), as the source list's and the article's do; at a width
# where it fits it is drawn whole.  30x8, UTF-8 and C.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

p1='The harbour council voted on Tuesday to approve the new pier after a long debate.'
p2='The mayor said the cost would be shared with the regional government over two years.'
two_versions "$tmp/docs" "$p1" "$p2" 's/two years/three years/; s/government/goverment/'

# status TEXT: the status line (the last) shows TEXT.
status() {
	tail -n 1 "$tmp/screen" | grep -qF -- "$1"
}

# cut WHAT LABEL: the view showing LABEL on the status line has its
# first line end in the ellipsis; q closes it.
cut() {
	check "$lang: $1 open" wait_until status "$2"
	check "$lang: $1, its header ends in an ellipsis" \
	    wait_until sh -c "sed -n 1p '$tmp/screen' | grep -q '$dots *\$'"
	keys q
	check "$lang: $1 closed" wait_until sh -c "! tail -n 1 '$tmp/screen' | grep -qF '$2'"
}

for lang in C.UTF-8 C; do
	dots="…"
	[ "$lang" = C ] && dots="[.][.][.]"
	TEST_LANG=$lang start 30 8 "$GALLEY" "$tmp/docs"
	check "$lang: reader up" wait_for "a.txt"
	keys =
	cut "the compare view" COMPARE
	keys F1
	cut "the help" HELP
	keys e
	cut "the entities view" ENTITIES
	keys A
	cut "the annotations view" ANNOTATIONS
	keys v
	cut "the problem list" PROBLEMS
	keys : grep Space pier Enter
	cut "the :grep hits" HITS
	keys q
	check "$lang: quits" wait_for "[exited 0]"
done

# Wide enough, the headers are whole, with no ellipsis.
TEST_LANG=C.UTF-8 start 120 24 "$GALLEY" "$tmp/docs"
check "wide: reader up" wait_for "a.txt"
keys =
check "wide: the compare header whole" wait_row 1 "q closes)"
check "wide: no ellipsis" sh -c "! sed -n 1p '$tmp/screen' | grep -q '…'"
keys F1
check "wide: the help title whole" wait_row 1 "j/k scroll)"
check "wide: no ellipsis in the help" sh -c "! sed -n 1p '$tmp/screen' | grep -q '…'"
finish
