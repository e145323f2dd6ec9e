#!/bin/sh
# galley copies: story groups and shared passages, offsets in code points
# of each file's text, a file sharing nothing a group of one, a paragraph
# split or joined shared with its parts, TSV, errors.
. "$top_srcdir/tests/cli/lib.sh"

cat >"$tmp/a.txt" <<'EOT'
Quay to open in spring

The harbour authority in Saint-Étienne said on Tuesday that the new quay would open in the spring, after two years of delays caused by storms.

Dockworkers, who had threatened to strike over the plans, said they were satisfied with the agreement reached with the port’s operators.

The mayor called the quay “the first step” of a larger plan for the waterfront and the old warehouses.
EOT
cat >"$tmp/b.txt" <<'EOT'
Harbour deal: new quay opens soon

Dockworkers, who had threatened to strike over the plans, said they were SATISFIED with the agreement reached with the port's operators last week.

The harbour authority in Saint-Étienne said on Tuesday that the new quay would open in the spring, after two years of delays caused by storms.
EOT
cat >"$tmp/c.txt" <<'EOT'
Meteorite found on a farm

A meteorite fell on a farm near the river and was found the next morning by two children playing in the field.

Scientists from the university came to collect the fragments, which they say are about four billion years old.
EOT

expect_status 0 "three files" "$GALLEY" copies --format=json "$tmp/a.txt" "$tmp/b.txt" "$tmp/c.txt"
check "json: two groups, the right passages at the right offsets" python3 - "$tmp" <<'EOP'
import json, sys
d = sys.argv[1]
rows = [json.loads(l) for l in open(d + "/out", encoding="utf-8")]
text = {f: open(d + "/" + f, encoding="utf-8").read() for f in ("a.txt", "b.txt", "c.txt")}
def para(f, start):
    t = text[f]
    s = t.index(start)
    return s, t.index("\n", s)
assert [r["group"] for r in rows] == [1, 2], rows
assert [f.split("/")[-1] for f in rows[0]["files"]] == ["a.txt", "b.txt"]
assert [f.split("/")[-1] for f in rows[1]["files"]] == ["c.txt"]
assert rows[1]["shared"] == []
got = sorted((s["a"]["start"], s["a"]["end"], s["b"]["start"], s["b"]["end"])
             for s in rows[0]["shared"])
want = sorted([para("a.txt", "The harbour") + para("b.txt", "The harbour"),
               para("a.txt", "Dockworkers") + para("b.txt", "Dockworkers")])
assert got == want, (got, want)
for s in rows[0]["shared"]:
    assert s["a"]["file"].endswith("a.txt") and s["b"]["file"].endswith("b.txt")
    assert 0.45 <= s["similarity"] <= 1, s
EOP

expect_status 0 "tsv" "$GALLEY" copies "$tmp/a.txt" "$tmp/b.txt" "$tmp/c.txt"
check "tsv: files and passages" awk -F '\t' '
	$2 == "file" { files++ } $2 == "shared" && NF == 9 { shared++ }
	END { exit !(files == 3 && shared == 2) }' "$tmp/out"
check "tsv: c.txt alone in group 2" grep -q "^2	file	.*c.txt$" "$tmp/out"

# A paragraph one version split in two and two it joined in one: each
# part is shared with its whole, as galley compare finds them (split,
# joined), though the part is too small a share of the whole to match
# it alone.
. "$top_srcdir/tests/cli/parts-lib.sh"
parts_versions "$tmp/parts"
expect_status 0 "split and joined" "$GALLEY" copies "$tmp/parts/s.txt" "$tmp/parts/t.txt"
check "split and joined: each part shared with its whole, nothing else" \
    python3 - "$tmp/parts" "$tmp/out" <<'EOP'
import sys
d, out = sys.argv[1], sys.argv[2]
text = {f: open(d + "/" + f, encoding="utf-8").read() for f in ("s.txt", "t.txt")}
def para(f, start):
    t = text[f]
    s = t.index(start)
    return (s, t.index("\n", s))
got = sorted(tuple(int(x) for x in (r[3], r[4], r[6], r[7]))
             for r in (l.rstrip("\n").split("\t") for l in open(out))
             if r[1] == "shared")
whole = para("s.txt", "Long queues")
joined = para("t.txt", "Bus companies")
want = sorted([whole + para("t.txt", "Long queues"),
               whole + para("t.txt", "Drivers said"),
               para("s.txt", "The energy") + para("t.txt", "The energy"),
               para("s.txt", "Bus companies") + joined,
               para("s.txt", "Bakeries") + joined])
assert got == want, (got, want)
EOP

expect_status 2 "a missing file" "$GALLEY" copies --format=json "$tmp/a.txt" "$tmp/none.txt"
check "a missing file: named" grep -q "none.txt" "$tmp/err"
check "a missing file: the rest printed" grep -q '"group":1' "$tmp/out"
expect_status 2 "no file" "$GALLEY" copies
expect_status 2 "bad format" "$GALLEY" copies --format=xml "$tmp/a.txt"
expect_status 0 "--help" "$GALLEY" copies --help
check "--help: usage" grep -q "Usage: galley copies" "$tmp/out"
# --format given twice with different values is a usage error that
# names it; the same value twice is that value.
expect_status 2 "--format twice" "$GALLEY" copies --format=json --format=tsv "$tmp/a.txt"
check "--format twice: said" grep -q "^galley copies: --format is given twice, with different values" "$tmp/err"
expect_status 0 "--format twice the same" "$GALLEY" copies --format=json --format=json "$tmp/a.txt"
finish
