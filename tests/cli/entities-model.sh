#!/bin/sh
# galley entities uses the shipped entity model (data/ner/conll-en.model,
# found beside the binary in the build tree): a name only the model knows
# how to type, MISC; --no-model goes back to the rules; a damaged or
# missing model file is an error that names the file, never a crash.
. "$top_srcdir/tests/cli/lib.sh"

model=$top_srcdir/data/ner/conll-en.model
printf '%s\n' \
	'Brazil beat Italy in the final of the World Cup in Pasadena on July 17, 1994.' \
	>"$tmp/cup.txt"

expect_status 0 "entities with the model" "$GALLEY" entities --all "$tmp/cup.txt"
check "the model finds a MISC name" grep -q "	MISC	World Cup	" "$tmp/out"
check "the rules still give GPE" grep -q "	GPE	Pasadena	" "$tmp/out"
check "the rules still give dates" grep -q "	DATE	July 17, 1994	" "$tmp/out"
check "no warning with the shipped model" test ! -s "$tmp/err"
expect_status 0 "--no-model" "$GALLEY" entities --all --no-model "$tmp/cup.txt"
cp "$tmp/out" "$tmp/no-model.out"
expect_status 2 "--no-model with --model: a usage error" "$GALLEY" entities --all --no-model --model "$tmp/x.model" "$tmp/cup.txt"
check "--no-model with --model: said" grep -q "galley entities: --model and --no-model exclude each other" "$tmp/err"
cp "$tmp/no-model.out" "$tmp/out"
check "the rules alone have no MISC" sh -c "! grep -q '	MISC	' '$tmp/out'"
expect_status 0 "--model with the shipped file" "$GALLEY" entities --all --model "$model" "$tmp/cup.txt"
check "--model: the same MISC" grep -q "	MISC	World Cup	" "$tmp/out"
expect_status 0 "json" "$GALLEY" entities --all --format=json "$tmp/cup.txt"
check "json type MISC" grep -q '"type": *"MISC"' "$tmp/out"
# Each mention has a score: the model's confidence in (0, 1) for its
# mentions, null for the rules' own (the date) and with --no-model.
check "json: the model's mentions scored" sh -c "grep -o '\"text\":\"World Cup\",[^}]*' '$tmp/out' | grep -q '\"score\":0\\.[0-9]'"
check "json: a date of the rules has a null score" sh -c "grep -o '\"text\":\"July 17, 1994\",[^}]*' '$tmp/out' | grep -q '\"score\":null'"
check "json: every mention has a score" sh -c "test \$(grep -o '\"score\":' '$tmp/out' | wc -l) -eq \$(grep -o '\"text\":' '$tmp/out' | wc -l)"
expect_status 0 "json --no-model" "$GALLEY" entities --all --no-model --format=json "$tmp/cup.txt"
check "json --no-model: scores null" sh -c "! grep -q '\"score\":[0-9]' '$tmp/out' && grep -q '\"score\":null' '$tmp/out'"

# A short line of common words is a heading, not a name, whatever the
# model makes of it; a name on such a line is still found.
printf '%s\n' \
	'Rain fell across the valley on Monday, and farmers said the harvest would be late.' '' \
	'    The Conclusion' '' \
	'The council will meet again in March to decide what help it can give.' '' \
	'Story Timeline' '' 'Lyon' '' \
	'Officials said the roads would reopen soon.' >"$tmp/headings.txt"
expect_status 0 "headings" "$GALLEY" entities --all "$tmp/headings.txt"
check "a heading of common words is no name" sh -c "! grep -q 'Conclusion\|Timeline' '$tmp/out'"
check "a name alone on a line still is" grep -q "	Lyon	" "$tmp/out"

# Damaged files: each refused with a message naming it; the rules run.
head -c 1000 "$model" >"$tmp/truncated.model"
printf 'NOTAMODEL' >"$tmp/magic.model"
cp "$model" "$tmp/flipped.model"
printf '\377\377\377\377' | dd of="$tmp/flipped.model" bs=1 seek=200000 \
	conv=notrunc 2>/dev/null
