#!/bin/sh
# A fuzzy annotation (its text changed, not confirmed) has only a
# guessed place: the span formats once gave it as a confirmed label on
# words the annotator never saw ("said nothing" tagged as the claim).
# They leave it out and say so per file, as they do for orphans; w3c
# and csv keep it with its state.
. "$top_srcdir/tests/cli/lib.sh"

art=$tmp/rates.txt
printf 'Rates\n\nPrices rose by 15 percent in the year to March, the office said.\nFood cost more than fuel.\n' >"$art"
"$GALLEY" annotate "$art" --quote "15 percent" --tag statistic >/dev/null
"$GALLEY" annotate "$art" --quote "Food cost more than fuel" --tag claim >/dev/null
sed -i 's/15 percent/fifteen percent/' "$art"
"$GALLEY" annotations "$art" >"$tmp/list"
check "the edited one is fuzzy" grep -q 'fuzzy: statistic' "$tmp/list"

for f in jsonl doccano labelstudio webanno; do
	expect_status 0 "$f: exported" "$GALLEY" export --format=$f "$art"
	check "$f: the fuzzy label left out" sh -c "! grep -q statistic '$tmp/out'"
	check "$f: the confirmed label kept" grep -q claim "$tmp/out"
	check "$f: said on stderr" grep -q "rates.txt: 1 fuzzy (unconfirmed) annotation not exported" "$tmp/err"
done
expect_status 0 "brat: exported" "$GALLEY" export --format=brat -o "$tmp/brat" "$art"
check "brat: the fuzzy label left out" sh -c "! grep -q statistic '$tmp/brat/rates.ann'"
check "brat: the confirmed label kept" grep -q claim "$tmp/brat/rates.ann"
check "brat: said on stderr" grep -q "1 fuzzy (unconfirmed) annotation not exported" "$tmp/err"

expect_status 0 "csv: exported" "$GALLEY" export --format=csv "$art"
check "csv: keeps it with its state" grep -q '"statistic".*"fuzzy"' "$tmp/out"
check "csv: nothing said" sh -c "! grep -q fuzzy '$tmp/err'"
expect_status 0 "w3c: exported" "$GALLEY" export --format=w3c "$art"
check "w3c: keeps it with its state" grep -q '"galley:state":"fuzzy"' "$tmp/out"
check "w3c: nothing said" sh -c "! grep -q fuzzy '$tmp/err'"
finish
