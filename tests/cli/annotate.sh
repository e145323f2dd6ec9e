#!/bin/sh
# galley annotate and galley annotations: ranges and quotes in the decoded
# text, errors, the sidecar's W3C shape, the creator, and safe output.
. "$top_srcdir/tests/cli/lib.sh"

GALLEY_USER='Test Annotator'
export GALLEY_USER
art=$tmp/story.txt
printf 'Ünïcödé headline 日本\n\nThe harbour authority said that the new quay would open in the spring.\nDockworkers said the new quay was late.\n' >"$art"

expect_status 0 "annotate by range" "$GALLEY" annotate "$art" --range 0:7 --tag title
check "prints an urn:uuid id" grep -qE '^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' "$tmp/out"
id1=$(cat "$tmp/out")
expect_status 1 "an ambiguous quote is an error" "$GALLEY" annotate "$art" --quote "new quay" --tag claim
check "ambiguity explained" grep -q 'occurs 2 times' "$tmp/err"
expect_status 0 "--nth picks one" "$GALLEY" annotate "$art" --quote "new quay" --nth 2 --tag claim --tag 'second-tag' --note 'Which quay?
Second line.'
id2=$(cat "$tmp/out")
expect_status 1 "a missing quote is an error" "$GALLEY" annotate "$art" --quote "no such words"
check "message names the file" grep -q "galley: $art: the quote is not in the text" "$tmp/err"
expect_status 1 "--nth past the last" "$GALLEY" annotate "$art" --quote "harbour" --nth 2
expect_status 1 "a range past the end" "$GALLEY" annotate "$art" --range 10:100000
expect_status 1 "an empty range" "$GALLEY" annotate "$art" --range 5:5
expect_status 2 "a malformed range" "$GALLEY" annotate "$art" --range 5-9
expect_status 2 "range and quote together" "$GALLEY" annotate "$art" --range 1:2 --quote x
# A repeated option with another value would win silently: refused,
# naming it; the same value twice is that value.
expect_status 2 "--range twice" "$GALLEY" annotate "$art" --range 1:2 --range 3:4 --tag x
check "--range twice: said" grep -q "galley annotate: --range is given twice, with different values" "$tmp/err"
expect_status 2 "--note twice" "$GALLEY" annotate "$art" --range 1:2 --note a --note b
check "--note twice: said" grep -q "galley annotate: --note is given twice" "$tmp/err"
expect_status 2 "--nth twice" "$GALLEY" annotate "$art" --quote "new quay" --nth 1 --nth 2 --tag x
check "--nth twice: said" grep -q "galley annotate: --nth is given twice" "$tmp/err"
check "--nth twice: nothing saved" sh -c "! grep -q '\"x\"' '$art.anno.json'"
# (in a directory of its own, gone after: the listing of $tmp below
# counts its articles)
mkdir "$tmp/same"
cp "$art" "$tmp/same/story.txt"
expect_status 0 "--range twice the same" "$GALLEY" annotate "$tmp/same/story.txt" --range 1:2 --range 1:2 --tag x
check "--range twice the same: saved" grep -q '"x"' "$tmp/same/story.txt.anno.json"
rm -r "$tmp/same"
# An apostrophe typed straight finds the curly one news copy has, and
# the other way round, as the reader's search does, when the exact text
# is nowhere; the passage keeps the text's own (a QA pass: "Djoliba's"
# was "not in the text").  The exact text, where it is, is the quote.
mkdir "$tmp/apos"
apos=$tmp/apos/a.txt
printf 'Djoliba\342\200\231s capital, and the mayor\342\200\231s office.\n\nThe mayor\047s aide.\n' >"$apos"
expect_status 0 "a straight apostrophe finds a curly one" "$GALLEY" annotate "$apos" --quote "Djoliba's" --tag x
expect_status 0 "a curly apostrophe finds a straight one" "$GALLEY" annotate "$apos" --quote "The mayor’s aide" --tag y
expect_status 0 "the exact text first" "$GALLEY" annotate "$apos" --quote "mayor's" --tag z
expect_status 1 "case is kept" "$GALLEY" annotate "$apos" --quote "djoliba's" --tag v
"$GALLEY" annotations "$apos" >"$tmp/apos.gnu"
check "the quote is the text's" grep -q '^.*:1\.1-1\.10: anchored: x: "Djoliba’s"$' "$tmp/apos.gnu"
check "the other way round" grep -q "^.*:3\.1-3\.17: anchored: y: \"The mayor's aide\"$" "$tmp/apos.gnu"
check "the exact text, not the curly one" grep -q "^.*:3\.5-3\.12: anchored: z: \"mayor's\"$" "$tmp/apos.gnu"
# Quotation marks likewise: "no" typed finds the text's curly “no”.
printf 'She said \342\200\234no\342\200\235 twice.\n' >"$tmp/apos/q.txt"
expect_status 0 "straight quotation marks find curly ones" "$GALLEY" annotate "$tmp/apos/q.txt" --quote '"no"' --tag q
rm -r "$tmp/apos"
expect_status 2 "annotations --format twice" "$GALLEY" annotations --format=json --format=gnu "$art"
check "annotations --format twice: said" grep -q "galley annotations: --format is given twice" "$tmp/err"
check "annotations --format twice: nothing listed" test ! -s "$tmp/out"
expect_status 0 "annotations --format twice the same" "$GALLEY" annotations --format=json --format=json "$art"
check "annotations --format twice the same: json" grep -q '^{"file"' "$tmp/out"
expect_status 2 "no passage" "$GALLEY" annotate "$art" --tag x
expect_status 2 "a tag with a newline" "$GALLEY" annotate "$art" --range 1:2 --tag 'a
b'
expect_status 2 "an empty tag" "$GALLEY" annotate "$art" --range 1:2 --tag ''
check "an empty tag: said so" grep -q 'galley annotate: the tag is empty' "$tmp/err"
expect_status 2 "an empty quote" "$GALLEY" annotate "$art" --quote ''
check "an empty quote: said so" grep -q 'galley annotate: the quote is empty' "$tmp/err"
expect_status 2 "standard input has no sidecar" "$GALLEY" annotate - --range 1:2
expect_status 2 "nor annotations to list" "$GALLEY" annotations -
expect_status 2 "a missing file" "$GALLEY" annotate "$tmp/none.txt" --range 1:2
check "no sidecar for a missing file" test ! -e "$tmp/none.txt.anno.json"

