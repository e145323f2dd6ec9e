#!/bin/sh
# An export written to a file or a pipe is data: a note holding a tab, a
# line break and Esc reads back byte for byte from csv (its quoted
# fields) and from the JSON formats (escaped); only csv shown on a
# terminal turns control characters into their pictures.
. "$top_srcdir/tests/cli/lib.sh"

art=$tmp/story.txt
{
	printf 'A title\n\nThe harbour authority said the quay would open soon.\n'
	printf 'Filler line of a long enough article to export.\n'
} >"$art"
"$GALLEY" annotate "$art" --quote 'harbour' --tag claim --note 'x' >/dev/null ||
	fail "annotate"
# The note as another tool may store it: tab, newline, Esc, a quote.
note=$(printf 'one\ttwo\nthree \033[1mbold\033[0m "q"')
NOTE=$note python3 - "$art.anno.json" <<'PY' || fail "sidecar edit"
import json, os, sys
p = sys.argv[1]
d = json.load(open(p, encoding="utf-8"))
for a in d["first"]["items"]:
    for b in a["body"]:
        if b.get("purpose") == "commenting":
            b["value"] = os.environ["NOTE"]
json.dump(d, open(p, "w", encoding="utf-8"))
PY

# back FILE KIND: the notes an export holds, as python reads them back.
back() {
	NOTE=$note python3 - "$@" <<'PY'
import csv, json, os, sys
path, kind = sys.argv[1], sys.argv[2]
want = os.environ["NOTE"]
if kind == "csv":
    rows = list(csv.DictReader(open(path, encoding="utf-8", newline="")))
    notes = [r["note"] for r in rows]
elif kind == "jsonl":
    notes = [s.get("note") for l in open(path, encoding="utf-8")
             for s in json.loads(l)["spans"]]
elif kind == "w3c":
    notes = [b["value"] for l in open(path, encoding="utf-8")
             for a in json.loads(l)["first"]["items"]
             for b in a["body"] if b.get("purpose") == "commenting"]
sys.exit(0 if notes == [want] else 1)
PY
}

"$GALLEY" export --format=csv "$art" >"$tmp/out.csv" || fail "csv export"
check "csv to a file: the note reads back as stored" back "$tmp/out.csv" csv
"$GALLEY" export --format=csv "$art" | cat >"$tmp/pipe.csv"
check "csv to a pipe: the note reads back as stored" back "$tmp/pipe.csv" csv
"$GALLEY" export --format=csv -o "$tmp/dir" "$art" || fail "csv -o"
check "csv -o DIR: the note reads back as stored" back "$tmp/dir/story.csv" csv
"$GALLEY" export --format=jsonl "$art" >"$tmp/out.jsonl" 2>/dev/null || fail "jsonl"
check "jsonl: the note reads back as stored" back "$tmp/out.jsonl" jsonl
check "jsonl: no raw Esc (escaped)" sh -c "! grep -q \"\$(printf '\\033')\" '$tmp/out.jsonl'"
"$GALLEY" export --format=w3c "$art" >"$tmp/out.w3c" || fail "w3c"
check "w3c: the note reads back as stored" back "$tmp/out.w3c" w3c

# On a terminal (script(1) gives export a pty): Esc never goes out raw.
if command -v script >/dev/null 2>&1; then
	script -qec "$GALLEY export --format=csv $art" /dev/null >"$tmp/tty" 2>&1
	check "csv on a terminal: the note is there" grep -q 'three' "$tmp/tty"
	check "csv on a terminal: Esc shown as its picture" grep -q '␛\[1mbold' "$tmp/tty"
	check "csv on a terminal: no raw Esc" sh -c "! grep -q \"\$(printf '\\033')\" '$tmp/tty'"
else
	fail "script(1) is needed for the terminal check"
fi
finish
