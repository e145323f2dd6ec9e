#!/bin/sh
# --help and man/galley.1 must describe the same program: every command
# and option --help lists is in the man page, and the man page renders
# without warnings.
. "$top_srcdir/tests/cli/lib.sh"

man=$top_srcdir/man/galley.1
"$GALLEY" --help >"$tmp/help"
# The man page as plain text, hyphens and quotes in ASCII.
LC_ALL=C.UTF-8 MANWIDTH=200 man -l -Tutf8 "$man" 2>"$tmp/man.err" |
	sed 's/.\x08//g; s/\xe2\x80\x90/-/g; s/\xe2\x88\x92/-/g' >"$tmp/man.txt"
check "man page renders" test -s "$tmp/man.txt"
check "man page renders without warnings" test ! -s "$tmp/man.err"

for opt in $(grep -oE -- '--[a-z][a-z-]*' "$tmp/help" | sort -u); do
	check "man page documents $opt" grep -q -- "$opt" "$tmp/man.txt"
done
for cmd in $(sed -n '/^Commands:/,/^$/p' "$tmp/help" | awk '/^  [a-z]/ { print $1 }'); do
	check "man page documents command $cmd" grep -q "galley $cmd" "$tmp/man.txt"
	"$GALLEY" "$cmd" --help >"$tmp/cmdhelp" 2>&1
	for opt in $(grep -oE -- '--[a-z][a-z-]*' "$tmp/cmdhelp" | sort -u); do
		check "man page documents $cmd $opt" grep -q -- "$opt" "$tmp/man.txt"
	done
done
# And the reverse: every short option a command accepts is documented
# (getopt says "invalid option" for the others).
for cmd in clean check entities annotate annotations export; do
	for x in a b c d e f g h i j k l m n o p q r s t u v w x y z; do
		"$GALLEY" "$cmd" -$x </dev/null >/dev/null 2>"$tmp/short.err"
		grep -q 'invalid option' "$tmp/short.err" && continue
		check "man page documents $cmd -$x" grep -Eq -- "^ *-$x(,| [A-Z]+)" "$tmp/man.txt"
	done
done

# Each command heads its own paragraph of COMMANDS, and each example's
# prose starts at the left margin (an unclosed .RS once swallowed them).
sed -n '/^COMMANDS/,/^OPTIONS/p' "$tmp/man.txt" >"$tmp/man.commands"
for cmd in clean check entities annotate annotations export; do
	check "man page: $cmd heads a paragraph of COMMANDS" grep -Eq "^       $cmd( |\$)" "$tmp/man.commands"
done
sed -n '/^EXAMPLES/,/^SEE ALSO/p' "$tmp/man.txt" >"$tmp/man.examples"
for prose in 'Print the article' 'Titles and dates' 'Proofread a directory' 'The people named' 'Tag a passage' "Export a directory"; do
	check "man page: example '$prose' at the margin" grep -q "^       $prose" "$tmp/man.examples"
done
check "man page: the jq example keeps its quotes" grep -q "select(.type == \"PERSON\")" "$tmp/man.examples"

# The KEYS section is the key table (tools/update-man-keys writes it).
"$GALLEY" --keys=roff >"$tmp/keys.roff"
sed -n '/^\.\\" KEYS BEGIN/,/^\.\\" KEYS END/p' "$man" | sed '1d;$d' >"$tmp/man.keys"
check "man page KEYS section is the key table" cmp -s "$tmp/keys.roff" "$tmp/man.keys"
"$GALLEY" --keys >"$tmp/keys.txt"
check "--keys lists the help key" grep -q 'F1' "$tmp/keys.txt"

version=$("$GALLEY" --version | awk '{ print $2 }')
check "man page carries the program's version" grep -q "galley $version" "$man"
# Every : command of the reader's table is in the manual's Commands.
sed -n '/^\.SS Commands/,/^\.S[SH] /p' "$man" >"$tmp/man.cmds"
"$GALLEY" --keys | sed -n 's/^  :\([a-z][a-z!-]*\).*/\1/p' >"$tmp/cmds"
check "--keys lists the : commands" test "$(wc -l <"$tmp/cmds")" -ge 10
while read -r c; do
	pat=$(printf '%s' "$c" | sed 's/-/\\\\-/g')
	check "manual lists :$c" grep -Eq "^\.(B|BI|BR|RB) $pat( |\$)" "$tmp/man.cmds"
done <"$tmp/cmds"
finish
