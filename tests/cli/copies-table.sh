#!/bin/sh
# galley copies on a table re-sorted in each of ten versions: a "Town N"
# row is found once in each and pairs with its twin; its cell ("Yes",
# "No", "Undecided", found many times in each version) pairs only right
# after its own row, never with a cell of another row.  Before, cells of
# different rows paired in the wide ranges between the few rows a
# re-sorted table keeps in order, their unions joined every "Yes" of
# every version, and the passages grew with the square of the table
# (52,161 here).  Ten versions share at most 45 x 123 passages: 60 rows,
# 60 cells, the headline and two paragraphs, for each pair of versions.
. "$top_srcdir/tests/cli/lib.sh"

for v in 1 2 3 4 5 6 7 8 9 10; do
	awk -v seed="$v" 'BEGIN {
		srand(seed); n = 60
		for (i = 0; i < n; i++) o[i] = i
		for (i = n - 1; i > 0; i--) {
			j = int(rand() * (i + 1)); t = o[i]; o[i] = o[j]; o[j] = t
		}
		print "Which towns voted for the harbour plan\n"
		print "The harbour authority published on Tuesday how each town on the coast voted on the plan to build a new quay.\n"
		split("Yes No Undecided", c, " ")
		for (i = 0; i < n; i++) {
			print "Town " o[i]
			print c[1 + (o[i] * 7 + seed) % 3]
		}
		print "\nThe authority will publish the final count after the last town has voted, before the end of the month."
	}' >"$tmp/v$v.txt"
done

expect_status 0 "copies on ten re-sorted tables" "$GALLEY" copies --format=tsv "$tmp"/v*.txt
passages=$(grep -c '	shared	' "$tmp/out")
check "at most one passage per pair of twin lines ($passages)" test "$passages" -le 5535
check "the rows are shared (more than the three paragraphs)" test "$passages" -gt 135
check "one story group" sh -c "! grep -q '^2	' '$tmp/out'"
finish
