#!/bin/sh
# galley copies with 70 copies of a story: every pair of copies listed,
# not only those with one of the first 64 (the band chains' length).
. "$top_srcdir/tests/cli/lib.sh"

i=1
while [ $i -le 70 ]; do
	cat >"$tmp/v$i.txt" <<'EOT'
Quay to open in spring

The harbour authority in Saint-Étienne said on Tuesday that the new quay would open in the spring, after two years of delays caused by storms.

Dockworkers, who had threatened to strike over the plans, said they were satisfied with the agreement reached with the port's operators.
EOT
	i=$((i + 1))
done

expect_status 0 "70 copies" "$GALLEY" copies "$tmp"/v*.txt
check "one group of 70 files" test "$(grep -c '	file	' "$tmp/out")" -eq 70
# Two paragraphs, each carried by 70 files: 70 * 69 / 2 pairs each.
check "every pair of copies listed" test "$(grep -c '	shared	' "$tmp/out")" -eq 4830
check "pairs among copies past the 64th" grep -q "v69.txt	[0-9]*	[0-9]*	[^	]*v70.txt" "$tmp/out"
finish
