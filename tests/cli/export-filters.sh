#!/bin/sh
# export --tag and --creator given more than once: the export holds the
# threads that match any of the values (the last one alone was kept,
# without a word).  And --help gives --offsets' real defaults.
. "$top_srcdir/tests/cli/lib.sh"

art=$tmp/fuel.txt
printf 'Fuel\n\nThe shortage hit Koulanta first, traders said.\nPrices doubled in a week.\n' >"$art"
GALLEY_USER=ana "$GALLEY" annotate "$art" --quote Koulanta --tag place >/dev/null
GALLEY_USER=bo "$GALLEY" annotate "$art" --quote "traders said" --tag source >/dev/null
GALLEY_USER=cy "$GALLEY" annotate "$art" --quote "Prices doubled" --tag claim >/dev/null

rows() { grep -c '^"' "$tmp/out"; }
expect_status 0 "two tags" "$GALLEY" export --format=csv --tag=place --tag=claim "$art"
check "both tags' rows" test "$(rows)" -eq 2
check "the place row" grep -q '"place"' "$tmp/out"
check "the claim row" grep -q '"claim"' "$tmp/out"
check "not the other tag" sh -c "! grep -q '\"source\"' '$tmp/out'"
expect_status 0 "the other order" "$GALLEY" export --format=csv --tag=claim --tag=place "$art"
check "the same rows" test "$(rows)" -eq 2

expect_status 0 "two creators" "$GALLEY" export --format=csv --creator=ana --creator=nobody "$art"
check "ana's row" test "$(rows)" -eq 1
expect_status 0 "two creators, both there" "$GALLEY" export --format=csv --creator=bo --creator=ana "$art"
check "both rows" test "$(rows)" -eq 2
expect_status 0 "tags and creators" "$GALLEY" export --format=csv --tag=place --tag=source --creator=bo --creator=cy "$art"
check "only bo's source" test "$(rows)" -eq 1
check "the source row" grep -q '"source"' "$tmp/out"
expect_status 2 "a bad second tag is still refused" "$GALLEY" export --format=csv --tag=place --tag='a b' "$art"

"$GALLEY" export --help >"$tmp/help"
check "--help: labelstudio and webanno count UTF-16" sh -c "grep -A2 -- '--offsets' '$tmp/help' | grep -q 'UTF-16' && grep -A2 -- '--offsets' '$tmp/help' | grep -q 'labelstudio and webanno'"
finish
