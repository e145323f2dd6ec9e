#!/bin/sh
# The compare view's drawing, as QA found it wanting: a word longer than
# its column is cut with a continuation mark; a resize keeps the
# paragraph at the top; / and ? search the view's lines (not the article
# hidden under it) and n repeats the search; a moved paragraph whose
# words are the same is shown once; side by side, a problem introduced
# in B is called out under B's column; a split and a joined paragraph
# are headed so.  80x24 and 160x50, UTF-8 and C.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
long=Donaudampfschifffahrtselektrizitaetenhauptbetriebswerkbauunterbeamtengesellschaftsvorsitzenderstellvertreterin
p1='The harbour council voted on Tuesday to approve the new pier after a long debate about its cost.'
p2='Members said the pier would bring visitors to the town and allow larger boats to land their catch.'
p3='Fishermen at the quay said they had waited twenty years for the council to make up its mind.'
p4='The work will begin in the spring, once the winter storms have passed and the divers have surveyed the bed.'
p5='Shopkeepers on the front hope that the visitors will stay for lunch rather than drive on to the next town.'
p6='The old lighthouse keeper, now retired, said the pier would change the view he has known all his life.'
p7='The mayor said the cost would be shared with the regional government over two years.'
p8="A spokeswoman for the $long said the plans would be published next week."
printf 'Pier approved\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n' \
    "$p1" "$p2" "$p3" "$p4" "$p5" "$p6" "$p7" "$p8" >"$tmp/docs/a.txt"
# b: p2 and p3 swapped, word for word; a word changed in p7 with a typo
# introduced; a word changed in p8.
printf 'Pier approved\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n' \
    "$p1" "$p3" "$p2" "$p4" "$p5" "$p6" \
    "$(printf '%s' "$p7" | sed 's/two years/three years/; s/government/goverment/')" \
    "$(printf '%s' "$p8" | sed 's/next week/on Monday/')" >"$tmp/docs/b.txt"

# lacks_left TEXT: the left half of the screen captured last (A's
# column, side by side) does not show TEXT.
lacks_left() {
	! cut -c1-78 "$tmp/screen" | grep -qF -- "$1"
}

for lang in C.UTF-8 C; do
	dots='\.\.\.'
	[ "$lang" = C.UTF-8 ] && dots=$(printf '\342\200\246')

	TEST_LANG=$lang start 80 24 "$GALLEY" "$tmp/docs"
	check "80x24 $lang: up" wait_for "a.txt"
	keys =
	check "80x24 $lang: the compare view" wait_for "compare  A: a.txt"
	check "80x24 $lang: the moved paragraph is marked" wait_for "> moved"
	check "80x24 $lang: a moved paragraph of the same words shown once" \
	    wait_until sh -c "test \$(grep -c 'Members said' '$tmp/screen') \
	    -eq 1 -a \$(grep -c 'Fishermen at' '$tmp/screen') -eq 1"
	keys / lighthouse Enter
	check "80x24 $lang: / finds a line of the view, shown at the top" \
	    wait_row 2 "lighthouse"
	keys / 'the pier' Enter
	check "80x24 $lang: a second search" wait_row 2 "the pier"
	keys n
	check "80x24 $lang: n repeats the search" \
	    wait_row 2 "lighthouse"
	keys g ] c ] c
	check "80x24 $lang: ]c to the changed paragraph" \
	    wait_for "difference 2 of 3"
	check "80x24 $lang: at the top" wait_row 2 "~ changed"
	keys ] c
	check "80x24 $lang: the last difference" wait_for "difference 3 of 3"
	check "80x24 $lang: a word too long for the line is cut with a mark" \
	    wait_until grep -q "Donaudampf[a-z]*$dots" "$tmp/screen"
	keys [ c
	check "80x24 $lang: back to the changed paragraph" \
	    wait_row 2 "~ changed"
	resize 160 50
	# The old screen shows until galley draws the new one: side by
	# side first, then where it is.
	check "160x50 $lang: the introduced problem right of the middle" \
	    wait_until sh -c "grep '! introduced in this version (B)' \
	    '$tmp/screen' | awk '{ exit !(index(\$0, \"! introduced\") > 80) }'"
	check "160x50 $lang: the resize keeps it at the top" \
	    wait_row 2 "~ changed"
	check "160x50 $lang: its words under it" wait_row 3 "The mayor said"
	check "160x50 $lang: A's column has nothing introduced" \
	    wait_until lacks_left "! introduced"
	keys ] c
	check "160x50 $lang: the long word cut in A's column, before B's" \
	    wait_for "difference 3 of 3"
	check "160x50 $lang: with a mark" \
	    wait_until grep -q "Donaudampf[a-z]*$dots *| " "$tmp/screen"
	keys q q
	check "$lang: quits" wait_for "[exited 0]"
done

# Two long links that differ in their last letter: a changed word too
# long for its column loses its middle, so its end and closing mark show.
mkdir -p "$tmp/links"
url=https://example.com/$(printf 'a%.0s' $(seq 1 150))
for v in a b; do
	last=x
	[ "$v" = b ] && last=y
	printf 'Links\n\nThe full report is at this address for readers who want the figures.\n\n%s%s\n\nThe council will publish its answer next month after the public meeting.\n' \
	    "$url" "$last" >"$tmp/links/$v.txt"
done
start 80 24 "$GALLEY" "$tmp/links"
check "links: up" wait_for "a.txt"
keys =
check "links: the compare view" wait_for "compare  A:"
check "links: A's link shows its end" wait_until grep -q 'aax-]' "$tmp/screen"
check "links: B's link shows its end" wait_until grep -q 'aay+}' "$tmp/screen"
keys q q
check "links: quits" wait_for "[exited 0]"
# A paragraph split in two and two joined in one, the words the same:
# headed "| split" and "| joined", each part's words shown once.
mkdir -p "$tmp/split"
printf 'Pier approved\n\n%s\n\n%s\n\n%s\n\n%s %s\n\n%s\n' \
    "$p1" "$p2" "$p3" "$p4" "$p5" "$p6" >"$tmp/split/a.txt"
printf 'Pier approved\n\n%s\n\n%s %s\n\n%s\n\n%s\n\n%s\n' \
    "$p1" "$p2" "$p3" "$p4" "$p5" "$p6" >"$tmp/split/b.txt"
start 80 50 "$GALLEY" "$tmp/split"
check "split: up" wait_for "a.txt"
keys =
check "split: the compare view" wait_for "compare  A:"
check "split: the parts headed split" wait_for "| split"
check "split: the paragraphs joined headed joined" wait_for "| joined"
check "split: four differences, no paragraph cut or added" \
    wait_for "(4 differences"
check "split: each part shown once" \
    wait_until sh -c "test \$(grep -c 'The work will begin' '$tmp/screen') \
    -eq 1 -a \$(grep -c 'Shopkeepers on' '$tmp/screen') -eq 1"
check "split: nothing marked cut or added" \
    wait_until sh -c "! grep -q -e '{+' -e '\[-' -e 'cut from' -e 'added in' '$tmp/screen'"
keys q q
check "split: quits" wait_for "[exited 0]"
finish
