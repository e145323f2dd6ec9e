#!/bin/sh
# `galley annotations --format=json` writes its entries without jansson
# trees (a big sidecar's list spent a sixth of its time on them): the
# line must stay what jansson wrote, i.e. compact JSON with members in
# order, strings escaped as json_dumps escapes them.  Python's own
# compact dump of the parsed line is the reference here: for the text
# below (no control with a hex letter) both write the same bytes.
. "$top_srcdir/tests/cli/lib.sh"

art=$tmp/story.txt
printf 'Caf\303\251 owners said the \342\200\234new pier\342\200\235 would open.\nThe mayor disagreed.\n' >"$art"
note=$(printf 'a "quoted" note, \\ and caf\303\251')
id=$(GALLEY_USER='Ann "A." \' "$GALLEY" annotate "$art" --quote "new pier" \
    --tag claim --tag 'src/x' --note "$note") || fail "annotate"
GALLEY_USER=Bob "$GALLEY" annotate "$art" --reply-to "$id" --note "Which pier?" >/dev/null || fail "a reply"
GALLEY_USER=Cy "$GALLEY" annotate "$art" --reply-to "$id" --verdict accepted >/dev/null || fail "a review"
"$GALLEY" annotate "$art" --quote "mayor" >/dev/null || fail "no tags, no note"
# A note with a tab, a line break and U+0001, as another tool may write.
python3 - "$art.anno.json" <<'PY' || fail "editing the sidecar"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for i in d["first"]["items"]:
    for b in i.get("body", []):
        if b.get("value") == "Which pier?":
            b["value"] = "Which\tpier?\nThe old\u0001one"
json.dump(d, open(sys.argv[1], "w", encoding="utf-8"), indent=1)
PY
# An orphan: the mayor's sentence goes.
printf 'Caf\303\251 owners said the \342\200\234new pier\342\200\235 would open.\n' >"$art"
"$GALLEY" annotations --format=json "$art" >"$tmp/out" || fail "annotations"
check "each line as jansson writes it" python3 - "$tmp/out" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert len(lines) == 1, lines
v = json.loads(lines[0])
assert json.dumps(v, separators=(",", ":"), ensure_ascii=False) == lines[0], lines[0]
a = v["annotations"]
assert len(a) == 4, a
assert a[0]["tags"] == ["claim", "src/x"] and a[0]["verdict"] == "accepted", a[0]
assert a[0]["verdict_by"] == "Cy" and a[0]["creator"] == 'Ann "A." \\', a[0]
assert a[0]["note"] == 'a "quoted" note, \\ and caf\u00e9', a[0]
assert a[1]["note"] == "Which\tpier?\nThe old\u0001one", a[1]
assert a[3]["state"] == "orphan" and a[3]["start"] is None and a[3]["tags"] == [], a[3]
PY
finish
