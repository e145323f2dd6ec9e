#!/bin/sh
# galley entities finds English names on English pages only: a page whose
# prose is German gets none (its capitalised nouns are not names), and
# --format=json says which language the page was taken for.  A table of
# names and scores, whatever language the stoplists guess, is still read.
. "$top_srcdir/tests/cli/lib.sh"

printf '%s\n' 'Die Bundesregierung hat am Dienstag in Berlin beschlossen, dass die Steuern für Familien sinken sollen. Der Minister sagte, die Wirtschaft werde davon profitieren, und die Opposition kritisierte den Plan als zu klein. Nach Angaben des Ministeriums sollen die neuen Regeln ab dem nächsten Jahr gelten.' >"$tmp/de.txt"
printf '%s\n' 'The government in Berlin decided on Tuesday that taxes for families will fall. The minister, Angela Weber, said the economy would benefit, and the opposition called the plan too small.' >"$tmp/en.txt"
# English prose rich in words that other languages' stoplists hold too
# (Marathi's has "marriage", "religious", "data", "rights") is English.
printf '%s\n' 'The council met on Tuesday to discuss the new rules for marriage in the region, and several members said that the changes would affect religious and cultural groups in different ways. According to the report, which was published by the ministry last week, the data show that most people in the area support the plan, although some of them have asked for more information about how it will work in practice. The language of the proposal has been criticised by human rights lawyers, especially those who work with families in Dunmore. One of them said that the forms were too long and that many of the questions were not related to the purpose of the law.' >"$tmp/en2.txt"
printf '%s\n' 'SOCCER - BOSNIAN LEAGUE RESULTS .' 'SARAJEVO 1996-08-31' 'Results of Bosnian league matches on Saturday :' 'Zeljeznicar Sarajevo 2 Celik Zenica 1' 'Sloboda Tuzla 0 Velez Mostar 0' 'Borac Banja Luka 3 Rudar Kakanj 1' >"$tmp/table.txt"

for all in --all ""; do
	expect_status 0 "json $all" "$GALLEY" entities $all --format=json "$tmp/de.txt" "$tmp/en.txt" "$tmp/en2.txt" "$tmp/table.txt"
	python3 - "$tmp/out" <<'PY' || fail "json $all: languages and entities"
import json, sys
docs = {d["file"].rsplit("/", 1)[-1]: d for d in map(json.loads, open(sys.argv[1]))}
assert docs["de.txt"]["language"] == "German", docs["de.txt"]
assert docs["de.txt"]["entities"] == [], docs["de.txt"]["entities"]
assert docs["en.txt"]["language"] == "English", docs["en.txt"]
assert any(e["text"] == "Berlin" for e in docs["en.txt"]["entities"])
assert any(e["text"] == "Angela Weber" for e in docs["en.txt"]["entities"])
assert docs["table.txt"]["entities"], docs["table.txt"]
assert docs["en2.txt"]["language"] == "English", docs["en2.txt"]["language"]
assert any(e["text"] == "Dunmore" for e in docs["en2.txt"]["entities"])
PY
done
expect_status 0 "German, rules alone" "$GALLEY" entities --all --no-model "$tmp/de.txt"
check "German, rules alone: no names either" test ! -s "$tmp/out"
finish
