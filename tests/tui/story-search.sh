#!/bin/sh
# The source list grouped by story (S): / finds a version folded inside
# a group, unfolds the group and selects it, as mutt does in collapsed
# threads; F counts every source it keeps, not only the group heads
# shown.  At 80x24 and 160x50, UTF-8 and C.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
. "$top_srcdir/tests/tui/harbour-lib.sh"
story_pages "$tmp/docs"

for lang in C.UTF-8 C; do
	fold='+' mid=' |-'
	if [ "$lang" = C.UTF-8 ]; then
		fold=$(printf '\342\226\270')
		mid=$(printf ' \342\224\234 ')
	fi
	for size in "80 24" "160 50"; do
		set -- $size
		what="$1x$2 $lang"
		TEST_LANG=$lang start "$1" "$2" "$GALLEY" "$tmp/docs"
		check "$what: up" wait_for "Pier ok"
		keys S
		check "$what: grouped, folded" wait_for "${fold}3 Pier vote"
		check "$what: Pier backed folded away" wait_gone "Pier backed"
		keys / backed Enter
		check "$what: / finds the folded version, unfolding its group" \
		    wait_for "${mid}Pier backed"
		check "$what: says where" wait_for "source 2 of 4"
		keys Enter
		check "$what: and selects it: Enter opens it" \
		    wait_for "three years"
		keys z M
		check "$what: zM folds again" wait_gone "${mid}Pier backed"
		keys F Pier Enter
		check "$what: F counts every version it keeps" \
		    wait_for "3 of 4 sources: Pier"
		# (At 80 columns the list is too narrow for the header.)
		[ "$1" -lt 120 ] || check "$what: so does the header" \
		    wait_row 1 "3 of 4: F Pier"
		keys q
		check "$what: quits" wait_for "[exited 0]"
	done
done
finish
