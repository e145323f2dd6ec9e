#!/bin/sh
# The compare view compares the articles as the clean view shows them:
# markup debris (a tag typed as text) is left out of the words compared
# and of the words shown, and a paragraph of nothing else is no
# paragraph (QA round 39, F1).  A page against its own galley clean has
# no difference; against the same with one word changed, that one.  The
# debris check reports is no problem "introduced" in A either, a tag
# glued between two words included.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/same" "$tmp/word"
{ printf 'Fuel runs short\n\n'
  printf 'Economists say the port is exposed to problems on its supply routes.< strong >> The town imports all of its fuel through the quay, and keeps less than ten days of reserves.< / strong > Officials said so.\n\n'
  printf '< / div >\n\n'
  printf 'Alliances:< strong >>establish a fund for the quay, the mayor said.\n\n'
  printf 'Drivers queued for hours at the pumps on Tuesday, and the price of a litre rose by a third in a week.\n'; } >"$tmp/same/a.txt"
"$GALLEY" clean "$tmp/same/a.txt" >"$tmp/same/b.txt"
cp "$tmp/same/a.txt" "$tmp/word/a.txt"
sed 's/The town imports all/The town buys all/' "$tmp/same/b.txt" >"$tmp/word/b.txt"

# Whether the screen shows $1 and none of the debris.
shows_without_debris() {
	grep -qF -- "$1" "$tmp/screen" &&
	    ! grep -q -e 'strong' -e 'div' "$tmp/screen"
}

# compare_in DIR WANT...: opens the compare view on DIR's two versions
# and waits for each WANT in turn, with no debris on the screen.
compare_in() {
	dir=$1
	shift
	start 100 30 NO_COLOR=1 "$GALLEY" "$tmp/$dir"
	check "$dir: up" wait_for "a.txt"
	keys =
	check "$dir: the compare view" wait_for "compare  A: a.txt"
	for want; do
		check "$dir: $want, no debris" wait_until shows_without_debris \
		    "$want"
	done
	keys q
	check "$dir: the view closes" wait_gone "compare  A:"
	keys q
	check "$dir: quits" wait_for "[exited 0]"
}

# No difference, and the paragraph as the clean view has it.
compare_in same "(0 differences;" "supply routes. The town"
# The word changed beside the debris, and only it.
compare_in word "(1 difference;" "A [-imports-] all of its fuel" \
    "B {+buys+} all of its fuel"
finish
