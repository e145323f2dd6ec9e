#!/bin/sh
# The :grep hit list is readable (issue 18.1): each row names the source
# by its title (never the hashed path), the line, and the context
# centred on the match, which is highlighted; hits in dropped
# boilerplate are counted, listed after the article's and shown by r.
# And it is a quickfix list (18.3): :cn and :cp (]q and [q) go to the next and
# previous hit across sources, :cl reopens the list where it was left,
# even after the problem list (v) was shown.  80x24 and 120x40, UTF-8
# and the C locale.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"
. "$top_srcdir/tests/tui/lists-lib.sh"

make_sources "$tmp/docs"

# centred ROW WIDTH: the match "harbour" in screen row ROW sits in the
# middle of the context after ":LINE " (within 12 columns: the cut at
# each end goes back to a space rather than cut a word).
centred() {
	row "$1" | awk -v w="$2" '{
		# the context starts after the first ":N "
		if (!match($0, /:[0-9]+ /)) exit 1
		start = RSTART + RLENGTH
		rest = substr($0, start)
		if (!match(tolower(rest), /harbour/)) exit 1
		left = RSTART - 1
		right = w - (start - 1) - left - 7
		d = left - right
		exit (d < -12 || d > 12)
	}'
}

run() {
	w=$1
	h=$2
	start "$w" "$h" "$GALLEY" "$tmp/docs"
	check "$w $TEST_LANG: reader up" wait_for " 3 sources,"
	keys : "grep harbour" Enter
	# The pier's title and four in its article, two in the council's;
	# one in each page's dropped navigation.
	check "$w $TEST_LANG: article hits first, the dropped ones counted" \
	    wait_row 1 " 7 hits for harbour, 3 more in dropped boilerplate (r: show them)"
	check "$w $TEST_LANG: rows name the title, not the hashed path" \
	    wait_row 2 " Harbour pier opens"
	# (The article's header before the list names the path.)
	check "$w $TEST_LANG: no path in the rows" wait_gone 3f1c0d9e
	# The page's own source line (its article is on line 3), as galley
	# check gives it, not the decoded text's (4).
	check "$w $TEST_LANG: the line" wait_row 7 ":3 "
	check "$w $TEST_LANG: the council's first hit" wait_row 7 " Council votes"
	check "$w $TEST_LANG: the context is centred on the match" \
	    centred 7 "$w"
	check "$w $TEST_LANG: only the article's hits" wait_until sh -c \
	    "sed -n 9p '$tmp/screen' | grep -q '^ *\$'"
	keys r
	check "$w $TEST_LANG: r shows the dropped hits" \
	    wait_row 1 "(r: hide them)"
	check "$w $TEST_LANG: after the article's" wait_row 9 "Harbour news"
	keys r
	check "$w $TEST_LANG: r hides them again" wait_row 1 "(r: show them)"
	screen_sgr
	check "$w $TEST_LANG: the match is highlighted" \
	    grep -q "$(printf '\033')\[[0-9;]*m[Hh]arbour" "$tmp/sgr"

	# The quickfix list: from the pier's last hit across to the
	# council's.
	view_select_line 6
	keys Enter
	check "$w $TEST_LANG: Enter opens the hit" wait_for "match 4 of 4"
	keys : cn Enter
	check "$w $TEST_LANG: :cn, the next hit" wait_for "hit 6 of 7"
	check "$w $TEST_LANG: in the next source" wait_for "CLEAN 3/3"
	keys : cnext Enter
	check "$w $TEST_LANG: :cnext" wait_for "hit 7 of 7"
	keys : cn Enter
	check "$w $TEST_LANG: no hit after the last" wait_for "No more hits below"
	keys [ q
	check "$w $TEST_LANG: [q, the previous hit" wait_for "hit 6 of 7"
	keys ] q
	check "$w $TEST_LANG: ]q, the next one" wait_for "hit 7 of 7"
	keys : cp Enter : cprev Enter
	check "$w $TEST_LANG: :cp, back across sources" wait_for "hit 5 of 7"
	check "$w $TEST_LANG: in the pier's source" wait_for "CLEAN 1/3"
	keys v
	check "$w $TEST_LANG: the problem list in between" \
	    wait_row 1 " 2 problems in"
	keys q : cl Enter
	check "$w $TEST_LANG: :cl, the hit list again" \
	    wait_row 1 " 7 hits for harbour"
	keys Enter
	check "$w $TEST_LANG: where it was left: the fifth hit" \
	    wait_for "match 4 of 4"
	keys : cl Enter g Enter : cp Enter
	check "$w $TEST_LANG: nothing before the first" \
	    wait_for "No more hits above"
	keys q
	check "$w $TEST_LANG: quits" wait_for "[exited 0]"
}

for lang in C.UTF-8 C; do
	TEST_LANG=$lang
	run 80 24
	run 120 40
done
finish
