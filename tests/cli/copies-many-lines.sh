#!/bin/sh
# galley copies on 40 versions of a list story (each with a caption and
# a runner of its own): the list lines pair between every two versions,
# the 40th's too.  Before, a line carried by 32 sources counted as
# furniture however many were versions of the one story, so every pair
# with a version after the 31st lost its list (2 passages, not 16).  A
# line an unrelated story carries ("Results") is still furniture.
. "$top_srcdir/tests/cli/lib.sh"

cat >"$tmp/d.txt" <<'EOT'
Meteorite found on a farm

A meteorite fell on a farm near the river and was found the next morning by two children playing in the field.

Results
EOT
i=1
while [ $i -le 40 ]; do
	cat >"$tmp/v$i.txt" <<EOT
Spring plan for the harbour run

The harbour running club published on Tuesday the plan its coaches use for the ten weeks before the spring race number $i along the new quay.

Runners who follow it say the meals matter as much as the miles, and the club's coach agrees that most beginners eat too little.

Photo credit $i

Plan A
Meal 1
Oat porridge
Meal 2
Green salad with olives

Caption $i

Plan B
Meal 1
Rye bread
Meal 2
Bean soup

Results
$i Extra Runner $i
1 Ann Lee 52
2 Bo Kim 48
3 Cy Dow 45
EOT
	i=$((i + 1))
done

expect_status 0 "copies on 40 versions" "$GALLEY" copies --format=tsv \
	"$tmp/d.txt" $(i=1; while [ $i -le 40 ]; do echo "$tmp/v$i.txt"; i=$((i + 1)); done)
awk -F'\t' '$2 == "shared" { a = $3; b = $6; sub(/.*\//, "", a)
	sub(/.*\//, "", b); n[a " " b]++ } END { for (k in n) print n[k], k }' \
	"$tmp/out" >"$tmp/pairs"
check "every two versions share a passage" test "$(wc -l <"$tmp/pairs")" -eq 780
first=$(grep ' v1.txt v2.txt$' "$tmp/pairs" | cut -d' ' -f1)
last=$(grep ' v39.txt v40.txt$' "$tmp/pairs" | cut -d' ' -f1)
check "the 40th version's list pairs as the 2nd's ($last, $first)" \
	test "$last" = "$first"
check "every pair shares as many passages" test "$(cut -d' ' -f1 "$tmp/pairs" | sort -u | wc -l)" -eq 1
check "more than the three paragraphs" test "$(head -1 "$tmp/pairs" | cut -d' ' -f1)" -gt 3
check "a line another story carries is never shared" sh -c \
	"! awk -F'\t' '\$2 == \"shared\"' '$tmp/out' | grep -q '/d.txt	'"

# The same with the unrelated story given last: it is still shared with
# no version.  (Its "Results" line pairs between the versions then: they
# were paired as they came, before any other story carried it.  Given
# after the 32nd version, the story is among the line's carriers kept.)
expect_status 0 "copies, the other story last" "$GALLEY" copies --format=tsv \
	$(i=1; while [ $i -le 40 ]; do echo "$tmp/v$i.txt"; i=$((i + 1)); done) \
	"$tmp/d.txt"
check "the other story last: never shared" sh -c \
	"! awk -F'\t' '\$2 == \"shared\"' '$tmp/out' | grep -q '/d.txt	'"
check "the other story last: a story of its own" grep -q '^2	file	.*/d.txt$' "$tmp/out"
# Given after the 32nd version: the versions after it see it, and pair
# their list lines but not "Results" (15 passages, as with it first).
expect_status 0 "copies, the other story 33rd" "$GALLEY" copies --format=tsv \
	$(i=1; while [ $i -le 32 ]; do echo "$tmp/v$i.txt"; i=$((i + 1)); done) \
	"$tmp/d.txt" \
	$(i=33; while [ $i -le 40 ]; do echo "$tmp/v$i.txt"; i=$((i + 1)); done)
awk -F'\t' '$2 == "shared" { a = $3; b = $6; sub(/.*\//, "", a)
	sub(/.*\//, "", b); n[a " " b]++ } END { for (k in n) print n[k], k }' \
	"$tmp/out" >"$tmp/pairs-mid"
check "the other story 33rd: seen by the later versions" \
	grep -q "^$first v39.txt v40.txt\$" "$tmp/pairs-mid"
finish
