#!/bin/sh
# galley export keeps what each format can hold and says what it drops:
# csv ids, reply_to, created and state with a row per reply; jsonl ids and
# notes per span; brat replies as AnnotatorNotes of their span; one line
# per kind of loss; Label Studio tasks in the shape its documentation
# gives; and the --tag, --creator and --since filters.
. "$top_srcdir/tests/cli/lib.sh"

mkdir "$tmp/in"
art=$tmp/in/story.txt
printf 'The harbour authority said the new quay 😀 would open in spring.\nDockworkers said they were satisfied with the agreement.\n' >"$art"
GALLEY_USER=Ann "$GALLEY" annotate "$art" --quote "new quay" --tag claim --note "Which quay?" >/dev/null || fail "annotate 1"
GALLEY_USER=Bob "$GALLEY" annotate "$art" --quote "Dockworkers" --tag source >/dev/null || fail "annotate 2"
GALLEY_USER=Ann "$GALLEY" annotate "$art" --quote "would open" --note "Says who?" >/dev/null || fail "annotate 3"
# Two replies to the first annotation, one answering the other, as the
# reader writes them (R); the last one was modified long ago.
python3 - "$art.anno.json" <<'PY' || fail "adding replies"
import json, sys
p = sys.argv[1]
c = json.load(open(p, encoding="utf-8"))
items = c["first"]["items"]
head = items[0]["id"]
def reply(i, target, who, text):
    return {"id": "urn:uuid:00000000-0000-4000-8000-00000000000%d" % i,
            "type": "Annotation", "motivation": "replying",
            "creator": {"type": "Person", "name": who},
            "created": "2026-01-0%dT00:00:00.000Z" % i,
            "modified": "2026-01-0%dT00:00:00.000Z" % i,
            "body": [{"type": "TextualBody", "purpose": "commenting",
                      "value": text, "format": "text/plain"}],
            "target": target}