# The listing: offsets in code points, lines, tags, note, quote, state.
"$GALLEY" annotations --format=json "$art" >"$tmp/list.json"
python3 - "$tmp/list.json" "$id1" "$id2" <<'PY' && pass "annotations --format=json" || fail "annotations --format=json"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 1
o = json.loads(lines[0])
assert list(o) == ["file", "annotations"], list(o)
a, b = o["annotations"]
keys = ["id", "start", "end", "line", "tags", "note", "quote", "creator", "modified", "state", "verdict"]
assert list(a) == keys, list(a)
assert a["id"] == sys.argv[2] and b["id"] == sys.argv[3]
assert (a["start"], a["end"], a["line"], a["quote"]) == (0, 7, 1, "Ünïcödé")
assert a["tags"] == ["title"] and a["note"] is None
text = "Ünïcödé headline 日本\n\nThe harbour authority said that the new quay would open in the spring.\nDockworkers said the new quay was late.\n"
second = text.index("new quay", text.index("new quay") + 1)
assert (b["start"], b["end"], b["line"]) == (second, second + 8, 4), b
assert b["tags"] == ["claim", "second-tag"] and b["note"] == "Which quay?\nSecond line."
assert a["state"] == b["state"] == "anchored"
assert a["creator"] == "Test Annotator"
PY

