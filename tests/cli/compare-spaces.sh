#!/bin/sh
# Versions that differ only in the kind of their spaces (a no-break,
# thin or ideographic space for a space, two spaces for one) are the
# same in every format: no difference, no "changed" row, no mark, exit 0,
# and no word that the pages differ.  Before, the paragraph was
# "changed" with no word marked and compare exited 1 (QA 30, finding 3).
# A changed word beside such spacing is still reported, alone.
. "$top_srcdir/tests/cli/lib.sh"

printf 'Title here\n\nOne two\302\240three four five six seven.\n\nEight nine\342\200\211ten  eleven\343\200\200twelve thirteen fourteen.\n' >"$tmp/a.txt"
printf 'Title here\n\nOne two three four five six seven.\n\nEight nine ten eleven twelve thirteen fourteen.\n' >"$tmp/b.txt"

expect_status 0 "gnu: the same" "$GALLEY" compare "$tmp/a.txt" "$tmp/b.txt"
# No difference printed; A's two spaces are a problem B lacks, named as
# the compare view names it, which is no difference.
check "gnu: no difference printed" sh -c "! grep -v ': introduced: ' '$tmp/out'"
check "gnu: A's spacing problem introduced" grep -q "a.txt:5:7: introduced: nine" "$tmp/out"
check "gnu: no word that the pages differ" test ! -s "$tmp/err"
expect_status 0 "json: the same" "$GALLEY" compare --format=json "$tmp/a.txt" "$tmp/b.txt"
check "json: every row the same" sh -c "! grep -v '\"op\":\"same\"' '$tmp/out'"
check "json: three rows" test "$(wc -l <"$tmp/out")" -eq 3
expect_status 0 "wdiff: the same" "$GALLEY" compare --format=wdiff "$tmp/a.txt" "$tmp/b.txt"
check "wdiff: no marks" sh -c "! grep -qF -e '[-' -e '{+' '$tmp/out'"

sed 's/seven/eight/' "$tmp/b.txt" >"$tmp/c.txt"
expect_status 1 "a word changed: differ" "$GALLEY" compare "$tmp/a.txt" "$tmp/c.txt"
check "the word reported" grep -q 'c.txt:3:.*changed: seven. -> eight.$' "$tmp/out"
check "nothing else" test "$(grep -vc ': introduced: ' "$tmp/out")" -eq 1
finish