items.append(reply(1, head, "Bob", "The north one"))
items.append(reply(2, items[-1]["id"], "Ann", "Thanks"))
items[1]["modified"] = "2001-01-01T00:00:00.000Z"
json.dump(c, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
check "five in the sidecar" sh -c "test \$('$GALLEY' annotations --format=json '$art' | grep -o '\"id\"' | wc -l) -eq 5"

# csv: every column, a row per reply under its annotation, no loss.
"$GALLEY" export --format=csv "$art" >"$tmp/csv" 2>"$tmp/csv.err" || fail "csv export"
check "csv loses nothing, says nothing" test ! -s "$tmp/csv.err"
python3 - "$tmp/csv" "$art.anno.json" <<'PY' && pass "csv: ids, reply_to, created, state; replies as rows" || fail "csv columns"
import csv, io, json, sys
rows = list(csv.DictReader(io.StringIO(open(sys.argv[1], encoding="utf-8", newline="").read())))
items = json.load(open(sys.argv[2], encoding="utf-8"))["first"]["items"]
assert sorted(r["id"] for r in rows) == sorted(i["id"] for i in items)
assert [r["reply_to"] for r in rows[:3]] == ["", items[0]["id"], items[3]["id"]], [r["reply_to"] for r in rows]
assert rows[0]["state"] == "anchored" and rows[1]["state"] == ""
assert rows[1]["note"] == "The north one" and rows[1]["creator"] == "Bob"
assert rows[1]["start"] == "" and rows[1]["quote"] == ""
assert all(r["created"] for r in rows)
PY

# jsonl: an id and the note per span; replies are said to be left out.
"$GALLEY" export --format=jsonl "$art" >"$tmp/jsonl" 2>"$tmp/jsonl.err" || fail "jsonl export"
check "jsonl says what it drops, with how many" grep -qx "galley: export: jsonl cannot hold replies: 2 replies left out" "$tmp/jsonl.err"
check "jsonl: creators left out, counted" grep -qx "galley: export: jsonl cannot hold creators: 3 annotations' creators left out" "$tmp/jsonl.err"
check "jsonl: times left out, counted" grep -qx "galley: export: jsonl cannot hold times: 3 annotations' times left out" "$tmp/jsonl.err"
check "jsonl keeps ids and notes: one line per loss, three" test "$(wc -l <"$tmp/jsonl.err")" -eq 3
python3 - "$tmp/jsonl" "$art.anno.json" <<'PY' && pass "jsonl: ids and notes per span" || fail "jsonl ids"
import json, sys
p = json.loads(open(sys.argv[1], encoding="utf-8").read())
items = json.load(open(sys.argv[2], encoding="utf-8"))["first"]["items"]
spans = {s["id"]: s for s in p["spans"]}
assert set(spans) == {i["id"] for i in items[:3]}
assert spans[items[0]["id"]]["note"] == "Which quay?"
assert "note" not in spans[items[1]["id"]]
PY
"$GALLEY" export --format=doccano "$art" >/dev/null 2>"$tmp/doccano.err" || fail "doccano export"
check "doccano: notes left out, counted" grep -qx "galley: export: doccano cannot hold notes: 2 notes left out" "$tmp/doccano.err"
check "doccano: replies left out, counted" grep -qx "galley: export: doccano cannot hold replies: 2 replies left out" "$tmp/doccano.err"
check "doccano: ids left out, counted" grep -qx "galley: export: doccano cannot hold ids: 3 annotations' ids left out" "$tmp/doccano.err"

# brat: replies are AnnotatorNotes of their annotation's first T line.
"$GALLEY" export --format=brat -o "$tmp/brat" "$art" 2>"$tmp/brat.err" || fail "brat export"
check "brat loses no reply" sh -c "! grep -q 'replies\\|notes' '$tmp/brat.err'"
# brat's T ids are its own: the ids of the three passages and of the two
# replies are lost, and so are the passages' creators (a reply's creator
# goes into its note) and everyone's times.
check "brat: ids left out, replies' too" grep -qx "galley: export: brat cannot hold ids: 5 annotations' ids left out" "$tmp/brat.err"
check "brat: the passages' creators left out" grep -qx "galley: export: brat cannot hold creators: 3 annotations' creators left out" "$tmp/brat.err"
check "brat: times left out" grep -qx "galley: export: brat cannot hold times: 5 annotations' times left out" "$tmp/brat.err"
python3 - "$tmp/brat/story.ann" <<'PY' && pass "brat: replies as AnnotatorNotes of their span" || fail "brat replies"
import sys
ts, notes = {}, {}
for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
    if line.startswith("T"):
        tid, mid, text = line.split("\t")
        ts[tid] = text
    elif line.startswith("#"):
        _, ref, note = line.split("\t")
        notes.setdefault(ref.split(" ")[1], []).append(note)
quay = [t for t, text in ts.items() if text == "new quay"][0]
assert notes[quay] == ["Which quay?", "Bob: The north one", "Ann: Thanks"], notes
PY

# Label Studio: the task shape of its documentation (guide/task_format,
# guide/predictions): {"data": {"text"}, "annotations": [{"result": [
# {"id", "from_name", "to_name", "type", "value": {"start", "end",
# "text", "labels"}}]}]}, offsets in UTF-16 code units; a note is a
# per-region textarea result with the region's id, value.text a list.
printf 'No annotations here.\n' >"$tmp/in/plain.txt"
"$GALLEY" export --format=labelstudio "$art" "$tmp/in/plain.txt" >"$tmp/ls" 2>"$tmp/ls.err" || fail "labelstudio export"
check "labelstudio: replies said to be left out" grep -qx "galley: export: labelstudio cannot hold replies: 2 replies left out" "$tmp/ls.err"
python3 - "$tmp/ls" <<'PY' && pass "labelstudio: the documented task shape, UTF-16 offsets" || fail "labelstudio shape"
import json, sys
tasks = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(tasks, list) and len(tasks) == 2
t = tasks[0]
assert set(t) == {"data", "annotations"} and isinstance(t["data"]["text"], str)
res = t["annotations"][0]["result"]
u = t["data"]["text"].encode("utf-16-le")
labels = [r for r in res if r["type"] == "labels"]
areas = [r for r in res if r["type"] == "textarea"]
assert len(labels) == 3 and len(areas) == 2
for r in res:
    assert {"id", "from_name", "to_name", "type", "value"} <= set(r), r
    assert r["to_name"] == "text"
    v = r["value"]
    assert u[2 * v["start"]:2 * v["end"]].decode("utf-16-le") == ("would open" if r["type"] == "textarea" and v["text"] == ["Says who?"] else v["text"] if r["type"] == "labels" else "new quay"), r
for r in labels:
    assert r["from_name"] == "label" and isinstance(r["value"]["labels"], list)
for r in areas:
    assert r["from_name"] == "note" and isinstance(r["value"]["text"], list)
    assert r["id"] in {l["id"] for l in labels}
assert sorted(l["value"]["labels"][0] for l in labels) == ["claim", "note", "source"]
# beyond the BMP: the emoji counts twice in UTF-16
assert [l for l in labels if l["value"]["text"] == "would open"][0]["value"]["start"] == t["data"]["text"].index("would open") + 1
assert tasks[1]["annotations"][0]["result"] == []
PY
# A file that fails first: the output is still one list, csv still has
# its header.
expect_status 2 "labelstudio: a missing file first" "$GALLEY" export --format=labelstudio "$tmp/in/missing.txt" "$art"
check "still a list of one task" python3 -c "import json,sys; assert len(json.load(open(sys.argv[1]))) == 1" "$tmp/out"
expect_status 2 "csv: a missing file first" "$GALLEY" export --format=csv "$tmp/in/missing.txt" "$art"
check "still the header first" sh -c "head -1 '$tmp/out' | grep -q '^file,start,end'"
expect_status 0 "labelstudio into a directory" "$GALLEY" export --format=labelstudio -o "$tmp/lsdir" "$art"
check "a file with one task" python3 -c "import json,sys; assert len(json.load(open(sys.argv[1]))) == 1" "$tmp/lsdir/story.labelstudio.json"

# Filters: replies go with their annotation.
"$GALLEY" export --format=csv --tag claim "$art" >"$tmp/f1" || fail "--tag"
check "--tag: the tagged annotation and its two replies" test "$(grep -c '^"' "$tmp/f1")" -eq 3
check "--tag: nothing else" sh -c "! grep -q Dockworkers '$tmp/f1'"
# --creator keeps the threads NAME took part in, as :by does in the
# reader: Bob's own annotation, and Ann's claim, which Bob answered (his
# reply is not left out because Ann made the head); the name in any case.
"$GALLEY" export --format=jsonl --creator Bob "$art" >"$tmp/f2" || fail "--creator"
check "--creator: Bob's annotation and the thread he answered" python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['spans']; assert sorted(x['label'] for x in s) == ['claim', 'source'], s" "$tmp/f2"
"$GALLEY" export --format=csv --creator bob "$art" >"$tmp/f2c" || fail "--creator csv"
check "--creator: Bob's reply goes out, whatever the case of his name" grep -q '"The north one","","Bob"' "$tmp/f2c"
check "--creator: a thread Bob had no part in stays out" sh -c "! grep -q 'Says who' '$tmp/f2c'"
"$GALLEY" export --format=jsonl --since 2020-06-01 "$art" >"$tmp/f3" || fail "--since"
check "--since: the one modified long ago is left out" python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['spans']; assert sorted(x['label'] for x in s) == ['claim', 'note'], s" "$tmp/f3"
# A reply made after DATE to an annotation made before it: the thread
# goes out, the new reply with it (an export of the week's work that
# left out this week's answers would lose them without a word).
mkdir "$tmp/old"
cp "$art" "$tmp/old/story.txt"
python3 - "$art.anno.json" "$tmp/old/story.txt.anno.json" <<'PY' || fail "ageing the annotations"
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
for a in c["first"]["items"]:
    if a["motivation"] != "replying":
        a["modified"] = "2001-01-01T00:00:00.000Z"
json.dump(c, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
"$GALLEY" export --format=csv --since 2026-01-02 "$tmp/old/story.txt" >"$tmp/f3c" || fail "--since csv"
check "--since: a new reply to an old annotation goes out" grep -q '"Thanks"' "$tmp/f3c"
check "--since: with its thread" grep -q '"Which quay?"' "$tmp/f3c"
check "--since: an old thread without news stays out" sh -c "! grep -q 'Says who' '$tmp/f3c' && ! grep -q Dockworkers '$tmp/f3c'"
# Another tool's times: an offset is taken into account, not compared
# as text (01:30+02:00 on the 2nd is still the 1st in UTC).
mkdir "$tmp/zone"
cp "$art" "$tmp/zone/story.txt"
python3 - "$art.anno.json" "$tmp/zone/story.txt.anno.json" "$tmp/zone/ids" <<'PY' || fail "zoning the annotations"
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
heads = [a for a in c["first"]["items"] if a["motivation"] != "replying"]
for a in c["first"]["items"]:
    a["modified"] = "2001-01-01T00:00:00Z"
heads[0]["modified"] = "2026-01-01T23:30:00-02:00"  # 2026-01-02T01:30Z
heads[1]["modified"] = "2026-01-02T01:30:00+02:00"  # 2026-01-01T23:30Z
json.dump(c, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
open(sys.argv[3], "w").write(heads[0]["id"] + "\n")
PY
"$GALLEY" export --format=w3c --since 2026-01-02 "$tmp/zone/story.txt" >"$tmp/f3z" || fail "--since with offsets"
check "--since: times with offsets compared in UTC" python3 -c "import json,sys; i=json.load(open(sys.argv[1]))['first']['items']; got=[a['id'] for a in i if a['motivation'] != 'replying']; want=open(sys.argv[2]).read().split(); assert got == want, (got, want)" "$tmp/f3z" "$tmp/zone/ids"
"$GALLEY" export --format=w3c --since 2020-06-01T10:00 --creator Ann "$art" >"$tmp/f4" || fail "--since w3c"
check "w3c filtered too, replies with their annotation" python3 -c "import json,sys; i=json.load(open(sys.argv[1]))['first']['items']; assert len(i) == 4, len(i)" "$tmp/f4"
# The Z of UTC, as galley writes times, after the seconds or minutes.
"$GALLEY" export --format=w3c --since 2020-06-01T10:00:00Z --creator Ann "$art" >"$tmp/f4z" || fail "--since with Z"
check "--since with a Z: the same as without" cmp -s "$tmp/f4" "$tmp/f4z"
"$GALLEY" export --format=w3c --since 2020-06-01T10:00Z --creator Ann "$art" >"$tmp/f4z" || fail "--since minutes with Z"
check "--since minutes with a Z: the same" cmp -s "$tmp/f4" "$tmp/f4z"
expect_status 2 "--since wants a date" "$GALLEY" export --format=csv --since yesterday "$art"
check "and says so" grep -q "since wants a UTC date" "$tmp/err"
expect_status 2 "--since: a day that does not exist" "$GALLEY" export --format=csv --since 2026-02-30 "$art"
check "and says it must exist" grep -q "since wants a UTC date or time that exists" "$tmp/err"
# A review is a reply with a verdict: a format that drops it names the
# verdicts it drops, apart from the answers; one that keeps replies says
# nothing of either.
mkdir "$tmp/rev"
cp "$art" "$art.anno.json" "$tmp/rev/"
head_id=$("$GALLEY" annotations --format=json "$tmp/rev/story.txt" | python3 -c "import json,sys; print([a['id'] for a in json.load(sys.stdin)['annotations'] if a['quote'] == 'Dockworkers'][0])")
GALLEY_USER=Cy "$GALLEY" annotate "$tmp/rev/story.txt" --reply-to "$head_id" --verdict rejected --note "Not a source" >/dev/null || fail "review"
for f in jsonl doccano labelstudio webanno; do
	"$GALLEY" export --format=$f -o "$tmp/rev/out" "$tmp/rev/story.txt" 2>"$tmp/rev/$f.err" || fail "$f export with a review"
	check "$f: the verdict said to be left out" grep -qx "galley: export: $f cannot hold reviews: 1 review left out" "$tmp/rev/$f.err"
	check "$f: the answers counted apart" grep -qx "galley: export: $f cannot hold replies: 2 replies left out" "$tmp/rev/$f.err"
done
for f in w3c csv brat; do
	"$GALLEY" export --format=$f -o "$tmp/rev/out" "$tmp/rev/story.txt" 2>"$tmp/rev/$f.err" || fail "$f export with a review"
	check "$f keeps the review, says nothing of it" sh -c "! grep -q 'reviews\|replies' '$tmp/rev/$f.err'"
done
# A --tag that is no tag, or an empty name, could never match: refused,
# not an empty export that looks like "nothing to send".
expect_status 2 "--tag that is no tag" "$GALLEY" export --format=csv --tag "fact check" "$art"
check "says what a tag is" grep -q "not a tag" "$tmp/err"
expect_status 2 "an empty --tag" "$GALLEY" export --format=csv --tag= "$art"
expect_status 2 "an empty --creator" "$GALLEY" export --format=csv --creator= "$art"
for bad in 2026-13-01 2026-00-10 2026-02-32 2026-12-01T24:00 2026-12-01T10:60; do
	expect_status 2 "--since refuses $bad" "$GALLEY" export --format=csv --since "$bad" "$art"
done
finish
