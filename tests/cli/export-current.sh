#!/bin/sh
# After the article changed, every export format places each annotation
# where `galley annotations` says it is now: w3c wrote the sidecar's
# offsets of the old text while csv gave the current ones.  An orphan
# has no place: w3c keeps its saved quote without a position, csv gives
# empty offsets, the span formats leave it out, as they leave out a
# fuzzy one (tests/cli/export-fuzzy.sh).
. "$top_srcdir/tests/cli/lib.sh"

art=$tmp/rates.txt
printf 'Rates\n\nPrices rose by 15 percent in the year to March, the office said.\nFood cost more than fuel.\nThe minister blamed the weather.\n' >"$art"
"$GALLEY" annotate "$art" --quote "15 percent" --tag statistic >/dev/null
"$GALLEY" annotate "$art" --quote "the office said" --tag source >/dev/null
id_c=$("$GALLEY" annotate "$art" --quote "Food cost more than fuel" --tag claim --note "Which food?")
"$GALLEY" annotate "$art" --reply-to "$id_c" --note "Bread, mostly." >/dev/null
"$GALLEY" annotate "$art" --quote "The minister blamed the weather" --tag quote >/dev/null
# "15" becomes a word five code points longer; the last line goes.
sed -i 's/15 percent/fifteen percent/; s/The minister blamed the weather\.//' "$art"

"$GALLEY" annotations --format=json "$art" >"$tmp/now" || fail "annotations"
"$GALLEY" clean --raw "$art" >"$tmp/raw" || fail "clean --raw"
"$GALLEY" export --format=w3c "$art" >"$tmp/w3c" 2>/dev/null || fail "w3c"
"$GALLEY" export --format=csv "$art" >"$tmp/csv" 2>/dev/null || fail "csv"
"$GALLEY" export --format=jsonl "$art" >"$tmp/jsonl" 2>/dev/null || fail "jsonl"
"$GALLEY" export --format=doccano "$art" >"$tmp/doccano" 2>/dev/null || fail "doccano"
"$GALLEY" export --format=labelstudio --offsets=codepoint "$art" >"$tmp/ls" 2>/dev/null || fail "labelstudio"
"$GALLEY" export --format=brat -o "$tmp/brat" "$art" 2>/dev/null || fail "brat"
"$GALLEY" export --format=w3c -o "$tmp/ld" "$art" 2>/dev/null || fail "w3c -o"

python3 - "$tmp" "$art" <<'PY' && pass "every format: the current offsets" || fail "export offsets"
import csv, hashlib, io, json, sys
tmp, art = sys.argv[1], sys.argv[2]
def read(name):
    return open(tmp + "/" + name, encoding="utf-8").read()
now = json.loads(read("now"))["annotations"]
raw = read("raw")
heads = {a["id"]: a for a in now if "reply_to" not in a}
states = sorted(a["state"] for a in heads.values())
assert states == ["fuzzy", "moved", "moved", "orphan"], states
place = {i: (a["start"], a["end"]) for i, a in heads.items() if a["state"] != "orphan"}
by_tag = {a["tags"][0]: place.get(a["id"]) for a in heads.values()}
# The span formats give only confirmed places: a fuzzy one is left out.
span_place = {i: p for i, p in place.items() if heads[i]["state"] != "fuzzy"}
span_tag = {a["tags"][0]: place[a["id"]] for a in heads.values() if a["id"] in span_place}
assert raw[slice(*by_tag["statistic"])] == "fifteen percent"
assert raw[slice(*by_tag["source"])] == "the office said"

for name in ("w3c", "ld/rates.jsonld"):
    c = json.loads(read(name))
    assert c["galley:source"]["sha256"] == hashlib.sha256(open(art, "rb").read()).hexdigest()
    assert c["galley:source"]["size"] == len(open(art, "rb").read())
    for item in c["first"]["items"]:
        if isinstance(item["target"], str):
            continue        # a reply: its place is its annotation's
        a = heads[item["id"]]
        assert item["galley:state"] == a["state"], item
        sel = {s["type"]: s for s in item["target"]["selector"]}
        q = sel["TextQuoteSelector"]
        if a["state"] == "orphan":
            assert "TextPositionSelector" not in sel, item
            assert q["exact"] == "The minister blamed the weather", q
            continue
        s, e = place[item["id"]]
        p = sel["TextPositionSelector"]
        assert (p["start"], p["end"]) == (s, e), (name, p, s, e)
        assert q["exact"] == raw[s:e], q
        assert q.get("prefix", "") == raw[max(0, s - 32):s], q
        assert q.get("suffix", "") == raw[e:e + 32], q

rows = list(csv.DictReader(io.StringIO(read("csv"))))
for r in rows:
    if r["reply_to"]:
        continue
    want = place.get(r["id"])
    got = (int(r["start"]), int(r["end"])) if r["start"] else None
    assert got == want, (r, want)

spans = json.loads(read("jsonl"))["spans"]
assert {s["id"]: (s["start"], s["end"]) for s in spans} == span_place, spans

labels = json.loads(read("doccano"))["label"]
assert {l[2]: (l[0], l[1]) for l in labels} == span_tag, labels

res = json.loads(read("ls"))[0]["annotations"][0]["result"]
got = {"urn:uuid:" + r["id"]: (r["value"]["start"], r["value"]["end"]) for r in res}
assert got == span_place, res

brat = {}
for line in read("brat/rates.ann").splitlines():
    if line.startswith("T"):
        _, span, text = line.split("\t")
        label, s, e = span.split(" ")
        brat[label] = (int(s), int(e))
        assert text == raw[int(s):int(e)], line
assert brat == span_tag, brat
PY
finish
