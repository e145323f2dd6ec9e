#!/bin/sh
# The hostile-input corpus (tests/hostile/gen, made here at test time):
# galley clean, in every output format, answers each file with a clear
# message or a correct result within a time limit, never a crash, a hang
# or a raw control byte on the terminal.  GALLEY_HOSTILE_SCALE=N divides
# the huge inputs by N (tools/ci-valgrind sets it).
. "$top_srcdir/tests/cli/lib.sh"

h="$tmp/h"
python3 "$top_srcdir/tests/hostile/gen" "$h" || { fail "generator"; finish; }

# An answer is exit 0 or 2; a signal, a sanitizer's exit 1 or timeout's
# 124 is not.
answered() {
	[ "$1" -eq 0 ] || [ "$1" -eq 2 ]
}

# Text output holds no C0 control but newline and tab, no DEL, no C1 and
# only valid UTF-8; JSON output is one valid object per line.
output_safe() {
	python3 - "$1" "$2" <<'PY'
import json, sys
data = open(sys.argv[1], "rb").read()
text = data.decode("utf-8")          # strict: no lone surrogates either
bad = [c for c in text if (ord(c) < 0x20 and c not in "\n\t")
       or 0x7F <= ord(c) < 0xA0]
if bad:
    sys.exit("control characters in output: %r" % bad[:5])
if sys.argv[2] == "json":
    for line in text.splitlines():
        json.loads(line)
PY
}

# Messages are "galley: FILE: reason" lines and nothing else.
messages_clear() {
	python3 - "$1" <<'PY'
import sys
for line in open(sys.argv[1], "rb").read().decode("utf-8").splitlines():
    if not line.startswith("galley: ") or line.count(": ") < 2:
        sys.exit("unclear message: %r" % line[:200])
PY
}

# survive SECONDS NAME [OPTIONS] FILE: every format answers, safely.
survive() {
	secs=$1
	name=$2
	shift 2
	for fmt in text json raw; do
		case $fmt in
		text) opts="" ;;
		json) opts="--format=json" ;;
		raw) opts="--raw" ;;
		esac
		# shellcheck disable=SC2086
		run_limited "$secs" "$GALLEY" clean $opts "$@" >"$tmp/out" 2>"$tmp/err"
		st=$?
		if ! answered "$st"; then
			fail "$name ($fmt): exit status $st"
			sed 's/^/  stderr: /' "$tmp/err" | head -5
		elif ! output_safe "$tmp/out" "$fmt" || ! messages_clear "$tmp/err"; then
			fail "$name ($fmt): unsafe output"
		else
			pass "$name ($fmt, exit $st)"
		fi
	done
}

# The two huge files take seconds each: they are checked once below.
for f in "$h"/*; do
	case $f in
	*huge*|*20mb*) ;;
	*) survive 60 "${f##*/}" "$f" ;;
	esac
done

# Results that must be right, not only safe.
G() { "$GALLEY" clean "$@" >"$tmp/out" 2>"$tmp/err"; }
G --raw "$h/invalid-utf8.txt"
check "invalid UTF-8: the valid text survives" grep -q 'Overlong .* slash' "$tmp/out"
G --raw "$h/lone-surrogates.txt"
check "lone surrogates: the text around them survives" grep -q 'Lone high .* surrogates' "$tmp/out"
for e in le be; do
	G --raw "$h/utf16$e-nobom.txt"
	check "UTF-16${e} without BOM decoded" grep -q 'Élections au Sahel: le scrutin est reporté.' "$tmp/out"
