#!/bin/sh
# galley export: brat offsets cut exactly their text out of the .txt (also
# across line breaks and beyond the BMP), the jsonl, doccano, csv and w3c
# shapes, UTF-16 offsets, and never overwriting an article.
. "$top_srcdir/tests/cli/lib.sh"

mkdir "$tmp/in"
art=$tmp/in/story.txt
printf 'Tïtle with emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n\nThe harbour authority said the new quay would open.\nDockworkers 😀 said "fine", with a tab\there.\n' >"$art"
"$GALLEY" annotate "$art" --quote "𝔘𝔫𝔦𝔠𝔬𝔡𝔢" --tag 'oddtag' --note 'line one
line two' >/dev/null
# galley refuses such a tag now, but a sidecar written by hand or by an
# older galley may hold one: every export still keeps its labels valid.
sed -i 's/"oddtag"/"odd tag"/' "$art.anno.json"
"$GALLEY" annotate "$art" --quote "would open.
Dockworkers 😀 said" --tag claim --tag quote >/dev/null
"$GALLEY" annotate "$art" --quote '"fine"' --note 'says who, "exactly"?' >/dev/null
"$GALLEY" annotate "$art" --quote 'harbour' >/dev/null
printf 'Second file.\n' >"$tmp/in/other.txt"
"$GALLEY" annotate "$tmp/in/other.txt" --quote "Second" --tag x >/dev/null

expect_status 0 "brat export" "$GALLEY" export --format=brat -o "$tmp/brat" "$art" "$tmp/in/other.txt"
check "brat: .txt is the decoded text" sh -c "'$GALLEY' clean --raw '$art' | cmp -s - '$tmp/brat/story.txt'"
check "brat: one .ann per article" test -f "$tmp/brat/story.ann" -a -f "$tmp/brat/other.ann"
python3 - "$tmp/brat/story.txt" "$tmp/brat/story.ann" <<'PY' && pass "brat: every T line's offsets cut its own text" || fail "brat offsets"
import sys
text = open(sys.argv[1], encoding="utf-8", newline="").read()
ts, notes = {}, []
for line in open(sys.argv[2], encoding="utf-8", newline="").read().split("\n"):
    if not line:
        continue
    if line.startswith("T"):
        tid, mid, span_text = line.split("\t", 2)
        label, spans = mid.split(" ", 1)
        assert " " not in label
        frags = [tuple(map(int, s.split())) for s in spans.split(";")]
        for a, b in frags:
            assert 0 <= a < b <= len(text) and "\n" not in text[a:b], (line, text[a:b])
        assert " ".join(text[a:b] for a, b in frags) == span_text, (line, frags)
        ts[tid] = (label, frags)
    elif line.startswith("#"):
        nid, ref, note = line.split("\t", 2)
        kind, target = ref.split(" ")
        assert kind == "AnnotatorNotes" and target in ts
        notes.append(note)
labels = sorted(l for l, _ in ts.values())
assert labels == ["claim", "highlight", "note", "odd_tag", "quote"], labels
frag = [f for l, f in ts.values() if l == "claim"][0]
assert len(frag) == 2, frag           # crosses a line break: two fragments
assert "line one line two" in notes and 'says who, "exactly"?' in notes
PY
expect_status 2 "brat needs -o" "$GALLEY" export --format=brat "$art"
expect_status 2 "brat into the article's directory refuses to overwrite it" "$GALLEY" export --format=brat -o "$tmp/in" "$art"
check "the article is untouched" grep -q '^The harbour authority' "$art"
check "the refusal is explained" grep -q 'not overwritten' "$tmp/err"
printf 'An unrelated article.\n' >"$tmp/brat/story.txt"
expect_status 2 "an existing .txt with other text is not overwritten" "$GALLEY" export --format=brat -o "$tmp/brat" "$art"
check "the other .txt is untouched" grep -q '^An unrelated article' "$tmp/brat/story.txt"
mkdir -p "$tmp/in/sub"
cp "$art" "$tmp/in/sub/story.txt"
cp "$art.anno.json" "$tmp/in/sub/story.txt.anno.json"
expect_status 2 "two articles with one name are not exported over each other" "$GALLEY" export --format=jsonl -o "$tmp/dup" "$art" "$tmp/in/sub/story.txt"

# jsonl (Prodigy), doccano, csv: same spans, code points or UTF-16.
for offs in codepoint utf16; do
	"$GALLEY" export --format=jsonl --offsets=$offs "$art" >"$tmp/p.$offs"
	"$GALLEY" export --format=doccano --offsets=$offs "$art" >"$tmp/d.$offs"
	"$GALLEY" export --format=csv --offsets=$offs "$art" >"$tmp/c.$offs"
	python3 - "$tmp/p.$offs" "$tmp/d.$offs" "$tmp/c.$offs" "$offs" <<'PY' && pass "jsonl, doccano, csv with $offs offsets" || fail "span formats ($offs)"
