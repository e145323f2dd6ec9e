#!/bin/sh
# The entities view: counts across the load, variants grouped (both
# spellings of a name), why, this source only, choosing an entity filters
# the list and steps through its mentions, merge and split kept in
# .galley-entities.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/tui/lib.sh"

mkdir -p "$tmp/docs"
cp "$top_srcdir"/samples/*.txt "$top_srcdir"/samples/*.html "$tmp/docs/"
start 130 30 "$GALLEY" "$tmp/docs"
check "reader up" wait_for "10 sources"
keys e
check "e opens the entities of all sources" wait_for "entities in all sources"
check "both spellings of the general in one group" wait_for "Hamidou Sangaré  (6 sources; also Hamidou Sangare"
check "an acronym with its expansion" wait_for "Economic Community of West African States  (2 sources; also ECOWAS)"
# Select the general's row and ask why.
row=$(grep -n "Hamidou Sangaré  (" "$tmp/screen" | cut -d: -f1)
i=2
while [ "$i" -lt "$row" ]; do keys j; i=$((i + 1)); done
keys w
check "w says why the names were grouped" wait_for "Hamidou Sangaré: "
keys Enter
check "Enter filters the list to the sources that mention it" wait_for "6 of 10 sources mention Hamido…"
keys n
check "n steps through the mentions" wait_for "match 1 of"
keys n
check "n past the last mention opens the next source" wait_for "(next source)"
keys c
check "c lists every source again" wait_for "10 sources, by path"
keys e d
check "d: this source's entities" wait_for "entities in this source"
keys q
check "q closes the view" wait_gone "entities in this source"
# Split a name from its group; the decision is kept beside the files.
keys : "split Sangaré" Enter
check "split reported" wait_for "Sangaré split from its group"
check "split kept in .galley-entities" grep -q "Sangaré" "$tmp/docs/.galley-entities"
keys : "merge Koulanta | Djoliba" Enter
check "merge reported" wait_for "merged Koulanta and Djoliba"
check "merge kept in .galley-entities" grep -q "Koulanta" "$tmp/docs/.galley-entities"
keys e
check "the entities view" wait_for "entities in all sources"
check "the merged group shows both names" wait_until grep -Eq "(Koulanta .*also .*Djoliba|Djoliba .*also .*Koulanta)" "$tmp/screen"
keys q q
check "quits" wait_for "[exited 0]"

# Names are judged with the dictionary alone, in the reader as in
# `galley entities`: a word of the personal list (here the lower-case
# form of a place's name, which would make it a common word) changes
# neither.
mkdir -p "$tmp/.local/share/galley"
echo zorblax >"$tmp/.local/share/galley/words"
printf 'Harbour report\n\nThe council met on Monday. Officials in Zorblax said the plan would go ahead. Residents of Zorblax were told on Friday.\n' >"$tmp/zorblax.txt"
check "galley entities finds the place" sh -c \
	"'$GALLEY' entities '$tmp/zorblax.txt' | grep -q 'GPE	Zorblax'"
start 100 24 "$GALLEY" "$tmp/zorblax.txt"
check "reader up" wait_for "Officials in"
settle
keys e
# The rows ("NAME  (1 source)"): the article, which names both, may
# still be on screen.
check "the entity view lists the dates" wait_for "Friday  ("
check "and the place, despite the personal word list" wait_for "Zorblax  ("
keys q q
check "quits" wait_for "[exited 0]"
finish
