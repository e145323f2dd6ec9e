#!/bin/sh
# Choosing a :grep hit opens its source at that very match, and makes it
# the current match (n and N go on from it): a hit near the end of the
# article, the second of two on a line, and hits in blocks the cleaner
# dropped (shown in the raw view), at the top and the bottom of the page.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

# "zebra" in the navigation (dropped), twice in paragraph 05, in 36 and
# 38, and in the related links (dropped).
doc="$tmp/zebras.html"
{
	printf '<!DOCTYPE html><html><head><meta charset="utf-8">'
	printf '<title>Striped animals at the river</title></head><body>\n'
	printf '<nav><ul><li><a href="/">Home</a></li>'
	printf '<li><a href="/z">Zebra watch</a></li>'
	printf '<li><a href="/b">Birds</a></li></ul></nav>\n'
	printf '<article><h1>Striped animals at the river</h1>\n'
	i=1
	while [ "$i" -le 40 ]; do
		case $i in
		5) w="a zebra and a zebra foal" ;;
		36|38) w="a zebra" ;;
		*) w="an antelope" ;;
		esac
		printf '<p>Paragraph %02d of the report describes %s seen near the river at dawn.</p>\n' "$i" "$w"
		i=$((i + 1))
	done
	printf '</article>\n<aside class="related"><h3>Related</h3><ul>'
	printf '<li><a href="/x">The zebra crossing of the northern plain</a></li>'
	printf '<li><a href="/y">Another story about birds</a></li></ul></aside>\n'
	printf '<footer><p>Copyright 2025 Striped News.</p></footer></body></html>\n'
} >"$doc"

# pick N [r]: chooses the Nth hit of :grep zebra, the article's four
# first (with r, then the two in dropped blocks).
pick() {
	keys : "grep zebra" Enter
	wait_row 1 "4 hits for zebra, 2 more in dropped boilerplate" ||
	    return 1
	if [ "${2:-}" = r ]; then
		keys r
		wait_row 1 "(r: hide them)" || return 1
	fi
	view_select_line $(($1 + 1))
	keys Enter
}

start 100 24 "$GALLEY" "$doc"
check "reader up" wait_for "CLEAN 1/1"

# Paragraphs 36 and 38 are both on the article's last screen.
check "the hit in paragraph 38" pick 4
check "opens at that match, not at the one above it" \
    wait_for "match 4 of 4"
check "in the clean view" wait_for "CLEAN 1/1"
keys N
check "N goes back from it" wait_for "match 3 of 4"

check "the second hit on paragraph 05's line" pick 2
check "opens at the second match" wait_for "match 2 of 4"
keys n
check "n goes on from it" wait_for "match 3 of 4"

# Dropped blocks: the raw view, at the hit.
check "the hit in the dropped navigation" pick 5 r
check "opens the raw page" wait_for "RAW 1/1"
check "at that match" wait_for "match 1 of 6"
check "which is shown" wait_for "Zebra watch"
keys n
check "n goes on to the article's first" wait_for "match 2 of 6"
check "the hit in the dropped related links" pick 6 r
check "opens at that match" wait_for "match 6 of 6"
check "which is shown" wait_for "The zebra crossing"
keys N
check "N goes back from it" wait_for "match 5 of 6"
# The raw view was only for those hits: a hit in the article opens in
# the clean view again; a raw view the user chose stays.
check "then a hit in the article" pick 1
check "opens in the clean view again" wait_for "CLEAN 1/1"
keys r
check "r: the raw view, chosen" wait_for "RAW 1/1"
check "a hit in the article" pick 4
check "keeps the raw view the user chose" wait_for "RAW 1/1"
keys q
check "quits" wait_for "[exited 0]"
finish