# The sidecar: the W3C shape the issue asks for.
python3 - "$art.anno.json" <<'PY' && pass "sidecar has the W3C shape" || fail "sidecar W3C shape"
import json, re, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
assert c["@context"] == "http://www.w3.org/ns/anno.jsonld"
assert c["type"] == "AnnotationCollection" and c["id"].startswith("urn:uuid:")
assert c["first"]["type"] == "AnnotationPage"
assert c["total"] == len(c["first"]["items"]) == 2
iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
for a in c["first"]["items"]:
    assert re.match(r"^urn:uuid:[0-9a-f-]{36}$", a["id"])
    assert a["type"] == "Annotation"
    assert a["motivation"] in ("tagging", "commenting", "highlighting", "replying")
    assert a["creator"] == {"type": "Person", "name": "Test Annotator"}
    assert iso.match(a["created"]) and iso.match(a["modified"])
    for body in a["body"]:
        assert body["type"] == "TextualBody" and body["purpose"] in ("tagging", "commenting")
    t = a["target"]
    assert t["source"] == "story.txt"
    kinds = {s["type"]: s for s in t["selector"]}
    q, p = kinds["TextQuoteSelector"], kinds["TextPositionSelector"]
    assert len(q.get("prefix", "")) <= 32 and len(q.get("suffix", "")) <= 32
    assert p["end"] - p["start"] == len(q["exact"])
a, b = c["first"]["items"]
assert a["motivation"] == "tagging" and b["motivation"] == "commenting"
assert [x["value"] for x in b["body"] if x["purpose"] == "tagging"] == ["claim", "second-tag"]
assert [x["value"] for x in b["body"] if x["purpose"] == "commenting"] == ["Which quay?\nSecond line."]
assert b["target"]["selector"][0]["suffix"].startswith(" was late.")
src = c["galley:source"]
data = open(sys.argv[1][:-len(".anno.json")], "rb").read()
import hashlib
assert src["size"] == len(data) and src["sha256"] == hashlib.sha256(data).hexdigest()
PY
check "the previous version is kept as .bak" python3 -c "import json,sys; c=json.load(open(sys.argv[1])); assert len(c['first']['items']) == 1" "$art.anno.json.bak"

# gnu format, with control characters in the note made visible.
expect_status 2 "a note with an escape character is refused" "$GALLEY" annotate "$art" --range 8:16 --note "$(printf 'evil \033[2J note')"
# Another tool may still write one into a sidecar.
"$GALLEY" annotate "$art" --range 8:16 --note "evil" >/dev/null
python3 - "$art.anno.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
for a in c["first"]["items"]:
    for b in a.get("body", []):
        if b["value"] == "evil":
            b["value"] = "evil \x1b[2J note"
json.dump(c, open(sys.argv[1], "w", encoding="utf-8"))
PY
"$GALLEY" annotations "$art" >"$tmp/gnu"
check "gnu: file:line.col-line.col: state" grep -q "^$art:1.1-1.8: anchored: title: \"Ünïcödé\"$" "$tmp/gnu"
check "gnu: tags and first line of the note, marked as going on" grep -q "^$art:4.22-4.30: anchored: claim,second-tag: Which quay?... \"new quay\"$" "$tmp/gnu"
check "gnu: no escape character reaches the terminal" sh -c "! grep -q \"$(printf '\033')\" '$tmp/gnu'"
check "gnu: the escape shown as a placeholder" grep -q 'evil ␛\[2J note' "$tmp/gnu"
# Columns as the GNU Coding Standards count them: 日本 is four wide.
"$GALLEY" annotate "$art" --range 17:19 --tag wide >/dev/null
"$GALLEY" annotations "$art" >"$tmp/gnu"
check "gnu: columns of wide characters are screen columns" grep -q "^$art:1.18-1.22: anchored: wide: \"日本\"$" "$tmp/gnu"

# The creator from the config file, else login@host.
mkdir -p "$tmp/cfg/galley"
printf '# galley\nuser = Config Person\n' >"$tmp/cfg/galley/config"
env -u GALLEY_USER XDG_CONFIG_HOME="$tmp/cfg" "$GALLEY" annotate "$art" --range 1:3 >/dev/null
env -u GALLEY_USER XDG_CONFIG_HOME="$tmp/nocfg" HOME="$tmp/nohome" "$GALLEY" annotate "$art" --range 2:4 >/dev/null
"$GALLEY" annotations --format=json "$art" >"$tmp/list2.json"
check "creator from the config file" grep -q '"creator":"Config Person"' "$tmp/list2.json"
check "creator falls back to login@host" grep -q "\"creator\":\"[^\"]*@$(hostname)\"" "$tmp/list2.json"

