#!/bin/sh
# Hostile and broken input: each case ends in a clear message or clean
# output, never a crash or a hang.
. "$top_srcdir/tests/cli/lib.sh"

# status_ok STATUS: 0 or 2 are answers; anything else (a signal) is a crash.
answered() {
	[ "$1" -eq 0 ] || [ "$1" -eq 2 ]
}

# survive NAME FILE [OPTIONS]: galley clean must answer within 60 s.
survive() {
	name=$1
	file=$2
	shift 2
	run_limited 60 "$GALLEY" clean "$@" "$file" >"$tmp/out" 2>"$tmp/err"
	st=$?
	if answered "$st"; then pass "$name (exit $st)"; else fail "$name: exit status $st"; fi
}

: >"$tmp/empty.txt"
expect_status 0 "empty file is processed" "$GALLEY" clean --format=json "$tmp/empty.txt"
check "empty file: empty body" grep -q '"body":""' "$tmp/out"

printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >"$tmp/image.txt"
expect_status 2 "binary file refused" "$GALLEY" clean "$tmp/image.txt"
check "binary file: message names file and reason" grep -q "^galley: $tmp/image.txt: contains NUL bytes" "$tmp/err"
check "binary file: nothing printed as text" test ! -s "$tmp/out"
expect_status 2 "binary file in json: error object" "$GALLEY" clean --format=json "$tmp/image.txt"
check "binary file: json error object" grep -q '^{"file":".*image.txt","error":"contains NUL bytes' "$tmp/out"

printf 'Caf\351 cr\350me \223quoted\224 and \303\251 valid\n' >"$tmp/mixed.txt"
expect_status 0 "invalid UTF-8 bytes decoded one by one" "$GALLEY" clean --raw "$tmp/mixed.txt"
check "stray bytes read as Windows-1252" grep -q 'Café crème “quoted” and é valid' "$tmp/out"

printf '\377\376T\000i\000t\000l\000e\000\n\000' >"$tmp/u16.txt"
expect_status 0 "UTF-16LE with BOM" "$GALLEY" clean --raw "$tmp/u16.txt"
check "UTF-16 decoded" grep -qx 'Title' "$tmp/out"

# A 20 MB single line (GALLEY_HOSTILE_SCALE times smaller under valgrind).
python3 -c 'import sys; sys.stdout.write("word " * (4000000 // int(sys.argv[1])))' \
    "${GALLEY_HOSTILE_SCALE:-1}" >"$tmp/long.txt"
survive "20 MB single line" "$tmp/long.txt" --format=json

# HTML nested 100,000 deep.
python3 -c 'import sys; sys.stdout.write("<div>" * 100000 + "<p>deep text</p>" + "</div>" * 100000)' >"$tmp/deep.html"
survive "HTML nested 100000 deep" "$tmp/deep.html"
check "deep nesting: the loss is reported" grep -q "deep.html: HTML nested deeper than 256" "$tmp/err"
# Every command that reads the text says so: a check that found nothing
# in a page it could not read whole must not look like a clean page.
for cmd in "check --all -d en_US --no-user-words" "entities --all" annotations "export --format=jsonl"; do
	run_limited 120 "$GALLEY" $cmd "$tmp/deep.html" >/dev/null 2>"$tmp/err"
	check "deep nesting: $cmd reports the loss" grep -q "deep.html: HTML nested deeper than 256" "$tmp/err"
done
run_limited 120 "$GALLEY" annotate "$tmp/deep.html" --quote 'deep text' >/dev/null 2>"$tmp/err"
check "deep nesting: annotate reports the loss" grep -q "deep.html: HTML nested deeper than 256" "$tmp/err"
python3 -c 'import sys; sys.stdout.write("<b><i>" * 50000 + "inline" )' >"$tmp/deep-inline.html"
survive "inline tags nested 100000 deep, unclosed" "$tmp/deep-inline.html"

