#!/bin/sh
# galley annotations --travel: the annotations other files made on the
# paragraphs a file shares with them, found in its version (a word edited
# inside the quote), code point offsets in JSON, a quote the version cut
# left out, nothing written to the file's own sidecar; a paragraph split
# or joined in the other version.
. "$top_srcdir/tests/cli/lib.sh"

cat >"$tmp/a.txt" <<'EOT'
Quay to open in spring

The harbour authority in Saint-Étienne said on Tuesday that the new quay would open in the spring, after two years of delays.

Dockworkers said they were satisfied with the agreement reached with the port’s operators last week. The union will vote on it in May.

The mayor called the quay “the first step” of a larger plan for the old docks.
EOT
cat >"$tmp/b.txt" <<'EOT'
Harbour deal: new quay opens soon

The harbour authority in Saint-Étienne said on Tuesday that the new quay would open in the spring, after two years of delays.

Dockworkers said they were pleased with the agreement reached with the port’s operators last week.

The mayor called the quay “the first step” of a larger plan for the old docks.
EOT
cat >"$tmp/c.txt" <<'EOT'
Meteorite found on a farm

A meteorite fell on a farm near the river and was found the next morning by two children playing in the field.
EOT

"$GALLEY" annotate "$tmp/a.txt" --quote "satisfied with the agreement" \
    --tag wire --note "check the verb" >/dev/null || fail "annotate a.txt"
"$GALLEY" annotate "$tmp/a.txt" --quote "The union will vote" \
    --note "cut by some" >/dev/null || fail "annotate a.txt again"
"$GALLEY" annotate "$tmp/a.txt" --quote "Saint-Étienne" >/dev/null ||
    fail "annotate a.txt a third time"

expect_status 0 "gnu" "$GALLEY" annotations --travel "$tmp/a.txt" "$tmp/b.txt" "$tmp/c.txt"
check "gnu: two travelled to b.txt, none to a.txt or c.txt" awk '
	/a\.txt:[0-9]/ && !/from/ { bad++ } /^[^:]*b\.txt:/ { b++ }
	/^[^:]*(a|c)\.txt:/ { other++ }
	END { exit !(b == 2 && other == 0 && bad == 0) }' "$tmp/out"
check "gnu: where it is in b.txt, where it comes from, tags, note, quote" \
    grep -q "b\.txt:5\.28-5\.54: from .*a\.txt by .*: wire: check the verb \"pleased with the agreement\"$" "$tmp/out"
check "gnu: a quote b.txt cut is not shown" sh -c '! grep -q "union" "$1"' sh "$tmp/out"
check "b.txt has no sidecar" test ! -e "$tmp/b.txt.anno.json"

expect_status 0 "json" "$GALLEY" annotations --travel --format=json "$tmp/a.txt" "$tmp/b.txt" "$tmp/c.txt"
check "json: code point offsets into b.txt's text" python3 - "$tmp" <<'EOP'
import json, sys
d = sys.argv[1]
rows = [json.loads(l) for l in open(d + "/out", encoding="utf-8")]
assert [r["file"].split("/")[-1] for r in rows] == ["a.txt", "b.txt", "c.txt"], rows
assert rows[0]["travelled"] == [] and rows[2]["travelled"] == [], rows
t = rows[1]["travelled"]
text = open(d + "/b.txt", encoding="utf-8").read()
quotes = sorted(text[e["start"]:e["end"]] for e in t)
assert quotes == ["Saint-Étienne", "pleased with the agreement"], quotes
for e in t:
    assert e["from"].endswith("a.txt") and e["state"] == "travelled", e
    assert e["quote"] == text[e["start"]:e["end"]], e
w = [e for e in t if e["tags"] == ["wire"]][0]
assert w["note"] == "check the verb", w
EOP

expect_status 2 "standard input" "$GALLEY" annotations --travel "$tmp/a.txt" -
check "standard input: said" grep -q "standard input" "$tmp/err"
expect_status 2 "a missing file" "$GALLEY" annotations --travel --format=json "$tmp/a.txt" "$tmp/none.txt"
check "a missing file: named" grep -q "none.txt" "$tmp/err"
check "a missing file: the rest printed" grep -q '"travelled":\[\]' "$tmp/out"

# A damaged sidecar is said (file and problem) and exits 2, as the plain
# listing does; it is never written.
cp "$tmp/a.txt.anno.json" "$tmp/a.good"
sed 's/"type"/"type/' "$tmp/a.good" >"$tmp/a.txt.anno.json"
cp "$tmp/a.txt.anno.json" "$tmp/a.damaged"
expect_status 2 "damaged sidecar: gnu exits 2" "$GALLEY" annotations --travel "$tmp/a.txt" "$tmp/b.txt"
check "damaged sidecar: file named" grep -q "a\.txt\.anno\.json" "$tmp/err"
"$GALLEY" annotations "$tmp/a.txt" >/dev/null 2>"$tmp/plain.err"
check "damaged sidecar: the problem as the plain listing says it" cmp -s "$tmp/err" "$tmp/plain.err"
expect_status 2 "damaged sidecar: json exits 2" "$GALLEY" annotations --travel --format=json "$tmp/a.txt" "$tmp/b.txt"
check "damaged sidecar: json has the error" python3 -c '
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert "a.txt.anno.json" in rows[0]["error"], rows[0]
assert "error" not in rows[1], rows[1]' "$tmp/out"
check "damaged sidecar: never written" cmp -s "$tmp/a.txt.anno.json" "$tmp/a.damaged"
cp "$tmp/a.good" "$tmp/a.txt.anno.json"

# A paragraph the other version split, and one it joined to the one
# before (as galley compare finds them): the quotes travel to the part
# and into the whole.
. "$top_srcdir/tests/cli/parts-lib.sh"
parts_versions "$tmp/parts"
"$GALLEY" annotate "$tmp/parts/s.txt" --quote "queues formed at petrol" \
    --tag split >/dev/null || fail "annotate the lede"
"$GALLEY" annotate "$tmp/parts/s.txt" --quote "taxi drivers raised their fares" \
    --tag joined >/dev/null || fail "annotate the paragraph joined"
expect_status 0 "split and joined" "$GALLEY" annotations --travel --format=json "$tmp/parts/s.txt" "$tmp/parts/t.txt"
check "split and joined: both quotes in t.txt, where its text has them" \
    python3 - "$tmp/parts" "$tmp/out" <<'EOP'
import json, sys
d = sys.argv[1]
rows = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
text = open(d + "/t.txt", encoding="utf-8").read()
got = sorted((e["tags"][0], e["start"], e["end"]) for e in rows[1]["travelled"])
want = []
for tag, quote, para in (("joined", "taxi drivers raised their fares", "Bus companies"),
                         ("split", "queues formed at petrol", "Long queues")):
    start = text.index(quote, text.index(para))
    want.append((tag, start, start + len(quote)))
assert got == want, (got, want)
EOP

# A note of several lines: its first line, marked as going on.
"$GALLEY" annotate "$tmp/a.txt" --quote "the first step" --note 'quoted
from the mayor' >/dev/null || fail "annotate a multi-line note"
"$GALLEY" annotations --travel "$tmp/a.txt" "$tmp/b.txt" >"$tmp/out"
check "multi-line note: first line and ..." grep -q 'b\.txt:.*: -: quoted\.\.\. "the first step"$' "$tmp/out"
finish