import csv, io, json, sys
p = json.loads(open(sys.argv[1], encoding="utf-8").read())
d = json.loads(open(sys.argv[2], encoding="utf-8").read())
rows = list(csv.reader(io.StringIO(open(sys.argv[3], encoding="utf-8", newline="").read())))
utf16 = sys.argv[4] == "utf16"
text = p["text"]
assert list(p) == ["text", "spans"] and list(d) == ["text", "label"] and d["text"] == text
def cut(a, b):
    if utf16:
        u = text.encode("utf-16-le")
        return u[2 * a:2 * b].decode("utf-16-le")
    return text[a:b]
spans = [(s["start"], s["end"], s["label"]) for s in p["spans"]]
assert spans == [tuple(x) for x in d["label"]]
assert sorted(l for _, _, l in spans) == ["claim", "highlight", "note", "odd tag", "quote"]
for a, b, label in spans:
    if label == "odd tag":
        assert cut(a, b) == "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", (a, b)
    if label == "claim":
        assert cut(a, b) == "would open.\nDockworkers 😀 said"
assert rows[0] == ["file", "start", "end", "line", "tags", "note", "quote", "creator", "modified", "id", "reply_to", "created", "state", "verdict", "conflicts"]
assert len(rows) == 5
for r in rows[1:]:
    assert cut(int(r[1]), int(r[2])) == r[6], r
multi = [r for r in rows if r[4] == "claim;quote"][0]
assert multi[3] == "3"
assert [r for r in rows if r[4] == "odd tag"][0][5] == "line one\nline two"
PY
done
check "utf16 offsets differ beyond the BMP" sh -c "! cmp -s '$tmp/p.codepoint' '$tmp/p.utf16'"

# w3c counts code points, as its TextPositionSelector says: UTF-16 is
# refused, not written as code points without a word.
expect_status 2 "w3c refuses utf16 offsets" "$GALLEY" export --format=w3c --offsets=utf16 "$art"
"$GALLEY" export --format=w3c --offsets=utf16 "$art" >"$tmp/w3c16" 2>"$tmp/err"
check "saying why" grep -q 'w3c counts code points only' "$tmp/err"
check "writing nothing" test ! -s "$tmp/w3c16"

# w3c: one collection per file and line, absolute IRIs.
"$GALLEY" export --format=w3c "$art" "$tmp/in/other.txt" >"$tmp/w3c"
python3 - "$tmp/w3c" "$art" <<'PY' && pass "w3c: collections with absolute file IRIs" || fail "w3c export"
import json, os, sys
from urllib.parse import quote
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 2
c = json.loads(lines[0])
assert c["type"] == "AnnotationCollection" and c["id"].startswith("file:///")
items = c["first"]["items"]
assert len(items) == 4
want = "file://" + quote(os.path.realpath(sys.argv[2]))
assert all(a["target"]["source"] == want for a in items), items[0]["target"]["source"]
PY
# Absolute also for an article named relatively that has no sidecar yet
# (its collection's IRI named a host "bare" instead).
mkdir "$tmp/bare"
printf 'Not annotated.\n' >"$tmp/bare/plain.txt"
(cd "$tmp" && "$GALLEY" export --format=w3c bare/plain.txt) >"$tmp/w3c-rel"
check "w3c: absolute IRI without a sidecar, from a relative path" grep -q "^{[^}]*\"id\":\"file://$(realpath "$tmp")/bare/plain.txt.anno.json\"" "$tmp/w3c-rel"
expect_status 0 "w3c into a directory" "$GALLEY" export --format=w3c -o "$tmp/w3cdir" "$art"
check "w3c file written" test -s "$tmp/w3cdir/story.jsonld"
expect_status 2 "unknown export format" "$GALLEY" export --format=xml "$art"
expect_status 2 "unknown offsets" "$GALLEY" export --format=csv --offsets=bytes "$art"
# An option that takes one value, given twice with different values:
# which was meant is no one's guess (the last won silently), so a usage
# error that names it; the same value twice is that value, and --tag and
# --creator stay repeatable.
expect_status 2 "-o twice" "$GALLEY" export --format=jsonl -o "$tmp/o1" -o "$tmp/o2" "$art"
check "-o twice: said" grep -q "^galley export: -o is given twice, with different values" "$tmp/err"
check "-o twice: nothing written" test ! -e "$tmp/o1" -a ! -e "$tmp/o2"
expect_status 2 "--since twice" "$GALLEY" export --format=jsonl --since=2020-01-01 --since=2030-01-01 "$art"
check "--since twice: said" grep -q "^galley export: --since is given twice" "$tmp/err"
check "--since twice: nothing exported" test ! -s "$tmp/out"
expect_status 2 "--format twice" "$GALLEY" export --format=jsonl --format=csv "$art"
check "--format twice: said" grep -q "^galley export: --format is given twice" "$tmp/err"
expect_status 2 "--offsets twice" "$GALLEY" export --format=csv --offsets=utf16 --offsets=codepoint "$art"
check "--offsets twice: said" grep -q "^galley export: --offsets is given twice" "$tmp/err"
expect_status 0 "-o twice the same" "$GALLEY" export --format=jsonl -o "$tmp/o1" -o "$tmp/o1" --since=2020-01-01 --since=2020-01-01 "$art"
check "-o twice the same: written" test -s "$tmp/o1/story.jsonl"
expect_status 0 "--tag and --creator repeat" "$GALLEY" export --format=jsonl --tag=a --tag=b --creator=x --creator=y "$art"
finish