# An XML entity bomb: entities must not be expanded.
cat >"$tmp/bomb.xhtml" <<'EOT'
<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<html><body><p>&lol9;</p></body></html>
EOT
survive "XML entity bomb" "$tmp/bomb.xhtml" --raw
check "entity bomb not expanded" sh -c "! grep -q lollollol '$tmp/out'"

# Terminal escape sequences never reach standard output raw.
printf 'Title\n\nText \033]0;pwned\007 and \033[2J and \033]52;c;cGF5bG9hZA==\007 end, \302\233 C1 too.\n' >"$tmp/esc.txt"
expect_status 0 "escape sequences: processed" "$GALLEY" clean --raw "$tmp/esc.txt"
check "escape sequences: no ESC byte in output" sh -c "! LC_ALL=C grep -q \"\$(printf '\\033')\" '$tmp/out'"
check "escape sequences: no BEL byte in output" sh -c "! LC_ALL=C grep -q \"\$(printf '\\007')\" '$tmp/out'"
check "escape sequences: no C1 CSI in output" sh -c "! LC_ALL=C grep -q \"\$(printf '\\302\\233')\" '$tmp/out'"
check "escape sequences: shown as placeholders" grep -q '␛]0;pwned␇' "$tmp/out"
expect_status 0 "escape sequences in json" "$GALLEY" clean --format=json --raw "$tmp/esc.txt"
check "json escapes control characters" grep -q 'Text \\u001B]0;pwned\\u0007' "$tmp/out"

# No JSON output carries a raw C1 control (U+009B is CSI to terminals).
printf 'Headline\n\nThe minister said \302\233 that the talks in Niamey would resume on Monday with every party present.\n' >"$tmp/c1.txt"
for cmd in "clean --format=json" "check --format=json --no-user-words" "entities --format=json --all"; do
	# shellcheck disable=SC2086
	"$GALLEY" $cmd "$tmp/c1.txt" >"$tmp/out" 2>/dev/null
	check "$cmd: no raw C1 control in JSON" sh -c "! LC_ALL=C grep -q \"\$(printf '\\302\\233')\" '$tmp/out'"
	check "$cmd: output produced" test -s "$tmp/out"
done

# Unreadable file: a message, the others still processed.
# Root reads it anyway: then as user nobody (lib.sh).
unprivileged_setup
printf 'x\n' >"$tmp/locked.txt"
chmod 000 "$tmp/locked.txt"
must_bite "unreadable file" cat "$tmp/locked.txt"
expect_status 2 "unreadable file" unprivileged "$GALLEY_U" clean "$tmp/locked.txt"
check "unreadable file named" grep -q 'locked.txt: Permission denied' "$tmp/err"
# A FIFO named explicitly with no writer must not hang.
mkfifo "$tmp/fifo.txt"
expect_status 2 "explicit FIFO refused without blocking" run_limited 10 "$GALLEY" clean "$tmp/fifo.txt"
check "FIFO: message" grep -q 'fifo.txt: not a regular file' "$tmp/err"

# A directory without an article file: every batch command says so, as
# the reader does, and exits 2; a directory with files still works.
mkdir "$tmp/noarticles" "$tmp/witharticle"
printf 'not an article\n' >"$tmp/noarticles/notes.md"
printf 'A title\n\nSome text of an article.\n' >"$tmp/witharticle/a.txt"
for cmd in clean check entities annotations copies "export --format=w3c"; do
	# shellcheck disable=SC2086
	expect_status 2 "$cmd on a directory without articles" "$GALLEY" $cmd "$tmp/noarticles"
	check "$cmd: said with the directory" grep -q "galley: $tmp/noarticles: no article files (\*\.txt, \*\.text, \*\.htm, \*\.html, \*\.xhtml) found" "$tmp/err"
done
expect_status 0 "clean on a directory with an article" "$GALLEY" clean "$tmp/witharticle"
check "clean: nothing said" test ! -s "$tmp/err"
finish