done
G --raw "$h/utf16-lone-surrogate.txt"
check "UTF-16 lone surrogate: the text around it survives" grep -q 'Ok' "$tmp/out"
expect_status 2 "NUL bytes refused" "$GALLEY" clean "$h/nul-bytes.txt"
check "NUL bytes: message names file and reason" grep -q "^galley: $h/nul-bytes.txt: contains NUL bytes" "$tmp/err"
G --raw "$h/cr-only.txt"
check "CR-only line endings split lines" grep -qx 'Second line.' "$tmp/out"
check "CR-only: no CR left" sh -c "! LC_ALL=C grep -q \"\$(printf '\\r')\" '$tmp/out'"
# Text, not JSON: a JSON array of 1.7 million blocks takes minutes under
# AddressSanitizer, and the JSON code is exercised by the 20 MB line.
expect_status 0 "100 MB file: cleaned" run_limited 600 "$GALLEY" clean "$h/huge-100mb.txt"
check "100 MB file: a title chosen" grep -q '^Line [0-9]*: the committee' "$tmp/out"
expect_status 0 "100 MB file: decoded" run_limited 600 "$GALLEY" clean --raw "$h/huge-100mb.txt"
check "100 MB file: every line decoded" test "$(wc -l <"$tmp/out")" -ge "$(wc -l <"$h/huge-100mb.txt")"
check "100 MB file: down to the last one" test "$(tail -n 1 "$tmp/out")" = "$(tail -n 1 "$h/huge-100mb.txt")"
expect_status 0 "20 MB line: printed" run_limited 600 "$GALLEY" clean --raw "$h/line-20mb.txt"
check "20 MB line: all of it printed" test "$(wc -c <"$tmp/out")" -ge "$(wc -c <"$h/line-20mb.txt")"
expect_status 0 "20 MB line: cleaned" run_limited 600 "$GALLEY" clean --format=json "$h/line-20mb.txt"
check "20 MB line: output safe" output_safe "$tmp/out" json
# libxml2 reads 256 levels; galley shows that much and says what it left.
expect_status 0 "100,000 nested tags: read up to the parser's limit" "$GALLEY" clean "$h/nested-100k.html"
check "100,000 nested tags: message says why" grep -q "nested-100k.html: HTML nested deeper than 256 elements" "$tmp/err"
G "$h/attrs-10k.html"
check "10,000 attributes: the text is there" grep -q 'ten thousand attributes' "$tmp/out"
check "10,000 attributes: the duplicated ones too" grep -q 'duplicates' "$tmp/out"
# Past 256 attributes on a tag, the rest are ignored (libxml2's time grows
# with the square of their number: tests/cli/hostile-scale.sh).
check "10,000 attributes: message says why" grep -q "attrs-10k.html: a tag with more than 256 attributes" "$tmp/err"
G --raw "$h/entity-bomb.xhtml"
check "entity bomb: not expanded" sh -c "! grep -q lollollol '$tmp/out'"
G --raw "$h/entity-external.xhtml"
check "external entity: not fetched" sh -c "! grep -q 'root:' '$tmp/out'"
G --raw "$h/unterminated-comment.html"
check "unterminated comment: the text before it kept" grep -q 'before the comment' "$tmp/out"
G --raw "$h/unterminated-script.html"
check "unterminated script: the text before it kept" grep -q 'visible' "$tmp/out"
check "unterminated script: the script not shown" sh -c "! grep -q 'var x' '$tmp/out'"
G --raw "$h/bidi-zero-width.txt"
# A bidi override would show the rest of its line reversed: replaced as
# C1 controls are; zero-width characters are harmless and kept.
check "a bidi override shown, not obeyed" grep -q "$(printf 'bidi \357\277\275evil')" "$tmp/out"
check "no bidi override printed raw" sh -c "! grep -q \"\$(printf '\342\200\256')\" '$tmp/out'"
G --format=json "$h/bidi-zero-width.txt"
check "a bidi override escaped in JSON" grep -q 'bidi \\u202Eevil' "$tmp/out"
check "and the JSON reads back to it" sh -c "python3 -c 'import json,sys; assert \"bidi \\u202eevil\" in json.load(open(sys.argv[1]))[\"body\"]' '$tmp/out'"
G "$h/escapes.html"
check "escapes in an HTML title: no ESC" sh -c "! LC_ALL=C grep -q \"\$(printf '\\033')\" '$tmp/out'"

# A loaded directory with a symlink loop, a FIFO, a dangling symlink, an
# empty subdirectory (named like an article), a
# link to an endless device.
d="$tmp/dir"
mkdir -p "$d/sub" "$d/folder.txt"
printf 'Loop test headline\n\nA paragraph of the only real article in this directory.\n' >"$d/real.txt"
ln -s .. "$d/sub/up"
ln -s "$d" "$d/sub/loop.txt"
mkfifo "$d/pipe.txt"
ln -s "$tmp/nowhere.txt" "$d/dangling.txt"
ln -s /dev/zero "$d/zero.txt"
ln -s /dev/urandom "$d/random.html"
run_limited 30 "$GALLEY" clean --format=json "$d" >"$tmp/out" 2>"$tmp/err"
st=$?
check "directory with loop, FIFO and devices: answered (exit $st)" answered "$st"
check "directory: the real article loaded once" test "$(grep -c '"file":' "$tmp/out")" -eq 1
check "directory: the real article is the one" grep -q 'real.txt' "$tmp/out"

# Named explicitly, the same things are refused with a message.
expect_status 2 "dangling symlink named: refused" run_limited 10 "$GALLEY" clean "$d/dangling.txt"
check "dangling symlink: message" grep -q "dangling.txt: No such file or directory" "$tmp/err"
expect_status 2 "/dev/zero named: refused" run_limited 10 "$GALLEY" clean "$d/zero.txt"
check "/dev/zero: message" grep -q "zero.txt: not a regular file" "$tmp/err"
expect_status 2 "FIFO named: refused without blocking" run_limited 10 "$GALLEY" clean "$d/pipe.txt"

# An unreadable file in a loaded directory: a message for it, the rest
# still loaded.  Root reads it anyway: then as user nobody (lib.sh).
unprivileged_setup
printf 'x\n' >"$d/locked.txt"
chmod 000 "$d/locked.txt"
must_bite "unreadable file in a directory" cat "$d/locked.txt"
expect_status 2 "unreadable file in a directory" unprivileged "$GALLEY_U" clean "$d"
check "unreadable file named" grep -q 'locked.txt: Permission denied' "$tmp/err"
check "the readable file still printed" grep -q 'Loop test headline' "$tmp/out"
chmod 644 "$d/locked.txt"

