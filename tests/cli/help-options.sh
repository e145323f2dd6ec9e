#!/bin/sh
# Each command's --help describes its options, as GNU tools do: every
# option its usage names has a line of its own with a description, every
# long option the man page gives the command is there, and every option
# --help lists is one the command takes (one table serves both).
. "$top_srcdir/tests/cli/lib.sh"

LC_ALL=C.UTF-8 MANWIDTH=200 man -l -Tutf8 "$top_srcdir/man/galley.1" 2>/dev/null |
	sed 's/.\x08//g; s/\xe2\x80\x90/-/g; s/\xe2\x88\x92/-/g' >"$tmp/man.txt"
check "man page renders" test -s "$tmp/man.txt"
# Each command's paragraph of COMMANDS, from its name to the next one's.
sed -n '/^COMMANDS/,/^OPTIONS/p' "$tmp/man.txt" >"$tmp/man.commands"
man_part() {
	awk -v c="$1" '
	    $0 ~ "^       " c "( |$)" { on = 1; print; next }
	    on && /^       [a-z]+( |$)/ { exit }
	    on { print }' "$tmp/man.commands"
}

for cmd in clean check entities annotate annotations export copies compare; do
	"$GALLEY" $cmd --help >"$tmp/help" 2>&1
	check "$cmd --help exits 0" test $? -eq 0
	sed '/^$/,$d' "$tmp/help" >"$tmp/usage"
	sed -n '/^Options:$/,$p' "$tmp/help" | sed 1d >"$tmp/options"
	check "$cmd --help has an Options section" test -s "$tmp/options"
	# Each option its usage names: a line "  -X, --NAME..." or
	# "      --NAME...", and a description after two spaces or on the
	# next line, indented.
	grep -oE -- '(^|[[ (|])--?[a-z][a-z-]*' "$tmp/usage" |
	    sed 's/^[[ (|]//' | sort -u >"$tmp/named"
	check "$cmd usage names options" test -s "$tmp/named"
	while read -r opt; do
		check "$cmd --help describes $opt" python3 - "$tmp/options" "$opt" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
want = sys.argv[2]
head = re.compile(r"^  (?:(-[a-z]), |    )(--[a-z][a-z-]*)(\S*(?: [A-Z][A-Z=]*)*)(?:  +(.*))?$")
for i, l in enumerate(lines):
    m = head.match(l)
    if not m or want not in (m.group(1), m.group(2)):
        continue
    desc = m.group(4)
    if desc is None and i + 1 < len(lines) and re.match(r"^ {20,}\S", lines[i + 1]):
        desc = lines[i + 1].strip()
    sys.exit(0 if desc and re.search(r"[a-z]{2}", desc) else 1)
sys.exit(1)
PY
	done <"$tmp/named"
	man_part "$cmd" >"$tmp/man.cmd"
	for opt in $(grep -oE -- '^ {14}(-[a-z] [A-Z]+, )?--[a-z][a-z-]*' "$tmp/man.cmd" |
	    grep -oE -- '--[a-z][a-z-]*' | sort -u); do
		check "$cmd --help lists $opt (man page)" grep -qE -- "^ +(-[a-z], )?$opt([= []|\$)" "$tmp/options"
	done
	# Every option listed is taken (not "unrecognized option").
	for opt in $(grep -oE -- '^ +(-[a-z], )?--[a-z][a-z-]*' "$tmp/options" |
	    grep -oE -- '--[a-z][a-z-]*'); do
		"$GALLEY" $cmd "$opt" </dev/null >/dev/null 2>"$tmp/err"
		check "$cmd takes $opt" sh -c "! grep -q 'unrecognized option' '$tmp/err'"
	done
	check "$cmd --help lines fit 79 columns" test "$(awk 'length > 79' "$tmp/help" | wc -l)" -eq 0
	# getopt's own messages are prefixed as galley's others are.
	expect_status 2 "$cmd --bogus: a usage error" "$GALLEY" $cmd --bogus
	check "$cmd --bogus: named 'galley $cmd:'" grep -q "^galley $cmd: unrecognized option" "$tmp/err"
done

# An option the reader does not know is an error after one that only
# prints too.
for opt in --keys --keys=roff --colors --help --version; do
	expect_status 2 "$opt --bogus: a usage error" "$GALLEY" $opt --bogus
	check "$opt --bogus: prints nothing" test ! -s "$tmp/out"
done

# galley --help names every kind of problem galley check reports (the
# man page lists them for ]p).
kinds=$(tr '\n' ' ' <"$tmp/man.txt" | tr -s ' ' | sed -n 's/.*next problem galley check reports (\([a-z, ]*\)).*/\1/p' | tr -d ,)
check "the man page lists the kinds" test -n "$kinds"
"$GALLEY" --help >"$tmp/help" 2>&1
for kind in $kinds; do
	check "galley --help names $kind" grep -q "$kind" "$tmp/help"
done
finish
