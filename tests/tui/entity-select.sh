#!/bin/sh
# After a decision in the entities view the selection stays on the
# entity acted on (QA 22.6): a merge adds up the counts and re-sorts the
# rows, and the selection stayed on the row, now another entity's, so
# the next x offered to split that one.  80x24, UTF-8 and C.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
cat >"$tmp/docs/a.txt" <<'EOT'
Niger junta ends military pact

The government of Niger said on Tuesday that the pact signed with Russia had expired. Officials in Moscow said Russia would keep its embassy open. Russia has sent instructors to the Sahel before.

Analysts in Bamako said Mali would follow, and that Mali and Burkina Faso were watching the talks closely.
EOT
# The rows, most mentioned first: Russia 3, Mali 2, Niger 2, then the
# names said once (Moscow, Sahel and Tuesday among them).

for lang in C.UTF-8 C; do
	t="80x24 $lang"
	rm -f "$tmp/docs/.galley-entities"
	TEST_LANG=$lang start 80 24 "$GALLEY" "$tmp/docs"
	check "$t: up" wait_for "Niger junta"
	keys e
	check "$t: the entities view" wait_for "entities in all sources"
	check "$t: Moscow selected" view_select "Moscow  ("
	keys m
	check "$t: Moscow marked" wait_for "Moscow marked"
	keys j m
	check "$t: the merge filled in" wait_for ":merge Moscow | "
	keys Enter
	check "$t: merged with the row below" wait_for "merged Moscow and"
	# The group has two mentions now and moved up; x acts on it.
	keys x
	check "$t: x offers to split the merged entity" \
	    wait_for ":split Moscow"
	keys Escape
	keys t
	check "$t: t offers to retype it too" wait_for ":type Moscow"
	keys C-u "type Sahel LOC" Enter
	check "$t: a type taken" wait_for "Sahel is now LOC"
	keys x
	check "$t: still on the group after the type" \
	    wait_for ":split Moscow"
	# The split name has one mention again and goes down the rows.
	keys Enter
	check "$t: a split taken" wait_for "Moscow split from its group"
	keys x
	check "$t: still on the name split off" wait_for ":split Moscow"
	keys Escape q q
	check "$t: quits" wait_for "[exited 0]"
done
finish