# A file name that carries escape sequences and a newline: the message
# naming it must not carry them to the terminal.
evil="$tmp/names/$(printf 'x\033]0;pwned\007\nfake')"
mkdir -p "$tmp/names"
printf 'a\000b' >"$evil.txt"
expect_status 2 "hostile file name: refused file" "$GALLEY" clean "$tmp/names"
check "hostile file name: no ESC in the message" sh -c "! LC_ALL=C grep -q \"\$(printf '\\033')\" '$tmp/err'"
check "hostile file name: one message line" test "$(wc -l <"$tmp/err")" -eq 1
check "hostile file name: shown as placeholders" grep -q 'x␛]0;pwned␇␤fake.txt: contains NUL' "$tmp/err"

# The annotation commands name the file (and its sidecar) as safely, and
# a damaged sidecar's bytes quoted in the parser's message are made
# visible too.
mkdir -p "$tmp/anames"
ann="$tmp/anames/$(printf 'y\033]0;pwned\007\nfake').txt"
printf 'Headline\n\nThe harbour authority said that the new quay would open.\n' >"$ann"
no_esc() {
	check "$1: no ESC in the message" sh -c "! LC_ALL=C grep -q \"\$(printf '\\033')\" '$tmp/err'"
	check "$1: one message line" test "$(wc -l <"$tmp/err")" -eq 1
}
expect_status 1 "hostile name: annotate, quote not found" "$GALLEY" annotate "$ann" --quote 'no such words'
no_esc "hostile name: annotate, quote not found"
printf '\033[2J\033]0;pwned\007' >"$ann.anno.json"
expect_status 2 "hostile name and sidecar: annotate refuses" "$GALLEY" annotate "$ann" --range 0:8
no_esc "hostile name and sidecar: annotate"
check "hostile name and sidecar: annotate shows placeholders" grep -q 'y␛]0;pwned␇␤fake.txt.anno.json:1:1: .*␛' "$tmp/err"
expect_status 2 "hostile name and sidecar: annotations" "$GALLEY" annotations "$tmp/anames"
no_esc "hostile name and sidecar: annotations"
expect_status 2 "hostile name and sidecar: export" "$GALLEY" export --format=jsonl "$tmp/anames"
no_esc "hostile name and sidecar: export"
rm -f "$ann.anno.json"

# A newline or tab in a file name does not break the one-line-per-record
# formats: the gnu lines of check and annotations, the TSV of entities.
"$GALLEY" annotate "$ann" --range 0:8 --tag t >/dev/null
"$GALLEY" annotations "$tmp/anames" >"$tmp/out" 2>"$tmp/err"
check "hostile name: annotations gnu is one line" test "$(wc -l <"$tmp/out")" -eq 1
check "hostile name: annotations gnu shows placeholders" grep -q '^.*/y␛]0;pwned␇␤fake.txt:1.1-1.9: anchored: t: ' "$tmp/out"
printf 'Un titre\n\nThe minister said teh plan was ready and would be published in the spring after a long consultation.\n' >"$ann"
"$GALLEY" check -d en_US --no-user-words "$tmp/anames" >"$tmp/out" 2>"$tmp/err"
check "hostile name: check gnu is one line" test "$(wc -l <"$tmp/out")" -eq 1
check "hostile name: check gnu shows placeholders" grep -q '^.*/y␛]0;pwned␇␤fake.txt:3:19: spelling: teh$' "$tmp/out"
tabbed="$tmp/anames/$(printf 'tab\there').txt"
printf 'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday to discuss the budget.\n' >"$tabbed"
"$GALLEY" entities --all "$tmp/anames" >"$tmp/out" 2>"$tmp/err"
check "hostile name: entities tsv has seven fields a line" sh -c "awk -F '\t' 'NF != 7 { exit 1 }' '$tmp/out'"
check "hostile name: entities tsv found the names" grep -q 'Berlin' "$tmp/out"
"$GALLEY" entities --all --corpus "$tmp/anames" >"$tmp/out" 2>"$tmp/err"
check "hostile name: corpus tsv has five fields a line" sh -c "awk -F '\t' 'NF != 5 { exit 1 }' '$tmp/out'"

# Endless standard input stops at the size limit with a message (not
# under valgrind, where reading 512 MiB takes minutes).
if [ "${GALLEY_HOSTILE_SCALE:-1}" -le 1 ]; then
	yes 'endless input line' | run_limited 300 "$GALLEY" clean - >"$tmp/out" 2>"$tmp/err"
	st=$?
	check "endless stdin: refused (exit $st)" test "$st" -eq 2
	check "endless stdin: message" grep -q '^galley: -: larger than 512 MiB' "$tmp/err"
fi
finish
