#!/bin/sh
# The compare view's wdiff marks stay apart from the text they mark: in
# the C locale an em dash is drawn as '-', and beside "+}" or "-]" it
# would read as part of the mark ("--]"), so a space goes between them,
# as galley compare --format=wdiff writes a '-' there.  In UTF-8 the
# dash is drawn as itself, next to the mark.  Without colour, where
# the marks alone say what changed.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
p1='Authorities in the capital said the talks would go on through the week.'
p2='Ministers will meet at the border on Friday.'
printf 'Talks go on\n\n%s\n\n%s\n' "$p1" "$p2" >"$tmp/docs/a.txt"
printf 'Talks go on\n\nKOULANTA (AP) \342\200\224 %s\n\n%s\n' "$p1" \
    "$(printf '%s' "$p2" | sed 's/on Friday/-- on Friday/')" >"$tmp/docs/b.txt"

for lang in C C.UTF-8; do
	dash=-
	[ "$lang" = C.UTF-8 ] && dash=$(printf '\342\200\224')
	TEST_LANG=$lang start 100 24 NO_COLOR=1 "$GALLEY" "$tmp/docs"
	check "$lang: up" wait_for "a.txt"
	keys =
	check "$lang: the compare view" wait_for "compare  A: a.txt"
	if [ "$lang" = C ]; then
		check "C: the dash's stand-in apart from the mark" \
		    wait_for "{+KOULANTA (AP) - +} Authorities"
	else
		check "UTF-8: the dash beside the mark" \
		    wait_for "{+KOULANTA (AP) $dash+} Authorities"
	fi
	check "$lang: a '-' of the text apart from the mark" \
	    wait_for "border {+ -- +} on Friday"
	keys q
	check "$lang: the view closes" wait_gone "compare  A:"
	keys q
	check "$lang: quits" wait_for "[exited 0]"
done
finish
