#!/bin/sh
# Corrections in the reader that take at once and are kept: :split of a
# full name takes its surname along, a split that changes nothing says
# why, t in the entities view retypes an entity, D says a name is no
# entity; all kept in .galley-entities and honoured by galley entities.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"
. "$top_srcdir/tests/tui/entities-lib.sh"

mkdir -p "$tmp/docs"
cat >"$tmp/docs/a.txt" <<'EOT'
Niger junta ends military pact

General Abdourahamane Tchiani's government said on Tuesday that the pact signed with Russia had expired.
However, Tchiani told reporters that observers were still welcome in the Sahel region.
EOT
cat >"$tmp/docs/b.txt" <<'EOT'
Talks in Niamey

Analysts said Abdourahamane Tiani had long planned the break with Russia, and Tiani said so in private talks.
EOT


start 130 30 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "2 sources"
keys e
wait_for "entities in all sources" >/dev/null
check "one group for both spellings" wait_until grep -Eq "Abdourahamane T(c|)h?iani  \(2 sources; also" "$tmp/screen"
keys q
keys : "split Abdourahamane Tiani" Enter
check "split reported" wait_for "Abdourahamane Tiani split from its group"
keys e
check "the surname went with the full name" wait_for "Abdourahamane Tiani  (1 source; also Tiani)"
check "the other spelling kept its surname" wait_for "Abdourahamane Tchiani  (1 source; also Tchiani)"
keys q
keys : "split Abdourahamane Tiani" Enter
check "a split that changes nothing says why" wait_for "not grouped with another name but its short forms: nothing recorded"
# A name the loaded files do not mention: every decision about it is
# refused, as galley entities refuses it, and none is recorded.
for c in "split Qwzxv" "notentity Vbnmq" "type Zxcvq ORG" "merge Sahel | Wxyzq"; do
	name=$(echo "$c" | awk '{ print $NF == "ORG" ? $2 : $NF }')
	keys : "$c" Enter
	check ":$c refused" wait_for "no entity called '$name' in these files: nothing recorded"
done
keys e
wait_for "entities in all sources" >/dev/null
view_select "Sahel  ("
keys t
check "t fills in :type for the entity" wait_for ":type Sahel"
keys GPE Enter
check "type reported" wait_for "Sahel is now GPE"
check "the view shows the new type" wait_until grep -Eq "GPE .* Sahel  \(1 source\)" "$tmp/screen"
view_select "Russia  ("
keys D
check "D fills in :notentity for the entity" wait_for ":notentity Russia"
keys Enter
check "notentity reported" wait_for "Russia is no entity now"
check "the name left the view" wait_gone "Russia  ("
# A name said to be no entity can be given a type later, in the same
# session: the later decision stands.
view_select "Niamey  ("
keys D Enter
check "Niamey is no entity" wait_for "Niamey is no entity now"
keys : "type Niamey LOC" Enter
check "then typed, in the same session" wait_for "Niamey is now LOC"
check "and back in the view with its type" wait_until grep -Eq "LOC .* Niamey  \(1 source\)" "$tmp/screen"
keys q q
check "quits" wait_for "[exited 0]"

f="$tmp/docs/.galley-entities"
check "split kept" grep -qx "split	Abdourahamane Tiani" "$f"
check "the refused split not kept" test "$(grep -c '^split' "$f")" = 1
check "no decision about a name not mentioned kept" sh -c "! grep -q 'Qwzxv\|Vbnmq\|Zxcvq\|Wxyzq' '$f'"
check "type kept" grep -qx "type	Sahel	GPE" "$f"
check "notentity kept" grep -qx "notentity	Russia" "$f"
check "the later type kept after the notentity" sh -c "grep -n 'Niamey' '$f' | tail -1 | grep -q 'type	Niamey	LOC'"
"$GALLEY" entities "$tmp/docs/a.txt" "$tmp/docs/b.txt" >"$tmp/ents.tsv"
check "galley entities honours the type" grep -q "	GPE	Sahel	Sahel$" "$tmp/ents.tsv"
check "galley entities honours notentity" sh -c "! grep -q '	Russia	' '$tmp/ents.tsv'"
check "galley entities honours the split" grep -q "	PERSON	Tiani	Abdourahamane Tiani$" "$tmp/ents.tsv"

# Reopened: the highlights follow the decisions from the start.
start 130 30 "$GALLEY" "$tmp/docs"
check "reader up again" wait_for "2 sources"
keys e
wait_for "entities in all sources" >/dev/null
check "the type holds on the next start" wait_until grep -Eq "GPE .* Sahel  \(1 source\)" "$tmp/screen"
check "notentity holds on the next start" wait_gone "Russia  ("
keys q q
check "quits" wait_for "[exited 0]"
finish
