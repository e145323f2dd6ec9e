#!/bin/sh
# Corrections the article no longer has (its text changed since they
# were made) are not applied, and the reader says so when the source
# opens; those that follow the text are shown corrected.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

printf 'Council story\nUPDATE: adds detail.\n\nThe council met wiht the mayor on Monday.\n\nThe mayor left with the papers on Friday.\n' >"$tmp/s.txt"
printf '# galley corrections 1\n31\t35\twiht\twith\n73\t77\twiht\twith\n' >"$tmp/s.txt.corrections"
start 160 12 "$GALLEY" "$tmp/s.txt"
check "the one that follows the text, corrected" wait_for "met with the mayor"
check "the other said on opening" wait_for "1 correction no longer matches the text: wiht -> with"
keys q
check "quits" wait_for "[exited 0]"
finish
