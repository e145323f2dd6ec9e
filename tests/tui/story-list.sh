#!/bin/sh
# The source list grouped by story: S puts the versions of one story
# under a row that says how many there are (the status line names their
# sites) and folds the others away; Enter on it unfolds the group under
# its head, as mutt opens a collapsed thread; za folds it again, zR
# unfolds every group, S lists the sources one by one again.  At 80x24
# and 160x50, UTF-8 and C.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
. "$top_srcdir/tests/tui/harbour-lib.sh"
story_pages "$tmp/docs"

lacks() {
	! grep -qF -- "$1" "$tmp/screen"
}

for lang in C.UTF-8 C; do
	fold='+' open='-' mid=' |-' end=' `-'
	if [ "$lang" = C.UTF-8 ]; then
		fold=$(printf '\342\226\270') open=$(printf '\342\226\276')
		mid=$(printf ' \342\224\234 ') end=$(printf ' \342\224\224 ')
	fi
	for size in "80 24" "160 50"; do
		set -- $size
		what="$1x$2 $lang"
		TEST_LANG=$lang start "$1" "$2" "$GALLEY" "$tmp/docs"
		check "$what: up" wait_for "Pier ok"
		check "$what: not grouped at first" lacks "${fold}3 "
		keys S
		# (At 80 columns the list is too narrow for the header.)
		[ "$1" -lt 120 ] || check "$what: the header says the list is grouped" \
		    wait_row 1 "sources, by story"
		check "$what: S folds the story under one row with its count" \
		    wait_for "${fold}3 Pier vote"
		check "$what: its other versions are folded away" \
		    wait_gone "Pier backed"
		check "$what: a story of one version is listed as it is" \
		    wait_until grep -q "[* ]Bakery prize" "$tmp/screen"
		check "$what: the status line names the story's sites" \
		    wait_for "3 versions: Coast Herald, Port News, Quay"
		keys Enter
		check "$what: Enter unfolds the group under its head" \
		    wait_for "${open}3 Pier vote"
		check "$what: a version on a branch" wait_for "${mid}Pier backed"
		check "$what: the last on the last branch" \
		    wait_for "${end}Pier ok"
		keys Tab
		keys z a
		check "$what: za folds it again" wait_gone "Pier backed"
		keys z R
		check "$what: zR unfolds every group" wait_for "${mid}Pier backed"
		keys z M
		check "$what: zM folds them" wait_gone "Pier backed"
		keys S
		check "$what: S again lists them one by one" \
		    wait_gone "3 Pier vote"
		check "$what: without the count or branches" \
		    wait_until grep -q "[* ]Pier backed" "$tmp/screen"
		keys F1
		check "$what: F1 opens the help" wait_row 1 "galley keys"
		check "$what: F1 help names S" page_to "group the source list"
		keys q
		check "$what: the help closes" wait_gone "group the source list"
		keys q
		check "$what: quits" wait_for "[exited 0]"
	done
done

# Text dumps name no site: the group's status says so, not "2 versions: ".
mkdir -p "$tmp/dumps"
body='The harbour council voted on Tuesday to approve the new pier after a long debate about its cost and its effect on the fishing fleet.

Members said the pier would bring more visitors to the town and allow larger boats to land their catch without waiting for the tide.

The mayor said the work would begin in the spring and take two years to finish, with the cost shared with the regional government.'
printf 'Pier approved\n\n%s\n' "$body" >"$tmp/dumps/a.txt"
printf 'Council backs pier\n\n%s\n' "$body" >"$tmp/dumps/b.txt"
start 80 24 "$GALLEY" "$tmp/dumps"
check "dumps: up" wait_for "a.txt"
keys S g
check "dumps: the group says its sites are not known" \
    wait_for "2 versions: sites not known"
keys q
check "dumps: quits" wait_for "[exited 0]"
finish