: >"$tmp/empty.model"
for m in truncated magic flipped empty missing; do
	expect_status 2 "--model $m" "$GALLEY" entities --all --model "$tmp/$m.model" "$tmp/cup.txt"
	check "$m: the message names the file" grep -q "$tmp/$m.model: " "$tmp/err"
	check "$m: the rules still ran" grep -q "	GPE	Pasadena	" "$tmp/out"
	cp "$tmp/err" "$tmp/err.$m"
done
check "the checksum catches a flipped byte" grep -q "checksum" "$tmp/err.flipped"
GALLEY_NER_MODEL=$tmp/truncated.model
export GALLEY_NER_MODEL
expect_status 2 "GALLEY_NER_MODEL damaged" "$GALLEY" entities --all "$tmp/cup.txt"
check "GALLEY_NER_MODEL: the message names the file" grep -q "$tmp/truncated.model: " "$tmp/err"
GALLEY_NER_MODEL=
expect_status 0 "GALLEY_NER_MODEL empty: the shipped model" "$GALLEY" entities --all "$tmp/cup.txt"
check "GALLEY_NER_MODEL empty: MISC" grep -q "	MISC	World Cup	" "$tmp/out"
unset GALLEY_NER_MODEL

# Names known by their form, which the model from news misses: an
# ordinal joins the unit after it, a designation and a name are a
# product, "Battle of" and a place an event (MISC both).
printf '%s\n' \
	'The 65th Air Division flew P-51 Mustang fighters from the base after the Battle of Fredericksburg, officials said.' \
	>"$tmp/forms.txt"
expect_status 0 "names by their form" "$GALLEY" entities --all "$tmp/forms.txt"
check "an ordinal joins the unit" grep -q "	ORG	65th Air Division	" "$tmp/out"
check "a designation and a name: a product" grep -q "	MISC	P-51 Mustang	" "$tmp/out"
check "Battle of a place: an event" grep -q "	MISC	Battle of Fredericksburg	" "$tmp/out"
# An honorific is no part of the person's name (QA 38 F2).
printf '%s\n' 'President Bola Tinubu met Mr. Trump and Mr Xi in Abuja on Monday.' >"$tmp/mr.txt"
expect_status 0 "honorifics" "$GALLEY" entities --all "$tmp/mr.txt"
check "Mr. left out" grep -q "	PERSON	Trump	" "$tmp/out"
check "Mr left out" grep -q "	PERSON	Xi	" "$tmp/out"
check "no title in a name" sh -c "! grep -q '	Mr' '$tmp/out'"

# The model is looked for beside the binary: a copy of galley with a
# damaged data/ner/conll-en.model next to it says so.
mkdir -p "$tmp/bin/data/ner"
cp "$galley_real" "$tmp/bin/galley"
cp "$tmp/truncated.model" "$tmp/bin/data/ner/conll-en.model"
expect_status 2 "a damaged model beside the binary" "$tmp/bin/galley" entities --all "$tmp/cup.txt"
check "beside the binary: named" grep -q "$tmp/bin/data/ner/conll-en.model: " "$tmp/err"

# A FIFO as the model never hangs: refused, named, the rules name.
mkfifo "$tmp/fifo.model"
expect_status 2 "--model FIFO: refused at once" run_limited 20 "$GALLEY" entities --all --model "$tmp/fifo.model" "$tmp/cup.txt"
check "--model FIFO: named, not a regular file" grep -q "$tmp/fifo.model: not a regular file" "$tmp/err"
GALLEY_NER_MODEL=$tmp/fifo.model expect_status 2 "GALLEY_NER_MODEL FIFO: refused at once" run_limited 20 "$GALLEY" entities --all "$tmp/cup.txt"
check "GALLEY_NER_MODEL FIFO: named" grep -q "$tmp/fifo.model: not a regular file" "$tmp/err"
finish
