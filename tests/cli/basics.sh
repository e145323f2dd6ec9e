#!/bin/sh
# --help, --version, usage errors and exit statuses of every entry point.
. "$top_srcdir/tests/cli/lib.sh"

expect_status 0 "--help exits 0" "$GALLEY" --help
check "--help names clean" grep -q 'galley clean' "$tmp/out"
expect_status 0 "--version exits 0" "$GALLEY" --version
check "--version prints name and version" grep -Eq '^galley [0-9]+\.[0-9]+' "$tmp/out"
expect_status 2 "unknown option is a usage error" "$GALLEY" --frobnicate
check "usage error prints a usage line" grep -q '^usage: ' "$tmp/err"
check "usage error starts with the reader's form" grep -qx 'usage: galley \[OPTION\]\.\.\. \[PATH\]\.\.\.' "$tmp/err"
check "unknown option: named 'galley:', not the program's path" grep -qx "galley: unrecognized option '--frobnicate'" "$tmp/err"
"$GALLEY" --help | sed -n '/^Usage:/,/^$/p' | sed 's/^Usage:/usage:/; /^$/d' >"$tmp/help-synopsis"
check "usage error gives the synopsis of --help" sh -c "grep -v '^Try ' '$tmp/err' | grep -v 'unrecognized option' | cmp -s - '$tmp/help-synopsis'"
# What --help and the like print is output: a full disk is said and no
# success, as for the commands' own output.
for opt in --help --version --keys --keys=roff --colors --colors=roff; do
	expect_status 2 "$opt on a full disk: exit 2" sh -c "'$GALLEY' $opt >/dev/full"
	check "$opt on a full disk: said" grep -q "^galley: standard output: No space left on device" "$tmp/err"
done
for cmd in clean check entities annotate annotations export copies compare; do
	expect_status 2 "$cmd --help on a full disk: exit 2" sh -c "'$GALLEY' $cmd --help >/dev/full"
	check "$cmd --help on a full disk: said" grep -q "^galley: standard output: No space left on device" "$tmp/err"
done
expect_status 2 "the reader without a terminal says so" "$GALLEY" "$tmp" </dev/null
check "the reader's message names the batch form" grep -q "galley clean" "$tmp/err"
expect_status 2 "unknown option is a usage error" "$GALLEY" clean --bogus x
expect_status 2 "unknown format is a usage error" "$GALLEY" clean --format=xml x
expect_status 2 "clean without files is a usage error" "$GALLEY" clean
expect_status 0 "clean --help exits 0" "$GALLEY" clean --help
expect_status 2 "a missing file is exit 2" "$GALLEY" clean "$tmp/none.txt"
check "a missing file is named on stderr" grep -q "^galley: $tmp/none.txt: No such file" "$tmp/err"

# A missing file does not stop the others; 2 still wins.
printf 'Headline of a test\n\nA paragraph of text that is long enough to be kept as the body of this article, with words.\n' >"$tmp/ok.txt"
expect_status 2 "one bad file among good ones is exit 2" "$GALLEY" clean "$tmp/none.txt" "$tmp/ok.txt"
check "the good file is still printed" grep -q 'long enough to be kept' "$tmp/out"

# The JSON formats give a missing file its {"file", "error"} record, as
# they do for a file that cannot be decoded, and it is reported once.
for cmd in clean check entities annotations; do
	expect_status 2 "$cmd json: a missing file among good ones" "$GALLEY" $cmd --format=json "$tmp/none.txt" "$tmp/ok.txt"
	check "$cmd json: the missing file has its error record" grep -q "^{\"file\":\"$tmp/none.txt\",\"error\":\"No such file or directory\"" "$tmp/out"
	check "$cmd json: the good file has its record" grep -q "^{\"file\":\"$tmp/ok.txt\"" "$tmp/out"
	check "$cmd json: the missing file reported once" test "$(grep -c 'none.txt' "$tmp/err")" -eq 1
done

# One table gives each command's usage: its --help, its usage errors and
# the line in galley --help say the same, and no line is over 79 columns.
"$GALLEY" --help >"$tmp/help"
for cmd in clean check entities annotate annotations export; do
	# The usage is --help's first paragraph; options follow it.
	"$GALLEY" $cmd --help | sed '/^$/,$d; s/^Usage:/usage:/' >"$tmp/cmd-help"
	"$GALLEY" $cmd --no-such-option 2>"$tmp/cmd-err" >/dev/null
	one=$(sed 's/^usage: //' "$tmp/cmd-help" | tr -s ' \n' '  ')
	top=$(awk -v c="galley $cmd " '
	    index($0, "       " c) == 1 { on = 1; print; next }
	    on && (/^       galley / || /^$/) { exit }
	    on { print }' "$tmp/help" | sed 's/^ *//' | tr -s ' \n' '  ')
	check "$cmd --help matches galley --help" test "$one" = "$top"
	check "$cmd usage error shows the same usage" grep -qF "$(head -1 "$tmp/cmd-help")" "$tmp/cmd-err"
done
check "help lines fit 79 columns" test "$(awk 'length > 79' "$tmp/help" | wc -l)" -eq 0
for cmd in clean check entities annotate annotations export copies compare; do
	"$GALLEY" $cmd --help >"$tmp/cmd-help"
	check "$cmd --help lines fit 79 columns" test "$(awk 'length > 79' "$tmp/cmd-help" | wc -l)" -eq 0
done
finish
