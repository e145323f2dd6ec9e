#!/bin/sh
# Standard input named twice: every command that reads "-" refuses it as
# a usage error before reading anything (the second read would find it
# empty: compare called the text different from itself).
. "$top_srcdir/tests/cli/lib.sh"

printf 'Port headline\n\nThe port authority said on Tuesday that the new quay in Dakar would open in the spring.\n' >"$tmp/a.txt"

for cmd in clean check entities copies compare; do
	expect_status 2 "$cmd - -: refused" sh -c "'$GALLEY' $cmd - - <'$tmp/a.txt'"
	check "$cmd - -: said" grep -q "^galley $cmd: standard input (-) is named twice; it can be read only once$" "$tmp/err"
	check "$cmd - -: the usage follows" grep -q "^usage: galley $cmd " "$tmp/err"
	check "$cmd - -: nothing printed" test ! -s "$tmp/out"
done
expect_status 2 "clean - FILE -: refused" sh -c "'$GALLEY' clean - '$tmp/a.txt' - <'$tmp/a.txt'"
check "clean - FILE -: said" grep -q "named twice" "$tmp/err"

# Once is fine.
expect_status 0 "clean - once" sh -c "'$GALLEY' clean - <'$tmp/a.txt'"
check "clean - once: the text" grep -q "new quay" "$tmp/out"
expect_status 0 "compare - FILE" sh -c "'$GALLEY' compare - '$tmp/a.txt' <'$tmp/a.txt'"

finish