# A full disk (here: a file size limit, the write fails with EFBIG): a
# clear message, exit 2, the old sidecar intact, nothing left behind.
cp "$art.anno.json" "$tmp/before-full"
(trap '' XFSZ; ulimit -f 1; exec "$GALLEY" annotate "$art" --range 0:3 --tag full) >"$tmp/out" 2>"$tmp/err"
check "a failed write exits 2" test $? -eq 2
check "a failed write says why and that the annotation was not saved" grep -q "cannot write the sidecar: File too large; the annotation was not saved" "$tmp/err"
check "a failed write leaves the sidecar as it was" cmp -s "$art.anno.json" "$tmp/before-full"
check "a failed write prints no id" test ! -s "$tmp/out"
check "a failed write leaves no temporary file" test ! -e "$tmp/.story.txt.anno.json.tmp"

# A directory lists every article; the sidecars are not articles.
expect_status 0 "annotations of a directory" "$GALLEY" annotations --format=json "$tmp"
check "one line per article" test "$(wc -l <"$tmp/out")" -eq 1
expect_status 2 "unknown format" "$GALLEY" annotations --format=xml "$art"

mkdir -p "$tmp/bidi"
printf 'Headline\n\nThe council said \342\200\256 reversed \302\233 text here.\n' >"$tmp/bidi/b.txt"
# A note with an escape sequence is refused, and the message says why.
expect_status 2 "a note with an escape sequence refused" "$GALLEY" annotate "$tmp/bidi/b.txt" --quote said --note "$(printf 'x\033]0;HACK\007y')"
check "the message names the control character" grep -q "the note holds a control character" "$tmp/err"
# So is an annotator's name with one (it was stored raw as the creator).
cp "$tmp/bidi/b.txt.anno.json" "$tmp/bidi.before" 2>/dev/null || : >"$tmp/bidi.before"
expect_status 2 "GALLEY_USER with an escape sequence refused" env GALLEY_USER="$(printf 'Evil\033[31m')" "$GALLEY" annotate "$tmp/bidi/b.txt" --quote said --note x
check "the message names GALLEY_USER" grep -q "GALLEY_USER.*control character" "$tmp/err"
check "nothing saved" sh -c "cmp -s '$tmp/bidi.before' '$tmp/bidi/b.txt.anno.json' || { test ! -e '$tmp/bidi/b.txt.anno.json' && test ! -s '$tmp/bidi.before'; }"
expect_status 2 "a note that is not UTF-8 refused" "$GALLEY" annotate "$tmp/bidi/b.txt" --quote said --note "$(printf 'caf\351')"
check "the message says it is not UTF-8" grep -q "the note is not valid UTF-8 text" "$tmp/err"

# A quoted passage with a bidi override and a C1 control (CSI): the list
# shows them, it never prints them for the terminal to obey.
expect_status 0 "annotate a passage with controls" "$GALLEY" annotate "$tmp/bidi/b.txt" --quote 'said' --tag x
expect_status 0 "annotate the controls themselves" "$GALLEY" annotate "$tmp/bidi/b.txt" --range 27:41 --tag y
expect_status 0 "list them" "$GALLEY" annotations "$tmp/bidi/b.txt"
check "the bidi override shown" grep -q "$(printf '\357\277\275 reversed')" "$tmp/out"
check "no bidi override printed" sh -c "! grep -q \"\$(printf '\342\200\256')\" '$tmp/out'"
check "no C1 control printed" sh -c "! grep -q \"\$(printf '\302\233')\" '$tmp/out'"
# CSV shown on a terminal (script(1) gives it one) shows them too; in a
# file it is data and keeps them (export-roundtrip.sh).
script -qec "$GALLEY export --format=csv $tmp/bidi/b.txt" /dev/null >"$tmp/out"
check "export them as CSV on a terminal" grep -q 'said' "$tmp/out"
check "no bidi override in the CSV on a terminal" sh -c "! grep -q \"\$(printf '\342\200\256')\" '$tmp/out'"
"$GALLEY" export --format=csv "$tmp/bidi/b.txt" >"$tmp/out"
check "the bidi override kept in a CSV file" grep -q "$(printf '\342\200\256')" "$tmp/out"

