#!/bin/sh
# vim's ways out: ZZ, :wq and :x save what could not be saved (as :w)
# and quit (as :q); they were unknown ("unknown command: wq", ZZ did
# nothing).
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

printf 'Harbour news\n\nThe port authority said the pier would open in spring.\n' \
    >"$tmp/a.txt"
for way in "Z Z" ":wq" ":x"; do
	start 80 20 "$GALLEY" "$tmp/a.txt"
	check "$way: reader up" wait_for "CLEAN 1/1"
	case $way in
	:*) keys : "${way#:}" Enter ;;
	*) keys $way ;;
	esac
	check "$way quits" wait_for "[exited 0]"
done
finish
