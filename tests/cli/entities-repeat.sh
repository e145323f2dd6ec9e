#!/bin/sh
# galley entities with a decision option given several times: every one
# is recorded and honoured, in the order given; --merge names its arity
# when it took the FILE for its second name.
. "$top_srcdir/tests/cli/lib.sh"

mkdir -p "$tmp/d"
f=$tmp/d/a.txt
printf 'Fuel queues in Bamako\n\nDrivers in Koulanta and Hamdallaye waited for hours on Tuesday, while traders in Kayes said fuel from Abidjan and Dakar had not arrived.\n' >"$f"
E() { run_limited 60 "$GALLEY" entities --no-model "$@"; }

expect_status 0 "two --merge: runs" E --merge Koulanta Bamako --merge Abidjan Dakar "$f"
check "two --merge: the first recorded" grep -qx "merge	Koulanta	Bamako" "$tmp/d/.galley-entities"
check "two --merge: the second recorded" grep -qx "merge	Abidjan	Dakar" "$tmp/d/.galley-entities"
check "two --merge: in the order given" test "$(cut -f2 "$tmp/d/.galley-entities" | tr '\n' ' ')" = "Koulanta Abidjan "
check "two --merge: the first honoured" test "$(grep '	Bamako	' "$tmp/out" | cut -f7)" = "$(grep '	Koulanta	' "$tmp/out" | cut -f7)"
check "two --merge: the second honoured" test "$(grep '	Abidjan	' "$tmp/out" | cut -f7)" = "$(grep '	Dakar	' "$tmp/out" | cut -f7)"

rm -f "$tmp/d/.galley-entities"
expect_status 0 "two --not-entity: runs" E --not-entity Kayes --not-entity Dakar "$f"
check "two --not-entity: both recorded" test "$(grep -c '^notentity	' "$tmp/d/.galley-entities")" -eq 2
check "two --not-entity: Kayes gone" sh -c "! grep -q '	Kayes	' '$tmp/out'"
check "two --not-entity: Dakar gone" sh -c "! grep -q '	Dakar	' '$tmp/out'"

rm -f "$tmp/d/.galley-entities"
expect_status 0 "two --type: runs" E --type Kayes=LOC --type Kayes=ORG "$f"
check "two --type: both recorded, in order" test "$(grep '^type	' "$tmp/d/.galley-entities" | cut -f3 | tr '\n' ' ')" = "LOC ORG "
check "two --type: the later wins" grep -q "	ORG	Kayes	" "$tmp/out"

# One bad decision among good ones: nothing recorded.
rm -f "$tmp/d/.galley-entities"
expect_status 2 "a bad --merge after a good one: refused" E --merge Kayes Dakar --merge Kayes Kayes "$f"
check "a bad --merge after a good one: nothing recorded" test ! -e "$tmp/d/.galley-entities"

expect_status 2 "--merge A FILE: refused" E --merge Koulanta "$f"
check "--merge A FILE: names the arity" grep -q "^galley entities: --merge takes two names (--merge NAME NAME), then FILE" "$tmp/err"
check "--merge A FILE: not 'no FILE'" sh -c "! grep -q 'no FILE given' '$tmp/err'"
check "--merge A FILE: nothing recorded" test ! -e "$tmp/d/.galley-entities"
expect_status 2 "--merge A B, no FILE: refused" E --merge Koulanta Kayes
check "--merge A B, no FILE: names the arity" grep -q "then FILE" "$tmp/err"
expect_status 2 "--merge A: refused" E --merge Koulanta
check "--merge A: names the arity" grep -q "takes two names" "$tmp/err"

# The decisions repeat; --model and --format take one value: given twice
# with different values, a usage error that names it (the last won
# silently), and the same value twice is that value.
rm -f "$tmp/d/.galley-entities"
model=$top_srcdir/data/ner/conll-en.model
cp "$model" "$tmp/copy.model"
expect_status 2 "--model twice" run_limited 60 "$GALLEY" entities --model "$model" --model "$tmp/copy.model" "$f"
check "--model twice: said" grep -q "^galley entities: --model is given twice, with different values" "$tmp/err"
expect_status 0 "--model twice the same" run_limited 60 "$GALLEY" entities --model "$model" --model "$model" "$f"
expect_status 2 "--format twice" E --format=json --format=tsv --not-entity Kayes "$f"
check "--format twice: said" grep -q "^galley entities: --format is given twice" "$tmp/err"
check "--format twice: nothing recorded" test ! -e "$tmp/d/.galley-entities"
expect_status 0 "--format twice the same" E --format=json --format=json "$f"
check "--format twice the same: json" grep -q '^{' "$tmp/out"

finish