# HTML: the GNU listing gives the page's own lines and columns, as galley
# check does (vim -q lands on the passage), plain and --travel.
mkdir "$tmp/html"
cat >"$tmp/html/p.html" <<'EOT'
<!DOCTYPE html>
<html><head><title>Quay</title>
<style>
p { margin: 0 }
</style>
</head>
<body>
<article>
<h1>Quay to open in spring</h1>
<p>The harbour authority in Saint-Etienne said on Tuesday that the new quay would open in the spring.</p>
<p>Dockworkers said they were satisfied with the agreement reached with the port operators last week, and the union said it would put the agreement to a vote of all its members at the start of May after two long years of talks.</p>
</article>
</body></html>
EOT
sed 's/satisfied/pleased/' "$tmp/html/p.html" >"$tmp/html/q.html"
"$GALLEY" annotate "$tmp/html/p.html" --quote "satisfied with the agreement" --tag s >/dev/null || fail "annotate p.html"
expect_status 0 "html: annotations listed" "$GALLEY" annotations "$tmp/html/p.html"
check "html: the page's own line and columns" grep -q "p\.html:11\.31-11\.59: anchored: s: \"satisfied with the agreement\"" "$tmp/out"
expect_status 0 "html --travel: listed" "$GALLEY" annotations --travel "$tmp/html/p.html" "$tmp/html/q.html"
check "html --travel: the page's own line and columns" grep -q "q\.html:11\.31-11\.57: from " "$tmp/out"

# Listed in the order of the text, whatever the order they were made in
# (as the reader's annotations view): a FILE:LINE list for a quickfix
# window does not jump back and forth.
printf 'Headline of the order test\n\nFirst paragraph names Koulanta.\n\nSecond paragraph has thirty soldiers.\n\nThird paragraph criticised the junta.\n' \
    >"$tmp/o.txt"
for q in "criticised the junta" "thirty soldiers" "Koulanta"; do
	"$GALLEY" annotate "$tmp/o.txt" --quote "$q" --tag t >/dev/null ||
	    fail "annotate $q"
done
expect_status 0 "listed in text order" "$GALLEY" annotations "$tmp/o.txt"
expect_status 2 "--nth without --quote" "$GALLEY" annotate "$tmp/o.txt" --range 0:3 --nth 2 --tag x
check "says what is wrong" grep -q -- "--nth goes with --quote" "$tmp/err"
expect_status 0 "listed in text order" "$GALLEY" annotations "$tmp/o.txt"
check "text order: lines 3, 5, 7" \
    test "$(cut -d: -f2 "$tmp/out" | cut -d. -f1 | tr '\n' ' ')" = "3 5 7 "

# Standard output full: the annotation is saved, so the status is not a
# failure's (a script that retried made a second one); the message
# gives the id that was saved.
printf 'Headline\n\nThe port reopened on Monday.\n' >"$tmp/full.txt"
"$GALLEY" annotate "$tmp/full.txt" --quote port --tag place >/dev/full 2>"$tmp/err"
check "id not printed: exit status 3" test $? -eq 3
"$GALLEY" annotations --format=json "$tmp/full.txt" >"$tmp/full.json"
check "saved once" test "$(grep -o '"id":' "$tmp/full.json" | wc -l)" -eq 1
id=$(grep -o 'urn:uuid:[0-9a-f-]*' "$tmp/full.json" | head -1)
check "the message says it was saved, with its id" grep -q "annotation $id saved, but its id could not be written" "$tmp/err"
finish
