#!/bin/sh
# galley copies on a list story in three versions: the short lines of a
# plan and a table, too short to look up, are shared where they are found
# once in each version in the order of the shared paragraphs (b.txt puts
# five captions of its own before the list; c.txt adds a row); a line an
# unrelated story carries too ("Results") is not; code point offsets in
# JSON, the same passages in TSV; an annotation on a list line travels.
. "$top_srcdir/tests/cli/lib.sh"

cat >"$tmp/a.txt" <<'EOT'
Spring plan for the harbour run

The harbour running club published on Tuesday the plan its coaches use for the ten weeks before the spring race along the new quay.

Runners who follow it say the meals matter as much as the miles, and the club’s coach agrees that most beginners eat too little.

Plan A
Meal 1
Oat porridge
Meal 2
Green salad with café olives

Plan B
Meal 1
Rye bread
Meal 2
Bean soup

Results
1 Ann Lee 52
2 Bo Kim 48
3 Cy Dow 45
EOT
python3 - "$tmp" <<'EOP' || fail "writing b.txt and c.txt"
import sys
d = sys.argv[1]
a = open(d + "/a.txt", encoding="utf-8").read()
b = a.replace("Plan A\n", "Photo one\n\nPhoto two\n\nPhoto three\n\n"
              "Photo four\n\nPhoto five\n\nPlan A\n")
b = b.replace("Spring plan for the harbour run", "Harbour run: the coaches’ plan")
b = b.replace("most beginners", "many beginners")
c = a.replace("Results\n", "Results\n0 Dee Fox 60\n")
c = c.replace("club published", "club has published")
open(d + "/b.txt", "w", encoding="utf-8").write(b)
open(d + "/c.txt", "w", encoding="utf-8").write(c)
EOP
cat >"$tmp/d.txt" <<'EOT'
Meteorite found on a farm

A meteorite fell on a farm near the river and was found the next morning by two children playing in the field.

Results
EOT

expect_status 0 "json" "$GALLEY" copies --format=json "$tmp/d.txt" "$tmp/a.txt" "$tmp/b.txt" "$tmp/c.txt"
cp "$tmp/out" "$tmp/json"
check "json: every list line shared between every two versions, in place" python3 - "$tmp" <<'EOP'
import json, sys
d = sys.argv[1]
rows = [json.loads(l) for l in open(d + "/json", encoding="utf-8")]
name = lambda f: f.split("/")[-1]
assert [[name(f) for f in r["files"]] for r in rows] == [
    ["d.txt"], ["a.txt", "b.txt", "c.txt"]], rows
text = {f: open(d + "/" + f, encoding="utf-8").read()
        for f in ("a.txt", "b.txt", "c.txt")}
def line_no(f, start):
    """The line and the number of the lines like it before."""
    t = text[f]
    assert start == 0 or t[start - 1] == "\n", (f, start)
    line = t[start:t.index("\n", start)]
    return line, t[:start].split("\n").count(line)
pairs = set()
for s in rows[1]["shared"]:
    fa, fb = name(s["a"]["file"]), name(s["b"]["file"])
    la = line_no(fa, s["a"]["start"])
    lb = line_no(fb, s["b"]["start"])
    assert s["a"]["end"] - s["a"]["start"] == len(la[0]), s
    assert s["b"]["end"] - s["b"]["start"] == len(lb[0]), s
    if len(la[0]) < 40:		# a list line: with the same, the same one
        assert la == lb, (fa, la, fb, lb)
    pairs.add((fa, fb, la))
items = ["Plan A", "Oat porridge", "Green salad with café olives", "Plan B",
         "Rye bread", "Bean soup", "1 Ann Lee 52", "2 Bo Kim 48",
         "3 Cy Dow 45"]
for fa, fb in (("a.txt", "b.txt"), ("a.txt", "c.txt"), ("b.txt", "c.txt")):
    for item in items:
        assert (fa, fb, (item, 0)) in pairs, (fa, fb, item)
    for meal in ("Meal 1", "Meal 2"):
        for k in (0, 1):
            assert (fa, fb, (meal, k)) in pairs, (fa, fb, meal, k)
assert ("a.txt", "b.txt", ("Results", 0)) not in pairs
assert not any(p[2][0].startswith(("Photo", "0 Dee")) for p in pairs), pairs
EOP

expect_status 0 "tsv" "$GALLEY" copies "$tmp/d.txt" "$tmp/a.txt" "$tmp/b.txt" "$tmp/c.txt"
check "tsv: the passages of json" python3 - "$tmp" <<'EOP'
import json, sys
d = sys.argv[1]
js = sorted((s["a"]["file"], s["a"]["start"], s["a"]["end"], s["b"]["file"],
             s["b"]["start"], s["b"]["end"])
            for l in open(d + "/json", encoding="utf-8")
            for s in json.loads(l)["shared"])
ts = sorted((f[2], int(f[3]), int(f[4]), f[5], int(f[6]), int(f[7]))
            for f in (l.rstrip("\n").split("\t")
                      for l in open(d + "/out", encoding="utf-8"))
            if f[1] == "shared")
assert js == ts and len(js) > 40, (len(js), len(ts))
EOP
check "tsv: each pair of files' passages in text order" python3 - "$tmp" <<'EOP'
import sys
rows = [f for f in (l.rstrip("\n").split("\t")
                    for l in open(sys.argv[1] + "/out", encoding="utf-8"))
        if f[1] == "shared"]
pairs = [(f[2], f[5]) for f in rows]
# The rows of one pair of files are together, A's offsets ascending.
seen = []
for p in pairs:
    if not seen or seen[-1] != p:
        assert p not in seen, ("pair listed apart", p)
        seen.append(p)
for p in seen:
    starts = [int(f[3]) for f in rows if (f[2], f[5]) == p]
    assert starts == sorted(starts), (p, starts)
EOP

"$GALLEY" annotate "$tmp/a.txt" --quote "Rye bread" --note "gluten" \
    >/dev/null || fail "annotate a.txt"
expect_status 0 "travel" "$GALLEY" annotations --travel --format=json "$tmp/a.txt" "$tmp/b.txt"
check "travel: the list line's note is found in b.txt" python3 - "$tmp" <<'EOP'
import json, sys
d = sys.argv[1]
rows = [json.loads(l) for l in open(d + "/out", encoding="utf-8")]
t = rows[1]["travelled"]
text = open(d + "/b.txt", encoding="utf-8").read()
assert [text[e["start"]:e["end"]] for e in t] == ["Rye bread"], t
EOP
finish
