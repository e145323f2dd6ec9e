#!/bin/sh
# galley entities finds English names on English pages only: a page whose
# prose is German gets none (its capitalised nouns are not names), and
# --format=json says which language the page was taken for.  A table of
# names and scores, whatever language the stoplists guess, is still read.
. "$top_srcdir/tests/cli/lib.sh"

printf '%s\n' 'Die Bundesregierung hat am Dienstag in Berlin beschlossen, dass die Steuern für Familien sinken sollen. Der Minister sagte, die Wirtschaft werde davon profitieren, und die Opposition kritisierte den Plan als zu klein. Nach Angaben des Ministeriums sollen die neuen Regeln ab dem nächsten Jahr gelten.' >"$tmp/de.txt"
printf '%s\n' 'The government in Berlin decided on Tuesday that taxes for families will fall. The minister, Angela Weber, said the economy would benefit, and the opposition called the plan too small.' >"$tmp/en.txt"
printf '%s\n' 'SOCCER - BOSNIAN LEAGUE RESULTS .' 'SARAJEVO 1996-08-31' 'Results of Bosnian league matches on Saturday :' 'Zeljeznicar Sarajevo 2 Celik Zenica 1' 'Sloboda Tuzla 0 Velez Mostar 0' 'Borac Banja Luka 3 Rudar Kakanj 1' >"$tmp/table.txt"

for all in --all ""; do
	expect_status 0 "json $all" "$GALLEY" entities $all --format=json "$tmp/de.txt" "$tmp/en.txt" "$tmp/table.txt"
	python3 - "$tmp/out" <<'PY' || fail "json $all: languages and entities"
import json, sys
docs = {d["file"].rsplit("/", 1)[-1]: d for d in map(json.loads, open(sys.argv[1]))}
assert docs["de.txt"]["language"] == "German", docs["de.txt"]
assert docs["de.txt"]["entities"] == [], docs["de.txt"]["entities"]
assert docs["en.txt"]["language"] == "English", docs["en.txt"]
assert any(e["text"] == "Berlin" for e in docs["en.txt"]["entities"])
assert any(e["text"] == "Angela Weber" for e in docs["en.txt"]["entities"])
assert docs["table.txt"]["entities"], docs["table.txt"]
PY
done
expect_status 0 "German, rules alone" "$GALLEY" entities --all --no-model "$tmp/de.txt"
check "German, rules alone: no names either" test ! -s "$tmp/out"
finish
